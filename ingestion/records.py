"""The values that flow through ingestion: an article as read, the gazetteer the
extraction matches against, and what the extraction finds.

All are frozen dataclasses with no tie to the database, so extraction can run in
tests, benchmarks and worker processes without Django models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# --- input -------------------------------------------------------------------


@dataclass(frozen=True)
class ArticleInput:
    """One article as a reader found it, before any extraction."""

    text: str
    title: str = ""
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD (or YYYY-MM / YYYY) as stated
    language: str | None = None  # a hint from metadata; detection decides if None
    outlet: str = ""
    source: str = ""  # the file (and line) it came from


@dataclass(frozen=True)
class ReadFailure:
    """Input that could not be turned into an article, with the reason."""

    source: str
    reason: str
    raw: bytes = b""  # what was read, so a failed Article can still be recorded


# --- the gazetteer ---------------------------------------------------------------


@dataclass(frozen=True)
class CountryEntry:
    code: str  # ISO 3166-1 alpha-2
    name: str  # English common name
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # lang -> names
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    capitals: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class AgencyEntry:
    id: int | None  # database id, None when built from fixtures
    name: str
    kind: str
    country: str | None = None
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    member_countries: tuple[str, ...] = ()

    def all_names(self) -> tuple[str, ...]:
        names = [self.name, *([self.acronym] if self.acronym else []), *self.aliases]
        seen: set[str] = set()
        unique = []
        for name in names:
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                unique.append(name)
        return tuple(unique)


@dataclass(frozen=True)
class Gazetteer:
    """Everything the extraction recognises by name. `version` changes whenever
    the content does, so compiled matchers can be cached by it."""

    countries: tuple[CountryEntry, ...]
    agencies: tuple[AgencyEntry, ...]
    version: str = ""


# --- output ----------------------------------------------------------------------


@dataclass(frozen=True)
class Evidence:
    """The sentence that supports a finding, as offsets into the article text."""

    sentence: str
    start_char: int
    end_char: int
    confidence: float


@dataclass(frozen=True)
class Organization:
    name: str
    kind: str  # AgencyKind value
    country: str | None = None
    acronym: str = ""
    aliases: tuple[str, ...] = ()
    known_id: int | None = None  # the gazetteer agency it matched, if any
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    def to_record(self) -> dict:
        aliases = [a for a in (self.acronym, *self.aliases) if a and a != self.name]
        return {
            "name": self.name,
            "aliases": list(dict.fromkeys(aliases)),
            "country": self.country,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Agreement:
    kind: str  # AgreementKind value
    status: str  # AgreementStatus value
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    parties: tuple[str, ...] = ()  # organization names (as in Extraction.organizations)
    countries: tuple[str, ...] = ()  # ISO alpha-2 codes of parties
    focus_areas: tuple[str, ...] = ()  # FocusArea slugs
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    def to_record(self) -> dict:
        return {
            "kind": self.kind,
            "title": self.title,
            "date": self.date,
            "parties": list(self.parties),
            "status": self.status,
        }


@dataclass(frozen=True)
class Event:
    kind: str  # EventKind value
    name: str | None = None
    start: str | None = None
    end: str | None = None
    location_country: str | None = None
    location_city: str | None = None
    participants: tuple[str, ...] = ()  # organization names
    countries: tuple[str, ...] = ()  # ISO alpha-2 codes of participants
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()

    def to_record(self) -> dict:
        return {
            "kind": self.kind,
            "name": self.name,
            "start": self.start,
            "end": self.end,
            "location_country": self.location_country,
            "location_city": self.location_city,
            "participants": list(self.participants),
        }


@dataclass(frozen=True)
class Extraction:
    """What one article says about cybersecurity cooperation."""

    language: str
    published: str | None
    is_cooperation: bool
    countries: tuple[str, ...] = ()  # parties to or hosts of the cooperation
    countries_mentioned: tuple[str, ...] = ()  # named, but not parties
    organizations: tuple[Organization, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    events: tuple[Event, ...] = ()
    title: str = ""
    extractor_version: str = ""

    def to_record(self, source: str) -> dict:
        """The extraction record of ../shared/corpus/SCHEMA.md."""
        return {
            "source": source,
            "language": self.language,
            "published": self.published,
            "is_cooperation": self.is_cooperation,
            "countries": list(self.countries),
            "organizations": [o.to_record() for o in self.organizations],
            "agreements": [a.to_record() for a in self.agreements],
            "events": [e.to_record() for e in self.events],
        }
