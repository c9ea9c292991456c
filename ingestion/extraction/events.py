"""Cooperation events (summits, workshops, exercises, trainings...) an article
reports, with their dates, place and participants."""

from __future__ import annotations

from ingestion import records
from ingestion.extraction.context import ArticleContext


def find_events(ctx: ArticleContext) -> tuple[records.Event, ...]:
    return ()
