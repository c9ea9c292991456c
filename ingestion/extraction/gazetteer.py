"""The gazetteer the extraction matches against, read from the database or from the
fixture files, and the Aho-Corasick matchers compiled from it once per version and
language.

Matching runs on a folded copy of the text that keeps every offset (one character
in, one character out): lower case, accents stripped (except in Vietnamese, where
they tell words apart), Arabic alef variants merged. Word boundaries are then
checked on the original text by script: Latin and Cyrillic names must stand alone,
Korean names may carry a particle ("베트남과"), Arabic names a conjunction or
article ("والإمارات"), and Chinese, Japanese and Thai names are substrings.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

from ingestion.records import AgencyEntry, CountryEntry, Gazetteer

# --- folding -----------------------------------------------------------------

_ARABIC_FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي"}
_PUNCT_FOLD = {"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": "-"}
# Chinese names join their fields with 与 or 和 alike ("技术与通信部", "技术和通信部")
_CJK_FOLD = {"和": "与"}


def _fold_char(char: str, keep_accents: bool) -> str:
    if char in _ARABIC_FOLD:
        return _ARABIC_FOLD[char]
    if char in _PUNCT_FOLD:
        return _PUNCT_FOLD[char]
    if char in _CJK_FOLD:
        return _CJK_FOLD[char]
    folded = char.lower()
    if len(folded) != 1:
        folded = char
    if not keep_accents and folded.isalpha() and not folded.isascii():
        # only Latin, Greek and Cyrillic letters with marks: Hangul syllables and
        # kana also decompose, into letters that are not accents
        parts = unicodedata.normalize("NFKD", folded)
        latin = ord(folded) < 0x0530 or 0x1E00 <= ord(folded) <= 0x1EFF
        if latin and all(unicodedata.combining(c) for c in parts[1:]):
            folded = parts[0]
    return folded


class _FoldTable(dict):
    """A str.translate table filled on first sight of each character."""

    def __init__(self, keep_accents: bool):
        super().__init__()
        self.keep_accents = keep_accents

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code), self.keep_accents)
        return folded


_FOLD_TABLES = {False: _FoldTable(False), True: _FoldTable(True)}


def fold(text: str, language: str = "") -> str:
    """Case- and accent-insensitive form of `text`, exactly as long as `text`."""
    return text.translate(_FOLD_TABLES[language == "vi"])


# --- scripts and boundaries ---------------------------------------------------

LATIN, HANGUL, CJK, THAI, ARABIC, OTHER = range(6)
_ARABIC_CLITICS = frozenset(
    {"و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "فال", "كال", "ولل", "وب", "ول"}
)


# the clitics that end in the article ال (with ل + ال written لل)
_ARABIC_ARTICLE_PREFIXES = frozenset({"ال", "وال", "بال", "لل", "فال", "كال", "ولل"})


# Particles a Korean name may carry ("베트남과", "미국의", "일본에서"), longest first.
KOREAN_PARTICLES = frozenset(
    [
        "과",
        "와",
        "의",
        "은",
        "는",
        "이",
        "가",
        "을",
        "를",
        "에",
        "에서",
        "에게",
        "로",
        "으로",
        "도",
        "만",
        "과의",
        "와의",
        "측",
        "이다",
        "간",
        "정부",
        "내",
        "산",
        "인",
        "측과",
        "측은",
        "측의",
        "에서의",
        "까지",
        "부터",
        "과도",
        "와도",
        "에도",
        "으로서",
        "로서",
        "등",
        "등과",
        "등의",
        "등은",
    ]
)


def script(char: str) -> int:
    if not char.isalnum():
        return OTHER  # punctuation of any script ("،", "。") is a boundary
    code = ord(char)
    if 0xAC00 <= code <= 0xD7AF or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return HANGUL
    if (
        0x3040 <= code <= 0x30FF
        or 0x3400 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF66 <= code <= 0xFF9F
    ):
        return CJK
    if 0x0E00 <= code <= 0x0E7F:
        return THAI
    if 0x0600 <= code <= 0x06FF or 0x0750 <= code <= 0x077F:
        return ARABIC
    if char.isalnum():
        return LATIN
    return OTHER


def at_boundary(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands as a name of its own in its script."""
    first, last = script(text[start]), script(text[end - 1])
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if first == LATIN and script(before) == LATIN:
        return False
    if last == LATIN and script(after) == LATIN:
        return False
    if first == HANGUL and script(before) == HANGUL:
        return False
    if last == HANGUL and script(after) == HANGUL:
        run_end = end
        while run_end < len(text) and script(text[run_end]) == HANGUL:
            run_end += 1
        if text[end:run_end] not in KOREAN_PARTICLES:
            return False
    if first == ARABIC and script(before) == ARABIC:
        run_start = start
        while run_start > 0 and script(text[run_start - 1]) == ARABIC:
            run_start -= 1
        prefix = text[run_start:start]
        if prefix not in _ARABIC_CLITICS:
            return False
        # "للاتصالات" is ل + الاتصالات, "for the communications": a name written
        # without the article ("اتصالات", the operator) never follows one
        if prefix in _ARABIC_ARTICLE_PREFIXES and not text.startswith("ال", start):
            return False
    return not (last == ARABIC and script(after) == ARABIC)


