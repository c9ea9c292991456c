"""Who "both sides" are: events whose sentence names no participant but refers back
to the parties of an agreement ("the two agencies will hold a joint exercise next
year", "Kedua pihak juga sepakat menggelar pelatihan bersama", "واتفق الجانبان على
عقد أول تمرين"), or that the agreement itself sets up as a joint activity ("the
memorandum provides for a joint workshop"), take part with that agreement's
parties; an agreement the two "also plan to sign" is theirs too.

Without this, such an event is stored with no participant and no country: it is
missing from the cooperation network, and an article reported twice (a wire copy)
gives two events a curator must merge by hand, because nothing ties them together.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ingestion import records
from ingestion.extraction import triggers

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
        for det in ("beide", "beiden", "beider", "die beiden", "der beiden")
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
    "ja": (
        "両者",
        "両国",
        "両機関",
        "双方",
        "両組織",
        "両社",
        "両センター",
        "両省",
        "両庁",
        "両当局",
        "両政府",
    ),
    "ko": ("양측", "양국", "양 기관", "두 기관", "양사", "양 부처", "양 정부"),
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

# "Joint" in each language, with a reference to the agreement itself ("the
# memorandum provides for a joint workshop", "وتنص المذكرة على تنظيم ورشة عمل
# مشتركة"): an activity the agreement sets up between its parties. Stems, lower case.
_JOINT: dict[str, tuple[str, ...]] = {
    "en": ("joint",),
    "fr": ("commun", "commune", "communs", "communes", "conjoint", "conjointe"),
    "es": ("conjunto", "conjunta", "conjuntos", "conjuntas"),
    "pt": ("conjunto", "conjunta", "conjuntos", "conjuntas"),
    "it": ("congiunto", "congiunta", "congiunti", "congiunte", "comune", "comuni"),
    "de": ("gemeinsam", "gemeinsame", "gemeinsamen", "gemeinsamer", "gemeinsames"),
    "id": ("bersama",),
    "ms": ("bersama",),
    "vi": ("chung",),
    "ar": ("مشترك", "مشتركة", "المشترك", "المشتركة"),
    "ja": ("合同", "共同"),
    "ko": ("공동", "합동"),
    "zh": ("联合", "共同", "聯合"),
    "ru": ("совместн",),
    "th": ("ร่วมกัน", "ร่วม"),
}
_THE_AGREEMENT: dict[str, tuple[str, ...]] = {
    "en": ("the memorandum", "the mou", "the agreement", "the accord", "the deal"),
    "fr": (
        "le protocole",
        "l'accord",
        "l’accord",
        "le mémorandum",
        "la convention",
        "l'entente",
        "l’entente",
    ),
    "es": ("el memorando", "el acuerdo", "el convenio", "del texto", "el documento"),
    "pt": ("o memorando", "o acordo", "o protocolo", "o documento"),
    "it": ("il memorandum", "l'accordo", "l’accordo", "l'intesa", "l’intesa"),
    "de": (
        "die vereinbarung",
        "der vereinbarung",
        "die absichtserklärung",
        "der absichtserklärung",
        "das abkommen",
        "des abkommens",
        "das memorandum",
    ),
    "id": ("nota kesepahaman", "mou", "perjanjian"),
    "ms": ("memorandum persefahaman", "mou", "perjanjian"),
    "vi": ("biên bản ghi nhớ", "thỏa thuận", "bản ghi nhớ"),
    "ar": ("المذكرة", "الاتفاقية", "الاتفاق", "مذكرة التفاهم"),
    "ja": ("覚書", "協定", "合意"),
    "ko": ("양해각서", "협정", "mou"),
    "zh": ("备忘录", "備忘錄", "协议", "協議"),
    "ru": ("меморандум", "соглашени"),
    "th": ("บันทึกความเข้าใจ", "ข้อตกลง"),
}

# Scripts without spaces between words: a phrase is found anywhere in the text.
_UNSPACED = {"ja", "zh", "th"}
# Languages that write endings onto the word: a phrase may be followed by more
# letters ("양측은", "совместные", "المذكرةُ").
_OPEN_ENDED = {"ko", "ru", "ar"}


def _compile(phrases: tuple[str, ...], language: str) -> re.Pattern:
    alternatives = "|".join(
        re.escape(p) for p in sorted(set(phrases), key=len, reverse=True)
    )
    if language in _UNSPACED:
        return re.compile(alternatives)
    # Arabic joins prefixes (و, ف, ب, ل) to the word: allow them before it.
    before = r"(?<![\w])(?:[وفبل])?" if language == "ar" else r"(?<![\w-])"
    after = "" if language in _OPEN_ENDED else r"(?![\w-])"
    return re.compile(rf"{before}(?:{alternatives}){after}")


@lru_cache(maxsize=64)
def _pattern(table: str, language: str) -> re.Pattern | None:
    phrases = {"both": _BOTH, "joint": _JOINT, "agreement": _THE_AGREEMENT}[table].get(
        language
    )
    return _compile(phrases, language) if phrases else None


def _says(table: str, sentence: str, language: str) -> bool:
    pattern = _pattern(table, language)
    return bool(pattern and pattern.search(sentence.casefold()))


def refers_to_both(sentence: str, language: str) -> bool:
    """Does the sentence speak of "both sides" / "the two agencies" in its language?"""
    return _says("both", sentence, language)


def sets_up_joint_activity(sentence: str, language: str) -> bool:
    """Does the sentence speak of the agreement itself and of something "joint"?"""
    return _says("joint", sentence, language) and _says("agreement", sentence, language)


def _antecedent(finding, agreements: tuple[records.Agreement, ...]):
    """The agreement "both sides" refers to: the nearest one reported before the
    finding's sentence, else the first after it; only agreements of two or more
    parties."""
    candidates = [
        (agreement.evidence[0].start_char, agreement)
        for agreement in agreements
        if len(agreement.parties) >= 2 and agreement.evidence
    ]
    if not candidates or not finding.evidence:
        return None
    at = finding.evidence[0].start_char
    before = [c for c in candidates if c[0] <= at]
    if before:
        return max(before, key=lambda c: c[0])[1]
    return min(candidates, key=lambda c: c[0])[1]


def _signed_at(event: records.Event, language: str) -> bool:
    """Does the event's sentence tell a signing held at it?"""
    return any(triggers.cues(e.sentence, language, "signed") for e in event.evidence)


