"""Build fixtures/countries.json: every ISO 3166-1 country with its names, demonyms
and capitals in the languages the ingestion reads (``LANGUAGES``).

Sources, merged per language in this order and deduplicated case-insensitively, so
a list starts with the standard name:

- CLDR through Babel: each territory's standard name in each language, made fit for
  running text ("Myanmar (Burma)" gives "Myanmar" and "Burma"), and a capital's
  name where it is a time-zone exemplar city (Europe/Paris: "Parigi", "パリ");
- CLDR through language_data: the alt-short and alt-variant names Babel drops
  ("UK", "Ivory Coast", "Czech Republic"), and the UN M49 territory containment
  that gives region and sub-region;
- cooperation.country_data: the hand-curated variants, demonyms and capitals no
  package ships (see that package's docstrings);
- pycountry: the ISO codes, and the ISO short and official English names.

Russian names are also listed in their oblique cases ("Германии", "Вьетнамом"),
since Russian text rarely has a country in the nominative.

Run ``manage.py build_countries`` after changing any of them and commit the result;
``manage.py build_countries --check`` fails when the committed file is stale, and
``--dry-run`` reports how many countries a rebuild would change. To add a language,
add its code to ``LANGUAGES`` (CLDR gives names and capitals at once) and, if it
inflects nationality adjectives, a rule in ``country_data/inflect.py``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections import defaultdict
from importlib import resources
from pathlib import Path
from xml.etree import ElementTree

import pycountry
from babel import Locale
from babel.core import get_global
from babel.dates import get_timezone_location
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cooperation.country_data import (
    CAPITALS,
    DEMONYMS,
    DISPLAY_NAMES,
    ENGLISH,
    NAMES,
    SPELLINGS,
    inflect,
)
from cooperation.country_data.inflect import russian_name_forms

LANGUAGES = (
    "en", "fr", "es", "it", "de", "pt", "id", "ms", "vi", "ar", "ja", "ko", "zh",
    "th", "ru", "nl", "tr", "pl", "hi", "he", "fa", "uk",
)  # fmt: skip

# Extra CLDR locales whose names are merged into a language: news in Chinese is
# written in both scripts.
EXTRA_LOCALES = {"zh": ("zh_Hant",)}

AND_WORDS = {
    "en": "and", "fr": "et", "es": "y", "it": "e", "de": "und", "pt": "e",
    "id": "dan", "ms": "dan", "nl": "en", "tr": "ve", "pl": "i",
}  # fmt: skip

# A demonym that is the country name plus a fixed word, for languages where that
# is how it is formed.
DEMONYM_PATTERNS = {
    "vi": "người {}",
    "ja": "{}人",
    "ko": "{}인",
    "zh": "{}人",
    "th": "ชาว{}",
}
CJK = {"ja", "ko", "zh"}
CJK_DEMONYM_MAX_LENGTH = 5
MIN_QUALIFIER_LENGTH = 3
POINTED_SCRIPTS = {"ar", "fa", "he"}

ENGLISH_INVARIANT_ENDINGS = (
    "ese", "ish", "ench", "utch", "ss", "s", "y", "é", "u", "ic", "x", "z",
)  # fmt: skip
# Adjectives that are not also nouns, and nouns that do not change in the plural
ENGLISH_INVARIANT = {
    "I-Kiribati", "Ni-Vanuatu", "Basotho", "Batswana", "Emaswati", "Lao",
    "Myanmar", "Philippine", "Vatican", "New Zealand",
}  # fmt: skip
ENGLISH_MAN_ENDINGS = ("chman", "shman", "yman")

DEFAULT_OUTPUT = "fixtures/countries.json"


class Command(BaseCommand):
    help = (
        "Build the Country fixture (all ISO 3166-1 countries with names, demonyms and "
        "capitals in many languages) from pycountry, CLDR and cooperation.country_data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            help=f"Where to write the fixture (default: {DEFAULT_OUTPUT}).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; exit non-zero if the file differs from a fresh build.",
        )
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Build and report what would change, without writing.",
        )

    def handle(self, *args, output, check, dry_run, **options):
        path = Path(output) if output else Path(settings.BASE_DIR) / DEFAULT_OUTPUT
        problems = curated_data_problems()
        if problems:
            raise CommandError(
                "cooperation/country_data has entries the build cannot use:\n  "
                + "\n  ".join(problems)
            )
        records = build_records()
        text = render(records)
        current = path.read_text(encoding="utf-8") if path.exists() else None
        changed = changed_countries(current, records)
        if check:
            if current != text:
                raise CommandError(
                    f"{path} is out of date with pycountry, CLDR or "
                    "cooperation/country_data (differs for: "
                    f"{', '.join(changed[:10]) or 'formatting'}"
                    f"{'...' if len(changed) > 10 else ''}): run "
                    "`manage.py build_countries` and commit the result."
                )
            if options["verbosity"] >= 1:
                self.stdout.write(f"{path} is up to date ({len(records)} countries).")
            return
        if dry_run:
            self.stdout.write(
                f"Would write {len(records)} countries to {path}; "
                f"{len(changed)} differ from the file there."
            )
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if options["verbosity"] >= 1:
            self.stdout.write(summary(records, path))


def changed_countries(current: str | None, records: list[dict]) -> list[str]:
    """The codes whose record a rebuild changes, adds or removes."""
    try:
        old = {r["pk"]: r for r in json.loads(current)} if current else {}
    except (ValueError, TypeError, KeyError):
        old = {}
    new = {r["pk"]: r for r in records}
    return sorted(
        code for code in old.keys() | new.keys() if old.get(code) != new.get(code)
    )


def curated_data_problems(
    names=None, spellings=None, demonyms=None, capitals=None, english=None
) -> list[str]:
    """What in the hand-curated tables does not name an ISO country or a language
    the fixture carries, so that a typo fails the build instead of vanishing."""
    tables = {
        "NAMES": NAMES if names is None else names,
        "SPELLINGS": SPELLINGS if spellings is None else spellings,
        "DEMONYMS": DEMONYMS if demonyms is None else demonyms,
        "CAPITALS": CAPITALS if capitals is None else capitals,
    }
    english = ENGLISH if english is None else english
    codes = {country.alpha_2 for country in pycountry.countries}
    problems = [
        f"ENGLISH has no row for {code}" for code in sorted(codes - set(english))
    ]
    problems += [
        f"ENGLISH: {code} is no ISO 3166-1 code"
        for code in sorted(set(english) - codes)
    ]
    for table_name, table in tables.items():
        for code, by_language in table.items():
            if code not in codes:
                problems.append(f"{table_name}: {code} is no ISO 3166-1 code")
                continue
            for lang, value in by_language.items():
                if lang not in LANGUAGES:
                    problems.append(f"{table_name}[{code}]: unknown language {lang!r}")
                elif not split_forms(value):
                    problems.append(f"{table_name}[{code}][{lang}] is empty")
    return problems


def summary(records: list[dict], path: Path) -> str:
    counts = defaultdict(int)
    for record in records:
        for field in ("names", "demonyms", "capitals"):
            counts[field] += sum(len(v) for v in record["fields"][field].values())
    return (
        f"Wrote {len(records)} countries to {path} ({path.stat().st_size:,} bytes): "
        f"{counts['names']:,} names, {counts['demonyms']:,} demonyms, "
        f"{counts['capitals']:,} capitals in {len(LANGUAGES)} languages."
    )


def render(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


# --- building -----------------------------------------------------------------


def build_records() -> list[dict]:
    cldr_names = {lang: locale_names(lang) for lang in LANGUAGES}
    alt_names = {lang: cldr_alt_names(lang) for lang in LANGUAGES}
    regions = m49_regions()
    region_names = Locale("en").territories
    capitals = exemplar_capitals()
    records = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        code = country.alpha_2
        names = {}
        for lang in LANGUAGES:
            found = [*cldr_names[lang].get(code, []), *alt_names[lang].get(code, [])]
            found += split_forms(NAMES.get(code, {}).get(lang, ""))
            found += split_forms(SPELLINGS.get(code, {}).get(lang, ""))
            if lang == "en":
                found += iso_names(country)
                found += [DISPLAY_NAMES[code]] if code in DISPLAY_NAMES else []
            if lang == "ru":
                # "в Германии", "с Вьетнамом": the oblique cases are names too
                found += [form for name in found for form in russian_name_forms(name)]
            if found:
                names[lang] = unique(found)
        region, subregion = regions.get(code, ("", ""))
        records.append(
            {
                "model": "cooperation.country",
                "pk": code,
                "fields": {
                    "alpha3": country.alpha_3,
                    "name": DISPLAY_NAMES.get(code) or names["en"][0],
                    "official_name": getattr(country, "official_name", None)
                    or turn_round(country.name)
                    or country.name,
                    "region": region_names.get(region, ""),
                    "subregion": region_names.get(subregion, ""),
                    "names": names,
                    "demonyms": demonyms(code, names),
                    "capitals": capitals_for(code, capitals),
                },
            }
        )
    return records


def split_forms(value: str) -> list[str]:
    return [form.strip() for form in value.split("|") if form.strip()]


def unique(values) -> list[str]:
    """Keep the first spelling of each name, compared case-insensitively."""
    seen: set[str] = set()
    kept = []
    for value in values:
        value = re.sub(r"\s+", " ", value).strip()
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            kept.append(value)
    return kept


def turn_round(value: str) -> str | None:
    """ISO's inverted names read as names: "Korea, Republic of" is "Republic of
    Korea"; a list ("Bonaire, Sint Eustatius and Saba") is left alone."""
    if ", " not in value:
        return value
    head, _, tail = value.partition(", ")
    if tail.split()[0].lower() in {"republic", "the", "state", "federated"}:
        return f"{tail} {head}"
    if tail.endswith(" of"):
        return f"{tail} {head}"
    return None