# --- loading -------------------------------------------------------------------


def _tuple_map(mapping: dict | None) -> dict[str, tuple[str, ...]]:
    return {
        lang: tuple(v for v in values if v)
        for lang, values in (mapping or {}).items()
        if values
    }


def _version(countries: Iterable[CountryEntry], agencies: Iterable[AgencyEntry]):
    digest = hashlib.sha1()
    for item in (*countries, *agencies):
        digest.update(repr(item).encode())
    return digest.hexdigest()[:16]


def make_gazetteer(
    countries: Iterable[CountryEntry], agencies: Iterable[AgencyEntry]
) -> Gazetteer:
    """A gazetteer whose version is a digest of its content."""
    countries, agencies = tuple(countries), tuple(agencies)
    return Gazetteer(countries, agencies, version=_version(countries, agencies))


def load_gazetteer() -> Gazetteer:
    """The gazetteer from the database: every country and every agency a curator
    has not rejected."""
    from cooperation.models import Agency, Country, ReviewState

    countries = [
        CountryEntry(
            code=c.code,
            name=c.name,
            names=_tuple_map(c.names),
            demonyms=_tuple_map(c.demonyms),
            capitals=_tuple_map(c.capitals),
        )
        for c in Country.objects.order_by("code")
    ]
    agencies = [
        AgencyEntry(
            id=a.pk,
            name=a.name,
            kind=a.kind,
            country=a.country_id,
            acronym=a.acronym,
            aliases=tuple(a.aliases or ()),
            member_countries=tuple(sorted(m.code for m in a.member_countries.all())),
        )
        for a in Agency.objects.exclude(review_state=ReviewState.REJECTED)
        .prefetch_related("member_countries")
        .order_by("pk")
    ]
    return make_gazetteer(countries, agencies)


def _code(value) -> str | None:
    """A country reference in a fixture: "VN", ["VN"] (natural key) or None."""
    if isinstance(value, list | tuple):
        value = value[0] if value else None
    return value or None


def gazetteer_from_fixtures(
    countries_path: str | Path, agencies_path: str | Path | None = None
) -> Gazetteer:
    """The gazetteer from Django fixture files, without a database."""
    countries = []
    for row in json.loads(Path(countries_path).read_text(encoding="utf-8")):
        if row.get("model") != "cooperation.country":
            continue
        fields = row["fields"]
        countries.append(
            CountryEntry(
                code=row.get("pk") or fields["code"],
                name=fields["name"],
                names=_tuple_map(fields.get("names")),
                demonyms=_tuple_map(fields.get("demonyms")),
                capitals=_tuple_map(fields.get("capitals")),
            )
        )
    agencies = []
    if agencies_path is not None and Path(agencies_path).exists():
        rows = json.loads(Path(agencies_path).read_text(encoding="utf-8"))
        for row in rows:
            if row.get("model") != "cooperation.agency":
                continue
            fields = row["fields"]
            if fields.get("review_state") == "rejected":
                continue
            agencies.append(
                AgencyEntry(
                    id=row.get("pk"),
                    name=fields["name"],
                    kind=fields["kind"],
                    country=_code(fields.get("country")),
                    acronym=fields.get("acronym") or "",
                    aliases=tuple(fields.get("aliases") or ()),
                    member_countries=tuple(
                        sorted(
                            filter(None, map(_code, fields.get("member_countries", [])))
                        )
                    ),
                )
            )
    return make_gazetteer(countries, agencies)


# --- compiled matchers ---------------------------------------------------------