def _refers_back(finding, language: str) -> str | None:
    """How the finding's sentences point back to an agreement's parties: "both"
    (both sides, the two agencies), "joint" (a joint activity the agreement sets
    up), or None."""
    sentences = [e.sentence for e in finding.evidence]
    if any(refers_to_both(s, language) for s in sentences):
        return "both"
    if any(sets_up_joint_activity(s, language) for s in sentences):
        return "joint"
    return None


def _taking_part(event, events, agreements, language: str):
    """(participants, countries) for an event whose sentences point back to
    who takes part, else None."""
    how = _refers_back(event, language) if event.evidence else None
    if how is None and not event.participants and _signed_at(event, language):
        how = "signing"  # "the signing took place on the sidelines of the dialogue"
    if how is None:
        return None
    agreement = _antecedent(event, agreements)
    if agreement is not None:
        # "According to CNCS, the two institutions will hold an exercise": a party
        # named beside the phrase is one of the two, not a third.
        if not event.participants or (
            how == "both" and set(event.participants) <= set(agreement.parties)
        ):
            return agreement.parties, agreement.countries
        return None
    if how == "both" and not event.participants:
        # "the two sides agreed to hold a workshop" after a meeting of two
        pair = _event_antecedent(event, tuple(e for e in events if e is not event))
        if pair is not None:
            return pair.participants, pair.countries
    return None


def resolve_both(
    events: tuple[records.Event, ...],
    agreements: tuple[records.Agreement, ...],
    language: str,
) -> tuple[records.Event, ...]:
    """The events, with those that say "both sides" and name no participant (or
    only parties of the agreement the phrase refers to) given that agreement's
    parties and countries, or failing an agreement those of a meeting of two
    told before; likewise a joint activity the agreement provides for, and an
    event a signing was held at, that name no participant."""
    resolved = []
    for event in events:
        found = _taking_part(event, events, agreements, language)
        if found is not None:
            participants, countries = found
            event = dataclasses.replace(
                event,
                participants=participants,
                countries=tuple(dict.fromkeys([*event.countries, *countries])),
            )
        resolved.append(event)
    return tuple(resolved)


def resolve_agreements(
    agreements: tuple[records.Agreement, ...],
    language: str,
    events: tuple[records.Event, ...] = (),
) -> tuple[records.Agreement, ...]:
    """The agreements, with those that name no party but say "both sides" ("the two
    authorities also plan to sign a roadmap") given the parties of the agreement
    reported before them; failing one, the participants of the event the article
    reports ("a follow-up of the MoU both institutions signed in 2022")."""
    resolved = []
    for agreement in agreements:
        if (
            not agreement.parties
            and agreement.evidence
            and _refers_back(agreement, language) == "both"
        ):
            earlier = _antecedent(
                agreement, tuple(a for a in agreements if a is not agreement)
            )
            if earlier is not None:
                agreement = dataclasses.replace(
                    agreement,
                    parties=earlier.parties,
                    countries=agreement.countries or earlier.countries,
                )
            elif (event := _event_antecedent(agreement, events)) is not None:
                agreement = dataclasses.replace(
                    agreement,
                    parties=event.participants,
                    countries=agreement.countries or event.countries,
                )
        resolved.append(agreement)
    return tuple(resolved)


def _event_antecedent(finding, events: tuple[records.Event, ...]):
    """The event "both" refers to when no agreement can be: the only event of two
    participants, or the nearest such event before the finding."""
    pairs = [e for e in events if len(e.participants) == 2 and e.evidence]
    if len(pairs) == 1:
        return pairs[0]
    at = finding.evidence[0].start_char
    before = [e for e in pairs if e.evidence[0].start_char <= at]
    return max(before, key=lambda e: e.evidence[0].start_char) if before else None