def iso_names(country) -> list[str]:
    found = []
    for attribute in ("common_name", "name", "official_name"):
        value = turn_round(getattr(country, attribute, None) or "")
        if value:
            found += cldr_variants(value, "en")
    return found


PARENTHESIS = re.compile(r"(.+?)\s*[(（](.+?)[)）]")
QUALIFIER = re.compile(r"\bpart\b")


def cldr_variants(name: str, lang: str, shared: frozenset[str] = frozenset()) -> list:
    """The forms of a CLDR menu name that running text uses: "Myanmar (Burma)" is
    written "Myanmar" or "Burma", "Congo - Kinshasa" as "Congo-Kinshasa",
    "St. Lucia" also as "Saint Lucia", "Côte d’Ivoire" with a plain apostrophe.
    A part of a parenthesised name that other territories share ("China" in
    "RAE de Hong Kong (China)") is not a name of its own, and neither is a
    one-character qualifier ("刚果（金）")."""
    name = name.replace("\u00a0", " ")
    forms = []
    match = PARENTHESIS.fullmatch(name)
    if match and len(match.group(2)) >= MIN_QUALIFIER_LENGTH:
        outer, inner = match.groups()
        if QUALIFIER.search(inner):
            # "Saint Martin (French part)": the qualifier is no name
            forms.append(name if outer.casefold() in shared else outer)
        else:
            parts = [part for part in (outer, inner) if part.casefold() not in shared]
            forms += parts if len(parts) == 2 else [name, *parts]
    else:
        forms.append(name)
    forms = [re.sub(r"\s+-\s+", "-", form) for form in forms]
    more = []
    for form in forms:
        if "&" in form and lang in AND_WORDS:
            form = form.replace("&", AND_WORDS[lang])
        candidates = [form]
        if lang == "en" and re.search(r"\bSt\. ", form):
            candidates.insert(0, re.sub(r"\bSt\. ", "Saint ", form))
        for candidate in candidates:
            if "’" in candidate:
                more.append(candidate.replace("’", "'"))
            more.append(candidate)
            if lang in POINTED_SCRIPTS:
                more.append(without_vowel_marks(candidate))
    return more