COUNTRY, DEMONYM, CAPITAL, CITY, ORG = "COUNTRY", "DEMONYM", "CAPITAL", "CITY", "ORG"
# Names that contain a country or capital but name something else; matched so that
# the longer name hides the country inside it, then dropped.
NOT_PLACE = "NOT_PLACE"
_NOT_PLACES = (
    "Latin America", "South America", "North America", "Central America",
    "América Latina", "América del Sur", "América Central", "América do Sul",
    "Amérique latine", "Amérique du Sud", "Amérique centrale", "America Latina",
    "Budapest Convention", "Convention de Budapest", "Convenio de Budapest",
    "Convenção de Budapeste", "Convenzione di Budapest", "Budapester Konvention",
    "Konvensyen Budapest", "Konvensi Budapest", "Công ước Budapest",
    "Paris Call", "Appel de Paris", "Paris Agreement", "Accord de Paris",
    "Washington Post", "Straits of Melaka", "New Guinea",
    # regions and oceans named after India ("インド太平洋地域" is no India)
    "Indo-Pacific", "Indo Pacific", "Indo-Pacifique", "Indo-Pacífico", "Indo-Pacifico",
    "Indopazifik", "Indo-Pazifik", "Indo-Pasifik", "Ấn Độ - Thái Bình Dương",
    "Ấn Độ-Thái Bình Dương", "Ấn Độ Dương - Thái Bình Dương", "Ấn Độ Dương",
    "インド太平洋", "インド洋", "인도태평양", "인도·태평양", "인도양", "印太", "印度洋",
    "印度太平洋", "Индо-Тихоокеанского", "Индо-Тихоокеанский", "Индо-Тихоокеанском",
    "Индийский океан", "Индийского океана", "อินโด-แปซิฟิก", "มหาสมุทรอินเดีย",
    "المحيطين الهندي والهادئ", "المحيط الهندي", "Indian Ocean", "océan Indien",
    "Océano Índico", "Oceano Indiano", "Indischer Ozean", "Indischen Ozean",
    "Samudra Hindia", "Lautan Hindi",
)  # fmt: skip


@dataclass(frozen=True)
class Entry:
    """What one name in the automaton stands for."""

    label: str  # "COUNTRY", "DEMONYM", "CAPITAL", "CITY", "ORG"
    value: str  # ISO code, or the agency's index in gazetteer.agencies for ORG
    pattern: str  # the name as the gazetteer spells it
    language: str  # the language the name belongs to ("" for any)
    canonical: str = ""  # CAPITAL and CITY: the English name of the city


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]


