"""Organisations an article names: gazetteer agencies (by name, acronym or alias in
any language), acronyms the text defines ("Agence nationale ... (ANSSI)"), and new
names found by rule: capitalised names built on an organisation head word
(Ministry, Agence, Universität, Bộ...) in the article's language, names ending in
their head in Japanese and Korean (〇〇省, 〇〇부), Arabic names opened by theirs
(وزارة, المركز), and response teams named like CERT-XX. Datelines ("PARIS (AFP) –")
and articles ("Das", "L'") never start a name; wires and meetings are no bodies.

Mentions of one body (full name, acronym, short form) are merged into one
`OrgFinding` with its aliases, home country, kind and the offsets of every mention.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher

from ingestion.extraction.gazetteer import (
    CJK,
    HANGUL,
    KOREAN_PARTICLES,
    Hit,
    compiled,
    fold,
    script,
)
from ingestion.extraction.patterns import Caseless
from ingestion.records import Gazetteer

CONFIDENCE_GAZETTEER = 0.9
CONFIDENCE_DEFINED = 0.75
CONFIDENCE_RULE = 0.6

# Head words: (word, kind). Matching is case-insensitive on the folded word; a
# German or Dutch head may also end a compound ("Cyberabwehrzentrum").
_HEADS = {
    "en": {
        "ministry": "ministry",
        "department": "government agency",
        "agency": "government agency",
        "authority": "regulator",
        "commission": "regulator",
        "office": "government agency",
        "directorate": "government agency",
        "bureau": "government agency",
        "administration": "government agency",
        "secretariat": "government agency",
        "council": "government agency",
        "committee": "government agency",
        "command": "military",
        "division": "government agency",
        "police": "government agency",
        "university": "university",
        "universiti": "university",
        "universitas": "university",
        "institute": "university",
        "academy": "university",
        "college": "university",
        "laboratory": "university",
        "lab": "company",
        "labs": "company",
        "centre": "government agency",
        "center": "government agency",
        "consortium": "other",
        "association": "ngo",
        "foundation": "ngo",
        "alliance": "other",
        "corporation": "company",
        "company": "company",
        "group": "company",
        "ltd": "company",
        "inc": "company",
        "corp": "company",
        "plc": "company",
        "llc": "company",
        "gmbh": "company",
        "technologies": "company",
        "cert": "cert",
        "csirt": "cert",
        "cirt": "cert",
        "response team": "cert",
    },
    "fr": {
        "ministère": "ministry",
        "commissariat": "government agency",  # "Commissariat à la cybersécurité"
        "ambassade": "ministry",
        "agence": "government agency",
        "autorité": "regulator",
        "commission": "regulator",
        "direction": "government agency",
        "office": "government agency",
        "secrétariat": "government agency",
        "conseil": "government agency",
        "comité": "government agency",
        "commandement": "military",
        "gendarmerie": "military",
        "division": "government agency",  # "Division spéciale de cybersécurité"
        "plateforme": "government agency",  # "Plateforme de lutte contre ..."
        "brigade": "government agency",
        "université": "university",
        "institut": "university",
        "école": "university",
        "centre": "government agency",
        "observatoire": "government agency",
        "association": "ngo",
        "fondation": "ngo",
        "groupe": "company",
        "société": "company",
        "campus": "other",
        "cert": "cert",
        "csirt": "cert",
    },
    "es": {
        "ministerio": "ministry",
        "secretaría": "government agency",
        "agencia": "government agency",
        "autoridad": "regulator",
        "comisión": "regulator",
        "dirección": "government agency",
        "oficina": "government agency",
        "consejo": "government agency",
        "comité": "government agency",
        "comando": "military",
        "mando": "military",
        "universidad": "university",
        "superintendencia": "regulator",
        "fiscalía": "government agency",
        "subsecretaría": "government agency",
        "instituto": "university",
        # a national institute is a public body (INCIBE), not a research one
        "instituto nacional": "government agency",
        "centro": "government agency",
        "asociación": "ngo",
        "fundación": "ngo",
        "organización": "intergovernmental",
        "grupo": "company",
        "policía": "government agency",
        "guardia": "military",
        "división": "government agency",
        "brigada": "government agency",
        "cert": "cert",
        "csirt": "cert",
    },
    "it": {
        "ministero": "ministry",
        "agenzia": "government agency",
        "autorità": "regulator",
        "dipartimento": "government agency",
        "direzione": "government agency",
        "ufficio": "government agency",
        "consiglio": "government agency",
        "comitato": "government agency",
        "comando": "military",
        "università": "university",
        "istituto": "university",
        "politecnico": "university",
        "centro": "government agency",
        "consorzio": "other",
        "associazione": "ngo",
        "fondazione": "ngo",
        "gruppo": "company",
        "polizia": "government agency",
        "divisione": "government agency",
        "nucleo": "government agency",  # "Nucleo per la cybersicurezza"
        "cert": "cert",
        "csirt": "cert",
    },
    "pt": {
        "ministério": "ministry",
        "agência": "government agency",
        "autoridade": "regulator",
        "secretaria": "government agency",
        "gabinete": "government agency",
        "conselho": "government agency",
        "comando": "military",
        "universidade": "university",
        "superintendência": "regulator",
        "instituto": "university",
        "instituto nacional": "government agency",
        "centro": "government agency",
        "associação": "ngo",
        "fundação": "ngo",
        "grupo": "company",
        "polícia": "government agency",
        "divisão": "government agency",
        "departamento": "government agency",
        "direção": "government agency",
        "direcção": "government agency",
        "comissão": "regulator",
        "cert": "cert",
        "csirt": "cert",
    },
    "de": {
        "ministerium": "ministry",
        "bundesministerium": "ministry",
        "bundesamt": "government agency",
        "amt": "government agency",
        "behörde": "government agency",
        "agentur": "government agency",
        "zentrum": "government agency",
        "zentrale": "government agency",
        "kommando": "military",
        "universität": "university",
        "hochschule": "university",
        "institut": "university",
        "verband": "ngo",
        "verein": "ngo",
        "stiftung": "ngo",
        "rat": "government agency",
        "gruppe": "company",
        "polizei": "government agency",
        "stabsstelle": "government agency",  # "Stabsstelle für Cyber-Sicherheit"
        "koordinierungsstelle": "government agency",
        "zentralstelle": "government agency",
        "direktion": "government agency",
        "kommission": "regulator",
    },
    "id": {
        "kementerian": "ministry",
        "departemen": "ministry",  # "Departemen Teknologi Informasi dan Komunikasi"
        "badan": "government agency",
        "lembaga": "government agency",
        "direktorat": "government agency",
        "pusat": "government agency",
        "universitas": "university",
        "institut": "university",
        "otoritas": "regulator",
        "asosiasi": "ngo",
        "komisi": "regulator",
        "kepolisian": "government agency",
        "dewan": "government agency",
        "komando": "military",
        "politeknik": "university",
        "akademi": "university",
        "sekolah tinggi": "university",
        "cert": "cert",
        "csirt": "cert",
    },
    "ms": {
        "kementerian": "ministry",
        "agensi": "government agency",
        "jabatan": "government agency",
        "lembaga": "government agency",
        "pusat": "government agency",
        "universiti": "university",
        "institut": "university",
        "majlis": "government agency",
        "suruhanjaya": "regulator",
        "persatuan": "ngo",
        "polis": "government agency",
        "politeknik": "university",
        "akademi": "university",
        "angkatan": "military",
        "cert": "cert",
        "csirt": "cert",
    },
    "vi": {
        "cơ quan": "government agency",
        "bộ": "ministry",
        "cục": "government agency",
        "tổng cục": "government agency",
        "viện": "university",
        "học viện": "university",
        "trung tâm": "government agency",
        "đại học": "university",
        "trường đại học": "university",
        "ủy ban": "government agency",
        "ban": "government agency",
        "hiệp hội": "ngo",
        "công ty": "company",
        "tập đoàn": "company",
        "sở": "government agency",
    },
}
# Languages where a head leads the name and the words after it may be lower case
# ("Agence nationale de la sécurité des systèmes d'information").
# (Indonesian and Malay write every word of a name with a capital: "Majlis
# pemeteraian" is a signing ceremony, not a council.)
_HEAD_FIRST_LOWER = {"fr", "es", "it", "pt", "vi"}
_GERMANIC_COMPOUND_HEADS = ("ministerium", "amt", "behörde", "zentrum", "agentur")

_CONNECTORS = {
    "en": {"of", "for", "and", "on", "&", "the", "in"},
    "fr": {"de", "du", "des", "la", "le", "les", "l'", "d'", "et", "pour", "sur", "à", "aux", "au"},
    "es": {"de", "del", "la", "las", "los", "el", "y", "para", "e"},
    "it": {"di", "del", "della", "dello", "dei", "degli", "delle", "e", "per", "la", "il", "l'", "d'", "sulla", "nazionale"},
    "pt": {"de", "do", "da", "dos", "das", "e", "para"},
    "de": {"für", "des", "der", "die", "das", "und", "in", "zur", "zum", "von", "im"},
    "id": {"dan", "untuk"},
    "ms": {"dan", "bagi"},
    "vi": {"và"},
}  # fmt: skip
# Words that end a lower-case continuation after a head word.
_STOP_WORDS = {
    "fr": {"a", "est", "ont", "qui", "que", "avec", "dans", "sera", "va", "par", "a-t-il", "selon", "lors", "entre"},
    "es": {"ha", "es", "que", "con", "por", "será", "han", "fue", "según", "entre", "a", "al"},
    "it": {"a", "ha", "hanno", "è", "che", "con", "nel", "nella", "in", "tra", "fra", "da", "sarà", "gestito", "gestita", "secondo"},
    "pt": {"a", "o", "é", "que", "com", "por", "em", "no", "na", "foi", "será", "entre"},
    "id": {"yang", "akan", "telah", "sudah", "di", "dengan", "pada", "dalam", "ke", "dari", "ini", "itu"},
    "ms": {"yang", "akan", "telah", "sudah", "di", "dengan", "pada", "dalam", "ke", "daripada", "ini", "itu"},
    "vi": {"đã", "sẽ", "đang", "là", "có", "cho", "với", "tại", "của", "về", "trong", "được", "ngày",
           "tham", "ký", "đánh", "nhấn", "cử", "tiếp", "phối", "triển", "cùng", "gửi", "nhận"},
}  # fmt: skip

# News outlets and wires: named as the source, never as a party.
OUTLETS = {
    "bernama", "reuters", "afp", "ap", "associated press", "xinhua", "kyodo",
    "kyodo news", "yonhap", "vnexpress", "vna", "vietnam news agency", "antara",
    "efe", "ansa", "dpa", "tass", "ria novosti", "bloomberg", "nhk", "cnn", "bbc",
    "the star", "new straits times", "nikkei", "le monde", "el país", "afpic",
    "the japan times", "the straits times", "jakarta post", "the jakarta post",
    "tuoi tre", "thanh nien", "agence france-presse", "europa press", "aps",
    "saudi press agency", "spa", "wam", "emirates news agency", "petra",
    "jordan news agency", "mena", "middle east news agency", "qna", "kuna", "bna",
    "tap", "map", "nan", "télam", "agência brasil", "lusa", "agi", "adnkronos",
    "apa", "kompas", "kompas com", "detik", "detikcom", "tempo", "newsis", "뉴시스",
    "연합뉴스", "共同", "共同通信", "時事通信", "新华社", "interfax", "anadolu", "pti",
    "ani", "philippine news agency", "vietnamplus", "ttxvn", "the guardian",
    "the new york times", "financial times", "heise", "heise online", "il sole 24 ore",
    "la repubblica", "corriere della sera", "el mundo", "infobae", "clarín", "folha",
    "o globo", "g1", "público", "the hindu", "the edge", "malaysiakini", "the nation",
    "bangkok post", "korea herald", "the korea herald", "yomiuri", "asahi", "واس",
    "وام", "بترا", "قنا", "كونا",
}  # fmt: skip
# "Saudi Press Agency", "Agence de presse sénégalaise", "وكالة الأنباء": wires by name.
_OUTLET_NAME = Caseless(
    r"\b(?:News|Press) Agency\b|\bAgence de presse\b|\bAgencia de Noticias\b|"
    r"\bAgenzia di stampa\b|\bNachrichtenagentur\b|\bKantor Berita\b|"
    r"\bThông tấn xã\b|وكالة الأنباء|通信社|통신사|新闻社"
)
# Capitalised words that start a sentence or a title but not a name.
_NOT_NAME_WORDS = {
    "the", "a", "an", "this", "that", "these", "those", "le", "la", "les", "l'",
    "el", "los", "las", "il", "lo", "gli", "i", "der", "die", "das", "o", "os",
    "as", "un", "une", "una", "ein", "eine", "at", "in", "on", "from", "with",
    "by", "also", "both", "and", "but", "mr", "mrs", "ms", "dr", "prof",
}  # fmt: skip
_ACRONYM_IN_PARENS = re.compile(r"\(\s*([A-Z][A-Za-z0-9&./\-]{1,15})\s*\)")
_WORD = re.compile(r"[\w][\w'’&.\-]*|[&–—\-,():;]", re.UNICODE)


@dataclass
class OrgFinding:
    """One organisation and every place the article names it."""

    name: str
    kind: str
    country: str | None = None
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)
    known_id: int | None = None
    agency_index: int | None = None
    confidence: float = CONFIDENCE_RULE
    spans: list[tuple[int, int]] = field(default_factory=list)
    member_countries: tuple[str, ...] = ()

    def names(self) -> list[str]:
        return [self.name, *([self.acronym] if self.acronym else []), *self.aliases]

    def add_alias(self, alias: str) -> None:
        alias = _tidy(alias)
        if alias and alias.casefold() not in {n.casefold() for n in self.names()}:
            self.aliases.append(alias)


def _tidy(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—،؛")
    return re.sub(r"\s+,", ",", name)


def _key(name: str) -> str:
    text = fold(name).replace("&", " and ")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"^the\s+", "", text.strip())
    return re.sub(r"\s+", " ", text).strip()


_OUTLET_KEYS = frozenset(_key(name) for name in OUTLETS)


def _is_acronym(name: str) -> bool:
    if _THAI_ABBREVIATION.fullmatch(name):
        return True  # "สกมช.", "กสทช.": Thai has no capitals, its abbreviations a dot
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(name) <= 12 and sum(c.isupper() for c in letters) >= 2


_THAI_ABBREVIATION = re.compile(r"[\u0e01-\u0e4e]{2,8}\.(?:[\u0e01-\u0e4e]{1,4}\.)?")


# --- gazetteer matches ---------------------------------------------------------------


# Acronyms of the trade that some body also uses as its own: in a cybersecurity
# article "APT" is an advanced persistent threat, not the Asia-Pacific Telecommunity.
_TERMS = frozenset(
    {"APT", "SOC", "CTI", "ICS", "DDOS", "IOT", "OT", "AI", "IDS", "EDR"}
)


def _accept_gazetteer_hit(hit: Hit, text: str, pattern: str) -> bool:
    """Case rules: short acronyms exactly, longer ones in capitals or title case, and
    a name written with a capital must be written with one."""
    surface = hit.text
    cased = surface[:1].lower() != surface[:1].upper()
    if cased and pattern[:1].isupper() and not surface[:1].isupper():
        first = surface.split()[0].lower() if " " in surface else ""
        if first not in _LOWER_MINISTRIES:
            return False  # but "du ministère de l'Europe et des Affaires étrangères"
    if surface.upper() in _TERMS:
        return False
    if _is_acronym(pattern) and " " not in pattern:
        # "NIS-2", "CERT-EU": an acronym joined by a hyphen is part of another name
        before = text[max(0, hit.start - 2) : hit.start]
        after = text[hit.end : hit.end + 2]
        if re.fullmatch(r"-\w", after) or re.fullmatch(r"\w-", before):
            return False
        if len(pattern) <= 3:
            return surface == pattern
        return surface == pattern or surface == surface.capitalize()
    return True


def _distinctive(surface: str, language: str) -> bool:
    """Whether a name points to one body wherever it appears: not a short acronym
    ("NIS", "CSA") and not only field and head words ("CSIRT nacional")."""
    if _is_acronym(surface) and len(surface) <= 4:
        return False
    if script(surface[0]) in (CJK, HANGUL):
        return len(surface) >= 3  # "警察庁", "외교부": three characters say a lot
    return _has_proper_word(surface, language) and len(surface) >= 5


# Gazetteer rows named like a meeting ("ASEAN Digital Ministers' Meeting", "ASEAN
# CERT Incident Drill") are reported as events by the event stage, not as bodies.
_EVENT_NAME = re.compile(
    r"\b(?:Meeting|Summit|Week|Drill|Conference|Dialogue|Exercise|Games|Symposium|"
    r"Workshop|Webinar)s?\b"
)


_BLOC_EVENT_AFTER = re.compile(
    r"\s+(?:Cyber\s+)?(?:[Ss]ummit|Drill|Exercise|Games)s?\b"
)
_SOCIAL = re.compile(
    r"\b(?:Facebook|Twitter|X|WhatsApp|LinkedIn|Telegram|E-?mail|Line|Weibo|WeChat|"
    r"KakaoTalk|VK|Zalo|Instagram|Threads|Bluesky)\b|微博|微信|카카오톡"
)


_SHARE_WORD = Caseless(
    r"[|·•]|\b(?:share|partager|compartir|condividi|teilen|compartilh\w+|bagikan|"
    r"kongsi|chia sẻ)\b|شارك|シェア|공유|分享|Поделиться"
)


def _share_line(text: str, at: int) -> bool:
    """Whether the short line holding `at` lists social networks ("Share on:
    Facebook | X | WhatsApp", "Compartir: Facebook Twitter LinkedIn")."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start : end if end >= 0 else len(text)]
    if len(line) > 120:
        return False
    found = len(_SOCIAL.findall(line))
    return found >= 3 or found >= 2 and bool(_SHARE_WORD.search(line))


