"""Agreements (MoUs, joint statements, partnerships, treaties, accords) an article
reports, with their status, date and parties.

Each agreement term is a mention; its status comes from the nearest signing,
planning or proposing cue in its sentence (or the sentence's tense). Mentions of
the same kind and status are one agreement, and a bare "the agreement" later in
the text refers back to the agreement before it rather than adding one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from babel import Locale

from ingestion import records
from ingestion.extraction import triggers
from ingestion.extraction.context import ArticleContext, Mention, Sentence
from ingestion.extraction.cooperation import incident_report
from ingestion.extraction.events import (
    complement_instruments,
    event_clusters,
    find_event_mentions,
    headline_end,
    nearest_date,
    owners_of,
    parties_in,
    sentence_dates,
    sentences_of,
    signing_date,
)
from ingestion.extraction.patterns import Caseless, Gate
from ingestion.extraction.triggers import UNSPACED

_ENGLISH_NAMES = Locale("en").territories

# A term with a quantifier or "similar" is a kind of agreement, not one agreement.
_GENERIC_BEFORE = Caseless(
    r"(?:new|nuove|nuovi|nouveaux|nouvelles|nuevas|nuevos|neue[n]?|novas|novos|"
    r"other|autres|otros|otras|altri|altre|andere[n]?|outros|more|further|several|"
    r"many|various|such|plusieurs|varios|varias|diversi|mehrere|vários|"
    r"beberapa|berbagai|các|nhiều|des|these|those|ces|estos|questi|同様の|類似の|"
    r"similar|аналогичн\w*|подобн\w*|други[ех]|нов\w+)\s*$"
)
# "Similar agreements with A, B and C", "other MoUs": earlier ones, never split.
_SIMILAR_BEFORE = Caseless(
    r"(?:other|autres|otros|otras|altri|altre|andere[n]?|outros|similar|"
    r"similaires|simili|ähnliche\w*|semelhantes|аналогичн\w*|подобн\w*|други[ех]|"
    r"同様の|類似の)\s*$"
)
_GENERIC_AFTER = Caseless(
    r"^\w*\s*(?:similar\w*|similaires|simili|analoghi|analoghe|ähnliche\w*|semelhantes|"
    r"serupa|sejenis|tương tự|مماثل\w*|مشابه\w*|السابق\w*|"
    r"(?:de|di|of|do|da)\s+(?:este|ese|ce|questo|this|that|esse|tal)\s+"
    r"(?:tipo|type|kind|genre)|такого рода|такого типа)"
)
# "similar agreements", "ähnliche Abkommen", "earlier MoUs", "유사한 협정", "类似协议":
# the kind of instrument one side has with others, told as background, never one
_LIKE_BEFORE = Caseless(
    r"(?:similar|comparable|earlier|previous|précédents|précédentes|anteriores|"
    r"precedenti|ähnliche\w*|vergleichbare\w*|frühere\w*|аналогичн\w*|подобн\w*|"
    r"предыдущ\w*|유사한|비슷한|이전의?|同様の|類似の|类似的?|同类|以前の)\s*$"
)
# "Collaboration ... is being forged between A and B": a partnership in the making.
_FORGED = Caseless(
    r"(?:collaboration|cooperation|partnership)[^.;]{0,80}?\b(?:is|are) being "
    r"(?:forged|established|built|developed|set up)"
)
_DEFINITE = Caseless(
    r"(?<![\w])(?:the|this|that|le|la|l[’']|el|lo|il|der|die|das|dem|den|o|a|este|esta|"
    r"questo|questa|tersebut|itu|này|該|この|本|同|이번|해당|ال|cet|cette|ce|dicho|"
    r"dicha|dieser|diese|dieses|diesem|diesen|esse|essa|quel|quella|tale)\s*$"
)

# "renewed their 2021 memorandum", "2019년 체결한 업무협약을 연장", "ihre 2022
# unterzeichnete Absichtserklärung verlängert": a renewal or extension is signed
# now, and the year told with it is when the instrument was first signed.
_RENEWED = Caseless(
    r"(?<![\w])(?:renew\w*|extend(?:ed|ing|s)?|extension|prolong\w*|renouvel\w*|"
    r"reconduit\w*|reconduction|renov\w*|prorrog\w*|rinnov\w*|proroga\w*|"
    r"verlänger\w*|erneuer\w*|memperbarui|diperbarui|pembaruan|memperpanjang|"
    r"diperpanjang|perpanjangan|memperbaharui|diperbaharui|pembaharuan|"
    r"melanjutkan tempoh|gia hạn|tái ký|ký lại|تجديد|جدد\w*|تمديد|مدد\w*|"
    r"продл\w+|перезаключ\w+)(?![\w])|更新|延長|갱신|연장|재체결|续签|延期|延长|"
    r"ต่ออายุ|ขยายระยะเวลา"
)


# A sentence that opens on "it" or "the document", naming no instrument of its own,
# tells more of the instrument just named.
_IT_OPENS = re.compile(
    r"^\s*(?:It|This|The (?:document|text|memorandum|accord)|Il|Elle|Le document|"
    r"Le texte|El (?:documento|texto)|Il (?:documento|testo)|Es|Das Dokument|"
    r"O (?:documento|texto)|Dokumen (?:tersebut|itu|ini)|Văn bản (?:này|trên)|"
    r"Документ|Он|Она)(?![\w])",
)


def _told_next(ctx: ArticleContext, index: int) -> tuple[str, str | None] | None:
    """(status, date) that the sentence right after sentence `index` tells of the
    instrument when it opens on "it" and names no instrument or event itself."""
    sentences = sentences_of(ctx)
    if index + 1 >= len(sentences):
        return None
    sentence = sentences[index + 1]
    text = sentence.text
    if not _IT_OPENS.match(text):
        return None
    if triggers.find_terms(text, ctx.language, "agreement") or triggers.find_terms(
        text, ctx.language, "event"
    ):
        return None
    for status in ("planned", "proposed", "signed"):
        if triggers.cues(text, ctx.language, status):
            found = next(
                (f.value for _, f in sentence_dates(ctx, sentence) if f.value), None
            )
            return status, found
    return None


def _after_publication(value: str | None, published) -> bool:
    """Whether a date, as precise as it is, falls after the publication day."""
    if not value or published is None:
        return False
    return value > published.isoformat()[: len(value)]


def _renewal_dates(ctx: ArticleContext, text: str, candidates: list) -> list:
    """The date candidates of a sentence that renews an instrument, less the years
    before the publication year (or, without one, before another date the
    sentence gives): those date the first signing, not the renewal."""
    if not _RENEWED.search(text):
        return candidates
    years = [found.value for _, found in candidates if found.value]
    latest = str(ctx.published.year) if ctx.published else max(years, default="")
    return [
        (offset, found)
        for offset, found in candidates
        if not (found.value and len(found.value) == 4 and found.value < latest[:4])
    ]


# "Highlight of the event: X signed ...": signed during the article's event.
_EVENT_REFERENCE = Caseless(
    r"\bevent\b|événement|evento|Veranstaltung|acara|sự kiện|イベント|期間中|행사|"
    r"الحدث|الفعالية|on the sidelines|en marge|al margen|a margine|am Rande|"
    r"à margem|di sela|sempena|bên lề|على هامش|期间|在.*期间"
)

# Everyday words for an instrument: they count only with a cue of signing,
# planning or proposing.
_EVERYDAY_KINDS = ("agreement", "partnership", "other")

# "An MoU on a joint lab", "eine Absichtserklärung über ein gemeinsames
# Lagezentrum": a plan or joint body named right after another instrument is its
# content, not a second instrument, unless a conjunction joins them.
_CONTENT_GAP = 60
_CONJUNCTION = Caseless(
    r"(?<![\w])(?:and|as well as|et|y|e|und|sowie|dan|serta|và|cùng|و|и|及|和|与|및|"
    r"ならびに|และ)(?![\w])|[,;:]|、|，|و"
)

# How near a planning cue must be to a signing verb to make it the plan's:
# "berencana menandatangani", "من المقرر أن يوقع", "체결할 예정", "締結する予定".
_INTENTION_REACH = 14
_INTENTION_REACH_VSO = 28

# How near a status cue must be to make a second agreement of the same kind
# (characters; spaced and unspaced scripts): "propuso ampliar el memorando".
_CLOSE_CUE = (30, 12)

# "signed memoranda of understanding with A, B and C", "وقّعت ... مذكرات تفاهم مع
# ... و... و...", "signed three MoUs with ...": one instrument per counterpart. A
# plural instrument, a count before it or a word for "each" says so; "A, B and C
# signed a joint MoU" stays one.
_PLURAL_INSTRUMENT = Caseless(
    r"memoranda|MoUs|MOUs|MoCs|agreements|accords|protocol(?:e)?s|m[ée]morandums|"
    r"memorandos|acuerdos|convenios|acordos|protocolos|accordi|protocolli|intese|"
    r"Vereinbarungen|Absichtserklärungen|Memoranden|меморандум(?:ы|ов)|"
    r"соглашени[йя]|مذكرات|اتفاقيات|بروتوكولات"
)
_COUNT_BEFORE = Caseless(
    r"(?<![\w])(?:two|three|four|five|six|seven|deux|trois|quatre|cinq|six|dos|tres|"
    r"cuatro|cinco|seis|due|tre|quattro|cinque|sei|zwei|drei|vier|fünf|sechs|dois|"
    r"duas|três|dua|tiga|empat|lima|enam|hai|ba|bốn|năm|sáu|ثلاث|أربع|خمس|ست|"
    r"два|две|три|четыре|пять|\d+|several|multiple|plusieurs|varios|varias|diversi|"
    r"mehrere|vários|várias|beberapa|sejumlah|các|những|несколько)\s+(?:\w+\s+)?$"
)
_COUNT_NEAR_UNSPACED = re.compile(
    r"[2-9]\s*(?:件|건|份|项|ฉบับ)|[两二三四五六七]\s*(?:件|份|项)"
)
_EACH = Caseless(
    r"respectively|separately|separate|respectivement|chacun\w*|respectivamente|"
    r"por separado|rispettivamente|ciascun\w*|jeweils|getrennt|masing-masing|"
    r"secara terpisah|lần lượt|riêng rẽ|مع كل من|كل على حدة|それぞれ|各々|각각|分别|"
    r"соответственно|по отдельности|แยกกัน"
)
_JOINT_INSTRUMENT = Caseless(
    r"joint|trilateral|multilateral|conjoint|conjunt|congiunt|gemeinsam|bersama|"
    r"trilat|chung|مشترك|ثلاثي|共同|공동|联合|совместн|ร่วม"
)
# A declaration word alone is one only when a place names it ("東京宣言").
_BARE_DECLARATIONS = frozenset({"宣言", "선언", "ปฏิญญา"})
# "Организации Договора о коллективной безопасности", "Organisation du traité de
# l'Atlantique Nord", "North Atlantic Treaty Organization": a treaty word inside the
# name of a body, however the gazetteer spells or inflects it.
_BODY_BEFORE = Caseless(
    r"(?:Organi[sz]ation|Organización|Organizzazione|Organização|Organisasi|"
    r"Pertubuhan|Tổ chức|Организаци\w*|منظمة)\s+(?:(?:du|de la|des|del|della|"
    r"do|da|of the|of)\s+)?$"
)
_BODY_AFTER = Caseless(
    r"^(?:\s+[\w-]+){0,3}?\s+Organi[sz]ation\b|^\s*(?:기구|機構|组织)"
)

# The word that introduces the counterparts of a signing: "with", "avec", "مع".
_WITH = Caseless(r"(?<![\w])(?:with|avec|con|mit|com|dengan|với|с|со)(?![\w])|مع|กับ")

_FOCUS_AREAS = (
    ("incident-response", r"incident|CSIRT|CERT|sự cố|insiden|インシデント|침해사고"),
    (
        "information-sharing",
        r"information[- ]sharing|exchange of information|sharing|échange|intercambio|"
        r"scambio|Austausch|intercâmbio|pertukaran|chia sẻ|共有|공유|تبادل",
    ),
    (
        "capacity-building",
        r"training|capacity|formation|formación|formazione|Schulung|formação|"
        r"capacitación|pelatihan|latihan|đào tạo|人材|研修|교육|인력|تدريب|talent",
    ),
    (
        "research",
        r"research|recherche|investigación|ricerca|Forschung|pesquisa|"
        r"penelitian|nghiên cứu|研究|연구|بحث",
    ),
    (
        "critical-infrastructure",
        r"critical infrastructure|infrastructures? critiques?|infraestructuras? "
        r"crítica|infrastrutture critiche|kritische[rn]? Infrastruktur|"
        r"infraestruturas? crítica|infrastruktur kritis|hạ tầng|重要インフラ|"
        r"기반시설|البنية التحتية",
    ),
    (
        "cybercrime",
        r"cybercrime|cybercriminalité|ciberdelincuencia|criminalità "
        r"informatica|Cyberkriminalität|cibercrime|kejahatan siber|tội phạm mạng|"
        r"サイバー犯罪|사이버범죄|الجرائم الإلكترونية|ransomware",
    ),
    (
        "defence",
        r"defen[cs]e|défense|defensa|difesa|Verteidigung|Cyberabwehr|defesa|"
        r"pertahanan|quốc phòng|防衛|국방|الدفاع|military|militaire|militar",
    ),
    (
        "data-protection",
        r"data protection|privacy|données personnelles|datos "
        r"personales|dati personali|Datenschutz|dados pessoais|data pribadi|"
        r"dữ liệu cá nhân|個人情報|개인정보|البيانات الشخصية",
    ),
    (
        "standards-and-certification",
        r"standard|certification|certificación|"
        r"certificazione|Zertifizierung|certificação|sertifikasi|chứng nhận|認証|인증",
    ),
    (
        "policy-and-norms",
        r"norms|normes|normas|norme|Normen|policy|politique|"
        r"política|politica|strategy|stratégie|estrategia|kebijakan|chính sách|規範|규범",
    ),
    (
        "industry",
        r"industry|companies|industrie|industria|Industrie|indústria|"
        r"industri|doanh nghiệp|企業|산업|기업|الشركات|private sector|secteur privé|"
        r"settore privato|sector privado",
    ),
)
_FOCUS = tuple((slug, Gate(p)) for slug, p in _FOCUS_AREAS)


@dataclass
class AgreementMention:
    kind: str
    start: int
    end: int
    sentence: Sentence
    index: int
    status: str | None  # None: the sentence does not say
    explicit: bool  # a cue of signing, planning or proposing, not only tense
    date: str | None
    title: str | None
    parties: list[str]
    countries: list[str]
    generic: bool  # "the agreement": may refer back to an earlier one
    close_cue: bool = True  # the status cue is next to the term, not elsewhere
    counterpart: str | None = None  # one of several signed in the same sentence


@dataclass
class AgreementCluster:
    kind: str
    status: str | None
    mentions: list[AgreementMention] = field(default_factory=list)
    date: str | None = None
    title: str | None = None
    counterpart: str | None = None


def _after_a_place(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether a place names the declaration: "東京宣言", "서울 선언",
    "ปฏิญญากรุงเทพฯ"."""
    return any(
        m.label in ("CITY", "COUNTRY")
        and (0 <= start - m.end <= 1 or 0 <= m.start - end <= 1)
        for m in ctx.mentions
    )


