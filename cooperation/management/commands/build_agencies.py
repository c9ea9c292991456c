"""Build fixtures/agencies.json, the agency gazetteer, from the curated rows in
cooperation.agency_data.

The rows are validated first: kinds in the vocabulary, ISO country codes, no two
rows of one country sharing a name (case-insensitively), parents that resolve, and
no name, acronym or alias that stands for two rows of one country, since the
ingestion could not tell them apart. Every problem is reported at once.

Run ``manage.py build_agencies`` after changing the curated rows and commit the
result; ``manage.py build_agencies --check`` fails when the committed file is stale.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path

import pycountry
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cooperation.agency_data import Entry, all_entries
from cooperation.models import AgencyKind, ReviewState

DEFAULT_OUTPUT = "fixtures/agencies.json"
# Fixed, so that the file is reproducible and reloading it changes no timestamp.
CURATED_AT = "2026-11-23T00:00:00Z"
WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")
# Words that name a kind of body, not one body: as an alias they would match
# every ministry or agency in the text.
GENERIC_WORDS = {
    "agency", "authority", "bureau", "center", "centre", "cert", "commission",
    "committee", "council", "csirt", "department", "directorate", "government",
    "institute", "ministry", "office", "police", "secretariat", "university",
    "army", "navy", "air force", "ministère", "ministerio", "ministero",
    "ministerium", "ministério", "kementerian", "bộ", "省", "부",
}  # fmt: skip

Row = tuple[str | None, Entry, str]


class Command(BaseCommand):
    help = (
        "Build the Agency fixture (the gazetteer of cybersecurity cooperation actors) "
        "from cooperation.agency_data, after validating it."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            default=DEFAULT_OUTPUT,
            help=f"Where to write the fixture (default: {DEFAULT_OUTPUT}).",
        )
        parser.add_argument(
            "--check",
            action="store_true",
            help="Write nothing; exit non-zero if the file differs from a fresh build.",
        )

    def handle(self, *args, output, check, **options):
        path = Path(output)
        if not path.is_absolute():
            path = Path(settings.BASE_DIR) / path
        rows = all_entries()
        errors = validate(rows)
        if errors:
            listed = "\n".join(f"  - {error}" for error in errors)
            raise CommandError(
                f"cooperation/agency_data has {len(errors)} problem(s):\n{listed}"
            )
        records = build_records(rows)
        text = render(records)
        if check:
            current = path.read_text(encoding="utf-8") if path.exists() else None
            if current != text:
                raise CommandError(
                    f"{path} is out of date with cooperation/agency_data: run "
                    "`manage.py build_agencies` and commit the result."
                )
            self.stdout.write(f"{path} is up to date ({len(records)} agencies).")
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if options["verbosity"] >= 1:
            self.stdout.write(summary(records, path))


def summary(records: list[dict], path: Path) -> str:
    fields = [record["fields"] for record in records]
    countries = {f["country"][0] for f in fields if f["country"]}
    aliases = sum(len(f["aliases"]) for f in fields)
    kinds = Counter(f["kind"] for f in fields)
    by_kind = ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))
    return (
        f"Wrote {len(records)} agencies to {path}: {len(countries)} countries, "
        f"{aliases:,} aliases; {by_kind}."
    )


def render(records: list[dict]) -> str:
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"


# --- validation -------------------------------------------------------------------


def _key(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _parent_key(country: str | None, parent) -> tuple[str, str | None]:
    if isinstance(parent, tuple):
        name, code = parent
        return _key(name), code
    return _key(parent), country


def resolve_parent(country, parent, index) -> tuple[str, str | None] | None:
    """The (name key, country) of a parent given by name: in the child's own
    country first, then among the bodies without a country."""
    key = _parent_key(country, parent)
    if key in index:
        return key
    if not isinstance(parent, tuple) and (key[0], None) in index:
        return key[0], None
    return None


def validate(rows: list[Row]) -> list[str]:
    """Every problem in the curated rows, as messages a curator can act on."""
    iso = {country.alpha_2 for country in pycountry.countries}
    errors = []
    index: dict[tuple[str, str | None], Entry] = {}
    spelled: dict[tuple[str, str | None], list[str]] = defaultdict(list)
    for country, item, module in rows:
        where = f"{module}: {item.name!r} ({country or 'no country'})"
        if not item.name.strip() or item.name != item.name.strip():
            errors.append(f"{where}: the name is empty or has stray spaces")
        if item.kind not in AgencyKind.values:
            errors.append(
                f"{where}: kind {item.kind!r} is not one of {AgencyKind.values}"
            )
        if country is not None and country not in iso:
            errors.append(f"{where}: {country!r} is not an ISO 3166-1 alpha-2 code")
        if item.kind == AgencyKind.INTERGOVERNMENTAL and country is not None:
            errors.append(f"{where}: an intergovernmental body has no home country")
        if item.members and country is not None:
            errors.append(f"{where}: only a body without a country has members")
        for member in item.members:
            if member not in iso:
                errors.append(f"{where}: member {member!r} is not an ISO code")
        if len(set(item.members)) != len(item.members):
            errors.append(f"{where}: a member country is listed twice")
        if item.wikidata and not WIKIDATA_ID.match(item.wikidata):
            errors.append(f"{where}: wikidata id {item.wikidata!r} is not a Q-number")
        if item.website and not re.match(r"^https?://[^\s/]+\.[^\s]+$", item.website):
            errors.append(f"{where}: website {item.website!r} is not a URL")
        if len(item.name) > 255 or len(item.acronym) > 40:
            errors.append(f"{where}: the name or acronym is too long for the table")
        key = (_key(item.name), country)
        if key in index:
            errors.append(f"{where}: the name is used twice in this country")
        index[key] = item
        names = [item.name, *([item.acronym] if item.acronym else []), *item.aliases]
        seen = set()
        for name in names[1:]:
            if not name.strip() or name != name.strip():
                errors.append(f"{where}: alias {name!r} is empty or has stray spaces")
            elif _key(name) in GENERIC_WORDS:
                errors.append(f"{where}: {name!r} is a generic word, not a name")
        for name in names:
            if _key(name) in seen:
                errors.append(f"{where}: {name!r} is listed twice")
            seen.add(_key(name))
            spelled[(_key(name), country)].append(item.name)
    for (name, country), owners in sorted(spelled.items(), key=str):
        if len(set(owners)) > 1:
            errors.append(
                f"{country or 'no country'}: {name!r} names more than one row: "
                + ", ".join(sorted(set(owners)))
            )
    for country, item, module in rows:
        if item.parent is None:
            continue
        where = f"{module}: {item.name!r} ({country or 'no country'})"
        resolved = resolve_parent(country, item.parent, index)
        if resolved is None:
            errors.append(f"{where}: parent {item.parent!r} is not a curated row")
        elif resolved == (_key(item.name), country):
            errors.append(f"{where}: a row cannot be its own parent")
    errors += _parent_cycles(rows, index)
    return errors


def _parent_cycles(rows: list[Row], index) -> list[str]:
    parents = {}
    for country, item, _ in rows:
        if item.parent is not None:
            resolved = resolve_parent(country, item.parent, index)
            if resolved is not None:
                parents[(_key(item.name), country)] = resolved
    errors = []
    for start in parents:
        seen, node = {start}, parents[start]
        while node in parents:
            node = parents[node]
            if node in seen:
                errors.append(f"{start[0]!r} ({start[1]}): its parents form a cycle")
                break
            seen.add(node)
    return errors


# --- building -----------------------------------------------------------------------


def build_records(rows: list[Row]) -> list[dict]:
    """The fixture rows, in an order that puts every parent before its children:
    bodies without a country first, then countries by code, each in source order
    except where a parent is curated after its child."""
    index = {(_key(item.name), country): (country, item) for country, item, _ in rows}
    ordered: list[tuple[str | None, Entry]] = []
    placed: set[tuple[str, str | None]] = set()

    def place(country, item):
        key = (_key(item.name), country)
        if key in placed:
            return
        placed.add(key)
        if item.parent is not None:
            parent_key = resolve_parent(country, item.parent, index)
            place(*index[parent_key])
        ordered.append((country, item))

    by_country = sorted(rows, key=lambda row: (row[0] is not None, row[0] or ""))
    for country, item, _ in by_country:
        place(country, item)
    return [record(country, item, index) for country, item in ordered]


def record(country: str | None, item: Entry, index) -> dict:
    parent = None
    if item.parent is not None:
        parent_country, parent_item = index[resolve_parent(country, item.parent, index)]
        parent = [parent_item.name, parent_country]
    return {
        "model": "cooperation.agency",
        "fields": {
            "name": item.name,
            "acronym": item.acronym,
            "aliases": list(item.aliases),
            "kind": item.kind,
            "country": [country] if country else None,
            "parent": parent,
            "member_countries": [[code] for code in sorted(item.members)],
            "website": item.website,
            "wikidata_id": item.wikidata,
            "description": item.description,
            "review_state": ReviewState.ACCEPTED.value,
            "reviewed_at": CURATED_AT,
            "created_at": CURATED_AT,
            "updated_at": CURATED_AT,
        },
    }