_DRILL_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Drill|Exercise|Games|Challenge|Cup)s?\b"
)


def _resolve(indexes: list[int], gazetteer: Gazetteer, named: dict[str, int]):
    """The agency a name stands for when several share it (NCSC, CSA, ANSSI): the
    one whose country the article names most, else None."""
    if len(indexes) == 1:
        return indexes[0]
    scored = [
        (named.get(gazetteer.agencies[i].country or "", 0), -n)
        for n, i in enumerate(indexes)
    ]
    best = max(range(len(indexes)), key=lambda n: scored[n])
    return indexes[best] if scored[best][0] > 0 else None


# Where a language's press is written: a body of one of these countries needs no
# country named to be meant ("das BSI" in a German article that never says
# "Deutschland").
_PRESS_COUNTRIES = {
    "de": {"DE", "AT", "CH"}, "fr": {"FR"}, "it": {"IT"}, "es": {"ES"},
    "pt": {"PT", "BR"}, "id": {"ID"}, "ms": {"MY"}, "vi": {"VN"}, "ja": {"JP"},
    "ko": {"KR"}, "zh": {"CN"}, "th": {"TH"}, "ru": {"RU"},
}  # fmt: skip


def gazetteer_findings(text: str, language: str, gazetteer: Gazetteer, places=()):
    compiled_gazetteer = compiled(gazetteer)
    named: dict[str, int] = {}
    for mention in places:
        if mention.label == "COUNTRY":
            named[mention.value] = named.get(mention.value, 0) + 1
    findings: dict[int, OrgFinding] = {}
    others: dict[tuple[str, str], OrgFinding] = {}
    for hit in compiled_gazetteer.organizations(language).find(text):
        entry = hit.entries[0]
        if not _accept_gazetteer_hit(hit, text, entry.pattern):
            continue
        indexes = [int(e.value) for e in hit.entries]
        local = _local_country(hit.start, hit.end, text, places)
        if local is None and language in _CJK_SIDE:
            # "越方派出公安部...": the Vietnamese ministry, not China's 公安部
            # (the side right before it: a known body is not moved by a far one)
            begin = max(text.rfind(stop, 0, hit.start) for stop in "。！？\n") + 1
            begin = max(begin, hit.start - 8)
            local = _cjk_side(text, begin, hit.start, places, language)
        same = [i for i in indexes if gazetteer.agencies[i].country == local]
        if local and not same and all(gazetteer.agencies[i].country for i in indexes):
            # "Lithuania's National Cyber Security Centre" is not the British one
            kind = gazetteer.agencies[indexes[0]].kind
            other = others.setdefault(
                (_key(hit.text), local),
                OrgFinding(hit.text, kind, local, confidence=CONFIDENCE_RULE),
            )
            other.spans.append((hit.start, hit.end))
            continue
        index = same[0] if same else _resolve(indexes, gazetteer, named)
        if index is None:
            continue
        agency = gazetteer.agencies[index]
        if _EVENT_NAME.search(agency.name) or (
            agency.kind == "other" and agency.name.endswith("Forum")
        ):
            continue  # the event stage reports meetings, and a yearly forum is one
        if agency.kind == "company" and _share_line(text, hit.start):
            continue  # "Share on: Facebook | X | WhatsApp" is a page's button row
        if _key(hit.text) not in (_key(agency.name), _key(agency.acronym)) and (
            _DRILL_AFTER.match(text, hit.end)
        ):
            continue  # "ASEAN CERT Incident Drill": a drill named after the teams
        if agency.kind == "intergovernmental" and _BLOC_EVENT_AFTER.match(
            text, hit.end
        ):
            continue  # "the APEC summit", "the ASEAN Cyber Drill": an event's name
        if (
            agency.country
            and agency.country not in named
            and agency.country not in _PRESS_COUNTRIES.get(language, ())
            and not _distinctive(hit.text, language)
        ):
            continue  # a Korean "NIS" in a German article about the NIS directive
        finding = findings.get(index)
        if finding is None:
            finding = findings[index] = OrgFinding(
                name=agency.name,
                kind=agency.kind,
                country=agency.country,
                acronym=agency.acronym,
                known_id=agency.id,
                agency_index=index,
                confidence=CONFIDENCE_GAZETTEER,
                member_countries=agency.member_countries,
            )
        finding.spans.append((hit.start, hit.end))
        if hit.text != agency.name and hit.text != agency.acronym:
            finding.add_alias(hit.text)
    return [*findings.values(), *others.values()]


def _local_country(start: int, end: int, text: str, places) -> str | None:
    """The country a name is attached to in the text: "Lithuania's ...",
    "Italian ...", "... of Vietnam", "... (Russian Federation)"."""
    before = _place_before(start, text, places)
    if before is not None:
        return before.value
    for mention in places:
        # the gap is a word such as " of " or a bracket: a few characters at most
        if mention.label == "COUNTRY" and end <= mention.start <= end + _NEAR:
            if mention.kind == "capital":
                continue  # "BSSN dan ACSC di Jakarta": where they met, not whose
            gap = text[end : mention.start]
            if re.fullmatch(r" (?:of|de|di|du|del|da|do|của) | ?\(", gap):
                return mention.value
    return None


# --- acronyms the text defines --------------------------------------------------------


def _initials(words: list[str]) -> list[str]:
    return [w[0].upper() for w in words if w[:1].isalpha() and w[0].isupper()]


def _covers(acronym: str, words: list[str]) -> float:
    letters = [c.upper() for c in acronym if c.isalpha()]
    pool = _initials(words)
    for word in words:  # "CONNECT2SEA", "eGov": capitals inside a word count too
        pool += [c for c in word[1:] if c.isupper()]
    matched = 0
    for letter in letters:
        if letter in pool:
            pool.remove(letter)
            matched += 1
    return matched / len(letters) if letters else 0.0


