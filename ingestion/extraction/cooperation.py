"""Whether an article describes international cybersecurity cooperation at all,
rather than an attack, a breach or a threat report."""

from __future__ import annotations

from ingestion import records
from ingestion.extraction.context import ArticleContext


def is_cooperation(
    ctx: ArticleContext,
    agreements: tuple[records.Agreement, ...],
    events: tuple[records.Event, ...],
) -> bool:
    return bool(agreements or events)
