"""Countries and cities an article names (names, short forms, demonyms, capitals as
metonyms), and which countries are parties to or hosts of the cooperation rather
than only mentioned.

A name that is also a common word or a first name (cooperation.country_data's
AMBIGUOUS_NAMES: "Chad", "Mali", Vietnamese "Anh") counts only with support: a
capital letter where the script has case, and a position other than the start of a
sentence, or another country in the same sentence, or the same country named
unambiguously elsewhere in the article.
"""

from __future__ import annotations

import re

from cooperation.country_data import AMBIGUOUS_NAMES
from ingestion.extraction.context import Mention, Sentence
from ingestion.extraction.gazetteer import (
    CAPITAL,
    CITY,
    COUNTRY,
    DEMONYM,
    NOT_PLACE,
    compiled,
    fold,
)
from ingestion.records import Gazetteer

_AMBIGUOUS = {
    lang: frozenset(fold(name) for name in names)
    for lang, names in AMBIGUOUS_NAMES.items()
}

# A country right after one of these is excluded from the cooperation.
_EXCEPT = re.compile(
    r"\b(?:except|excluding|apart from|sauf|hormis|excepto|salvo|menos|tranne|"
    r"eccetto|außer|ausgenommen|exceto|kecuali|ngoại trừ|trừ)\b\W+(?:\w+\W+){0,2}$|"
    r"(?:除了|を除|을 제외|를 제외|باستثناء|кроме|ยกเว้น)\W*$",
    re.IGNORECASE,
)
# Sentences that name a country as suspect, attacker or victim, not as partner.
_HOSTILE = re.compile(
    r"suspect|accus|blame|attribut|espionage|sanction|soupçonn|sospett|sospech|"
    r"verdächt|beschuldig|suspeit|diduga|dituduh|disyaki|nghi ngờ|疑い|涉嫌|의심|"
    r"подозрева|обвин|اتهام|متهم|operate from|による[^。]{0,20}懸念|우려",
    re.IGNORECASE,
)
# "ASEAN comprises Brunei, Cambodia, ...": a list of members is background, unless
# the same sentence says they take part.
_MEMBERSHIP = re.compile(
    r"\b(?:comprises|comprising|consists of|is made up of|member states|members are|"
    r"comprend|regroupe|pays membres|Etats membres|États membres|comprende|"
    r"está formad[oa]|integrad[oa] por|estados miembros|paesi membri|stati membri|"
    r"mitgliedstaaten|umfasst|estados-membros|compreende|terdiri|negara anggota|"
    r"negara ahli|quốc gia thành viên|members\b[^.]{0,40}\binclude|"
    r"gruppo che riunisce|groupe qui réunit|grupo que reúne)\b|"
    r"加盟国|회원국|الدول الأعضاء|государства-члены|"
    r"ประเทศสมาชิก",
    re.IGNORECASE,
)
_PARTICIPATION = re.compile(
    r"particip|take part|took part|taking part|attend|joined|delegat|experts from|"
    r"teams from|prennent part|ont pris part|pris part|tomaron parte|preso parte|"
    r"prendono parte|teilgenommen|teilnehm|nahmen|tomaram parte|ikut serta|"
    r"menyertai|turut serta|hadir|tham gia|tham dự|参加|참가|참여|شارك|مشارك|"
    r"участ|เข้าร่วม",
    re.IGNORECASE,
)

# "La edición anterior se celebró en Lomé", "the previous edition was held in Accra":
# where an earlier edition took place is background.
_EARLIER_EDITION = re.compile(
    r"\b(?:previous|last|earlier|former) (?:edition|round|session|meeting)|"
    r"\b(?:édition|session|réunion) précédente|\bprécédente (?:édition|session)|"
    r"\bedición anterior|\banterior edición|\bedizione precedente|"
    r"\bprecedente edizione|\bedição anterior|\b(?:vorherige|letzte|vorige)n? "
    r"(?:Ausgabe|Runde|Treffen)|\bedisi sebelumnya|\bedisi lalu|"
    r"\bkỳ trước|\blần trước|前回|지난 회의|الدورة السابقة",
    re.IGNORECASE,
)
# Names of Réunion that are also the word for a meeting ("II Reunión Bilateral",
# "Réunion de travail"): the island only when the article precedes it.
_MEETING_HOMONYMS = frozenset({"reunion", "reuniao", "riunione"})
_ISLAND_ARTICLE = re.compile(r"(?:\bla|\bda|\bde|\bà|\ba|\bdi)\s+$", re.IGNORECASE)