def defined_acronyms(text: str, language: str) -> list[tuple[str, str, int, int]]:
    """(long form, acronym, start, end) for "Long Form (ACR)" in the text."""
    connectors = _CONNECTORS.get(language, set()) | _CONNECTORS["en"]
    found = []
    for match in _ACRONYM_IN_PARENS.finditer(text):
        acronym = match.group(1).rstrip(".")
        if not _is_acronym(acronym):
            continue
        line_start = max(text.rfind("\n", 0, match.start()), 0)
        window_start = max(line_start, match.start() - 160)
        before = text[window_start : match.start()]
        tokens = [(t.start(), t.end(), t.group()) for t in re.finditer(r"\S+", before)]
        words: list[tuple[int, int, str]] = []
        for token in reversed(tokens):
            word = token[2].strip("“”\"'")
            bare = word.rstrip(",")
            if word.endswith((".", ";", ":")) and word not in ("Co.", "St."):
                break
            elided = _ELISION.match(bare)
            if elided and bare[elided.end() :][:1].isupper():
                # "l'Université Cheikh Anta Diop (UCAD)": the name starts after l'
                words.insert(
                    0, (token[0] + elided.end(), token[1], token[2][elided.end() :])
                )
                continue
            if (
                bare.lower() in _BARE_ARTICLES
                and words
                and tokens.index(token) > 0
                and tokens[tokens.index(token) - 1][2].lower() in _AND
            ):
                break  # "... de Argentina y la Brigada ... (PDI)": another phrase
            if bare and (
                bare[0].isupper()
                or bare[0].isdigit()
                or bare.lower() in connectors
                or bare in ("–", "-", "&")
            ):
                words.insert(0, token)
                continue
            break
        best = None
        for first in range(len(words)):
            span_words = [w[2].strip(",") for w in words[first:]]
            if not span_words or not span_words[0][:1].isupper():
                continue
            if span_words[0].lower() in _NOT_NAME_WORDS:
                continue
            coverage = _covers(acronym, span_words)
            if span_words[0][0].upper() not in acronym.upper():
                continue
            if coverage >= 0.99:
                best = first  # the shortest form that covers every letter
            elif coverage >= 0.6 and best is None:
                best = first
        if (
            best is not None
            and words[best][2][:1].upper() != acronym[:1].upper()
            and _covers(acronym, [w[2].strip(",") for w in words[best:]]) < 0.99
        ):
            # "Brigada Investigadora ... de la Policía de Investigaciones (PDI)": a
            # name the acronym does not cover opens with its first letter
            best = next(
                (
                    j
                    for j in range(best + 1, len(words))
                    if words[j][2][:1] == acronym[:1].upper()
                    and _covers(acronym, [w[2].strip(",") for w in words[j:]]) >= 0.6
                ),
                best,
            )
        if best is None:
            continue
        start = window_start + words[best][0]
        end = window_start + words[-1][1]
        long_form = _tidy(text[start:end])
        if len(long_form.split()) < 2:
            continue
        found.append((long_form, acronym, start, match.end()))
    return found


# --- names found by rule ----------------------------------------------------------------


_CAPS = "A-ZÀ-ÖØ-Þ\u0100-\u017f\u1e00-\u1eff"
# "PARIS (AFP) –", "KUALA LUMPUR, 3 Dis (Bernama) --", "MONTEVIDEO, 19 nov (EFE).–",
# "Rabat (MAP) -", "الرياض -", "【ジャカルタ共同】", "[마닐라=연합뉴스]": a place and a
# wire or date that open a line, never part of the name that follows.
_DATELINE = re.compile(
    rf"^[ \t]*(?:"
    rf"[{_CAPS}][{_CAPS}'’.\- ]{{1,30}}[{_CAPS}.](?:,[^–—\n()]{{1,30}}?)?(?:\s*\([^)\n]{{1,30}}\))?"
    rf"|[{_CAPS}][\w'’.\- ]{{1,30}}?(?:,[^–—\n()]{{1,30}}?)?\s*\([^)\n]{{1,30}}\)"
    rf")\.?\s*(?:[–—:]|-{{1,2}})[ \t]*"
    r"|^[ \t]*[\u0600-\u06ff]+(?: [\u0600-\u06ff]+)?\s+[-–—]\s*"
    r"|^[ \t]*[【\[［][^】\]］\n]{1,30}[】\]］][ \t]*",
    re.MULTILINE,
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """(line start, end of the dateline) for every line that opens with one."""
    return [
        (match.start(), match.end())
        for match in _DATELINE.finditer(text)
        if match.end() < len(text)
        and text[match.end()] != "\n"
        or text[match.start() : match.end()].strip()[:1] in "【[［"
    ]


def _english_head(head: list[str], language: str) -> bool:
    """Whether a head word is English and not a word of the text's own language."""
    folded = _ELISION.sub("", " ".join(head).lower().strip(",."))
    return folded in _HEADS["en"] and folded not in _HEADS.get(language, {})


_VERB_ENDINGS = {
    "es": ("aron", "ieron", "ó", "ará", "erá", "irá", "arán", "erán"),
    "pt": ("aram", "eram", "iram", "ou", "ará", "erá", "irá"),
    "it": ("arono", "erono", "irono", "ranno", "erà", "irà", "arà"),
    "fr": ("èrent", "eront", "era", "ira"),
}
_VERBS = {
    "fr": {"signe", "signent", "annonce", "annoncent", "accueille", "organise",
           "organisent", "lance", "lancent", "rejoint", "participe", "renforce",
           "renforcent", "conclut", "concluent", "s'associe", "s'associera"},
    "es": {"firma", "firman", "anuncia", "acoge", "organiza", "lanza", "participa",
           "refuerza", "refuerzan", "suscribe", "suscriben"},
    "it": {"firma", "firmano", "annuncia", "ospita", "organizza", "lancia",
           "partecipa", "rafforza", "rafforzano", "sottoscrive"},
    "pt": {"assina", "assinam", "anuncia", "acolhe", "organiza", "lança",
           "participa", "reforça", "reforçam"},
}  # fmt: skip
_MALAY_VERB = re.compile(r"^(?:me(?:ng|ny|m|n|r|l)?|ber|ter|di)[a-z]{4,}$")


def _is_verb(word: str, language: str) -> bool:
    """A small-letter word that is a verb, which no name continues into
    ("firmaron", "assinaram", "menandatangani")."""
    if language in ("id", "ms"):
        return bool(_MALAY_VERB.match(word))
    if word in _VERBS.get(language, ()):
        return True
    return len(word) > 4 and word.endswith(_VERB_ENDINGS.get(language, ("\0",)))


def _head_kind(word: str, language: str) -> str | None:
    folded = re.sub(r"['’]s$", "", word.lower().strip(",."))
    folded = _ELISION.sub("", folded)  # "l'Université", "dell'Università"
    for lang in dict.fromkeys((language, "en")):
        kind = _HEADS.get(lang, {}).get(folded)
        if kind:
            return kind
    if language in ("de", "nl") and " " not in folded:  # "das Zentrum" is no compound
        stems = (folded, re.sub(r"(?:es|s)$", "", folded))  # "Außenministeriums"
        for suffix in _GERMANIC_COMPOUND_HEADS:
            if any(f.endswith(suffix) and len(f) > len(suffix) + 3 for f in stems):
                return _HEADS["de"].get(suffix, "government agency")
    return None


def _last_head_kind(words: list[str], language: str) -> str | None:
    """The kind of the last head word of a name, a two-word head ("Instituto
    Nacional") before the one-word head it starts with."""
    for i in reversed(range(len(words))):
        pair = f"{words[i]} {words[i + 1]}" if i + 1 < len(words) else None
        kind = (pair and _head_kind(pair, language)) or _head_kind(words[i], language)
        if kind:
            return kind
    return None


@functools.cache
def _head_pattern(language: str) -> re.Pattern:
    """Any head word of the language (or English) anywhere in a sentence: most
    sentences have none, and need no closer look."""
    heads = {h for lang in (language, "en") for h in _HEADS.get(lang, {})}
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    suffixes = "|".join(_GERMANIC_COMPOUND_HEADS) if language in ("de", "nl") else ""
    pattern = rf"\b(?:{words})\b" + (rf"|(?:{suffixes})(?:e?s)?\b" if suffixes else "")
    return re.compile(pattern, re.IGNORECASE)


def _tokens(text: str) -> list[re.Match]:
    return list(_WORD.finditer(text))


_OF = {
    "of",
    "for",
    "on",
    "de",
    "di",
    "del",
    "des",
    "du",
    "da",
    "do",
    "für",
    "der",
}
_AND = {"and", "et", "y", "e", "und", "dan", "và", "&"}
# Words that describe a field, not a body: "Cybersecurity Lab" or "Technical
# Committee" alone name no one in particular.
_GENERIC = {
    "cybersecurity", "cyber", "security", "information", "technology", "technical",
    "national", "international", "digital", "data", "research", "software", "ict",
    "r&d", "science", "communications", "communication", "network", "test", "5g",
    "internet", "new", "global", "regional", "nacional", "nationale", "nazionale",
    "nationaler", "nacionales", "siber", "keamanan", "keselamatan", "joint",
    "public", "private", "cybersécurité",
    "ciberseguridad", "cybersicherheit", "sicurezza", "informatica", "the",
}  # fmt: skip
_SCOPE = {
    "national", "nationale", "nazionale", "nacional", "nationaler", "international",
    "internationale", "internacional", "internazionale", "regional", "régional",
    "regionale", "general", "générale", "generale", "federal", "fédéral",
}  # fmt: skip
_HEAD_FIRST_FOREIGN = {
    "universiti", "universitas", "institut", "universität", "hochschule",
}  # fmt: skip


_ELISION = re.compile(r"^(?:[ldLD]|dell|all|nell|sull|dall|qu)['’](?=\w)")


_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u017f\u0400-\u042f\u1e00-\u1eff]")
_LOWER_HEAD_LANGUAGES = {"fr", "es", "it", "pt"}
_LOWER_MINISTRIES = {"ministère", "ministerio", "ministero", "ministério"}


def _lower_ministry(words: list[str], i: int, language: str) -> bool:
    """French, Spanish, Italian and Portuguese write "ministère de l'Intérieur" with
    a small letter: the head counts when a capitalised word follows it."""
    if words[i].lower() not in _LOWER_MINISTRIES:
        return False
    connectors = _CONNECTORS.get(language, set())
    k = i + 1
    if (
        k + 1 < len(words)
        and words[k].isalpha()
        and words[k].islower()
        and words[k] not in connectors
        and words[k + 1].lower() in connectors
    ):
        k += 1  # "ministère indien des Affaires extérieures": its country's adjective
    while k < len(words) and words[k].lower() in connectors:
        k += 1
    if k >= len(words) or not _is_cap(words[k]):
        return False
    return k > i + 1 or _ELISION.match(words[k]) is not None


def _is_cap(word: str) -> bool:
    word = _ELISION.sub("", word)  # "l'Europe", "dell'Informazione"
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def _body_follows(words: list[str], k: int, language: str) -> bool:
    """Whether the capitalised words from k on end in a head word of their own."""
    connectors = _CONNECTORS.get(language, set())
    while k < len(words) and words[k].lower() in connectors:
        k += 1
    start = k
    while k < len(words) and k - start < 10:
        if _is_cap(words[k]):
            pair = " ".join(words[k : k + 2])
            if _head_kind(words[k], language) or _head_kind(pair, language):
                return True  # "... và Cơ quan An ninh mạng": a second body
        elif not (
            words[k].lower() in _OF and k + 1 < len(words) and _is_cap(words[k + 1])
        ):
            return False  # "... of West African States Commission" goes on
        k += 1
    return False


def _and_left(words, start: int, head: int, floor: int, language: str):
    """Where a name reaches back over "and" ("Cyber Defence and Forensics Lab"):
    one or two plain capitalised words on each side, none a head or an acronym,
    else None (a list of people or of bodies is not one name)."""
    if not 1 <= head - start <= 2 or start - 1 < floor or words[start - 1] != "and":
        return None
    k = start - 1
    while k - 1 >= floor and _is_cap(words[k - 1]) and start - 1 - (k - 1) <= 2:
        k -= 1
    left = words[k : start - 1]
    if not 1 <= len(left) <= 2 or (k - 1 >= floor and _is_cap(words[k - 1])):
        return None
    plain = all(
        not _head_kind(w, language)
        and not _is_acronym(w)
        and w.lower() not in _NOT_NAME_WORDS
        for w in (*left, *words[start:head])
    )
    return k if plain else None


def _list_in_name(words: list[str], k: int, language: str) -> bool:
    """Whether ", Trade and Industry" continues a name: capitalised words, then
    "and" and a capitalised word, before any other punctuation or head word."""
    seen = 0
    while k < len(words) and _is_cap(words[k]) and not _head_kind(words[k], language):
        k += 1
        seen += 1
    return (
        0 < seen <= 3
        and k + 1 < len(words)
        and words[k].lower() in _AND
        and _is_cap(words[k + 1])
        and not _head_kind(words[k + 1], language)
    )


# "and", an article and a country or an acronym open another noun phrase ("et la
# France", "e il CSIRTMalta"); a name's own "and" goes on ("e la strategia per la
# cybersicurezza", "e la Sicurezza Informatica", "et de la Digitalisation")
_BARE_ARTICLES = {
    "la", "le", "les", "l'", "l’", "il", "lo", "gli", "el", "los", "las", "o", "os",
    "as", "the", "der", "die", "das",
}  # fmt: skip
_NATIONAL = {"nazionale", "nationale", "national", "nacional", "federale", "federal"}