def without_vowel_marks(text: str) -> str:
    """Arabic and Hebrew news is written without the short-vowel marks CLDR keeps:
    "عُمان" is written "عمان"."""
    return "".join(char for char in text if unicodedata.category(char) != "Mn")


def shared_parts(names) -> frozenset[str]:
    """Parts of parenthesised names that stand for more than one territory."""
    counts = defaultdict(int)
    for name in names:
        match = PARENTHESIS.fullmatch(name)
        for part in set(match.groups() if match else (name,)):
            counts[part.casefold()] += 1
    return frozenset(part for part, count in counts.items() if count > 1)


def locale_names(lang: str) -> dict[str, list[str]]:
    names = defaultdict(list)
    for locale in (lang, *EXTRA_LOCALES.get(lang, ())):
        territories = {
            code: name
            for code, name in Locale.parse(locale).territories.items()
            if len(code) == 2 and code.isalpha()
        }
        shared = shared_parts(territories.values())
        for code, name in territories.items():
            names[code] += cldr_variants(name, lang, shared)
    return names


# --- CLDR data Babel leaves out, read from language_data -------------------------


def _language_data_file(name: str):
    try:
        return resources.files("language_data") / "data" / name
    except ModuleNotFoundError as error:
        raise CommandError(
            "build_countries reads CLDR data from the language-data package: "
            "pip install -r requirements-dev.txt"
        ) from error


