"""The curated agency gazetteer: the cybersecurity cooperation actors of the world,
written by hand from public sources, grouped by region in the modules of this package.

Each region module holds ``AGENCIES``, a mapping from an ISO 3166-1 alpha-2 code (or
``None`` for bodies without a home country) to a list of :func:`entry` rows.
``manage.py build_agencies`` validates them and writes ``fixtures/agencies.json``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

MINISTRY = "ministry"
AGENCY = "government agency"
CERT = "cert"
REGULATOR = "regulator"
MILITARY = "military"
UNIVERSITY = "university"
COMPANY = "company"
BLOC = "intergovernmental"
NGO = "ngo"
OTHER = "other"

REGION_MODULES = (
    "international",
    "europe",
    "asia",
    "middle_east",
    "americas",
    "africa",
    "oceania",
    "companies",
)


@dataclass(frozen=True)
class Entry:
    """One organisation as curated: its kind, English name, main acronym, other
    names in any language, and where it sits."""

    kind: str
    name: str
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    # a name in the same country (or among bodies without one), or (name, code)
    parent: str | tuple[str, str | None] | None = None
    members: tuple[str, ...] = ()
    website: str = ""
    wikidata: str = ""
    description: str = ""


def entry(
    kind: str,
    name: str,
    acronym: str = "",
    *aliases: str,
    parent=None,
    members: str | tuple[str, ...] = (),
    website: str = "",
    wikidata: str = "",
    desc: str = "",
) -> Entry:
    """Build an Entry compactly: ``entry(CERT, "Name", "ACRONYM", "alias", ...)``.
    ``members`` may be a space-separated string of country codes."""
    if isinstance(members, str):
        members = tuple(members.split())
    return Entry(
        kind=kind,
        name=name,
        acronym=acronym,
        aliases=tuple(aliases),
        parent=parent,
        members=tuple(members),
        website=website,
        wikidata=wikidata,
        description=desc,
    )


def all_entries() -> list[tuple[str | None, Entry, str]]:
    """Every curated row as (country code, entry, region module), in source order."""
    rows = []
    for module_name in REGION_MODULES:
        module = import_module(f"{__name__}.{module_name}")
        for country, entries in module.AGENCIES.items():
            rows.extend((country, item, module_name) for item in entries)
    return rows