def _demonym_inside(words: list[str], k: int, after_head: int, connectors) -> bool:
    """Whether the demonym at words[k] sits inside a head-first name: right after
    the head (or its "national"), with a connector and more of the name after it."""
    right_after = k == after_head or (
        k == after_head + 1 and words[k - 1].lower() in _NATIONAL
    )
    return (
        right_after
        and k + 2 < len(words)
        and words[k + 1].lower() in connectors
        and words[k + 2][:1].isalpha()
    )


def rule_names(
    text: str, language: str, sentences, places=()
) -> list[tuple[str, str, int, int]]:
    """(name, kind, start, end) of capitalised names built on a head word."""
    found = []
    place_at = {m.start: m for m in places if m.label == "COUNTRY"}
    city_at = {m.start for m in places if m.label == "CITY"}
    own_connectors = _CONNECTORS.get(language, set()) | {"&"}
    own_stops = _STOP_WORDS.get(language, set())
    lower_ok = language in _HEAD_FIRST_LOWER
    datelines = dateline_spans(text)
    for sentence in sentences:
        if not _UPPER.search(sentence.text) and language not in _LOWER_HEAD_LANGUAGES:
            continue  # no capital letter, no name (Chinese, Japanese, Thai...)
        if not _head_pattern(language).search(sentence.text):
            continue
        tokens = _tokens(sentence.text)
        words = [t.group() for t in tokens]
        i, floor = 0, 0
        for line_start, prefix_end in datelines:
            if line_start >= sentence.start and prefix_end <= sentence.end:
                # "SAARBRÜCKEN – Das ...": no name reaches back into the dateline
                floor = max(floor, bisect.bisect_left(
                    [sentence.start + t.start() for t in tokens], prefix_end
                ))  # fmt: skip
        i = floor
        while i < len(tokens):
            word = words[i]
            kind, head_len = None, 1
            if not _is_cap(word) and not _lower_ministry(words, i, language):
                i += 1
                continue
            if i + 1 < len(tokens):
                kind = _head_kind(f"{word} {words[i + 1]}", language)
                head_len = 2 if kind else 1
            kind = kind or _head_kind(word, language)
            if kind is None:
                i += 1
                continue
            # an English head in another language's text ("Delft University of
            # Technology" in Indonesian) is read the English way
            english = language != "en" and _english_head(
                words[i : i + head_len], language
            )
            head_last = language in ("en", "de") or english
            connectors = _CONNECTORS["en"] | {"&"} if english else own_connectors
            stops = set() if english else own_stops
            start = i
            if head_last:
                j = i - 1
                while j >= floor and (_is_cap(words[j]) or words[j] == "&"):
                    if words[j].lower() in _NOT_NAME_WORDS:
                        break
                    j -= 1
                start = j + 1
                left = _and_left(words, start, i, floor, language)
                if left is not None:
                    start = left  # "Cyber Defence and Forensics Lab"
                while start < i and (
                    words[start].lower() in connectors or words[start] == "&"
                ):
                    start += 1
            end = i + head_len
            k = end
            continues = k < len(tokens) and (
                words[k].lower() in _OF
                or not head_last
                or words[i].lower() in _HEAD_FIRST_FOREIGN
            )
            lower_run = 0
            lower_ok_here = lower_ok and kind != "cert" and not english
            while continues and k < len(tokens):
                w = words[k]
                wl = w.lower()
                place = place_at.get(sentence.start + tokens[k].start())
                if place is not None:
                    if place.kind == "demonym" and _demonym_inside(
                        words, k, i + head_len, connectors
                    ):
                        # "ministère indien des Affaires extérieures", "Autorità
                        # nazionale greca per la cybersicurezza": the name goes on
                        k += 1
                        end = k
                        continue
                    if place.kind == "demonym":
                        break  # "Ministero degli Interni ... giapponese"
                    while k < len(tokens) and (
                        sentence.start + tokens[k].end() - w.endswith(".") <= place.end
                    ):
                        k += 1
                    end = k
                    break  # "Bộ Ngoại giao Hoa Kỳ", "... de Angola": the country ends it
                if sentence.start + tokens[k].start() in city_at and _is_cap(w):
                    k += 1
                    end = k
                    break  # "Universidad de León": a city ends the name too
                if not _is_cap(w) and _is_verb(wl, language):
                    break  # "Universidad de X firmaron ...", "Pusat ... menandatangani"
                if w == "," and _list_in_name(words, k + 1, language):
                    k += 1
                    continue  # "Ministry of Economy, Trade and Industry"
                if w in (",", "(", ")", "–", "—", ":", ";") or wl in stops:
                    break
                if w.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+|Co\.", w):
                    bare = w.rstrip(".")
                    if bare and (
                        _is_cap(w)
                        or lower_ok_here
                        and lower_run < 5
                        and _ELISION.sub("", bare).isalpha()
                    ):
                        end = k + 1  # "... de l'armement." ends the sentence
                    break
                if (
                    _is_cap(w)
                    and _head_kind(w, language)
                    and words[k - 1].lower() in _OF
                    and k - 1 > i
                ):
                    break  # "Institute of Technology of Ministry of ...": two bodies
                if _is_cap(w):
                    k += 1
                    lower_run = 0
                    end = k
                elif wl in connectors:
                    if wl in _AND and _body_follows(words, k + 1, language):
                        break  # "Ministry of X and Kaspersky Lab": a second body
                    if (
                        wl in _AND
                        and k + 2 < len(tokens)
                        and words[k + 1].lower() in _BARE_ARTICLES
                        and (
                            sentence.start + tokens[k + 2].start() in place_at
                            or _is_acronym(words[k + 2])
                        )
                    ):
                        break  # "... Affaires extérieures et la France", "e il CSIRT"
                    if (
                        wl in _AND
                        and k + 1 < len(tokens)
                        and (sentence.start + tokens[k + 1].start() in place_at)
                    ):
                        break  # "Universität Passau und Vietnam"
                    k += 1
                    if wl == "nazionale":
                        end = k  # an adjective the acronym scan also walks over
                elif lower_ok_here and lower_run < 5 and _ELISION.sub("", w).isalpha():
                    k += 1
                    lower_run += 1
                    end = k
                else:
                    break
            while end > i + head_len and words[end - 1].lower() in connectors:
                if words[end - 1].lower() == "nazionale":
                    break
                end -= 1
            if end - start <= head_len:
                s = sentence.start + tokens[start].start()
                e = sentence.start + tokens[end - 1].end()
                if language == "de" and _compound_after_demonym(s, e, text, places):
                    found.append(
                        (text[s:e], kind, s, e)
                    )  # "japanischen Außenministeriums"
                i += 1
                continue
            needs_of = (
                head_last and start == i and words[i].lower() not in _HEAD_FIRST_FOREIGN
            )
            if needs_of and (
                end == i + head_len or words[i + head_len].lower() not in _OF
            ):
                i += 1
                continue
            s = sentence.start + tokens[start].start()
            e = sentence.start + tokens[end - 1].end()
            e -= text[s:e].endswith(".") and not re.search(
                r"\b(?:[A-Z]\.)+$", text[s:e]
            )
            found.append((text[s:e], kind, s, e))
            i = floor = end
    return found


# Japanese names end in their head ("インドネシア通信デジタル省", "情報通信研究機構"),
# written in kanji and katakana between kana or punctuation.
_JA_HEADS = {
    "省": "ministry", "庁": "government agency", "局": "government agency",
    "機構": "government agency", "センター": "government agency",
    "大学": "university", "研究所": "university", "委員会": "regulator",
    "警察": "government agency", "協会": "ngo", "本部": "government agency",
}  # fmt: skip
_JA_RUN = re.compile(r"[\u30a0-\u30ff\u3400-\u9fff・ー]{3,}")
# Words that end in a head but name no one ("関係省庁", "同省", "各国警察").
_JA_NOT_NAME = re.compile(r"^(?:同|各|両|当|本|関係|省庁|全国|地元|現地|警察庁長官)")
_ZH_HEADS = {
    "部": "ministry", "局": "government agency", "中心": "government agency",
    "大学": "university", "研究院": "university", "研究所": "university",
    "委员会": "regulator", "协会": "ngo", "署": "government agency",
    "警察": "government agency", "小组": "cert", "机构": "government agency",
    "学院": "university",
}  # fmt: skip
_ZH_DEFINED = re.compile(
    r"(?P<name>[\u3400-\u9fff·]{4,30}?)(?=[（(]\s*[A-Za-z][\w&./\-]{1,15}\s*[)）])"
)
# ("和" and "及" also write "共和国" and "埃及")
_ZH_BOUNDARY = re.compile(
    r".*(?:[与同并将对向为由在的是了、，。：；]|和(?!国)|(?<!埃)及|"
    # "俄方派出联邦安全局（FSB）": a side and the verb that sends its body
    r"[中美俄日韩英法德越老柬泰印澳哈吉塔巴白伊马菲缅蒙沙埃土双各]方|"
    r"派出|派遣|派员|出席|参加|包括|来自|邀请|代表)"
)
# Korean names are one or two words ending in the head, a particle after them.
_KO_HEADS = {
    "부": "ministry", "청": "government agency", "처": "government agency",
    "위원회": "regulator", "진흥원": "government agency", "정보원": "government agency",
    "연구원": "university", "연구소": "university", "대학교": "university",
    "센터": "government agency", "협회": "ngo", "사령부": "military",
    "경찰": "government agency", "공사": "company", "기구": "other",
    "국": "government agency", "관실": "government agency",
}  # fmt: skip
# Words ending in a head that are countries or plain nouns ("대한민국", "공화국").
_KO_NOT_ENDINGS = ("정부", "민국", "합중국", "왕국", "공화국", "제국", "각국", "연방국")
_KO_NOT_NAME = {
    "정부", "일부", "내부", "외부", "본부", "전부", "세부", "간부", "대부", "요청",
    "신청", "초청", "경청", "청취", "위원회", "센터", "협회", "대학교",
}  # fmt: skip
# Arabic names open with their head and go on in words with the article ("المركز
# الوطني للأمن السيبراني"), or one word without it between two that have it.
_AR_HEADS = {
    "وزارة": "ministry", "هيئة": "government agency", "مركز": "government agency",
    "فريق": "cert", "جامعة": "university", "مجلس": "government agency",
    "وكالة": "government agency", "مديرية": "government agency",
    "معهد": "university", "أكاديمية": "university", "لجنة": "government agency",
    "قيادة": "military", "إدارة": "government agency", "شركة": "company",
    "منظمة": "other", "اتحاد": "other",
}  # fmt: skip
_AR_NOT_NAME = {
    "اليوم", "المقبل", "الماضي", "الجاري", "الحالي", "الاثنين", "الثلاثاء",
    "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الذي", "التي", "الذين",
}  # fmt: skip
_AR_WORD = re.compile(r"[\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff]+")  # no "،" or "؛"
_AR_STOP = {
    "في", "مع", "على", "من", "إلى", "عن", "خلال", "بين", "حول", "أمس", "و", "إن",
    "أن", "قد", "كما", "لا", "ما", "هو", "هي", "عبر", "ضمن", "لدى", "عند", "منذ",
    "بعد", "قبل", "أو", "ثم", "حيث", "وقال", "وقالت", "قال", "قالت",
}  # fmt: skip


# titles after which a name's next word is a person's own name, without article
_AR_TITLES = {"الملك", "الأمير", "الأميرة", "الشيخ", "السلطان", "الإمام", "الرئيس"}


def _ar_head(word: str) -> str | None:
    """The kind of an Arabic head word, written with or without its article or a
    clitic ("والمركز", "للهيئة")."""
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and word[len(prefix) :] in _AR_HEADS:
            return _AR_HEADS[word[len(prefix) :]]
    return None


_AR_PREFIXES = ("وال", "بال", "ال", "لل", "و", "ب", "ل", "")
# Clitics a name does not keep: "والمركز" is "المركز", "للهيئة" is "هيئة".
_AR_CLITICS = ("لل", "و", "ب", "ل")


def _ar_defined(word: str) -> bool:
    return word.startswith(("ال", "لل")) and word not in _AR_NOT_NAME


