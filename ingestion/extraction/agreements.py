"""Agreements (MoUs, joint statements, partnerships, treaties, accords) an
article reports, with their status, date and parties."""

from __future__ import annotations

from ingestion import records
from ingestion.extraction.context import ArticleContext


def find_agreements(ctx: ArticleContext) -> tuple[records.Agreement, ...]:
    return ()
