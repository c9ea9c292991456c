"""Curation services: a curator's decisions (accept, reject, edit, merge) written to
the database in one place, with every change recorded in the records' history.

The admin, the API and the ingestion call these functions rather than editing rows
themselves, so a merge or a review means the same thing wherever it comes from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from cooperation.models import (
    Agency,
    Agreement,
    Article,
    ArticleStatus,
    Event,
    Evidence,
    Reviewable,
    ReviewState,
)

# Every relation that points at an agency, and how a merge carries it over to the
# survivor. A test compares this with the model, so a new relation cannot be added
# without the merge learning about it.
MERGED_RELATIONS = {
    "agreements": "the survivor becomes a party instead",
    "events": "the survivor becomes a participant instead",
    "evidence": "moved to the survivor; a sentence both already cite is kept once",
    "children": "re-parented under the survivor",
    "member_countries": "added to the survivor's members",
}

# Descriptive fields the survivor takes from a merged agency when it has none.
FILLABLE_FIELDS = ("acronym", "website", "wikidata_id", "description")


class MergeError(ValueError):
    """A merge that cannot be done as asked; the message says why."""


@dataclass(frozen=True)
class MergeResult:
    """What a merge did, for the curator's confirmation message and for tests."""

    survivor: Agency
    merged: tuple[str, ...]
    agreements: int = 0
    events: int = 0
    evidence_moved: int = 0
    evidence_duplicates: int = 0
    children: int = 0
    member_countries: int = 0
    aliases_added: tuple[str, ...] = ()
    fields_filled: tuple[str, ...] = ()

    def summary(self) -> str:
        counts = [
            (self.agreements, "agreement(s)"),
            (self.events, "event(s)"),
            (self.evidence_moved, "evidence sentence(s)"),
            (self.children, "child agency(ies)"),
            (self.member_countries, "member country(ies)"),
            (len(self.aliases_added), "alias(es)"),
        ]
        moved = ", ".join(f"{n} {what}" for n, what in counts if n)
        text = f"Merged {', '.join(self.merged)} into {self.survivor}"
        text += f": moved {moved}" if moved else ": nothing else to move"
        if self.evidence_duplicates:
            text += f"; {self.evidence_duplicates} duplicate sentence(s) kept once"
        if self.fields_filled:
            text += f"; filled {', '.join(self.fields_filled)}"
        return text + "."


def merge_reason(names: Iterable[str]) -> str:
    """The change reason "Merged X, Y", cut to the 100 characters simple-history
    keeps; each merged agency's own history (its deletion) names the survivor."""
    reason = f"Merged {', '.join(names)}"
    return reason if len(reason) <= 100 else reason[:99] + "…"


def _record_history(obj, user, reason: str) -> None:
    obj._history_user = user
    obj._change_reason = reason[:100]


def mark_curated(obj: Reviewable, user=None, *, reason: str = "", save=True) -> None:
    """Record that a curator edited `obj`: ingestion will not overwrite its fields.

    With `save=False` only the attributes are set, for a caller (the admin's
    save_model) that saves the object itself.
    """
    obj.curated_at = timezone.now()
    _record_history(obj, user, reason or "Edited by a curator")
    if save:
        obj.save(update_fields=["curated_at"])


def set_review_state(records: Iterable[Reviewable], state: str, user) -> int:
    """Accept, reject or reopen records, each in its own history entry.

    Returns how many records changed; those already in `state` are left alone so
    their first reviewer and time are kept.
    """
    if state not in ReviewState.values:
        raise ValueError(f"Unknown review state {state!r}.")
    reason = {
        ReviewState.ACCEPTED: "Accepted by a curator",
        ReviewState.REJECTED: "Rejected by a curator",
        ReviewState.UNREVIEWED: "Returned to review by a curator",
    }[ReviewState(state)]
    changed = 0
    with transaction.atomic():
        for record in records:
            if record.review_state == state:
                continue
            # Reopened records have no reviewer; history keeps who reopened them.
            reviewer = None if state == ReviewState.UNREVIEWED else user
            record.set_review(state, reviewer)
            _record_history(record, user, reason)
            record.save(update_fields=["review_state", "reviewed_by", "reviewed_at"])
            changed += 1
    return changed