# "CERT-SN", "bwCSIRT", "EcuCERT", "CERT.PT", "KrCERT/CC": a response team's name is
# one token built on CERT, CSIRT or CIRT; a two-letter affix is often its country.
_CERT_NAME = re.compile(
    r"(?<![\w\-./])(?:(?P<pre>[A-Za-z]{1,6}?)[\-.]?(?:CERT|CSIRT|CIRT|SIRT)"
    r"|(?:CERT|CSIRT|CIRT)[\-.](?P<post>[A-Za-z]{2,8}))(?:/CC)?(?![\w\-])"
)


def cert_names(text: str, gazetteer_codes) -> list[tuple[str, str, int, int, str]]:
    """(name, "cert", start, end, country or "") of every team named like CERT-XX."""
    found = []
    for match in _CERT_NAME.finditer(text):
        affix = match.group("pre") or match.group("post") or ""
        if match.group().upper().rstrip("S") in ("CSIRT", "CIRT", "CERT"):
            continue  # the word itself, not a team's name
        if affix.lower() in ("the", "a", "of", "gov", "national", "mil", "eu") or (
            affix.islower() and len(affix) > 3
        ):
            continue  # "antar-CSIRT" is "between CSIRTs"
        code = affix.upper() if affix.upper() in gazetteer_codes else ""
        found.append((match.group(), "cert", match.start(), match.end(), code))
    return found


# Russian names open with adjectives, the first capitalised, and a head noun in any
# case ("Национальный координационный центр по компьютерным инцидентам",
# "Министерства цифрового развития"), then words in the genitive or after "по" or
# "при" up to a verb, a preposition or punctuation.
_RU_HEADS = (
    (r"министерств(?:о|а|у|ом|е)", "ministry"),
    (r"служб(?:а|ы|е|у|ой)", "government agency"),
    (r"агентств(?:о|а|у|ом|е)", "government agency"),
    (r"центр(?:|а|у|ом|е)", "government agency"),
    (r"комитет(?:|а|у|ом|е)", "government agency"),
    (r"управлени(?:е|я|ю|ем|и)", "government agency"),
    (r"департамент(?:|а|у|ом|е)", "government agency"),
    (r"совет(?:|а|у|ом|е)", "government agency"),
    (r"бюро", "government agency"),
    (r"инспекци(?:я|и|ю|ей)", "government agency"),
    (r"полици(?:я|и|ю|ей)", "government agency"),
    (r"прокуратур(?:а|ы|е|у|ой)", "government agency"),
    (r"комисси(?:я|и|ю|ей)", "regulator"),
    (r"надзор(?:|а|у|ом|е)", "regulator"),
    (r"университет(?:|а|у|ом|е)", "university"),
    (r"институт(?:|а|у|ом|е)", "university"),
    (r"академи(?:я|и|ю|ей)", "university"),
    (r"ассоциаци(?:я|и|ю|ей)", "ngo"),
    (r"командовани(?:е|я|ю|ем|и)", "military"),
    (r"войск(?:а|ами|ах)?", "military"),
    (r"команд(?:а|ы|е|у|ой)", "cert"),
)
_RU_HEAD = Caseless(
    r"(?<![\w-])(?:" + "|".join(h for h, _ in _RU_HEADS) + r")(?![\w-])"
)
_RU_WORD = re.compile(r"[А-Яа-яЁё][А-Яа-яЁё\-]*")
_RU_ADJECTIVE = Caseless(
    r"(?:ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$"
)
# a finite verb, an infinitive or a participle of the past ends no name's word
_RU_VERB = re.compile(
    r"(?:ть|ться|\w{3}л|ла|ло|ли|лся|лась|лось|лись|ет|ют|ят|ит|ут|ат|ется|ются|"
    r"ится|ятся)$"
)
_RU_STOP = {
    "с", "со", "в", "во", "на", "о", "об", "для", "между", "от", "к", "ко", "из", "за",
    "и", "а", "но", "что", "как", "это", "также", "сегодня", "вчера", "ранее", "уже",
    "впервые", "совместно", "ежегодно", "который", "которая", "которое", "которые",
    "был", "была", "было", "были", "будет", "года", "году", "год", "г",
}  # fmt: skip
_RU_LINKS = {"по", "при"}
# adverbs with an adjective's ending ("Ранее центр заключил ...")
_RU_ADVERBS = {"ранее", "позднее", "более", "менее", "дальнейшем", "далее", "скорее"}
_RU_KIND_CERT = Caseless(r"реагировани")


def _ru_kind(head: str, name: str) -> str:
    """The head's kind; a centre or team "реагирования на ... инциденты" is a CERT."""
    if re.match(r"(?i)центр|команд", head) and _RU_KIND_CERT.search(name):
        return "cert"
    for pattern, kind in _RU_HEADS:
        if re.fullmatch(pattern, head, re.IGNORECASE):
            return kind
    return "other"


def _ru_list_goes_on(words, k: int) -> bool:
    """Whether the words after a comma inside a Russian name are the rest of a list
    of its fields: lower-case words, then "и" and another lower-case word."""
    for j in range(k, min(k + 4, len(words) - 1)):
        word = words[j].group()
        if not word.islower() or _RU_VERB.search(word) or word in _RU_STOP - {"и"}:
            return False
        if word == "и":
            return j > k and words[j + 1].group().islower()
    return False


def _ru_names(text: str) -> list:
    found = []
    words = list(_RU_WORD.finditer(text))
    index = {w.start(): i for i, w in enumerate(words)}
    for head in _RU_HEAD.finditer(text):
        i = index.get(head.start())
        if i is None:
            continue
        first = i
        while first > 0:
            previous = words[first - 1]
            if text[previous.end() : words[first].start()] not in (" ", "-"):
                break
            if not _RU_ADJECTIVE.search(previous.group()):
                break
            if previous.group().lower() in _RU_STOP | _RU_ADVERBS:
                break
            first -= 1
        while first < i and not words[first].group()[0].isupper():
            first += 1  # "российский Национальный ...": the name opens with a capital
        if not words[first].group()[0].isupper():
            continue  # "координационный центр" is no one's name
        last = i
        k = i + 1
        listing = False
        while k < len(words) and k - i <= 12:
            gap = text[words[k - 1].end() : words[k].start()]
            if gap == ", " and _ru_list_goes_on(words, k):
                listing = True  # "Министерство цифрового развития, инноваций и ..."
            elif gap not in (" ", " «", "» ") and not re.fullmatch(r"\s", gap):
                break
            word = words[k].group()
            lower = word.lower()
            if lower == "и" and listing:
                listing = False
                k += 1
                continue
            if (
                lower in _RU_LINKS
                or (lower == "на" and words[k - 1].group().lower().endswith("ния"))
                or (lower == "с" and words[k - 1].group().lower().startswith("борьб"))
            ):
                k += 1  # "по компьютерным инцидентам", "реагирования на ..."
                continue
            if lower in _RU_STOP or (word.islower() and _RU_VERB.search(lower)):
                break
            last = k
            k += 1
        name_start, name_end = words[first].start(), words[last].end()
        if last == first:
            continue  # a head alone, even with its capital, names no one
        name = text[name_start:name_end]
        found.append((name, _ru_kind(head.group(), name), name_start, name_end))
    return found


# Thai names open with their head ("สำนักงาน...", "กระทรวง...", "ศูนย์...") and run
# without spaces to the next space, bracket or verb.
_TH_HEADS = {
    "กระทรวง": "ministry", "สำนักงาน": "government agency", "กรม": "government agency",
    "ศูนย์": "government agency", "สำนัก": "government agency",
    "คณะกรรมการ": "regulator", "มหาวิทยาลัย": "university", "สถาบัน": "university",
    "สมาคม": "ngo", "บริษัท": "company", "กองบัญชาการ": "military",
    "กองทัพ": "military", "ตำรวจ": "government agency", "สภา": "government agency",
}  # fmt: skip
_TH_HEAD = re.compile("|".join(sorted(_TH_HEADS, key=len, reverse=True)))
_TH_RUN = re.compile(r"[\u0e01-\u0e4e]+(?:-[\u0e01-\u0e4e]+)*")
# verbs and words that end a name written against the text after it
_TH_END = re.compile(
    r"ได้|ลงนาม|จัด(?:การ|ขึ้น|ทำ)|เข้าร่วม|ร่วมกับ|ร่วมมือกับ|(?<!กำ)กับ|เปิดเผย|"
    r"กล่าว|ประกาศ|เมื่อวัน|เมื่อ|ซึ่ง|โดย|ระหว่าง|ในการ|ที่ผ่านมา|เป็น|ยังได้|ยัง|"
    r"ส่ง(?:เจ้าหน้าที่|ผู้แทน)|มีกำหนด|จะ(?:จัด|ลงนาม|เข้าร่วม)|(?<!ความ)ร่วม(?!มือ)"
)
# words after which a head opens a name inside a run ("และกระทรวง...", "ผู้อำนวยการ
# สำนักงาน..."); elsewhere a head's letters are part of another word ("โปรแกรม")
_TH_BEFORE_NAME = re.compile(
    r"(?:และ|กับ|ของ|โดย|จาก|ระหว่าง|ทั้ง|ที่|ให้|ว่า|คือ|ผู้อำนวยการ|เลขาธิการ|"
    r"ผู้แทน|ผู้บริหาร|อธิบดี|รัฐมนตรี|ประธาน|นายก|อธิการบดี|มี)$"
)
_TH_NOT_NAME = ("ศูนย์กลาง", "สำนักงานใหญ่", "ทีมงาน", "กรมการ", "สภาพ", "สภาวะ")


def _th_names(text: str) -> list:
    found = []
    for run in _TH_RUN.finditer(text):
        word = run.group()
        position = 0
        while position < len(word):
            head = _TH_HEAD.search(word, position)
            if head is None:
                break
            position = head.end()
            if head.start() and not _TH_BEFORE_NAME.search(word[: head.start()]):
                continue
            if word.startswith(_TH_NOT_NAME, head.start()):
                continue
            rest = word[head.end() :]
            cut = _TH_END.search(rest)
            body = rest[: cut.start()] if cut else rest
            if len(body) < 4:
                continue  # "กระทรวง" alone
            start = run.start() + head.start()
            end = start + len(head.group()) + len(body)
            found.append((text[start:end], _TH_HEADS[head.group()], start, end))
            position = end - run.start()
    return found


# "老挝技术与通信部和柬埔寨邮电部代表": a country's name opens a body's name, which
# ends in a head before a word that no name goes on with.
_ZH_AFTER_NAME = re.compile(
    r"[和与及、，。；：（(“”\s]|代表|负责人|官员|部长|局长|主任|的|等|在|于|将|已|是|"
    r"签|举|表示|开展|共同|发布|宣布|达成|参加|出席|就|同|对|向|为|由"
)
_ZH_HEAD = re.compile("|".join(sorted(_ZH_HEADS, key=len, reverse=True)))


def _zh_country_names(text: str, places) -> list:
    found = []
    for mention in places:
        if mention.label != "COUNTRY" or mention.kind != "name":
            continue
        if len(mention.text) == 1:
            continue  # "俄方派出...", "中俄联合...": a short form opens no name
        window = text[mention.end : mention.end + 16]
        run = re.match(r"[\u3400-\u9fff]+", window)
        if run is None:
            continue
        for head in _ZH_HEAD.finditer(run.group()):
            if head.start() < 2:
                continue  # "中国部" names no one; "老挝技术与通信部" does
            end = mention.end + head.end()
            if end < len(text) and not _ZH_AFTER_NAME.match(text, end):
                continue  # "...中心主任" is a title, "...部门" another word
            found.append(
                (text[mention.start : end], _ZH_HEADS[head.group()], mention.start, end)
            )
            break
    return found