def m49_regions() -> dict[str, tuple[str, str]]:
    """Region and sub-region of each country from CLDR's territory containment
    (UN M49): Vietnam is in "Asia", "South-Eastern Asia"."""
    tree = ElementTree.parse(_language_data_file("supplementalData.xml"))
    parent = {}
    for group in tree.iterfind("territoryContainment/group"):
        if "status" in group.attrib or "grouping" in group.attrib:
            continue
        for child in group.attrib["contains"].split():
            parent[child] = group.attrib["type"]
    regions = {}
    for code in parent:
        if not (len(code) == 2 and code.isalpha()):
            continue
        chain = [parent[code]]
        while chain[-1] in parent and parent[chain[-1]] != "001":
            chain.append(parent[chain[-1]])
        regions[code] = (chain[-1], chain[0] if len(chain) > 1 else "")
    return regions


def _script(char: str) -> str:
    return unicodedata.name(char, "?").split()[0]


def _scripts(text: str) -> set[str]:
    return {_script(char) for char in text if char.isalpha()}


def _normalize(name: str) -> str:
    """The normalisation language_data applies to its keys, so CLDR names can be
    compared with them."""
    name = name.casefold().replace("’", "'").replace("-", " ")
    for char in "(),":
        name = name.replace(char, "")
    return re.sub(r"\s+", " ", name).strip()


def cldr_alt_names(lang: str) -> dict[str, list[str]]:
    """CLDR's alternative names ("UK", "Ivory Coast", "Czech Republic"), which
    language_data keeps in a lower-cased index; they are cased again here from the
    words of the standard names, or capitalised."""
    # imported here so that the app runs without this build-time dependency
    from language_data.names import load_trie

    trie_file = _language_data_file(f"trie/{lang}/name_to_territory.marisa")
    if not trie_file.is_file():
        return {}
    standard = locale_names(lang)
    known = {_normalize(n) for names in standard.values() for n in names}
    for locale in (lang, *EXTRA_LOCALES.get(lang, ())):
        known |= {_normalize(n) for n in Locale.parse(locale).territories.values()}
    if lang == "en":
        # ISO's names come from pycountry with their own casing
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                known.add(_normalize(getattr(country, attribute, "") or ""))
    scripts = {
        script for names in standard.values() for n in names for script in _scripts(n)
    }
    # the language's own words first, then any language's: "Côte d'Ivoire" in Dutch
    words = {**cased_words(LANGUAGES), **cased_words([lang])}
    found = defaultdict(list)
    for key, value in sorted(load_trie(str(trie_file)).items()):
        code = value.decode("utf-8")
        if not (len(code) == 2 and code.isalpha()) or key in known:
            continue
        if not _scripts(key) <= scripts:
            continue  # another script's spelling (Deseret English)
        if any(key.startswith(_normalize(n) + " ") for n in standard.get(code, [])):
            continue  # a qualified menu name, "Falkland Islands (Islas Malvinas)"
        if any(len(token) == 1 and token.isalpha() for token in key.split()):
            continue  # an abbreviation the index took apart: "о-ва" (islands)
        found[code].append(_recase(key, words))
    return found


@functools.cache
def _cased_words(lang: str) -> dict[str, str]:
    words = {}
    for names in locale_names(lang).values():
        for name in names:
            for word in re.split(r"[\s\-]+", name.replace("’", "'")):
                words.setdefault(word.casefold(), word)
    return words


