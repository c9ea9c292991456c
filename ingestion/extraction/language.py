"""The language an article is written in, among the languages the extraction
supports, with Indonesian and Malay told apart by the words only one of them uses.
"""

from __future__ import annotations

import functools
import re

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from ingestion.extraction.patterns import Caseless

LANGUAGES = (
    "en",
    "fr",
    "es",
    "it",
    "de",
    "pt",
    "id",
    "ms",
    "vi",
    "ar",
    "ja",
    "ko",
    "zh",
    "ru",
    "th",
)

# The identifier mixes up Indonesian and Malay on news text; these words (and
# spellings of country names) are what a reader of either language would go by.
_MALAY_MARKERS = Caseless(
    r"\b(?:kerajaan|jepun|amerika syarikat|daripada|bagi|berkata|persefahaman|"
    r"memeterai|menerusi|agensi|teknologi maklumat|keselamatan siber|beliau|iaitu|"
    r"ialah|boleh|semasa|bahawa|mesyuarat|pegawai|latihan)\b"
)
_INDONESIAN_MARKERS = Caseless(
    r"\b(?:pemerintah|jepang|amerika serikat|mengatakan|kerja sama|kesepahaman|"
    r"teknologi informasi|keamanan siber|presiden|bahwa|yaitu|sebesar|bisa|"
    r"rapat|pejabat|pelatihan|mengungkapkan|menurut)\b"
)


@functools.cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(LANGUAGES))
    return identifier


def normalize_hint(hint: str | None) -> str | None:
    """A metadata language tag ("en-US", "pt_BR", "FR") as a supported code."""
    if not hint:
        return None
    name = hint.strip().lower()
    if name in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[name]
    code = re.split(r"[-_]", name, maxsplit=1)[0]
    code = _OTHER_CODES.get(code, code)
    return code if code in LANGUAGES else None


# What feeds write instead of the ISO code: the language's name in English or in
# itself, the old code for Indonesian, country codes taken for language codes.
_LANGUAGE_NAMES = {
    "english": "en", "french": "fr", "français": "fr", "francais": "fr",
    "spanish": "es", "español": "es", "espanol": "es", "italian": "it",
    "italiano": "it", "german": "de", "deutsch": "de", "portuguese": "pt",
    "português": "pt", "portugues": "pt", "indonesian": "id",
    "bahasa indonesia": "id", "malay": "ms", "bahasa melayu": "ms",
    "bahasa malaysia": "ms", "vietnamese": "vi", "tiếng việt": "vi",
    "arabic": "ar", "العربية": "ar", "japanese": "ja", "日本語": "ja",
    "korean": "ko", "한국어": "ko", "chinese": "zh", "中文": "zh", "简体中文": "zh",
    "russian": "ru", "русский": "ru", "thai": "th", "ไทย": "th", "ภาษาไทย": "th",
}  # fmt: skip
_OTHER_CODES = {"in": "id", "jp": "ja", "kr": "ko", "cn": "zh", "vn": "vi"}


def detect_language(text: str, hint: str | None = None) -> str:
    """The article's language: a valid hint wins unless the text plainly says
    otherwise (a Malay page whose template says lang="en", a feed that labels
    every line "en"); else the identifier decides."""
    hinted = normalize_hint(hint)
    sample = text[:5000]
    if not sample.strip():
        return hinted or "en"
    if hinted and not _long_enough_to_judge(sample):
        return hinted  # too little text to overrule the metadata
    # the first 2,000 characters decide as well as the whole text, at half the cost
    ranked = dict(_identifier().rank(sample[:2000]))
    language = max(ranked, key=ranked.get)
    if hinted and ranked.get(hinted, 0.0) >= _HINT_MIN_PROBABILITY:
        language = hinted
    if language in ("id", "ms"):
        language = _indonesian_or_malay(sample, language)
    return language


# A hint is overruled only on enough text and only when the identifier all but
# rules its language out: on a paragraph of news the identifier gives the right
# language 0.9 or more and a wrong one less than one in a million, while the
# close neighbour Indonesian keeps a few per cent on Malay text (and the words
# only one of them uses decide between the two).
_HINT_CHECK_MIN_CHARS = 200
_HINT_CHECK_MIN_CJK = 50  # a CJK character carries a word or half of one
_HINT_MIN_PROBABILITY = 1e-4


def _long_enough_to_judge(sample: str) -> bool:
    if len(sample) >= _HINT_CHECK_MIN_CHARS:
        return True
    return (
        sum(1 for char in sample if "\u3040" <= char <= "\ud7af") >= _HINT_CHECK_MIN_CJK
    )


def _indonesian_or_malay(text: str, guess: str) -> str:
    """The identifier's guess, unless the words only one language uses outweigh
    the other's by two or more."""
    margin = len(_MALAY_MARKERS.findall(text)) - len(_INDONESIAN_MARKERS.findall(text))
    if margin >= 2:
        return "ms"
    if margin <= -2:
        return "id"
    return guess