def script_rule_names(text: str, language: str, places=()) -> list:
    """(name, kind, start, end) of names built on a head word in Japanese, Korean
    and Arabic, which have no capital letters to go by."""
    found = []
    if language == "ja":
        for run in _JA_RUN.finditer(text):
            word = run.group()
            kind = next(
                (k for head, k in _JA_HEADS.items() if word.endswith(head)), None
            )
            # three characters are a name when the head is a ministry's or an
            # agency's ("国務省", "金融庁"), not a bureau's ("事務局", "郵便局")
            short = len(word) == 3 and word.endswith(("省", "庁"))
            if kind and (len(word) >= 4 or short) and not _JA_NOT_NAME.match(word):
                found.append((word, kind, run.start(), run.end()))
    elif language == "ko":
        countries = {m.end: m for m in places if m.label == "COUNTRY"}
        for match in re.finditer(r"[\uac00-\ud7af]+(?:·[\uac00-\ud7af]+)*", text):
            word, start, end = match.group(), match.start(), match.end()
            for particle in sorted(KOREAN_PARTICLES, key=len, reverse=True):
                if word.endswith(particle) and len(word) - len(particle) >= 2:
                    stem = word[: -len(particle)]
                    if _ko_kind(stem):
                        word, end = stem, start + len(stem)
                        break
            kind = _ko_kind(word)
            if kind is None or word in _KO_NOT_NAME or word.endswith(_KO_NOT_ENDINGS):
                continue  # "전자정부" is e-government, "대한민국" a country
            before = countries.get(start - 1)
            if before is not None and text[start - 1] == " ":
                start = before.start  # "필리핀 정보통신기술부"
            elif len(word) < 4:
                continue  # "외교부" alone is the gazetteer's
            found.append((text[start:end], kind, start, end))
    elif language == "zh":
        found += _zh_country_names(text, places)
        # no spaces and no kana: a name is only sure where an acronym follows it,
        # back to the last word that cannot be part of one ("与", "、", "的")
        for match in _ZH_DEFINED.finditer(text):
            name = match.group("name")
            cut = _ZH_BOUNDARY.match(name)
            offset = cut.end() if cut else 0
            name = name[offset:]
            kind = next(
                (k for head, k in _ZH_HEADS.items() if name.endswith(head)), None
            )
            if kind and len(name) >= 4:
                start = match.start("name") + offset
                found.append((name, kind, start, match.end("name")))
    elif language == "ru":
        found += _ru_names(text)
    elif language == "th":
        found += _th_names(text)
    elif language == "ar":
        words = list(_AR_WORD.finditer(text))
        i = 0
        while i < len(words):
            kind = _ar_head(words[i].group())
            if kind is None:
                i += 1
                continue
            k = i + 1
            while k < len(words) and k - i <= 8:
                gap = text[words[k - 1].end() : words[k].start()]
                if gap != " ":
                    break
                word = words[k].group()
                if word in _AR_STOP or word in _AR_NOT_NAME:
                    break
                if _ar_head(word) and word.startswith("و"):
                    break  # "... والمركز الوطني": a second body
                if _ar_defined(word) or (
                    word.startswith("ل")
                    and not word.startswith("لت")
                    and len(word) >= 4
                ):
                    k += 1  # "للأمن", and "لأمن", "لطوارئ" with the article unwritten
                    continue
                following = words[k + 1].group() if k + 1 < len(words) else ""
                if (
                    k + 1 < len(words)
                    and text[words[k].end() : words[k + 1].start()] == " "
                    and _ar_defined(following)
                    and word not in _AR_STOP
                ):
                    k += 2  # "جامعة الأميرة سمية للتكنولوجيا", "... وتقنية المعلومات"
                    continue
                if (
                    k == i + 1
                    and k + 2 < len(words)
                    and text[words[k].end() : words[k + 2].start()].count(" ") == 2
                    and not any(w.group() in _AR_STOP for w in words[k : k + 2])
                    and not words[k + 1].group().startswith("و")
                    and _ar_defined(words[k + 2].group())
                ):
                    k += 3  # "هيئة تنظيم قطاع الاتصالات": two nouns of a chain
                    continue
                if words[k - 1].group() in _AR_TITLES and word not in _AR_STOP:
                    k += 1  # "جامعة الملك سعود", "جامعة السلطان قابوس": a ruler's name
                    if k < len(words) and words[k].group().startswith("بن"):
                        k += (
                            2 if words[k].group() == "بن" else 1
                        )  # "عبدالله بن عبدالعزيز"
                    continue
                break
            if k > i + 1:
                start, end = words[i].start(), words[k - 1].end()
                head = words[i].group()
                for clitic in _AR_CLITICS:
                    if head.startswith(clitic) and _ar_head(head[len(clitic) :]):
                        start += len(clitic)
                        break
                found.append((text[start:end], kind, start, end))
            i = max(k, i + 1)
    return found


def _ko_kind(word: str) -> str | None:
    for head in sorted(_KO_HEADS, key=len, reverse=True):
        # "국" ends many plain words: "정보보안국" is a bureau, "결국" is not
        if word.endswith(head) and len(word) >= len(head) + 2 + (head == "국"):
            return _KO_HEADS[head]
    return None


# --- merging -----------------------------------------------------------------------------


def _similar(a: str, b: str) -> bool:
    ka, kb = _key(a), _key(b)
    if ka == kb:
        return True
    if len(ka) < 6 or len(kb) < 6 or not 0.8 <= len(ka) / len(kb) <= 1.25:
        return False
    matcher = SequenceMatcher(
        None, " ".join(sorted(ka.split())), " ".join(sorted(kb.split()))
    )
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def _owner(findings: list[OrgFinding], name: str) -> OrgFinding | None:
    for finding in findings:
        if any(_similar(name, other) for other in finding.names()):
            return finding
    return None


def _owner_without_country(findings, start: int, end: int, text: str, places):
    """The body a name names once the country that opens it, or that opens the
    body's own name, is set aside: "国家サイバー総局" after "イスラエル国家サイバー総局",
    "사우디 국가사이버안보청" after "사우디아라비아 국가사이버안보청(NCA)"."""
    countries = [m for m in places if m.label == "COUNTRY"]
    lead = next((m for m in countries if m.start == start and m.end < end), None)
    core = _key(text[lead.end if lead else start : end])
    if len(core) < 4:
        return None
    surfaces = {_key(m.text) for m in countries}
    for finding in findings:
        if lead is not None and finding.country not in (None, lead.value):
            continue
        for other in finding.names():
            key = _key(other)
            if key == core or (
                key.endswith(core) and key[: -len(core)].strip() in surfaces
            ):
                return finding
    return None


def _overlapping(findings, start: int, end: int) -> OrgFinding | None:
    for finding in findings:
        for s, e in finding.spans:
            if s < end and start < e:
                return finding
    return None


def _leading_place(name_start: int, name_end: int, text: str, places) -> tuple:
    """A country or demonym that opens the name ("Italy's Foreign Affairs
    Ministry", "Italian National ..."): (new start, country) or (start, None)."""
    for mention in places:
        if mention.label == "COUNTRY" and mention.start == name_start:
            possessive = re.match(r"['’]s\s", text[mention.end : name_end])
            if mention.kind != "demonym" and not possessive:
                continue
            rest = text[mention.end : name_end]
            trimmed = re.match(r"(?:['’]s)?\s+", rest)
            if trimmed and mention.end + trimmed.end() < name_end:
                remainder = text[mention.end + trimmed.end() : name_end]
                if len(remainder.split()) >= 2:
                    return mention.end + trimmed.end(), mention.value
    return name_start, None


def _compound_after_demonym(start: int, end: int, text: str, places) -> bool:
    """Whether a German name is one ministry's compound ("Außenministerium", not
    the bare "Ministerium") right after a country's adjective."""
    word = text[start:end]
    bare = re.sub(r"(?:es|s)$", "", word.lower())  # "Außenministeriums", "Amtes"
    if " " in word or bare in _HEADS["de"]:
        return False
    if not bare.endswith("ministerium"):
        return False  # "die tschechische Cyberbehörde" describes a body named elsewhere
    before = _place_before(start, text, places)
    return before is not None and before.kind == "demonym"


# How far a country word may stand from a name it qualifies ("Malaysia's ",
# " of ", " của "), in characters: gaps are only looked at this close.
_NEAR = 8


def _place_before(start: int, text: str, places):
    """A demonym or possessive right before a name ("Italian National ...",
    "Malaysia's National Cyber Security Agency")."""
    for mention in places:
        if mention.label != "COUNTRY" or not start - _NEAR <= mention.end <= start:
            continue
        gap = text[mention.end : start]
        if mention.kind == "demonym" and gap == " ":
            return mention
        if re.fullmatch(r"['’]s ", gap):
            return mention
    return None


def _trailing_place(start: int, end: int, text: str, places) -> tuple:
    """A name that ends in "of Vietnam" or "de France": (new end, country)."""
    for mention in places:
        if mention.label == "COUNTRY" and mention.end == end and mention.start > start:
            head = text[start : mention.start]
            trimmed = re.search(r"\s+(?:of|de|di|du|del|des|da|do|of the)\s+$", head)
            if trimmed and len(head[: trimmed.start()].split()) >= 2:
                return start + trimmed.start(), mention.value
    return end, None


def _has_proper_word(name: str, language: str) -> bool:
    """Whether a name built on a head word says whose it is: a name led by its head
    ("Ministry of ...", "Agence nationale ...") always does; otherwise some word
    besides the head must be more than a field ("Cybersecurity Lab", "Technical
    Committee on Cybersecurity" are no one's name)."""
    words = name.split()
    head_at = next(
        (i for i, w in enumerate(words) if _head_kind(w, language)), len(words)
    )
    if head_at == 0:
        # "Centro nazionale" says what, not whose
        return any(w.lower() not in _SCOPE for w in words[1:])
    connectors = _CONNECTORS.get(language, set()) | _CONNECTORS["en"]
    return any(
        w.lower().strip(",.;:") not in _GENERIC | connectors
        and not _head_kind(w, language)
        for w in words
    )


# "Agence ... (ASIN) du Bénin", "... (PLCC) de Côte d'Ivoire", "of Vietnam", ", Lao
# PDR": what may stand between a name and the country it belongs to.
_PLACE_AFTER = re.compile(
    r"\s*(?:\([^()\n]{1,20}\)\s*(?=\S))?"
    r"(?:,|\(|of|de|di|du|del|des|da|do|của|في)?\s*(?:(?:la|the)\s+|l['’])?"
)


def _country_near(start: int, end: int, text: str, places) -> str | None:
    """The country named inside a name, or right after it ("..., Lao PDR",
    "(Russian Federation)", "of Vietnam", "giapponese"), or right before it."""
    countries = [m for m in places if m.label == "COUNTRY"]
    for mention in countries:
        if start <= mention.start and mention.end <= end:
            return mention.value
    for mention in places:
        if mention.label == "CITY" and start < mention.start and mention.end <= end:
            return mention.country  # "Universidad de León", "Politecnico di Milano"
    for mention in countries:
        gap = text[end : mention.start] if mention.start >= end else None
        if gap is not None and _PLACE_AFTER.fullmatch(gap):
            if "," in gap and mention.kind == "demonym":
                continue  # "служба, узбекскую — ...": the adjective opens the next clause
            return mention.value
        if mention.end <= start and re.fullmatch(
            r"(?:['’]s)?\s?", text[mention.end : start]
        ):
            return mention.value
    return None


# "Das BSI ist die Cybersicherheitsbehörde des Bundes": in German, where every noun
# has a capital, a noun after a copula describes a body already named.
_PREDICATE = Caseless(
    r"\b(?:is|was|ist|war|est|était|es|era|è|é|adalah|merupakan|ialah|là)\s+"
    r"(?:the|a|an|die|der|das|eine?|l['’]|la|le|une?|el|il|lo|o|um|uma)\s*$"
)


# "dei CSIRT del Mediterraneo", "les CERT africains", "los CSIRT de la región": a
# plural article before a team's head word speaks of many teams
_PLURAL_TEAMS = Caseless(
    r"\b(?:i|dei|degli|ai|agli|les|des|aux|los|las|de los|dos|das|aos)\s+$"
)
_GLOSS_AFTER = re.compile(r"\s*[(（]\s*")
# "CSIRT de Centroamérica y el Caribe ponen a prueba", "CERTs of Africa and the
# Middle East": response teams of two regions are many teams, not one body's name.
_TEAMS_OF_REGIONS = re.compile(
    r"(?:CERT|CSIRT|CIRT)s?\s+(?:de|of|du|des|di|da|do|dos|del)\s+(?:la\s+|l['’]|the\s+)?"
    r"[\w'’\-]+(?:\s+[\w'’\-]+)?\s+(?:y|and|et|e|und|dan)\s+",
)