def cased_words(languages) -> dict[str, str]:
    """How the words of CLDR's standard names are written, by their lower case."""
    words = {}
    for lang in reversed(list(languages)):
        words.update(_cased_words(lang))
    return words


FUNCTION_WORDS = {"the", "of", "and", "de", "du", "des", "la", "le", "da", "do"}
VOWELS = set("aeiouyаеёиоуыэюяєіїαεηιουω")


def _recase(key: str, words: dict[str, str]) -> str:
    tokens = key.split()
    # a short alt form is an abbreviation: UK, USA, США
    abbreviation = key.isascii() or _scripts(key) <= {"CYRILLIC", "GREEK"}
    if len(tokens) == 1 and key.isalpha() and len(key) <= 3 and abbreviation:
        return key.upper()
    cased = []
    for token in tokens:
        if token in words:
            cased.append(words[token])
        elif token in FUNCTION_WORDS:
            cased.append(token)
        elif "." in token and all(len(part) <= 2 for part in token.split(".")):
            cased.append(token.upper())  # É.-U., R.A.S.
        elif len(token) <= 3 and token.isalpha() and not set(token) & VOWELS:
            cased.append(token.upper())  # Congo DRC, RD Congo, Конго ДРК
        else:
            cased.append(token[:1].upper() + token[1:])
    cased[0] = cased[0][:1].upper() + cased[0][1:]
    return " ".join(cased)


# --- demonyms and capitals --------------------------------------------------------


def english_plurals(forms: list[str]) -> list[str]:
    """ "Vietnamese" stays as it is; "Malaysian" also gives "Malaysians"."""
    out = []
    for form in forms:
        out.append(form)
        last = form.split()[-1]
        if last.endswith(ENGLISH_MAN_ENDINGS):
            out.append(form[:-3] + "men")  # Frenchman, Frenchmen
            continue
        if form not in ENGLISH_INVARIANT and not last.endswith(
            ENGLISH_INVARIANT_ENDINGS
        ):
            out.append(form + "s")
    return out


def demonyms(code: str, names: dict[str, list[str]]) -> dict[str, list[str]]:
    found = {}
    english = split_forms(ENGLISH[code][0])
    if english:
        found["en"] = unique(english_plurals(english))
    for lang, value in DEMONYMS.get(code, {}).items():
        found[lang] = unique(inflect(lang, value))
    if english or code in DEMONYMS:
        for lang, pattern in DEMONYM_PATTERNS.items():
            bases = names.get(lang, [])
            if lang != "vi":
                bases = [n for n in bases if " " not in n]
            if lang in CJK:
                # "アメリカ人", not "アメリカ合衆国人"
                bases = [n for n in bases if len(n) <= CJK_DEMONYM_MAX_LENGTH]
            bases = [n for n in bases if not (n.isascii() and n.isupper())]
            if bases:
                found[lang] = unique(pattern.format(base) for base in bases)
    return {lang: found[lang] for lang in LANGUAGES if found.get(lang)}


def exemplar_capitals() -> dict[str, dict[str, list[str]]]:
    """A capital's name in every language, where the capital is the exemplar city of
    one of its country's time zones (Europe/Paris, Asia/Tokyo)."""
    zones = defaultdict(list)
    for zone, territory in get_global("zone_territories").items():
        zones[territory].append(zone)
    capitals = {}
    for code, (_, english) in ENGLISH.items():
        wanted = {c.casefold() for c in split_forms(english)}
        by_lang = defaultdict(list)
        for zone in sorted(zones.get(code, [])):
            city = get_timezone_location(zone, locale="en", return_city=True)
            if city.casefold() not in wanted:
                continue
            for lang in LANGUAGES[1:]:
                by_lang[lang].append(
                    get_timezone_location(zone, locale=lang, return_city=True)
                )
        capitals[code] = by_lang
    return capitals


def capitals_for(code: str, exemplars) -> dict[str, list[str]]:
    found = {"en": split_forms(ENGLISH[code][1])}
    for lang in LANGUAGES[1:]:
        found[lang] = [
            *exemplars.get(code, {}).get(lang, []),
            *split_forms(CAPITALS.get(code, {}).get(lang, "")),
        ]
    return {lang: unique(found[lang]) for lang in LANGUAGES if found.get(lang)}