def mark_articles_reviewed(articles: Iterable[Article], user) -> int:
    """Mark extracted articles as reviewed; pending and failed ones are left as
    they are, since there is nothing extracted from them to review."""
    changed = 0
    with transaction.atomic():
        for article in articles:
            if article.status != ArticleStatus.EXTRACTED:
                continue
            article.status = ArticleStatus.REVIEWED
            _record_history(article, user, "Reviewed by a curator")
            article.save(update_fields=["status"])
            changed += 1
    return changed


def _move_m2m(records, accessor: str, survivor, others, user, what: str) -> int:
    """Replace the merged agencies by the survivor in each record's `accessor`
    relation, with one history entry per record instead of one per row."""
    other_ids = {other.pk for other in others}
    moved = 0
    for record in records:
        related = getattr(record, accessor)
        replaced = [a for a in related.all() if a.pk in other_ids]
        if not replaced:
            continue
        # One history row per record, written by the save below, rather than one
        # per add and remove.
        record.skip_history_when_saving = True
        try:
            related.remove(*replaced)
            related.add(survivor)
            if survivor.country_id:
                record.countries.add(survivor.country_id)
        finally:
            del record.skip_history_when_saving
        names = ", ".join(str(a) for a in replaced)
        _record_history(record, user, f"{what} {names} merged into {survivor}")
        record.save(update_fields=["updated_at"])
        moved += 1
    return moved


def _move_evidence(survivor, others, field: str = "agency") -> tuple[int, int]:
    """Point the others' evidence at the survivor (`field` is the evidence's foreign
    key to their model). A sentence that the survivor already cites is kept once,
    with the higher confidence."""
    kept = {
        (e.article_id, e.start_char, e.end_char): e
        for e in Evidence.objects.filter(**{field: survivor})
    }
    move_ids, duplicate_ids = [], []
    for evidence in Evidence.objects.filter(**{f"{field}__in": others}).order_by(
        "-confidence", "pk"
    ):
        key = (evidence.article_id, evidence.start_char, evidence.end_char)
        existing = kept.get(key)
        if existing is None:
            kept[key] = evidence
            move_ids.append(evidence.pk)
            continue
        duplicate_ids.append(evidence.pk)
        if evidence.confidence > existing.confidence:
            existing.confidence = evidence.confidence
            Evidence.objects.filter(pk=existing.pk).update(
                confidence=evidence.confidence
            )
    Evidence.objects.filter(pk__in=duplicate_ids).delete()
    Evidence.objects.filter(pk__in=move_ids).update(**{field: survivor})
    return len(move_ids), len(duplicate_ids)


def _first_ancestor_outside(agency: Agency | None, excluded: set[int]):
    seen: set[int] = set()
    while agency is not None and agency.pk in excluded and agency.pk not in seen:
        seen.add(agency.pk)
        agency = agency.parent
    return None if agency is not None and agency.pk in excluded else agency


def _ids_to_merge(survivor, others) -> list[int]:
    """The ids of the saved records to merge into `survivor`, which must be saved
    too; a MergeError says what is missing."""
    noun = survivor._meta.verbose_name
    if survivor.pk is None:
        raise MergeError(f"The surviving {noun} has not been saved.")
    other_ids = sorted({o.pk for o in others if o.pk is not None} - {survivor.pk})
    if not other_ids:
        raise MergeError(
            f"Choose at least one other {noun} to merge into the survivor."
        )
    return other_ids


def _lock_for_merge(survivor, other_ids: list[int]) -> tuple:
    """The survivor and the records merged into it, as they are now, locked for the
    caller's transaction in id order (so two merges cannot deadlock); a MergeError
    when one has been deleted since the curator chose."""
    model = type(survivor)
    locked = {
        r.pk: r
        for r in model.objects.select_for_update()
        .filter(pk__in=[survivor.pk, *other_ids])
        .order_by("pk")
    }
    missing = [pk for pk in [survivor.pk, *other_ids] if pk not in locked]
    if missing:
        raise MergeError(
            f"{model._meta.verbose_name.capitalize()} id(s) "
            f"{', '.join(map(str, missing))} no longer exist; reload the page and "
            "choose again."
        )
    return locked[survivor.pk], [locked[pk] for pk in other_ids]