class NameMatcher:
    """Every gazetteer name found in a text, longest first where names overlap."""

    def __init__(self, names: Iterable[tuple[str, Entry]], language: str):
        self.language = language
        table: dict[str, list[Entry]] = {}
        for name, entry in names:
            key = fold(name.strip(), language)
            if len(key) < 2:
                continue
            table.setdefault(key, [])
            if entry not in table[key]:
                table[key].append(entry)
        self.automaton = ahocorasick.Automaton()
        for key, entries in table.items():
            self.automaton.add_word(key, (len(key), tuple(entries)))
        if table:
            self.automaton.make_automaton()
        self.empty = not table

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        if self.empty:
            return []
        folded = fold(text, self.language) if folded is None else folded
        found = []
        for end_index, (length, entries) in self.automaton.iter(folded):
            start, end = end_index - length + 1, end_index + 1
            if at_boundary(text, start, end):
                found.append(Hit(start, end, text[start:end], entries))
        # longest first, then leftmost; a hit inside a longer one is dropped
        found.sort(key=lambda h: (-(h.end - h.start), h.start))
        taken: list[Hit] = []
        covered = bytearray(len(text))
        for hit in found:
            if any(covered[hit.start : hit.end]):
                continue
            covered[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
            taken.append(hit)
        return sorted(taken, key=lambda h: h.start)


def _russian_forms(name: str) -> list[str]:
    """Case forms of a Russian country name, from its last letter."""
    if " " in name or len(name) < 4:
        return [name]
    stem, last = name[:-1], name[-1]
    if last == "я":
        return [name, *(stem + e for e in ("и", "е", "ю", "ей"))]
    if last == "а":
        return [name, *(stem + e for e in ("ы", "е", "у", "ой", "и"))]
    if last.isalpha() and last not in "аеёиоуыэюяй":
        return [name, *(name + e for e in ("а", "у", "е", "ом"))]
    return [name]


_GERMAN_NOUN = re.compile(r"(?:amt|zentrum|institut|ministerium|kommando|büro)$")
_GERMAN_HINT = re.compile(
    r"[äöüß]|\b(?:für|der|des|und)\b|(?:amt|zentrum|institut|ministerium|kommando)\b"
)


def _german_country_forms(name: str) -> list[str]:
    """A German country name and its genitive ("Vertreter Frankreichs, Polens und
    Japans", "Saudi-Arabiens"): one word without an article takes -s, unless it
    ends in a sibilant already."""
    if " " in name or not name[:1].isupper() or name.endswith(("s", "ß", "x", "z")):
        return [name]
    if name.isupper():
        return [name]  # "USA", "VAE"
    return [name, name + "s"]


def _german_forms(name: str) -> list[str]:
    """A German name in the cases the press writes it: "des Auswärtigen Amts",
    "dem Nationalen Cyber-Abwehrzentrum", "des Bundesamtes für ...". Other names
    are returned as they are."""
    words = name.split()
    if not words or not _GERMAN_HINT.search(name.lower()):
        return [name]
    first = [words[0]]
    noun_at = 0
    if len(words) > 1 and words[0][:1].isupper() and words[1][:1].isupper():
        adjective = words[0]
        for ending, inflected in (("es", "en"), ("er", "en"), ("e", "en")):
            if adjective.endswith(ending) and len(adjective) > 4:
                first.append(adjective[: -len(ending)] + inflected)
                if ending in ("es", "er"):
                    # "das Nationale Cyber-Abwehrzentrum", "der Nationale Sicherheitsrat"
                    first.append(adjective[: -len(ending)] + "e")
                noun_at = 1
                break
    nouns = [words[noun_at]]
    if _GERMAN_NOUN.search(words[noun_at].lower()):
        nouns.append(words[noun_at] + "s")
        if words[noun_at].endswith("amt"):
            nouns.append(words[noun_at] + "es")  # "des Bundesamtes"
    forms = []
    for adjective in first if noun_at else [None]:
        for noun in nouns:
            head = [adjective, noun] if noun_at else [noun]
            forms.append(" ".join([*head, *words[noun_at + 1 :]]))
    return list(dict.fromkeys([name, *forms]))


class CompiledGazetteer:
    """The matchers for one gazetteer version, built per language on first use."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.countries = {c.code: c for c in gazetteer.countries}
        self._places: dict[str, NameMatcher] = {}
        self._orgs: dict[str, NameMatcher] = {}

    def places(self, language: str) -> NameMatcher:
        """Country names, demonyms, capitals and other cities in `language` and
        English."""
        if language not in self._places:
            from ingestion.extraction.cities import CITIES

            names = []
            languages = dict.fromkeys((language, "en"))
            for country in self.gazetteer.countries:
                for lang in languages:
                    for name in country.names.get(lang, ()):
                        forms = (
                            _russian_forms(name)
                            if lang == "ru"
                            else _german_country_forms(name)
                            if lang == "de"
                            else [name]
                        )
                        names += [
                            (f, Entry(COUNTRY, country.code, name, lang)) for f in forms
                        ]
                    for name in country.demonyms.get(lang, ()):
                        names.append((name, Entry(DEMONYM, country.code, name, lang)))
                    english = (country.capitals.get("en") or ("",))[0]
                    for name in country.capitals.get(lang, ()):
                        entry = Entry(CAPITAL, country.code, name, lang, english)
                        names.append((name, entry))
                names.append(
                    (country.name, Entry(COUNTRY, country.code, country.name, "en"))
                )
            names += [(n, Entry(NOT_PLACE, "", n, "")) for n in _NOT_PLACES]
            for code, english, by_language in CITIES:
                for lang in languages:
                    for name in (english, *by_language.get(lang, ())):
                        names.append((name, Entry(CITY, code, name, lang, english)))
            self._places[language] = NameMatcher(names, language)
        return self._places[language]

    def organizations(self, language: str) -> NameMatcher:
        """Every agency name, acronym and alias, in any language (German names also
        in their other cases)."""
        if language not in self._orgs:
            names = []
            for index, agency in enumerate(self.gazetteer.agencies):
                for name in agency.all_names():
                    entry = Entry(ORG, str(index), name, "")
                    forms = _german_forms(name) if language == "de" else [name]
                    names += [(form, entry) for form in forms]
            self._orgs[language] = NameMatcher(names, language)
        return self._orgs[language]


_compiled: dict[str, CompiledGazetteer] = {}


def compiled(gazetteer: Gazetteer) -> CompiledGazetteer:
    """The compiled matchers for this gazetteer's version (a few kept at once)."""
    key = gazetteer.version or f"unversioned-{id(gazetteer)}"
    found = _compiled.get(key)
    if found is None:
        if len(_compiled) >= 4:
            _compiled.pop(next(iter(_compiled)))
        found = _compiled[key] = CompiledGazetteer(gazetteer)
    return found
