"""The extraction scored against gold annotations with the shared scorer: the five
dev articles (../shared/corpus/dev) and the project's multilingual corpus
(tests/corpus). The floors sit just under the scores reached, so a change that
makes the extraction worse fails here."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import (
    CORPUS,
    DEV,
    SCORER,
    fixture_gazetteer,
    score_folder,
)

DEV_FLOOR = 0.98
CORPUS_FLOOR = 0.98

needs_shared = pytest.mark.skipif(
    not (DEV.is_dir() and SCORER.is_file()),
    reason=f"the shared dev corpus and scorer are not at {DEV.parent.parent}",
)


@needs_shared
def test_dev_articles_reach_the_macro_f1_floor():
    result = score_folder(DEV / "articles", DEV / "gold", fixture_gazetteer())
    assert result["missing_predictions"] == []
    assert result["macro_f1"] >= DEV_FLOOR, result


@needs_shared
def test_multilingual_corpus_reaches_the_macro_f1_floor():
    result = score_folder(CORPUS / "articles", CORPUS / "gold", fixture_gazetteer())
    assert result["missing_predictions"] == []
    assert result["macro_f1"] >= CORPUS_FLOOR, result
    assert result["accuracy"]["language"] >= 0.95, result
