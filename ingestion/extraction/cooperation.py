"""Whether an article describes international cybersecurity cooperation at all,
rather than an attack, a breach, a fine, a threat report or a product launch.

A headline says what a story is about, so its cues weigh three times those of
the lead; agreements signed or planned and situated events add to the
cooperation side. Negative articles get no agreements or events downstream.
"""

from __future__ import annotations

from ingestion import records
from ingestion.extraction import triggers
from ingestion.extraction.context import ArticleContext
from ingestion.extraction.patterns import Caseless

LEAD_CHARS = 1200
HEADLINE_WEIGHT = 3

# "реагирование на компьютерные атаки", "response to cyberattacks", "contre les
# cyberattaques", "ứng phó tấn công": an attack after a word of response or defence
# is what the cooperation is about, not an incident the article reports.
_DEFENDING = Caseless(
    r"(?:\brespon\w* to|\bagainst|\bdefen[cs]\w*|\bprotect\w*|\bcounter\w*|"
    r"\bcontre|\bface aux?|\bfrente a|\bcontra|\bcontro|\bgegen|\babwehr\w*|"
    r"\bterhadap|\bmenangkal|\bmenghadapi|\bchống|\bứng phó(?: với)?|\bứng cứu|"
    r"مواجهة|التصدي ل|لمواجهة|対処|への対応|대응|应对|防范|抵御|"
    r"реагирован\w* на|противодейств\w*|отражени\w*|защит\w* от|รับมือ|ป้องกัน)"
    r"[^\w.!?。]*(?:[\w-]+[^\w.!?。]+){0,2}$"
)


def _attack_cues(text: str) -> int:
    """Attack cues less those that a response or defence word governs."""
    defended = sum(
        1
        for m in triggers.attack_matches(text)
        if _DEFENDING.search(text, max(0, m.start() - 50), m.start())
    )
    return max(0, triggers.attack_cues(text) - defended)


def _cue_counts(ctx: ArticleContext) -> tuple[int, int, int, int]:
    """Cooperation and attack cues of the headline, then of the lead, counted
    once per article: the agreement and event stages and the final judgment all
    ask for them."""
    counts = ctx.extra.get("cooperation.cues")
    if counts is None:
        headline = ctx.title.strip() or ctx.text.strip().split("\n", 1)[0]
        lead = ctx.text[:LEAD_CHARS]
        counts = (
            triggers.cooperation_cues(headline),
            _attack_cues(headline),
            triggers.cooperation_cues(lead),
            _attack_cues(lead),
        )
        ctx.extra["cooperation.cues"] = counts
    return counts


def cooperation_score(
    ctx: ArticleContext,
    agreements: tuple[records.Agreement, ...] = (),
    events: tuple[records.Event, ...] = (),
) -> int:
    """Positive for cooperation, negative for attack and incident reports."""
    headline_for, headline_against, lead_for, lead_against = _cue_counts(ctx)
    score = (
        HEADLINE_WEIGHT * (headline_for - headline_against) + lead_for - lead_against
    )
    if any(a.confidence >= 0.65 for a in agreements):
        score += 2
    if any(e.confidence >= 0.6 for e in events):
        score += 1
    return score


INCIDENT_REPORT_SCORE = -3


def incident_report(ctx: ArticleContext) -> bool:
    """Whether the headline and lead read clearly as an attack, breach or fine
    report: its agreement and event words are then background, not findings."""
    return cooperation_score(ctx) <= INCIDENT_REPORT_SCORE


def is_cooperation(
    ctx: ArticleContext,
    agreements: tuple[records.Agreement, ...],
    events: tuple[records.Event, ...],
) -> bool:
    headline_for, _, lead_for, _ = _cue_counts(ctx)
    has_cue = bool(agreements or events or headline_for or lead_for)
    return has_cue and cooperation_score(ctx, agreements, events) >= 1