# Mention.kind of a COUNTRY mention: how the text names the country.
_HOW = {COUNTRY: "name", DEMONYM: "demonym", CAPITAL: "capital"}


def _is_cased(char: str) -> bool:
    return char.lower() != char.upper()


def place_mentions(
    text: str, language: str, gazetteer: Gazetteer, sentences: tuple[Sentence, ...]
) -> list[Mention]:
    """COUNTRY mentions (names, demonyms, capitals) and CITY mentions (capitals and
    other cities), in text order."""
    matcher = compiled(gazetteer).places(language)
    hits = matcher.find(text)
    sentence_starts = {s.start for s in sentences}
    first_word = _first_word_offsets(text, sentences)
    candidates = []
    for hit in hits:
        if any(e.label == NOT_PLACE for e in hit.entries):
            continue
        codes = {e.value for e in hit.entries}
        entry = hit.entries[0]
        surface = hit.text
        if fold(surface) in _MEETING_HOMONYMS and not _ISLAND_ARTICLE.search(
            text, max(0, hit.start - 4), hit.start
        ):
            continue
        if _is_cased(surface[0]) and entry.pattern[:1].isupper():
            if not surface[0].isupper():
                continue
            if (
                len(entry.pattern) <= 3
                and entry.pattern.isupper()
                and surface != entry.pattern
            ):
                continue
        ambiguous = len(codes) > 1 or any(
            fold(e.pattern) in _AMBIGUOUS.get(e.language, ()) for e in hit.entries
        )
        sentence_initial = hit.start in sentence_starts or hit.start in first_word
        candidates.append((hit, codes, ambiguous, sentence_initial))
    sure = {
        next(iter(codes))
        for hit, codes, ambiguous, _ in candidates
        if not ambiguous and len(codes) == 1
    }
    mentions = []
    for hit, codes, ambiguous, sentence_initial in candidates:
        if len(codes) > 1:
            codes = codes & sure
            if len(codes) != 1:
                continue
        code = next(iter(codes))
        unsupported = sentence_initial or not _has_neighbour(hit, candidates)
        if ambiguous and code not in sure and unsupported:
            continue
        for entry in hit.entries:
            if entry.value != code:
                continue
            if entry.label in (CAPITAL, CITY):
                mentions.append(
                    Mention(hit.start, hit.end, hit.text, "CITY", entry.canonical, code)
                )
            if entry.label != CITY:
                how = _HOW[entry.label]
                mentions.append(
                    Mention(hit.start, hit.end, hit.text, "COUNTRY", code, code, how)
                )
            break
    return mentions


def _first_word_offsets(text: str, sentences) -> set[int]:
    """Offsets of the first word of each sentence, past any opening quote."""
    offsets = set()
    for sentence in sentences:
        match = re.search(r"\w", sentence.text)
        if match:
            offsets.add(sentence.start + match.start())
    return offsets


def _has_neighbour(hit, candidates) -> bool:
    return any(
        other is not hit and abs(other.start - hit.start) < 80 and not amb
        for other, _, amb, _ in candidates
    )


def classify_countries(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: list[Mention],
    required: set[str],
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(parties, mentioned): a country named only in a list of members, after
    "except", or in a sentence that casts it as suspect is mentioned; every other
    named country, and every country in `required` (home countries of the
    organisations taking part, hosts of the events), is a party."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.label != "COUNTRY":
            continue
        sentence = _sentence_index(sentences, mention.start)
        by_sentence.setdefault(sentence, []).append(mention)
    party: list[str] = []
    named: list[str] = []
    for index, found in by_sentence.items():
        sentence = sentences[index] if index >= 0 else None
        sentence_text = sentence.text if sentence else ""
        in_list = (
            len({m.value for m in found}) >= 3
            and _MEMBERSHIP.search(sentence_text)
            and not _PARTICIPATION.search(sentence_text)
        ) or bool(_EARLIER_EDITION.search(sentence_text))
        for mention in found:
            named.append(mention.value)
            hostile = _HOSTILE.search(text, mention.end, mention.end + 40) or (
                _HOSTILE.search(text, max(0, mention.start - 30), mention.start)
            )
            if in_list or hostile:
                continue
            if _EXCEPT.search(text[max(0, mention.start - 40) : mention.start]):
                continue
            party.append(mention.value)
    for code in required:
        party.append(code)
    parties = tuple(dict.fromkeys(party))
    mentioned = tuple(c for c in dict.fromkeys(named) if c not in parties)
    return parties, mentioned


def _sentence_index(sentences, offset: int) -> int:
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return -1