def merge_agencies(
    survivor: Agency, others: Iterable[Agency], user=None
) -> MergeResult:
    """Merge `others` into `survivor`, in one transaction.

    The survivor takes over their agreements, events, evidence, child agencies and
    member countries; their names, acronyms and aliases become its aliases; empty
    descriptive fields are filled from them. The others are then deleted. The
    survivor's history records "Merged X, Y"; each touched agreement, event and
    child agency records the change too.
    """
    other_ids = _ids_to_merge(survivor, others)

    with transaction.atomic():
        survivor, merged = _lock_for_merge(survivor, other_ids)
        merged_names = tuple(str(a) for a in merged)
        excluded = {survivor.pk, *other_ids}

        # The survivor cannot stay under a parent that is about to be deleted.
        if survivor.parent_id in excluded:
            survivor.parent = _first_ancestor_outside(survivor.parent, excluded)

        agreements = _move_m2m(
            Agreement.objects.filter(parties__in=merged)
            .distinct()
            .prefetch_related("parties"),
            "parties",
            survivor,
            merged,
            user,
            "Party",
        )
        events = _move_m2m(
            Event.objects.filter(participants__in=merged)
            .distinct()
            .prefetch_related("participants"),
            "participants",
            survivor,
            merged,
            user,
            "Participant",
        )
        evidence_moved, evidence_duplicates = _move_evidence(survivor, merged)

        ancestors, node = set(), survivor.parent
        while node is not None and node.pk not in ancestors:
            ancestors.add(node.pk)
            node = node.parent
        children = 0
        for child in Agency.objects.filter(parent__in=merged).exclude(pk__in=excluded):
            # A child that is also an ancestor of the survivor would close a loop.
            child.parent = None if child.pk in ancestors else survivor
            _record_history(child, user, f"Parent merged into {survivor}")
            child.save(update_fields=["parent"])
            children += 1

        members = set(survivor.member_countries.values_list("pk", flat=True))
        new_members = (
            set(
                Agency.member_countries.through.objects.filter(
                    agency__in=merged
                ).values_list("country_id", flat=True)
            )
            - members
        )

        fields_filled = []
        for field in FILLABLE_FIELDS:
            if getattr(survivor, field):
                continue
            value = next((getattr(a, field) for a in merged if getattr(a, field)), "")
            if value:
                setattr(survivor, field, value)
                fields_filled.append(field)

        known = {name.casefold() for name in survivor.all_names()}
        aliases_added = []
        for agency in merged:
            for name in agency.all_names():
                if name.casefold() not in known:
                    known.add(name.casefold())
                    aliases_added.append(name)
        survivor.aliases = [*survivor.aliases, *aliases_added]

        for agency in merged:
            _record_history(agency, user, f"Merged into {survivor} (#{survivor.pk})")
            agency.delete()

        survivor.skip_history_when_saving = True
        try:
            survivor.member_countries.add(*new_members)
        finally:
            del survivor.skip_history_when_saving
        survivor.curated_at = timezone.now()
        _record_history(survivor, user, merge_reason(a.name for a in merged))
        survivor.save()

    return MergeResult(
        survivor=survivor,
        merged=merged_names,
        agreements=agreements,
        events=events,
        evidence_moved=evidence_moved,
        evidence_duplicates=evidence_duplicates,
        children=children,
        member_countries=len(new_members),
        aliases_added=tuple(aliases_added),
        fields_filled=tuple(fields_filled),
    )


# What a merge of agreements or events carries over to the survivor: its
# many-to-many relations (whose rows are added to the survivor's), the reverse
# relation from events to agreements, and the fields it fills when it has none.
# Date fields go in groups: a date is taken with its precision (and an event's
# end with its start), never half of one.
RECORD_MERGE = {
    Agreement: {
        "relations": ("parties", "countries", "focus_areas"),
        "fill": (("title",), ("summary",), ("date", "date_precision")),
    },
    Event: {
        "relations": ("participants", "countries", "agreements"),
        "fill": (
            ("name",),
            ("summary",),
            ("city",),
            ("country",),
            ("start", "start_precision", "end", "end_precision"),
        ),
    },
}


