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

LEAD_CHARS = 1200
HEADLINE_WEIGHT = 3


def cooperation_score(
    ctx: ArticleContext,
    agreements: tuple[records.Agreement, ...] = (),
    events: tuple[records.Event, ...] = (),
) -> int:
    """Positive for cooperation, negative for attack and incident reports."""
    headline = ctx.title.strip() or ctx.text.strip().split("\n", 1)[0]
    lead = ctx.text[:LEAD_CHARS]
    score = HEADLINE_WEIGHT * (
        triggers.cooperation_cues(headline) - triggers.attack_cues(headline)
    )
    score += triggers.cooperation_cues(lead) - triggers.attack_cues(lead)
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
    headline = ctx.title.strip() or ctx.text.strip().split("\n", 1)[0]
    has_cue = bool(
        agreements
        or events
        or triggers.cooperation_cues(headline)
        or triggers.cooperation_cues(ctx.text[:LEAD_CHARS])
    )
    return has_cue and cooperation_score(ctx, agreements, events) >= 1
