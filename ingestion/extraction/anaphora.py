"""Who "both sides" are: events whose sentence names no participant but refers back
to the parties of an agreement ("the two agencies will hold a joint exercise next
year", "Kedua pihak juga sepakat menggelar pelatihan bersama", "واتفق الجانبان على
عقد أول تمرين") take part with that agreement's parties.

Without this, such an event is stored with no participant and no country: it is
missing from the cooperation network, and an article reported twice (a wire copy)
gives two events a curator must merge by hand, because nothing ties them together.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ingestion import records

# Phrases that refer back to two parties already named, per language, lower case.
# Only phrases for exactly two, or "both": "the partners" or "stakeholders" could be
# anyone.
_BOTH: dict[str, tuple[str, ...]] = {
    "en": tuple(
        f"{det} {noun}"
        for det in ("both", "the two")
        for noun in (
            "sides",
            "parties",
            "agencies",
            "countries",
            "nations",
            "governments",
            "organisations",
            "organizations",
            "institutions",
            "centres",
            "centers",
            "teams",
            "ministries",
            "authorities",
            "bodies",
            "partners",
            "signatories",
        )
    ),
    "fr": tuple(
        f"les deux {noun}"
        for noun in (
            "parties",
            "agences",
            "pays",
            "organismes",
            "institutions",
            "centres",
            "gouvernements",
            "partenaires",
            "autorités",
            "ministères",
            "signataires",
            "équipes",
        )
    ),
    "es": (
        "ambas partes",
        "las dos partes",
        "ambas instituciones",
        "las dos instituciones",
        "ambas agencias",
        "las dos agencias",
        "ambas entidades",
        "ambas autoridades",
        "ambos países",
        "los dos países",
        "ambos organismos",
        "los dos organismos",
        "ambos gobiernos",
        "ambos ministerios",
        "ambos centros",
        "ambos equipos",
    ),
    "pt": (
        "ambas as partes",
        "as duas partes",
        "ambas as instituições",
        "as duas instituições",
        "ambas as agências",
        "as duas agências",
        "ambas as entidades",
        "ambos os países",
        "os dois países",
        "ambos os órgãos",
        "os dois órgãos",
        "ambos os governos",
        "os dois governos",
        "ambos os centros",
    ),
    "it": (
        "le due parti",
        "entrambe le parti",
        "le due agenzie",
        "entrambe le agenzie",
        "le due istituzioni",
        "entrambe le istituzioni",
        "i due paesi",
        "entrambi i paesi",
        "i due governi",
        "i due enti",
        "entrambi gli enti",
        "i due centri",
    ),
    "de": tuple(
        f"{det} {noun}"
        for det in ("beide", "beiden", "die beiden", "der beiden")
        for noun in (
            "seiten",
            "behörden",
            "länder",
            "ländern",
            "partner",
            "institutionen",
            "einrichtungen",
            "regierungen",
            "ministerien",
            "zentren",
            "organisationen",
            "agenturen",
        )
    ),
    "id": (
        "kedua pihak",
        "kedua belah pihak",
        "kedua negara",
        "kedua lembaga",
        "kedua instansi",
        "kedua badan",
        "kedua institusi",
        "kedua kementerian",
        "kedua organisasi",
    ),
    "ms": (
        "kedua-dua pihak",
        "kedua-dua belah pihak",
        "kedua-dua agensi",
        "kedua-dua negara",
        "kedua-dua organisasi",
        "kedua-dua institusi",
        "kedua-dua kerajaan",
        "kedua-dua kementerian",
        "kedua pihak",
        "kedua-dua badan",
    ),
    "vi": (
        "hai bên",
        "hai phía",
        "hai nước",
        "hai cơ quan",
        "hai đơn vị",
        "hai tổ chức",
    ),
    "ar": (
        "الجانبان",
        "الجانبين",
        "الطرفان",
        "الطرفين",
        "البلدان",
        "البلدين",
        "الهيئتان",
        "الهيئتين",
        "الجهتان",
        "الجهتين",
        "المؤسستان",
        "المؤسستين",
    ),
    "ja": ("両者", "両国", "両機関", "双方", "両組織", "両社", "両センター"),
    "ko": ("양측", "양국", "양 기관", "두 기관", "양사", "양 부처"),
    "zh": ("双方", "雙方", "两国", "兩國", "两机构", "兩機構", "两家机构"),
    "ru": (
        "обе стороны",
        "обеих сторон",
        "стороны договорились",
        "обе страны",
        "обеих стран",
        "оба ведомства",
        "обоих ведомств",
        "обе организации",
        "обеих организаций",
    ),
    "th": ("ทั้งสองฝ่าย", "ทั้งสองประเทศ", "ทั้งสองหน่วยงาน", "ทั้งสององค์กร"),
}

# Scripts without spaces between words: a phrase is found anywhere in the text.
_UNSPACED = {"ja", "zh", "th"}


@lru_cache(maxsize=32)
def _pattern(language: str) -> re.Pattern | None:
    phrases = _BOTH.get(language)
    if not phrases:
        return None
    alternatives = "|".join(
        re.escape(p) for p in sorted(set(phrases), key=len, reverse=True)
    )
    if language in _UNSPACED:
        return re.compile(alternatives)
    # Arabic joins prefixes (و, ف, ب, ل) to the word: allow them before it.
    before = r"(?<![\w])(?:[وفبل])?" if language == "ar" else r"(?<![\w-])"
    # Korean particles are written onto the word ("양측은", "양국이").
    after = "" if language == "ko" else r"(?![\w-])"
    return re.compile(rf"{before}(?:{alternatives}){after}")


def refers_to_both(sentence: str, language: str) -> bool:
    """Does the sentence speak of "both sides" / "the two agencies" in its language?"""
    pattern = _pattern(language)
    return bool(pattern and pattern.search(sentence.casefold()))


def _antecedent(
    event: records.Event, agreements: tuple[records.Agreement, ...]
) -> records.Agreement | None:
    """The agreement "both sides" refers to: the nearest one reported before the
    event's sentence, else the first after it; only agreements of two or more
    parties."""
    candidates = [
        (agreement.evidence[0].start_char, agreement)
        for agreement in agreements
        if len(agreement.parties) >= 2 and agreement.evidence
    ]
    if not candidates or not event.evidence:
        return None
    at = event.evidence[0].start_char
    before = [c for c in candidates if c[0] <= at]
    if before:
        return max(before, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: c[0])[1]


def resolve_both(
    events: tuple[records.Event, ...],
    agreements: tuple[records.Agreement, ...],
    language: str,
) -> tuple[records.Event, ...]:
    """The events, with those that say "both sides" and name no participant (or
    only parties of the agreement the phrase refers to) given that agreement's
    parties and countries."""
    resolved = []
    for event in events:
        if event.evidence and any(
            refers_to_both(e.sentence, language) for e in event.evidence
        ):
            agreement = _antecedent(event, agreements)
            # "According to CNCS, the two institutions will hold an exercise": a
            # party named beside the phrase is one of the two, not a third.
            if agreement is not None and set(event.participants) <= set(
                agreement.parties
            ):
                event = dataclasses.replace(
                    event,
                    participants=agreement.parties,
                    countries=tuple(
                        dict.fromkeys([*event.countries, *agreement.countries])
                    ),
                )
        resolved.append(event)
    return tuple(resolved)
