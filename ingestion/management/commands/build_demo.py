"""Build fixtures/demo.json: the project's seed articles with the agencies,
agreements and events a curator recorded from them (their gold annotations).

The articles are read with the ingestion's own reader, so the stored text and
content hash are exactly what `ingest` would produce: ingesting the same files
later finds them as duplicates instead of storing them twice. Agencies that the
gazetteer fixture holds are copied from it verbatim (with their parents), so the
demo loads on its own, in any order with the other fixtures, without changing a
gazetteer row.
"""

from __future__ import annotations

import json
import re
import uuid
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from ingestion.readers import read_inputs
from ingestion.records import ReadFailure
from ingestion.services import content_hash

CURATED_AT = "2026-11-23T00:00:00Z"
UID_NAMESPACE = uuid.UUID("6f1c1a52-3f5e-4c55-9a4e-0c8f2b7f3d10")
SENTENCE_END = re.compile(r"(?<=[.!?。])\s+|\n+")


def default_corpus() -> Path:
    return Path(settings.BASE_DIR).parent / "shared" / "corpus" / "dev"


def precision_of(value: str | None) -> tuple[str | None, str]:
    """A partial date as (first day, precision)."""
    if not value:
        return None, ""
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-01-01", "year"
    if len(parts) == 2:
        return f"{value}-01", "month"
    return value, "day"


def norm(text: str) -> str:
    return re.sub(r"[^\w]+", " ", text.casefold()).strip()


def sentences(text: str):
    start = 0
    for match in SENTENCE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def find_sentence(text: str, needles: list[str]) -> tuple[int, int] | None:
    """The first sentence that contains one of the needles (longest needle first)."""
    spans = [(s, e) for s, e in sentences(text) if text[s:e].strip()]
    for needle in sorted({n for n in needles if n}, key=len, reverse=True):
        lowered = needle.casefold()
        for start, end in spans:
            if lowered in text[start:end].casefold():
                return start, end
    return None