def _several_instruments(text: str, t_start: int, t_end: int, language: str) -> bool:
    """Whether the term names one instrument per counterpart, not one shared."""
    term = text[t_start:t_end]
    if _JOINT_INSTRUMENT.search(text[max(0, t_start - 20) : t_end + 12]):
        return False
    if _PLURAL_INSTRUMENT.search(term) or _EACH.search(text):
        return True
    if language in UNSPACED:
        return bool(_COUNT_NEAR_UNSPACED.search(text[max(0, t_start - 6) : t_end + 8]))
    return bool(_COUNT_BEFORE.search(text[max(0, t_start - 24) : t_start]))


def _signer_and_counterparts(
    ctx: ArticleContext, sentence: Sentence, t_start: int
) -> tuple[list, list]:
    """The bodies that sign (named before the counterparts) and the counterparts
    (after "with"; in Japanese, Korean and Chinese, the bodies after the first)."""
    orgs = [
        m for m in ctx.mentions_in(sentence.start, sentence.end) if m.label == "ORG"
    ]
    if ctx.language in UNSPACED:
        # the first body named signs, under all its names ("センター（NISC）")
        first = orgs[0].value if orgs else None
        signers = [m for m in orgs if m.value == first]
        counterparts = [m for m in orgs if m.value != first]
        if not counterparts:
            # "과테말라, 르완다 사이버보안 기관과 각각": counterparts named by country
            counterparts = [
                m
                for m in ctx.mentions_in(sentence.start, sentence.end, "COUNTRY")
                if m.value not in {s.country for s in signers}
                and (signers[0].end if signers else sentence.start)
                < m.start
                < sentence.start + t_start
            ]
        return signers, counterparts
    text = sentence.text
    marker = next(
        (m for m in _WITH.finditer(text) if m.start() >= min(t_start, len(text))),
        None,
    ) or next(iter(_WITH.finditer(text)), None)
    if marker is None:
        return orgs, []
    cut = sentence.start + marker.start()
    signers = [m for m in orgs if m.end <= cut]
    signing = {m.value for m in signers}
    counterparts = [m for m in orgs if m.start >= cut and m.value not in signing]
    if not counterparts:
        counterparts = [
            m
            for m in ctx.mentions_in(cut, sentence.end, "COUNTRY")
            if m.value not in {s.country for s in signers}
        ]
    return signers, counterparts