def find_organizations(
    text: str, language: str, gazetteer: Gazetteer, sentences, places
) -> list[OrgFinding]:
    """Every organisation the text names, merged across its names."""
    findings = gazetteer_findings(text, language, gazetteer, places)
    for long_form, acronym, start, end in defined_acronyms(text, language):
        owner = _owner(findings, long_form) or next(
            (f for f in findings if acronym in (f.acronym, f.name, *f.aliases)), None
        )
        long_start = start
        start, country = _leading_place(start, start + len(long_form), text, places)
        if start != long_start:
            full = long_form
            long_form = _tidy(text[start : long_start + len(full)])
        else:
            full = ""
        if owner is None:
            kind = _last_head_kind(long_form.split(), language) or "other"
            owner = OrgFinding(
                name=long_form,
                kind=kind,
                country=country,
                acronym=acronym,
                confidence=CONFIDENCE_DEFINED,
            )
            findings.append(owner)
        else:
            owner.add_alias(long_form)
            if not owner.acronym:
                owner.acronym = acronym
            else:
                owner.add_alias(acronym)
        before = _place_before(long_start, text, places)
        if before is not None:
            full = full or _tidy(text[before.start : long_start + len(long_form)])
            owner.country = owner.country or before.value
        if full:
            owner.add_alias(full)
        owner.spans.append((start, end))
        for match in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", text):
            if not _overlapping([owner], match.start(), match.end()):
                owner.spans.append((match.start(), match.end()))
    by_rule = rule_names(text, language, sentences, places)
    by_rule += script_rule_names(text, language, places)
    codes = {c.code for c in gazetteer.countries}
    teams = {}
    for name, kind, start, end, code in cert_names(text, codes):
        teams[start] = code
        by_rule.append((name, kind, start, end))
    for name, kind, start, end in by_rule:
        if language == "de" and _PREDICATE.search(text, max(0, start - 20), start):
            continue  # "Das BSI ist die Cybersicherheitsbehörde des Bundes"
        if re.search(r"['’]s$", text[start:end]):
            end -= 2  # "the British High Commission's head"
        start += _determiner_length(text[start:end], language)
        written = _tidy(text[start:end])
        start, leading_country = _leading_place(start, end, text, places)
        end, trailing_country = _trailing_place(start, end, text, places)
        if (
            not (leading_country or trailing_country)
            and language == "de"
            and _compound_after_demonym(start, end, text, places)
        ):
            # "des japanischen Außenministeriums": the adjective says whose
            leading_country = _place_before(start, text, places).value
        if not _has_proper_word(text[start:end], language) and not (
            leading_country or trailing_country
        ):
            continue  # "National Cyber Command" names no one, "... of Nepal" does
        if (
            _TEAMS_OF_REGIONS.match(text, start)
            or _PLURAL_TEAMS.search(text, max(0, start - 8), start)
            and re.match(r"(?:CERT|CSIRT|CIRT)s?\b", text[start:end])
        ):
            continue  # "CSIRT de Centroamérica y el Caribe", "dei CSIRT del ...": teams
        if _DRILL_AFTER.match(text, end):
            continue  # "ASEAN CERT Incident Drill (ACID)" is the drill's name
        name = _tidy(text[start:end])
        if language == "de" and " " not in name:
            # "des japanischen Außenministeriums": named in the nominative
            name = re.sub(r"(?<=ium|rum)s$|(?<=amt)e?s$", "", name)
        if name.split() and not any(c.isupper() for c in name.split()[0]):
            name = (
                name[:1].upper() + name[1:]
            )  # "ministère de l'Intérieur", not "bwCSIRT"
        if _key(name) in _OUTLET_KEYS:
            continue
        overlapping = _overlapping(findings, start, end)
        country = leading_country or trailing_country or teams.get(start) or None
        if country is None and overlapping is not None:
            country = _country_near(start, end, text, places)
        if (
            (
                overlapping is not None
                and overlapping.known_id is not None
                or overlapping is not None
                and overlapping.agency_index is not None
            )
            and country
            and overlapping.country
            and country != overlapping.country
        ):
            # "Bộ Ngoại giao Hoa Kỳ" is the US body, not the Vietnamese one
            overlapping.spans = [
                (s, e) for s, e in overlapping.spans if not (s < end and start < e)
            ]
            if not overlapping.spans:
                findings.remove(overlapping)
            findings.append(
                OrgFinding(
                    name,
                    kind,
                    country,
                    confidence=CONFIDENCE_RULE,
                    spans=[(start, end)],
                )
            )
            continue
        if (
            overlapping is not None
            and language in ("ru", "th")
            and all(
                start < s and e <= end
                for s, e in overlapping.spans
                if s < end and start < e
            )
        ):
            # "ศูนย์...อาเซียน-ญี่ปุ่น" holds ASEAN's name but is another body, and
            # "Исполнительный комитет СНГ" is one of the CIS's own
            if overlapping.kind == "intergovernmental":
                kind, country = "intergovernmental", None
            overlapping = None
        owner = (
            overlapping
            or _owner(findings, name)
            or _owner_without_country(findings, start, end, text, places)
        )
        written_acronym = _ACRONYM_AFTER.match(text, end)
        if owner is None and written_acronym is not None:
            # "l'Autorità nazionale ... (AKCESK)": the acronym names a known body
            owner = _overlapping(findings, *written_acronym.span(1))
        gloss = _GLOSS_AFTER.match(text, end)
        if owner is None and gloss is not None:
            # "Comando alleato per la Trasformazione (Allied Command Transformation,
            # ACT)": a known body's own name glosses the translation before it
            owner = next(
                (
                    f
                    for f in findings
                    if f.agency_index is not None
                    and any(s == gloss.end() for s, _ in f.spans)
                ),
                None,
            )
        if owner is not None:
            if (
                owner.agency_index is None
                and owner.acronym == ""
                and len(name) > len(owner.name)
                and _key(owner.name) in _key(name)
            ):
                # "Cyber Command" seen first inside "National Cyber Command of Nepal"
                owner.add_alias(owner.name)
                owner.name, owner.kind = name, kind
            elif overlapping is None or len(name) > len(owner.name):
                owner.add_alias(name)
            owner.spans.append((start, end))
            continue
        finding = OrgFinding(
            name=name,
            kind=kind,
            country=country,
            confidence=CONFIDENCE_RULE,
            spans=[(start, end)],
        )
        finding.add_alias(written)  # "Estonian Defence Forces' Cyber Command"
        findings.append(finding)
    _merge_written_together(findings, text)
    _merge_into_known(findings, gazetteer, language)
    for finding in findings:
        finding.spans.sort()
        _acronym_after(finding, text)
    for finding in findings:
        if finding.country is None and finding.kind != "intergovernmental":
            for start, end in finding.spans:
                finding.country = _country_near(start, end, text, places)
                if finding.country:
                    break
    _merge_headline_translations(findings, text)
    for finding in findings:
        if finding.country is None and finding.kind != "intergovernmental":
            finding.country = _parent_country(finding, findings, text)
        if (
            finding.agency_index is None
            and finding.kind in ("other", "government agency")
            and _RESPONSE_TEAM.search(finding.name)
        ):
            finding.kind = "cert"  # "Computer Emergency Response Team (MNCERT/CC)"
        if (
            finding.country is None
            and finding.agency_index is None
            and finding.kind not in ("intergovernmental", "other", "company", "ngo")
            and finding.spans
        ):
            start = finding.spans[0][0]
            finding.country = _side_country(start, text, sentences, places, language)
        if (
            finding.country is None
            and finding.agency_index is None
            and finding.kind not in ("intergovernmental", "other", "company")
            and _native_name(finding.name, language)
        ):
            # "Học viện An ninh nhân dân", "デジタル庁": a public body named in the
            # language of one country, and no other country said, is that country's
            finding.country = _HOME_COUNTRY.get(language)
    home = None
    for finding in findings:
        if (
            finding.country is None
            and finding.agency_index is None
            and finding.kind not in ("intergovernmental", "other", "company", "ngo")
            and finding.spans
        ):
            if home is None:
                home = _dateline_country(text, places) or ""
            finding.country = home or None
    return [
        f
        for f in findings
        if not (f.agency_index is None and len(f.name) > _LONGEST_NAME)
        and not is_outlet(f)
        and not (f.agency_index is None and _is_event_name(f))
        and not (f.agency_index is None and _JOINT_COMMITTEE.search(f.name))
        and not (f.agency_index is None and _VENUE.search(f.name))
        and not _adversary(f, text, sentences)
    ]


def _merge_headline_translations(findings: list[OrgFinding], text: str) -> None:
    """A body the headline names in translation ("... dengan Badan Keamanan Siber
    Singapura") is the one known body of that country and kind the article names
    ("Cyber Security Agency of Singapore (CSA)")."""
    headline_end = text.find("\n")
    if headline_end < 0:
        return
    for finding in list(findings):
        if (
            finding.agency_index is not None
            or finding.country is None
            or not finding.spans
            or any(start >= headline_end for start, _ in finding.spans)
        ):
            continue
        known = [
            f
            for f in findings
            if f.agency_index is not None
            and f.country == finding.country
            and f.kind == finding.kind
        ]
        if len(known) == 1:
            for name in finding.names():
                known[0].add_alias(name)
            known[0].spans += finding.spans
            findings.remove(finding)


def _merge_into_known(
    findings: list[OrgFinding], gazetteer: Gazetteer, language: str
) -> None:
    """A body a rule found under a name that is a known body's name or alias, the
    known body being named in the article too, is that body: "과기정통부" in a
    headline that the gazetteer read only in the body (a headline's word after it,
    "싱가포르와", would otherwise give it Singapore). Not when the rule placed it
    in another country, since many countries have a "National Cyber Security
    Centre", unless the article is written in the known body's own language."""
    known: dict[str, OrgFinding] = {}
    for finding in findings:
        if finding.agency_index is None:
            continue
        entry = gazetteer.agencies[finding.agency_index]
        for name in (*finding.names(), entry.name, *entry.aliases):
            if len(name) >= 4:
                known.setdefault(name.casefold(), finding)
    kept = []
    for finding in findings:
        owner = (
            known.get(finding.name.casefold()) if finding.agency_index is None else None
        )
        if owner is not None and (
            finding.country in (None, owner.country)
            or _HOME_COUNTRY.get(language) == owner.country
        ):
            owner.spans.extend(finding.spans)
            continue
        kept.append(finding)
    findings[:] = kept


# Languages spoken as the national language of one country only.
_HOME_COUNTRY = {
    "vi": "VN", "ja": "JP", "ko": "KR", "th": "TH", "id": "ID", "ms": "MY", "it": "IT",
}  # fmt: skip


def _native_name(name: str, language: str) -> bool:
    """Whether a name is written in the article's language, not in English."""
    if language in ("ja", "ko", "th"):
        return any(
            script(c) in (CJK, HANGUL) or "\u0e00" <= c <= "\u0e7f" for c in name
        )
    first = name.split()[0].lower() if name.split() else ""
    return first in _HEADS.get(language, {}) or any(
        h.startswith(first + " ") for h in _HEADS.get(language, {})
    )


_DETERMINER = {
    "en": r"the", "de": r"der|die|das|dem|den|des",
    "fr": r"le|la|les|l['’]|d['’]|du|des|au|aux",
    "es": r"el|la|los|las|del|al",
    # "dall'Università di Roma", "dell'Agenzia": a preposition joined to the article
    "it": r"il|lo|la|gli|le|l['’]|(?:dell|dall|nell|all|sull)['’]|d['’]",
    "pt": r"o|a|os|as",
}  # fmt: skip


def _determiner_length(name: str, language: str) -> int:
    """How many characters an article opening a name takes ("Das Zentrum ...",
    "L'Agence ...", "The Ministry ..."), 0 when there is none."""
    words = _DETERMINER.get(language)
    if not words:
        return 0
    match = re.match(rf"(?:{words})(?:\s+|(?<=['’]))(?=\w)", name, re.IGNORECASE)
    return match.end() if match else 0


_ACRONYM_AFTER = re.compile(r"\s*[(（]\s*([^\W\d_][\w&./\-]{1,15})\s*[)）]")


def _acronym_after(finding: OrgFinding, text: str) -> None:
    """A name found by rule or in the gazetteer and written "Name (ACR)" takes the
    acronym, and every later "ACR" is a mention of it."""
    if finding.acronym:
        return
    for _, end in finding.spans:
        match = _ACRONYM_AFTER.match(text, end)
        if match is None or not _is_acronym(match.group(1)):
            continue
        acronym = match.group(1)
        if acronym.upper() in _TERMS or _key(acronym) in _OUTLET_KEYS:
            return
        finding.acronym = acronym
        for found in re.finditer(rf"(?<!\w){re.escape(acronym)}(?!\w)", text):
            if not _overlapping([finding], found.start(), found.end()):
                finding.spans.append((found.start(), found.end()))
        finding.spans.sort()
        return