class Command(BaseCommand):
    help = (
        "Build fixtures/demo.json from the seed articles and their gold "
        "annotations (../shared/corpus/dev by default)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--corpus", type=Path, default=None)
        parser.add_argument(
            "--output",
            type=Path,
            default=Path(settings.BASE_DIR) / "fixtures" / "demo.json",
        )
        parser.add_argument(
            "--gazetteer",
            type=Path,
            default=Path(settings.BASE_DIR) / "fixtures" / "agencies.json",
        )

    def handle(self, *args, **options):
        corpus = options["corpus"] or default_corpus()
        articles_dir, gold_dir = corpus / "articles", corpus / "gold"
        if not gold_dir.is_dir():
            raise CommandError(f"No gold annotations at {gold_dir}.")
        known = self.load_gazetteer(options["gazetteer"])
        objects: list[dict] = []
        defined: dict[tuple[str, str | None], dict] = {}
        for gold_file in sorted(gold_dir.glob("*.json")):
            matches = list(articles_dir.glob(gold_file.stem + ".*"))
            if not matches:
                raise CommandError(f"No article for {gold_file.name}.")
            objects.extend(
                self.article_objects(matches[0], corpus, gold_file, known, defined)
            )
        agencies = list(defined.values())
        output = options["output"]
        output.write_text(
            json.dumps(agencies + objects, indent=1, ensure_ascii=False) + "\n",
            encoding="utf-8",
        )
        self.stdout.write(
            f"Wrote {len(agencies)} agencies and {len(objects)} other objects "
            f"to {output}."
        )

    def load_gazetteer(self, path: Path) -> list[dict]:
        if not path.exists():
            return []
        return [
            o["fields"]
            for o in json.loads(path.read_text(encoding="utf-8"))
            if o["model"] == "cooperation.agency"
        ]

    def copy_from_gazetteer(self, key, known, defined) -> bool:
        """Copy the gazetteer's row for `key`, parents first; False if it has none."""
        for fields in known:
            country = fields["country"][0] if fields.get("country") else None
            if (fields["name"], country) == key:
                parent = fields.get("parent")
                if parent and tuple(parent) not in defined:
                    self.copy_from_gazetteer(tuple(parent), known, defined)
                defined[key] = {"model": "cooperation.agency", "fields": fields}
                return True
        return False

    def resolve_agency(self, org: dict, known: list[dict]) -> tuple[str, str | None]:
        """The natural key of a gazetteer agency with this name in this country."""
        names = {norm(n) for n in [org["name"], *org.get("aliases", [])] if n}
        for fields in known:
            country = fields["country"][0] if fields.get("country") else None
            if country != org.get("country"):
                continue
            theirs = {
                norm(n)
                for n in [fields["name"], fields.get("acronym"), *fields["aliases"]]
                if n
            }
            if norm(fields["name"]) in names or (
                norm(org["name"]) in theirs and len(norm(org["name"])) > 3
            ):
                return fields["name"], country
        return org["name"], org.get("country")

    def article_objects(self, path, corpus, gold_file, known, defined):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        items = [
            item
            for item in read_inputs([str(path)])
            if not isinstance(item, ReadFailure)
        ]
        if len(items) != 1:
            raise CommandError(f"Could not read {path}.")
        article = items[0]
        text = article.text
        article_key = content_hash(text)
        stem = gold_file.stem
        objects = [
            {
                "model": "cooperation.article",
                "fields": {
                    "url": gold.get("source_url"),
                    "title": article.title[:500],
                    "outlet": "",
                    "published": gold.get("published"),
                    "language": gold["language"],
                    "text": text,
                    "content_hash": article_key,
                    "source_path": str(path.relative_to(corpus.parent)),
                    "status": "reviewed",
                    "error": "",
                    "is_cooperation": gold["is_cooperation"],
                    "countries": [[c] for c in gold["countries"]],
                    "extractor_version": "curated",
                    "created_at": CURATED_AT,
                    "updated_at": CURATED_AT,
                },
            }
        ]
        reviewed = {
            "review_state": "accepted",
            "reviewed_at": CURATED_AT,
            "curated_at": CURATED_AT,
            "created_at": CURATED_AT,
            "updated_at": CURATED_AT,
        }
        # The article's organisations, by every name a party list may use.
        by_name: dict[str, tuple[str, str | None]] = {}
        for org in gold["organizations"]:
            key = self.resolve_agency(org, known)
            if key not in defined and self.copy_from_gazetteer(key, known, defined):
                pass
            elif key not in defined:
                defined[key] = {
                    "model": "cooperation.agency",
                    "fields": {
                        "name": org["name"],
                        "acronym": next(
                            (a for a in org["aliases"] if a.isupper() and len(a) < 12),
                            "",
                        ),
                        "aliases": [a for a in org["aliases"] if not a.isupper()],
                        "kind": org["kind"],
                        "country": [org["country"]] if org["country"] else None,
                        **reviewed,
                    },
                }
            for name in [org["name"], *org["aliases"]]:
                by_name[norm(name)] = key
            span = find_sentence(text, [org["name"], *org["aliases"]])
            if span:
                objects.append(
                    self.evidence(stem, "agency", key, span, text, article_key)
                )
        country_names = self.country_names()

        def parties_of(names):
            agencies, countries = [], []
            for name in names:
                if norm(name) in by_name:
                    agencies.append(list(by_name[norm(name)]))
                elif norm(name) in country_names:
                    countries.append(country_names[norm(name)])
            return agencies, countries

        for index, agreement in enumerate(gold["agreements"]):
            uid = str(uuid.uuid5(UID_NAMESPACE, f"{stem}:agreement:{index}"))
            date, precision = precision_of(agreement["date"])
            agencies, countries = parties_of(agreement["parties"])
            countries += [a[1] for a in agencies if a[1]]
            objects.append(
                {
                    "model": "cooperation.agreement",
                    "fields": {
                        "uid": uid,
                        "title": agreement["title"] or "",
                        "kind": agreement["kind"],
                        "status": agreement["status"],
                        "date": date,
                        "date_precision": precision,
                        "parties": agencies,
                        "countries": [[c] for c in sorted(set(countries))],
                        "summary": "",
                        **reviewed,
                    },
                }
            )
            needles = [agreement["title"] or "", *AGREEMENT_WORDS[agreement["kind"]]]
            span = find_sentence(text, needles)
            if span:
                objects.append(
                    self.evidence(stem, "agreement", uid, span, text, article_key)
                )
        for index, event in enumerate(gold["events"]):
            uid = str(uuid.uuid5(UID_NAMESPACE, f"{stem}:event:{index}"))
            start, start_precision = precision_of(event["start"])
            end, end_precision = precision_of(event["end"])
            agencies, countries = parties_of(event["participants"])
            countries += [a[1] for a in agencies if a[1]]
            objects.append(
                {
                    "model": "cooperation.event",
                    "fields": {
                        "uid": uid,
                        "name": event["name"] or "",
                        "kind": event["kind"],
                        "start": start,
                        "start_precision": start_precision,
                        "end": end,
                        "end_precision": end_precision,
                        "city": event["location_city"] or "",
                        "country": [event["location_country"]]
                        if event["location_country"]
                        else None,
                        "participants": agencies,
                        "countries": [[c] for c in sorted(set(countries))],
                        "summary": "",
                        **reviewed,
                    },
                }
            )
            needles = [event["name"] or "", *EVENT_WORDS[event["kind"]]]
            span = find_sentence(text, needles)
            if span:
                objects.append(
                    self.evidence(stem, "event", uid, span, text, article_key)
                )
        return objects

    def evidence(self, stem, target, key, span, text, article_key):
        start, end = span
        uid = uuid.uuid5(UID_NAMESPACE, f"{stem}:evidence:{target}:{key}:{start}")
        fields = {
            "uid": str(uid),
            "article": [article_key],
            "sentence": text[start:end].strip(),
            "start_char": start,
            "end_char": end,
            "confidence": 1.0,
            "extractor_version": "curated",
            "created_at": CURATED_AT,
            target: list(key) if target == "agency" else [key],
        }
        return {"model": "cooperation.evidence", "fields": fields}

    def country_names(self) -> dict[str, str]:
        path = Path(settings.BASE_DIR) / "fixtures" / "countries.json"
        names: dict[str, str] = {}
        if path.exists():
            for obj in json.loads(path.read_text(encoding="utf-8")):
                fields = obj["fields"]
                code = obj.get("pk") or fields.get("code")
                for values in fields.get("names", {}).values():
                    for value in values:
                        names.setdefault(norm(value), code)
                names.setdefault(norm(fields["name"]), code)
        return names


AGREEMENT_WORDS = {
    "mou": ["MoU", "memorandum of understanding", "memorandum"],
    "joint_statement": ["joint statement", "dichiarazione congiunta", "statement"],
    "partnership": ["partnership", "collaboration", "partenariato"],
    "treaty": ["treaty"],
    "agreement": ["accordo", "agreement", "accord", "acuerdo"],
    "other": ["plan", "agreement"],
}
EVENT_WORDS = {
    "summit": ["summit", "vertice"],
    "workshop": ["workshop"],
    "webinar": ["webinar"],
    "conference": ["conference", "symposium"],
    "meeting": ["meeting", "incontri", "incontro"],
    "forum": ["forum"],
    "exercise": ["exercise"],
    "training": ["training"],
    "other": [],
}