def _split_by_counterpart(
    ctx: ArticleContext, mention: AgreementMention, t_start: int
) -> list[AgreementMention]:
    signers, counterparts = _signer_and_counterparts(ctx, mention.sentence, t_start)
    # one body per span; a name and the acronym in brackets after it ("Zentrum
    # Finnlands (NCSC-FI)") are one body, known best by the acronym
    distinct: dict[tuple, Mention] = {}
    for m in counterparts:
        distinct.setdefault((m.value, m.country, m.start), m)
    bodies: list[Mention] = []
    offset = mention.sentence.start
    for m in distinct.values():
        if bodies and m.start < bodies[-1].end:
            continue
        if bodies:
            gap = mention.sentence.text[bodies[-1].end - offset : m.start - offset]
            if gap.rstrip().endswith(("(", "（")) and not _CONJUNCTION.search(
                gap.rstrip()[:-1]
            ):
                bodies[-1] = m
                continue
        bodies.append(m)
    if len(bodies) < 2:
        return [mention]
    split = []
    for body in bodies:
        parties = [s.value for s in signers]
        codes = [s.country for s in signers if s.country]
        if body.label == "ORG":
            parties.append(body.value)
            if body.country:
                codes.append(body.country)
        else:
            parties.append(_ENGLISH_NAMES.get(body.value, body.value))
            codes.append(body.value)
        split.append(
            replace(
                mention,
                parties=list(dict.fromkeys(parties)),
                countries=list(dict.fromkeys(codes)),
                counterpart=f"{body.value}@{body.start}",
                generic=False,
            )
        )
    return split