@dataclass(frozen=True)
class RecordMergeResult:
    """What a merge of agreements or events did."""

    survivor: Agreement | Event
    merged: tuple[str, ...]
    linked: dict[str, int]
    events_relinked: int = 0
    evidence_moved: int = 0
    evidence_duplicates: int = 0
    fields_filled: tuple[str, ...] = ()

    def summary(self) -> str:
        counts = [(n, name) for name, n in self.linked.items() if n]
        if self.events_relinked:
            counts.append((self.events_relinked, "event link(s)"))
        if self.evidence_moved:
            counts.append((self.evidence_moved, "evidence sentence(s)"))
        moved = ", ".join(f"{n} {what}" for n, what in counts)
        text = f"Merged {', '.join(self.merged)} into {self.survivor}"
        text += f": added {moved}" if moved else ": nothing else to move"
        if self.evidence_duplicates:
            text += f"; {self.evidence_duplicates} duplicate sentence(s) kept once"
        if self.fields_filled:
            text += f"; filled {', '.join(self.fields_filled)}"
        return text + "."


def merge_records(survivor, others: Iterable, user=None) -> RecordMergeResult:
    """Merge duplicate agreements or duplicate events into `survivor`, in one
    transaction.

    The survivor gains the others' parties or participants, countries, focus
    areas or linked agreements, and their evidence (a sentence both cite is kept
    once); events linked to a merged agreement are linked to the survivor; the
    survivor's empty fields are filled from the others. The others are deleted, the
    survivor is marked curated (ingestion will not overwrite it, and re-extraction
    finds it through the moved evidence), and both histories say what happened.
    """
    model = type(survivor)
    if model not in RECORD_MERGE:
        raise MergeError(f"{model.__name__} records cannot be merged this way.")
    others = list(others)
    if any(not isinstance(other, model) for other in others):
        raise MergeError(
            f"Only {model._meta.verbose_name_plural} can be merged together."
        )
    other_ids = _ids_to_merge(survivor, others)
    plan = RECORD_MERGE[model]
    field = model._meta.model_name  # the evidence's foreign key to the model

    with transaction.atomic():
        survivor, merged = _lock_for_merge(survivor, other_ids)
        merged_names = tuple(f"{r} (#{r.pk})" for r in merged)

        linked: dict[str, int] = {}
        survivor.skip_history_when_saving = True
        try:
            for accessor in plan["relations"]:
                relation = getattr(survivor, accessor)
                through = relation.through
                source = relation.source_field_name
                target = relation.target_field_name
                have = set(relation.values_list("pk", flat=True))
                wanted = set(
                    through.objects.filter(
                        **{f"{source}_id__in": other_ids}
                    ).values_list(f"{target}_id", flat=True)
                )
                new = sorted(wanted - have)
                if new:
                    relation.add(*new)
                linked[accessor] = len(new)
        finally:
            del survivor.skip_history_when_saving

        events_relinked = 0
        if model is Agreement:
            for event in Event.objects.filter(agreements__in=merged).distinct():
                event.skip_history_when_saving = True
                try:
                    event.agreements.remove(*merged)
                    event.agreements.add(survivor)
                finally:
                    del event.skip_history_when_saving
                _record_history(
                    event, user, f"Agreement {', '.join(merged_names)} merged"
                )
                event.save(update_fields=["updated_at"])
                events_relinked += 1

        evidence_moved, evidence_duplicates = _move_evidence(survivor, merged, field)

        fields_filled = []
        for group in plan["fill"]:
            head = model._meta.get_field(group[0]).attname
            if getattr(survivor, head) not in (None, ""):
                continue
            donor = next(
                (r for r in merged if getattr(r, head) not in (None, "")), None
            )
            if donor is None:
                continue
            for name in group:
                attname = model._meta.get_field(name).attname
                setattr(survivor, attname, getattr(donor, attname))
            fields_filled.append(group[0])

        for record in merged:
            _record_history(record, user, f"Merged into {survivor} (#{survivor.pk})")
            record.delete()

        survivor.curated_at = timezone.now()
        _record_history(survivor, user, merge_reason(merged_names))
        survivor.save()

    return RecordMergeResult(
        survivor=survivor,
        merged=merged_names,
        linked=linked,
        events_relinked=events_relinked,
        evidence_moved=evidence_moved,
        evidence_duplicates=evidence_duplicates,
        fields_filled=tuple(fields_filled),
    )
