"""Extract stored articles again, with the current extractor and the gazetteer as
it is now: after a curator adds an agency or an alias, or corrects an article's
language, the articles that mention it can be read again from the admin without
finding their files.

The stored text is what the evidence offsets point into, so it is re-read as it
is; records a curator accepted, edited or rejected keep what the curator decided
(the ingestion writer's rules apply unchanged).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from cooperation.models import Article, ArticleStatus
from ingestion import records

# More than this at once belongs in a batch job, not in one web request.
MAX_ARTICLES = 200


def article_input(article: Article) -> records.ArticleInput:
    """The stored article as the extraction reads it; its stored language and
    publication date are passed on as the metadata a curator may have corrected."""
    return records.ArticleInput(
        text=article.text,
        title=article.title,
        url=article.url,
        published=article.published.isoformat() if article.published else None,
        language=article.language or None,
        outlet=article.outlet,
        source=article.source_path,
    )


def reextract_articles(articles: Iterable[Article]) -> tuple[Counter, list[str]]:
    """Extract each article again and store what is found, one transaction an
    article. Returns the outcomes counted ("updated", "new" for an article that
    had failed, "reviewed" and "no text" for those skipped, "failed") and a line
    for each failure."""
    from ingestion.extraction import extract_article
    from ingestion.extraction.gazetteer import load_gazetteer
    from ingestion.services import content_hash, ingest_extraction

    gazetteer = load_gazetteer()
    outcomes: Counter = Counter()
    errors: list[str] = []
    for article in articles:
        if article.status == ArticleStatus.REVIEWED:
            outcomes["reviewed"] += 1
            continue
        if not article.text.strip():
            outcomes["no text"] += 1
            continue
        if content_hash(article.text) != article.content_hash:
            # The writer finds an article by the hash of its text: one stored by
            # other means would be taken for another article.
            outcomes["failed"] += 1
            errors.append(
                f"#{article.pk}: its text does not match its content hash, so it "
                "was not stored by ingestion; ingest its file instead"
            )
            continue
        item = article_input(article)
        try:
            extraction = extract_article(item, gazetteer)
            result = ingest_extraction(
                item, extraction, reextract=True, digest=article.content_hash
            )
        except Exception as error:  # one article's failure must not stop the rest
            outcomes["failed"] += 1
            errors.append(f"#{article.pk}: {type(error).__name__}: {error}")
            continue
        outcomes[result.outcome] += 1
    return outcomes, errors