def _nearest_cue(
    spans_by_status: dict[str, tuple[tuple[int, int], ...]],
    start: int,
    end: int,
    unspaced: bool = False,
    reach: int = _INTENTION_REACH,
) -> tuple[str | None, int]:
    """The status whose cue is nearest the term; a signing verb inside a planning
    phrase ("同意明年签署", "akan menandatangani") is the plan's."""
    intentions = [
        (a, b, status)
        for status in ("planned", "proposed")
        for a, b in spans_by_status[status]
        if not (start <= a and b <= end)  # "계획" of "협력 계획", "计划" of "合作计划"
    ]
    best = None
    for status in ("planned", "proposed", "signed"):
        for c_start, c_end in spans_by_status[status]:
            cue_status = status
            if status in ("signed", "planned"):
                # the signing verb of a plan or proposal stands for it, and so
                # does the plan of a proposal ("предложила подписать")
                cue_status = next(
                    (
                        intention
                        for a, b, intention in intentions
                        if (status == "signed" or intention == "proposed")
                        and (
                            (a <= c_start and c_end <= b)
                            or 0 <= c_start - b <= reach
                            or (unspaced and 0 <= a - c_end <= 6)
                        )
                    ),
                    status,
                )
            if c_start < end and start < c_end:
                continue  # the cue is part of the term ("signing ceremony" aside)
            distance = c_start - end if c_start >= end else start - c_end
            if best is None or distance < best[0]:
                best = (distance, cue_status)
    return (best[1], best[0]) if best else (None, 10_000)