# "... of Mongolia", "... du Togo" between a name and its acronym
_OF_PLACE = re.compile(
    r"\s+(?:of|de|du|del|des|da|do|di|của)\s+(?:la\s+|l['’]|the\s+)?"
    r"[^\W\d_][\w'’\- ]{1,30}?(?=\s*[(（])"
)
# words of a name that make it an incident response team
_RESPONSE_TEAM = Caseless(
    r"emergency response|incident response|response team|readiness team|"
    r"réponse aux incidents|respuesta a incidentes|risposta (?:agli|ad) incidenti|"
    r"Notfallteam|resposta a incidentes|tanggap insiden|penanganan insiden|"
    r"tindak balas insiden|ứng cứu (?:sự cố|khẩn cấp)|الاستجابة (?:لطوارئ|للطوارئ|للحوادث)|"
    r"緊急対応|インシデント対応|침해사고대응|비상대응|应急响应|应急处理|"
    r"реагирования на компьютерные инциденты|รับมือเหตุการณ์"
)


def _merge_written_together(findings: list[OrgFinding], text: str) -> None:
    """A name found by rule and the known acronym written after it ("필리핀
    정보통신기술부(DICT)", "インドネシア国家警察（Polri）") are one body: the known one."""
    for finding in list(findings):
        if finding.agency_index is not None or finding not in findings:
            continue
        beside = next(
            (
                f
                for f in findings
                if f.agency_index is not None
                and f.kind == finding.kind
                and (f.country is None or finding.country in (None, f.country))
                and any(
                    s == e + 1 and text[e] == " "
                    for _, e in finding.spans
                    for s, _ in f.spans
                )
            ),
            None,
        )
        if beside is not None:
            # "Università di Roma La Sapienza": the rule stopped at the city, the
            # gazetteer knows the rest
            for name in finding.names():
                beside.add_alias(name)
            beside.spans += finding.spans
            findings.remove(finding)
            continue
        for _, end in finding.spans:
            match = _ACRONYM_AFTER.match(text, end)
            whose = _OF_PLACE.match(text, end)
            if match is None and whose is not None:
                # "Centre national de réponse aux incidents du Togo (CERT.tg)"
                match = _ACRONYM_AFTER.match(text, whose.end())
            others = [f for f in findings if f is not finding]
            other = match and _overlapping(others, *match.span(1))
            if not other:
                continue
            if other.agency_index is None:
                # two names found by rule: the long one is the name, "EG-CERT" its
                # acronym
                finding.acronym = finding.acronym or match.group(1)
                finding.spans += other.spans
                finding.country = finding.country or other.country
                finding.kind = other.kind if other.kind == "cert" else finding.kind
                findings.remove(other)
                break
            for name in finding.names():
                other.add_alias(name)
            other.spans += finding.spans
            other.country = other.country or finding.country
            findings.remove(finding)
            break


# "Du côté sénégalais, la Division ...", "Pelo lado português participou o ...",
# "on the Kenyan side, the ...", "auf deutscher Seite", "phía Lào có ...", "its
# Ministry of ...": the country whose side, or whose own body, the name is.
_SIDE_BEFORE = Caseless(
    r"(?:\bcôté|\blado|\bparte|\bphía|\bpihak|\bbên|\bsisi|\bdelegasi|"
    r"\bdélégation|\bdelegación|\bdelegazione|\bdelegação|\bđoàn)\s+"
    r"(?:(?:de|da|do|del|della|dos)\s+)?(?:la\s+|l['’])?$|الجانب\s+$|ฝ่าย$"
)
_SIDE_AFTER = re.compile(r"\s+(?:side|Seite)\b")
_ITS = Caseless(
    r"\b(?:its|son|sa|ses|su|sus|seu|sua|seus|suas|suo|sua|suoi|sein\w*|ihr\w*)\s+$"
)


# "米側は国務省の...", "日本側は", "俄方派出...", "한국 측은": a side named by its
# country, or by the one-character short form the press uses for it.
_CJK_SIDE = {"ja": "側", "zh": "方", "ko": "측"}
_CJK_SHORT = {
    "ja": {"米": "US", "日": "JP", "豪": "AU", "英": "GB", "仏": "FR", "独": "DE",
           "露": "RU", "中": "CN", "韓": "KR", "印": "IN", "加": "CA", "伊": "IT",
           "比": "PH", "越": "VN", "泰": "TH"},
    "zh": {"中": "CN", "美": "US", "俄": "RU", "日": "JP", "韩": "KR", "英": "GB",
           "法": "FR", "德": "DE", "越": "VN", "老": "LA", "柬": "KH", "泰": "TH",
           "印": "IN", "澳": "AU", "哈": "KZ", "吉": "KG", "塔": "TJ", "巴": "PK",
           "白": "BY", "伊": "IR", "马": "MY", "新": "SG", "印尼": "ID", "菲": "PH",
           "缅": "MM", "蒙": "MN", "沙": "SA", "埃": "EG", "土": "TR"},
    "ko": {"한": "KR", "미": "US", "일": "JP", "중": "CN", "러": "RU"},
}  # fmt: skip


def _cjk_side(text: str, begin: int, start: int, places, language: str):
    """The country of the last "X側" / "X方" / "X 측" between begin and start."""
    mark = _CJK_SIDE.get(language)
    if mark is None:
        return None
    found = None
    for match in re.finditer(re.escape(mark), text[begin:start]):
        at = begin + match.start()
        lead = text[max(begin, at - 3) : at].rstrip()
        country = next(
            (
                m.value
                for m in places
                if m.label == "COUNTRY"
                and m.end == begin + len(text[begin:at].rstrip())
            ),
            None,
        )
        if country is None:
            for short, code in _CJK_SHORT[language].items():
                before = lead[: -len(short)][-1:] if len(lead) > len(short) else ""
                if lead.endswith(short) and not ("\u3400" <= before <= "\u9fff"):
                    country = code
        found = country or found
    return found


def _side_country(
    start: int, text: str, sentences, places, language: str = ""
) -> str | None:
    """The country of a side phrase, or of a possessive's antecedent, earlier in
    the sentence of a name that starts at `start`, with no other country between."""
    sentence = next((s for s in sentences if s.start <= start < s.end), None)
    if sentence is None:
        return None
    side = _cjk_side(text, sentence.start, start, places, language)
    if side:
        return side
    before = [
        m
        for m in places
        if m.label == "COUNTRY" and sentence.start <= m.start and m.end <= start
    ]
    if not before:
        return None
    last = before[-1]
    if _SIDE_BEFORE.search(text, sentence.start, last.start) or _SIDE_AFTER.match(
        text, last.end
    ):
        return last.value
    if _ITS.search(text, max(last.end, start - 12), start):
        return last.value
    return None


def _dateline_country(text: str, places) -> str | None:
    """The country of the place that opens the article's first line after the
    headline ("DAKAR, 9 mars 2026 (APS) –", "Abidjan, le 15 mai –", "【東京共同】")."""
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
    for line in lines[1:3]:
        opening = re.match(r"[\s【\[［(]*", line.group())
        at = line.start() + opening.end()
        for mention in places:
            if mention.start != at or not (
                mention.label == "CITY" or mention.text.isupper()
            ):
                continue
            after = text[mention.end : mention.end + 12]
            if re.match(r"\s*(?:[,(–—\-=]|\d)|[^\n]{0,8}?[】\]］]", after):
                return mention.country or mention.value
    return None


def _parent_country(finding: OrgFinding, findings, text: str) -> str | None:
    """The country of the body a name is written under: "Tổng cục Cảnh sát Quốc
    gia, Bộ Nội vụ Campuchia", "General Directorate, Ministry of Interior of X"."""
    for _, end in finding.spans:
        for other in findings:
            if other is finding or not other.country:
                continue
            for s, _ in other.spans:
                if 0 < s - end <= 3 and re.fullmatch(r",\s*|\s+-\s+", text[end:s]):
                    return other.country
    return None


# Names of meetings, exercises and agreements in each language: the event and
# agreement stages report them, they are no organisation.
_EVENT_WORDS = Caseless(
    r"\b(?:Meeting|Summit|Week|Drill|Conference|Dialogue|Exercise|Games|Symposium|"
    r"Workshop|Webinar|Hackathon|Convention|Festival|Expo|Congress|Capture the Flag|"
    r"Bootcamp|Olympiad|"
    r"Réunion|Sommet|Semaine|Conférence|Exercice|Atelier|Colloque|"
    r"Reunión|Cumbre|Semana|Conferencia|Diálogo|Ejercicio|Taller|Simposio|Congreso|"
    r"Riunione|Vertice|Settimana|Conferenza|Esercitazione|Convegno|"
    r"Treffen|Gipfel|Woche|Konferenz|Übung|Tagung|Kongress|"
    r"Reunião|Cimeira|Cúpula|Conferência|Exercício|"
    r"Pertemuan|Konferensi|Latihan|Lokakarya|Mesyuarat|Sidang|Persidangan|Bengkel|"
    r"Hội nghị|Hội thảo|Diễn tập|Diễn đàn|"
    r"Letter of Intent|Memorandum|Agreement|Treaty|Declaration|Joint Statement|"
    r"Mémorandum|Protocole d'accord|Déclaration|Memorando|Acuerdo|Declaración|"
    r"Protocollo d'intesa|Absichtserklärung|Vereinbarung|Nota Kesepahaman|"
    r"Memorandum Persefahaman|Bản ghi nhớ)s?\b"
    r"|(?:مؤتمر|تمرين|ورشة|演習|サミット|フォーラム|훈련|포럼|정상회담|演练|峰会|论坛)"
)


# "اللجنة الأردنية المصرية المشتركة", "Comisión Mixta Hispano-Marroquí", "Joint
# Committee on Cyber Security": two governments' meeting format, not a body.
_JOINT_COMMITTEE = re.compile(
    # anchored: unanchored, each start would scan the rest of the name again
    r"(?i)^(?=.*\b(?:joint|mixte|mixta|mista|conjunta|gemeinsamen?|bersama|chung|"
    r"liên hợp)\b|.*مشترك|.*(?:联合|合同|공동|совместн))"
    r"(?=.*\b(?:committee|commission|comité|comisión|commissione|comitato|"
    r"kommission|ausschuss|comissão|komite|komisi|jawatankuasa|ủy ban)\b|.*لجن|"
    r".*(?:委员会|委員会|위원회|комисси|комитет))"
)


# A run of capitalised words longer than this (a menu, a headline in capitals
# with no stop) is no body's name.
_LONGEST_NAME = 160

# Venues: a convention centre or a hotel hosts a meeting, it takes no part in it.
_VENUE = re.compile(
    r"(?i)\b(?:convention|conference|exhibition|congress) (?:center|centre|hall)\b|"
    r"\bcentro (?:de |di )?(?:convenciones|convenções|congressi|conferenze|"
    r"exposiciones)\b|\bcentre (?:international )?de(?:s)? (?:conférences|congrès)\b|"
    r"\bpala(?:is|cio|zzo) (?:des |de |dei )?(?:congr\w+)|kongresszentrum|"
    r"\b(?:hotel|hôtel|resort)\b|trung tâm hội nghị|مركز (?:المؤتمرات|المعارض)|"
    r"会議場|国際会議|컨벤션|会展中心|国际会议中心"
)


def _is_event_name(finding: OrgFinding) -> bool:
    return bool(_EVENT_WORDS.search(finding.name))


# Threat groups are named like companies ("Lazarus Group", "groupe APT28"); a new
# "group" in a sentence about attacks is an adversary, not a party.
_ADVERSARY = Caseless(
    r"hack|attack|threat actor|ransomware|malware|cybercrimin|espionage|APT\s?\d|"
    r"attaqu|pirat|ataque|attacc|angriff|serangan|peretas|tấn công|tin tặc"
)
_GROUP_HEADS = {"group", "groupe", "grupo", "gruppo", "gruppe"}


def _adversary(finding: OrgFinding, text: str, sentences) -> bool:
    if finding.agency_index is not None or not finding.spans:
        return False
    words = {w.lower() for w in finding.name.split()}
    if not words & _GROUP_HEADS:
        return False
    for start, end in finding.spans:
        sentence = next((x for x in sentences if x.start <= start < x.end), None)
        bounds = (sentence.start, sentence.end) if sentence else (start, end)
        if not _ADVERSARY.search(text, *bounds):
            return False
    return True


def is_outlet(finding: OrgFinding) -> bool:
    return any(
        _key(name) in _OUTLET_KEYS or _OUTLET_NAME.search(name)
        for name in finding.names()
    )