def _state_parties(ctx: ArticleContext, sentence: Sentence) -> tuple[list, list]:
    names: list[str] = []
    codes: list[str] = []
    for mention in ctx.mentions_in(sentence.start, sentence.end, "COUNTRY"):
        if mention.value not in codes:
            codes.append(mention.value)
            names.append(_ENGLISH_NAMES.get(mention.value, mention.value))
    return names, codes


def _title(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> str | None:
    text = ctx.text
    before, after = text[max(sentence.start, start - 2) : start], text[end : end + 2]
    if before[-1:] in '“"«„「『' or after[:1] in '”"»“」』':
        opening = max(text.rfind(q, sentence.start, start + 1) for q in '“"«„「『')
        closing = min(
            (
                i
                for i in (text.find(q, end - 1, sentence.end) for q in '”"»“」』')
                if i >= 0
            ),
            default=-1,
        )
        if opening >= 0 and closing > opening:
            return text[opening + 1 : closing].strip()
    return None


def find_agreement_mentions(ctx: ArticleContext) -> list[AgreementMention]:
    found: list[AgreementMention] = []
    event_mentions = find_event_mentions(ctx)
    clusters = event_clusters(ctx)
    cluster_of = {
        id(m): c for c in clusters for m in c.mentions
    }  # which event each event mention belongs to
    for index, sentence in enumerate(sentences_of(ctx)):
        text = sentence.text
        terms = triggers.find_terms(text, ctx.language, "agreement")
        forged = _FORGED.search(text)
        if forged and not any(k == "partnership" for k, _, _ in terms):
            terms += (("partnership", forged.start(), forged.start() + 13),)
        if not terms:
            continue
        spans = {
            status: triggers.cues(text, ctx.language, status)
            for status in ("signed", "planned", "proposed")
        }
        # a future cue inside a term ("计划" of "行动计划") tells nothing
        future = any(
            not any(a <= c_start and c_end <= b for _, a, b in terms)
            for c_start, c_end in triggers.cues(text, ctx.language, "future")
        )
        names, codes = parties_in(ctx, sentence)
        if len(names) < 2:
            state_names, state_codes = _state_parties(ctx, sentence)
            names += [n for n in state_names if n not in names]
            codes += [c for c in state_codes if c not in codes]
        topics = complement_instruments(text, ctx.language)
        candidates = _renewal_dates(ctx, text, sentence_dates(ctx, sentence))
        owners = owners_of(ctx, sentence, candidates)
        signed_on = signing_date(ctx, sentence)
        for offset, candidate in candidates:
            if candidate is signed_on:
                owners.pop(offset, None)  # "signed on 12 March": any instrument's
        for kind, t_start, t_end in terms:
            start, end = sentence.start + t_start, sentence.start + t_end
            if any(
                m.label == "ORG" and m.start <= start and end <= m.end
                for m in ctx.mentions
            ):
                continue
            if kind == "treaty" and (
                _BODY_BEFORE.search(text[max(0, t_start - 30) : t_start])
                or _BODY_AFTER.match(text[t_end : t_end + 40])
            ):
                continue
            if text[t_start:t_end] in _BARE_DECLARATIONS and not _after_a_place(
                ctx, start, end
            ):
                continue
            quantified = bool(
                _GENERIC_BEFORE.search(text[max(0, t_start - 14) : t_start])
            )
            if _GENERIC_AFTER.match(text[t_end : t_end + 20]) or _LIKE_BEFORE.search(
                text[max(0, t_start - 14) : t_start]
            ):
                continue
            if kind == "other" and _content_of_another(text, terms, t_start):
                continue
            if (t_start, t_end) in topics:
                # "un webinaire de restitution du plan d'action est prévu en
                # janvier": the plan already told, not a plan for January
                found.append(
                    AgreementMention(
                        kind=kind,
                        start=start,
                        end=end,
                        sentence=sentence,
                        index=index,
                        status=None,
                        explicit=False,
                        date=None,
                        title=None,
                        parties=[],
                        countries=[],
                        generic=True,
                        close_cue=False,
                    )
                )
                continue
            if forged and kind == "partnership" and t_start == forged.start():
                status, cue_distance = "planned", 0
            else:
                status, cue_distance = _nearest_cue(
                    spans,
                    t_start,
                    t_end,
                    ctx.language in UNSPACED,
                    # "اقترح الجانب البحريني توقيع": the subject after the verb
                    _INTENTION_REACH_VSO if ctx.language == "ar" else _INTENTION_REACH,
                )
            explicit = status is not None
            follow = None
            if status is None and not future:
                follow = _told_next(ctx, index)
                if follow is not None:
                    # "An MoU ... was also discussed. It is expected to be signed
                    # on 15 July": the plan told of "it" right after
                    status, explicit = follow[0], True
            if status is None and future:
                status = "planned"
            dated = _not_across_an_event(ctx, candidates, owners, start)
            if kind == "other":
                dated = [
                    (offset, found)
                    for offset, found in dated
                    if not _period_of_plan(ctx.text, start, end, offset, found)
                ]
            date = nearest_date(dated, start, end, owners)
            value = date.value if date else None
            if follow is not None and value is None:
                value = follow[1]
            if status == "signed" and _after_publication(value, ctx.published):
                own = any(
                    found is date and owners.get(offset, (start, end)) == (start, end)
                    for offset, found in dated
                )
                if own:
                    # "내년 상반기 인력교류 협정을 체결하고": signed next year is a plan
                    status = "planned"
                else:
                    # "체결했으며, 내년에는 ... 교육과정을 운영할 예정": a signed text
                    # is not dated by next year's course
                    value = None
            if value is None:
                value = _event_date_in(sentence, event_mentions, cluster_of)
                if status == "signed" and _after_publication(value, ctx.published):
                    value = None
            if value is None and status == "signed" and _AT_THE_CLOSE.search(text):
                value = _closing_day_before(sentence, clusters)
            if value is None and status == "signed" and _EVENT_REFERENCE.search(text):
                value = next(
                    (_day_or_month(c.start, c.end) for c in clusters if c.start), None
                )
            generic = kind == "agreement" and not explicit and value is None
            if _DEFINITE.search(text[max(0, t_start - 6) : t_start]) and (
                not explicit or kind == "agreement"
            ):
                # "the agreement" names the instrument already reported, even in
                # "El acuerdo se firmó al margen de ..."
                generic = True
            mention = AgreementMention(
                kind=kind,
                start=start,
                end=end,
                sentence=sentence,
                index=index,
                status=status,
                explicit=explicit,
                date=value,
                title=_title(ctx, sentence, start, end),
                parties=list(names),
                countries=list(codes),
                generic=generic,
                close_cue=cue_distance <= _CLOSE_CUE[ctx.language in UNSPACED],
            )
            split = [mention]
            if status == "signed" and _several_instruments(
                text, t_start, t_end, ctx.language
            ):
                split = _split_by_counterpart(ctx, mention, t_start)
            if quantified and (
                len(split) < 2
                or _SIMILAR_BEFORE.search(text[max(0, t_start - 14) : t_start])
            ):
                continue  # "other agreements", "des accords": a kind, not one
            found += split
    return found


# "an action plan for 2025-2027", "خطة عمل للعامين 2026 و2027", "2025-2027年行动计划":
# the years a plan or roadmap covers, not the day it was agreed
_PERIOD_FOR = Caseless(
    r"(?:for|pour|para|für|per|на|untuk|bagi|giai đoạn|cho|لل?عامين|للفترة|لعام|"
    r"للأعوام|للسنوات|tahun)\s*(?:the\s+(?:years?|period)\s+|les années\s+|"
    r"los años\s+|(?:the\s+)?period\s+|période\s+|período\s+|годы\s+)?$"
)


def _period_of_plan(text: str, start: int, end: int, offset: int, found) -> bool:
    if not found.value or len(found.value) != 4:
        return False  # a day or a month is when it was agreed
    if offset >= end:
        between = text[end:offset]
        return len(between) <= 40 and bool(_PERIOD_FOR.search(between))
    # the years written just before the plan's name
    return start - offset <= 12 and not text[offset:start].strip(" 年년-–~0123456789")


def _signed_during_an_event(ctx: ArticleContext, sentence: Sentence) -> str | None:
    """ "Penandatanganan dilakukan di sela SICW yang berlangsung pada 14-16
    Oktober 2025": the signing told is dated by the event it took place at (its
    month when the event lasted several days)."""
    text = sentence.text
    if not _EVENT_REFERENCE.search(text) or not (
        _signed_here(ctx, text) or _ceremony_held(ctx, text)
    ):
        return None
    for cluster in event_clusters(ctx):
        if cluster.start and any(
            m.sentence.start == sentence.start for m in cluster.mentions
        ):
            return cluster.signing_day or _day_or_month(cluster.start, cluster.end)
    return None


def _ceremony_held(ctx: ArticleContext, text: str) -> bool:
    """ "Majlis itu diadakan sempena ...", "The ceremony took place on the
    sidelines of ...": the signing scene, told without a verb of signing."""
    return bool(
        _CEREMONY.search(text)
        and not triggers.cues(text, ctx.language, "future")
        and not triggers.cues(text, ctx.language, "planned")
    )


_CEREMONY = Caseless(
    r"ceremon|cérémonie|ceremonia|cerimonia|Zeremonie|cerimônia|upacara|majlis|"
    r"lễ ký|式典|調印式|서명식|체결식|حفل|签约仪式|церемони|พิธี"
)


def _signed_here(ctx: ArticleContext, text: str) -> bool:
    """A word of signing that no plan, proposal or future tense governs."""
    if triggers.cues(text, ctx.language, "future"):
        return False
    intentions = triggers.cues(text, ctx.language, "planned") + triggers.cues(
        text, ctx.language, "proposed"
    )
    return any(
        not any(a <= c_start < b or c_start <= a < c_end for a, b in intentions)
        for c_start, c_end in triggers.cues(text, ctx.language, "signed")
    )


def _not_across_an_event(ctx: ArticleContext, candidates, owners, start: int) -> list:
    """The candidate dates of an agreement term, less those governed by an event
    term that stands between them and it ("24日から26日まで開かれた協議に合わせ
    て覚書を交わした": the days are the consultations'; the instrument then takes
    its event's date)."""
    events = {
        (m.start, m.end)
        for m in find_event_mentions(ctx)
        if any(o == (m.start, m.end) for o in owners.values())
    }
    kept = []
    for offset, found in candidates:
        owner = owners.get(offset)
        if owner in events and min(offset, start) < owner[0] < max(offset, start):
            continue
        kept.append((offset, found))
    return kept


def _content_of_another(text: str, terms, t_start: int) -> bool:
    """Whether the plan or joint body at `t_start` is what another instrument
    just before it in the sentence is about."""
    for kind, _start, end in terms:
        if kind == "other" or end > t_start or t_start - end > _CONTENT_GAP:
            continue
        if not _CONJUNCTION.search(text[end:t_start]):
            return True
    return False


def _event_date_in(sentence: Sentence, event_mentions, cluster_of) -> str | None:
    """An agreement signed "at the meeting" takes the meeting's date (its month
    when the meeting lasted several days)."""
    for mention in event_mentions:
        if mention.sentence.start == sentence.start:
            cluster = cluster_of.get(id(mention))
            if cluster is not None and cluster.signing_day:
                return cluster.signing_day  # the day it was signed during it
            if cluster is not None and cluster.start:
                if (
                    cluster.end
                    and len(cluster.end) == 10
                    and _AT_THE_CLOSE.search(sentence.text)
                ):
                    return cluster.end  # "adopted at the close of the meeting"
                return _day_or_month(cluster.start, cluster.end)
    return None


# "at the close of the meeting", "في ختام الاجتماع", "à l'issue de", "al cierre de",
# "zum Abschluss": the instrument is of the event's last day
_AT_THE_CLOSE = Caseless(
    r"(?:at|on) the (?:close|end|conclusion)|(?:in|at) (?:its|their) conclusion|"
    r"à l['’]issue|à la clôture|en clôture|al (?:cierre|final|término|clausurar)|"
    r"a conclusione|alla chiusura|al termine|zum Abschluss|am Ende|"
    r"no (?:encerramento|final)|ao final|pada (?:akhir|penutupan)|di akhir|"
    r"pada penghujung|(?:tại|trong) (?:lễ )?bế mạc|kết thúc|في ختام|في نهاية|"
    r"閉幕|最終日|폐막|마지막 날|闭幕|结束时|в завершение|по итогам|по завершении"
)


def _closing_day_before(sentence: Sentence, clusters) -> str | None:
    """ "Al termine dei lavori, … hanno adottato una dichiarazione": an instrument
    adopted at the close of the event told just before it (within about 600
    characters) is of that event's last day."""
    told = [
        c
        for c in clusters
        if c.start
        and not c.next_edition
        and any(m.sentence.start < sentence.start for m in c.mentions)
        and min(abs(sentence.start - m.sentence.start) for m in c.mentions) < 600
    ]
    if not told:
        return None
    cluster = max(told, key=lambda c: max(m.sentence.start for m in c.mentions))
    if cluster.end and len(cluster.end) == 10:
        return cluster.end
    return cluster.start


def _day_or_month(start: str, end: str | None) -> str:
    if end and end != start and len(start) == 10:
        return start[:7]
    return start


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def agreement_clusters(ctx: ArticleContext) -> list[AgreementCluster]:
    clusters: list[AgreementCluster] = []
    headline = headline_end(ctx)
    mentions = find_agreement_mentions(ctx)
    body = [m for m in mentions if m.start >= headline]
    heading = [m for m in mentions if m.start < headline]
    for mention in body:
        if mention.generic and clusters:
            clusters[-1].mentions.append(mention)  # "the agreement": the last one
            continue
        home = next(
            (
                cluster
                for cluster in clusters
                if cluster.kind == mention.kind
                and cluster.counterpart == mention.counterpart
                and not (
                    mention.explicit
                    and mention.close_cue
                    and cluster.status
                    and mention.status != cluster.status
                )
                and _compatible(mention.date, cluster.date)
            ),
            None,
        )
        if home is None and not (
            (mention.explicit and mention.close_cue) or mention.counterpart
        ):
            # "the MoU" again, without a word of signing: the one already named
            same = [c for c in clusters if c.kind == mention.kind]
            if same:
                same[0].mentions.append(mention)
                continue
        if home is None:
            if not mention.explicit and mention.kind in _EVERYDAY_KINDS:
                continue  # "agreement", "partnership", "plan" are everyday words
            if mention.status is None and mention.date is None and mention.generic:
                continue
            home = AgreementCluster(
                kind=mention.kind,
                status=mention.status,
                counterpart=mention.counterpart,
            )
            clusters.append(home)
        _absorb(home, mention)
    if clusters:
        # the headline names the body's agreement in its own words
        for mention in heading:
            same = [c for c in clusters if c.kind == mention.kind]
            (same or clusters)[0].mentions.append(mention)
    else:
        for mention in heading:
            if not mention.explicit and mention.kind in _EVERYDAY_KINDS:
                continue
            if clusters and clusters[0].kind == mention.kind:
                _absorb(clusters[0], mention)
                continue
            cluster = AgreementCluster(kind=mention.kind, status=mention.status)
            _absorb(cluster, mention)
            clusters.append(cluster)
    clusters = _fold_into_counterparts(clusters)
    _date_from_next_sentences(ctx, clusters)
    return clusters


# How many sentences after the instrument such a sentence may come.
_FOLLOW_UP_REACH = 2


def _date_from_next_sentences(
    ctx: ArticleContext, clusters: list[AgreementCluster]
) -> None:
    """A signed instrument named without its date takes the date of the signing
    told in a sentence right after it that names no instrument of its own: "The
    two agencies signed an MoU. The document was signed on 13 May in Moscow." """
    sentences = sentences_of(ctx)
    undated = [
        c
        for c in clusters
        if c.status in (None, "signed") and (c.date is None or len(c.date) < 10)
    ]
    if not undated:
        return
    headline = headline_end(ctx)
    for cluster in undated:
        body = [m.index for m in cluster.mentions if m.start >= headline]
        if not body:
            continue
        first = min(body)
        renewed = any(_RENEWED.search(m.sentence.text) for m in cluster.mentions)
        for index in range(
            first + 1, min(len(sentences), first + 1 + _FOLLOW_UP_REACH)
        ):
            sentence = sentences[index]
            text = sentence.text
            found = None
            if renewed and _RENEWED.search(text):
                # "Die Verlängerung wurde am Mittwoch ... unterzeichnet", "협약
                # 갱신은 전날 ... 이뤄졌다": the renewal just told, and its day
                found = next(
                    (f.value for _, f in sentence_dates(ctx, sentence) if f.value),
                    None,
                )
            if found is not None:
                if _compatible(found, cluster.date):
                    cluster.date = found
                break
            if triggers.find_terms(text, ctx.language, "agreement"):
                break  # another instrument, or this one named again
            signing = signing_date(ctx, sentence)
            found = signing.value if signing is not None else None
            if found is None:
                found = _signed_during_an_event(ctx, sentence)
            if found is None:
                continue
            if _compatible(found, cluster.date) and (
                cluster.date is None or len(found) > len(cluster.date)
            ):
                cluster.date = found
            break


def _fold_into_counterparts(
    clusters: list[AgreementCluster],
) -> list[AgreementCluster]:
    """A mention without a word of signing ("NISC、3機関と覚書") names the
    instruments signed one per counterpart, not one more."""
    split_kinds = {c.kind for c in clusters if c.counterpart}
    kept = []
    for cluster in clusters:
        if (
            cluster.counterpart is None
            and cluster.kind in split_kinds
            and not any(m.explicit for m in cluster.mentions)
        ):
            home = next(c for c in clusters if c.counterpart and c.kind == cluster.kind)
            home.mentions.extend(cluster.mentions)
            continue
        kept.append(cluster)
    return kept


def _absorb(home: AgreementCluster, mention: AgreementMention) -> None:
    home.mentions.append(mention)
    if home.status is None and mention.status:
        home.status = mention.status
    if (
        mention.date
        and (home.date is None or len(mention.date) > len(home.date))
        and _compatible(mention.date, home.date)
    ):
        home.date = mention.date
    if home.title is None and mention.title:
        home.title = mention.title


def _participants_of_its_event(
    ctx: ArticleContext, cluster: AgreementCluster
) -> list[str]:
    """The participants of the events named in the sentences of the agreement."""
    starts = {m.sentence.start for m in cluster.mentions}
    names: list[str] = []
    for event in event_clusters(ctx):
        if any(m.sentence.start in starts for m in event.mentions):
            for mention in event.mentions:
                names += [p for p in mention.participants if p not in names]
    return names


def _focus_areas(texts: list[str]) -> tuple[str, ...]:
    joined = " ".join(texts)
    return tuple(slug for slug, pattern in _FOCUS if pattern.search(joined))


def find_agreements(ctx: ArticleContext) -> tuple[records.Agreement, ...]:
    if incident_report(ctx):
        return ()
    agreements = []
    sentences = sentences_of(ctx)
    for cluster in agreement_clusters(ctx):
        parties: list[str] = []
        codes: list[str] = []
        for mention in cluster.mentions:
            if mention.generic and not mention.explicit and len(parties) >= 2:
                # "The agreement follows an assessment by the World Bank": a
                # later mention that only refers back names no new signatory
                continue
            parties += [p for p in mention.parties if p not in parties]
            codes += [c for c in mention.countries if c not in codes]
        if cluster.kind == "joint_statement":
            # a declaration adopted at a meeting is signed by its participants
            parties += [
                p for p in _participants_of_its_event(ctx, cluster) if p not in parties
            ]
        first = cluster.mentions[0]
        if not parties and first.index > 0:
            names, found_codes = parties_in(ctx, sentences[first.index - 1])
            parties, codes = names, found_codes
        explicit = any(m.explicit for m in cluster.mentions)
        confidence = round(
            min(
                0.95,
                0.45
                + 0.2 * explicit
                + 0.1 * bool(cluster.date)
                + 0.1 * (len(parties) >= 2),
            ),
            2,
        )
        texts = [m.sentence.text for m in cluster.mentions]
        agreements.append(
            records.Agreement(
                kind=cluster.kind,
                status=cluster.status or "signed",
                title=cluster.title,
                date=cluster.date,
                parties=tuple(parties),
                countries=tuple(codes),
                focus_areas=_focus_areas(texts),
                confidence=confidence,
                evidence=tuple(
                    records.Evidence(
                        m.sentence.text, m.sentence.start, m.sentence.end, confidence
                    )
                    for m in cluster.mentions[:3]
                ),
            )
        )
    return tuple(agreements)
