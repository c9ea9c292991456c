"""Regular inflection of nationality adjectives, so the curated tables list only the
dictionary form.

Each function takes the masculine singular and returns every form the news writes,
dictionary form first. A value that already lists several forms (``a|b|c``) is
irregular and is returned as it is, except in German, where the first form is the
adjective stem and the others are nouns.
"""

from __future__ import annotations


def french(word: str) -> list[str]:
    if word.endswith("e"):
        return [word, word + "s"]
    if word.endswith(("s", "x")):
        return [word, word + "e", word + "es"]
    if word.endswith(("en", "on")):
        return [word, word + "ne", word + "s", word + "nes"]
    return [word, word + "e", word + "s", word + "es"]


def spanish(word: str) -> list[str]:
    if word.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "os", stem + "as"]
    if word.endswith(("és", "án", "ón")):
        stem = word[:-2] + {"é": "e", "á": "a", "ó": "o"}[word[-2]] + word[-1]
        return [word, stem + "a", stem + "es", stem + "as"]
    if word.endswith("í"):
        return [word, word + "es", word + "s"]
    if word.endswith(("a", "e")):
        return [word, word + "s"]
    return [word, word + "a", word + "es", word + "as"]


def italian(word: str) -> list[str]:
    if word.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "i", stem + "e"]
    if word.endswith("e"):
        return [word, word[:-1] + "i"]
    if word.endswith("a"):
        stem = word[:-1]
        return [word, stem + "i", stem + "e"]
    return [word]


def portuguese(word: str) -> list[str]:
    if word.endswith("o"):
        stem = word[:-1]
        return [word, stem + "a", stem + "os", stem + "as"]
    if word.endswith("ês"):
        stem = word[:-2] + "es"
        return [word, stem + "a", stem + "es", stem + "as"]
    if word.endswith(("a", "e", "i")):
        return [word, word + "s"]
    return [word]


def german(words: list[str]) -> list[str]:
    """Adjective stems (in -isch, or the first form) take every ending: deutsch,
    deutsche, deutschen...; nouns their plural and feminine: Italiener, Italienern,
    Italienerin, Italienerinnen; Franzose, Franzosen; Französin, Französinnen."""
    forms = []
    for index, word in enumerate(words):
        forms.append(word)
        if index == 0 or word.endswith("isch"):
            forms += [word + ending for ending in ("e", "en", "er", "es", "em")]
        elif word.endswith("er"):
            forms += [word + "n", word + "in", word + "innen"]
        elif word.endswith("e"):
            forms.append(word + "n")
        elif word.endswith("in"):
            forms.append(word + "nen")
    return forms


def arabic(word: str) -> list[str]:
    """The nisba adjective: فرنسي, فرنسية, الفرنسي, الفرنسية, فرنسيون, فرنسيين."""
    if " " in word:
        # a compound (جنوب أفريقي) takes the article on its own terms; keep it plain
        return [word, word + "ة"]
    return [word, word + "ة", "ال" + word, "ال" + word + "ة", word + "ون", word + "ين"]


RUSSIAN_ENDINGS = {
    # французский: after к, г, х, ж, ш, ч, щ the plural and instrumental take и
    "ий": ("ий", "ая", "ое", "ие", "ого", "ому", "ой", "ую", "им", "ом", "их", "ими"),
    # новый
    "ый": ("ый", "ая", "ое", "ые", "ого", "ому", "ой", "ую", "ым", "ом", "ых", "ыми"),
}


def russian(word: str) -> list[str]:
    endings = RUSSIAN_ENDINGS.get(word[-2:])
    if endings is None:
        return [word]
    return [word[:-2] + ending for ending in endings]


UKRAINIAN_ENDINGS = ("ий", "а", "е", "і", "ого", "ому", "ій", "у", "им", "их", "ими")
POLISH_ENDINGS = ("i", "a", "ie", "iego", "iej", "im", "imi", "ą", "ich", "iemu")


def ukrainian(word: str) -> list[str]:
    """французький, французька, французьке, французькі, французького..."""
    if not word.endswith("ий"):
        return [word]
    return [word[:-2] + ending for ending in UKRAINIAN_ENDINGS]


def polish(word: str) -> list[str]:
    """francuski, francuska, francuskie, francuskiego... and the plural of men,
    francuscy (niemiecki: niemieccy)."""
    if not word.endswith("ki"):
        return [word]
    return [word[:-1] + ending for ending in POLISH_ENDINGS] + [word[:-2] + "cy"]


def dutch(word: str) -> list[str]:
    """Frans, Franse; Chinees, Chinese."""
    if word.endswith("ees"):
        return [word, word[:-3] + "ese"]
    return [word, word + "e"]


_DECLINED = {"ru": russian, "uk": ukrainian, "pl": polish, "nl": dutch}

_REGULAR = {"fr": french, "es": spanish, "it": italian, "pt": portuguese}


def inflect(language: str, value: str) -> list[str]:
    """Every form of a curated demonym entry ("français", "deutsch|Deutscher")."""
    forms = [form.strip() for form in value.split("|") if form.strip()]
    if language == "de":
        return german(forms)
    if language in _DECLINED:
        return [form for word in forms for form in _DECLINED[language](word)]
    if len(forms) > 1:
        return forms
    if language == "ar":
        return arabic(forms[0])
    if language in _REGULAR:
        return _REGULAR[language](forms[0])
    return forms


# --- Russian country names in the oblique cases ----------------------------------
#
# Russian news writes "в Германии", "с Вьетнамом", "Казахстана", so a name is
# listed in its genitive, dative, accusative, instrumental and prepositional forms
# too. Names are declined word by word when every word is a noun or adjective of a
# regular pattern, or the conjunction "и" ("Босния и Герцеговина"); anything else
# (hyphenated foreign names, "о-ва", abbreviations) is left as it is.

_CASES = ("gen", "dat", "acc", "ins", "prep")
_RUSSIAN_HUSHING = "кгхжшчщ"
_RUSSIAN_FEMININE_SOFT = {"Беларусь"}
_RUSSIAN_INDECLINABLE = {"Бангладеш"}
_RUSSIAN_FLEETING_VOWEL = {"Египет": "Египт"}
# most plural names have a bare genitive (Филиппин, Мальдив); these take -ов
_RUSSIAN_PLURAL_GENITIVE = {
    "Нидерланды": "Нидерландов",
    "Штаты": "Штатов",
    "Эмираты": "Эмиратов",
}


def _cases(*forms: str) -> dict[str, str]:
    return dict(zip(_CASES, forms, strict=True))


def _russian_noun(word: str) -> dict[str, str] | None:
    """The oblique case forms of a country noun, or None where no rule applies."""
    if word.isupper() or "-" in word or word in _RUSSIAN_INDECLINABLE:
        return None
    if word in _RUSSIAN_FLEETING_VOWEL:
        stem = _RUSSIAN_FLEETING_VOWEL[word]
        return _cases(stem + "а", stem + "у", word, stem + "ом", stem + "е")
    if len(word) > 1 and word[-1] == "а" and word[-2] in "аеиоуыэюя":
        return None  # Никарагуа, Самоа
    stem = word[:-1]
    if word in _RUSSIAN_FEMININE_SOFT:
        return _cases(stem + "и", stem + "и", word, stem + "ью", stem + "и")
    if word.endswith("ия"):
        return _cases(stem + "и", stem + "и", stem + "ю", stem + "ей", stem + "и")
    if word.endswith("я"):
        return _cases(stem + "и", stem + "е", stem + "ю", stem + "ей", stem + "е")
    if word.endswith("а"):
        genitive = stem + ("и" if stem[-1] in _RUSSIAN_HUSHING else "ы")
        # Польшей, Камбоджей: an unstressed ending after ж, ш, ч, щ, ц
        instrumental = stem + ("ей" if stem[-1] in "жшчщц" else "ой")
        return _cases(genitive, stem + "е", stem + "у", instrumental, stem + "е")
    if word.endswith("ы"):
        genitive = _RUSSIAN_PLURAL_GENITIVE.get(word, stem)
        return _cases(genitive, stem + "ам", word, stem + "ами", stem + "ах")
    if word.endswith(("й", "ь")):
        return _cases(stem + "я", stem + "ю", word, stem + "ем", stem + "е")
    if word.endswith("ство"):
        return _cases(stem + "а", stem + "у", word, stem + "ом", stem + "е")
    if word[-1] in "бвгджзклмнпрстфхцчшщ":
        return _cases(word + "а", word + "у", word, word + "ом", word + "е")
    return None  # Того, Перу, Чили: not declined


_RUSSIAN_ADJECTIVE_ENDINGS = {
    "ая": ("ой", "ой", "ую", "ой", "ой"),
    "яя": ("ей", "ей", "юю", "ей", "ей"),
    "ый": ("ого", "ому", "ый", "ым", "ом"),
    "ий": ("ого", "ому", "ий", "им", "ом"),
    "ое": ("ого", "ому", "ое", "ым", "ом"),
    "ые": ("ых", "ым", "ые", "ыми", "ых"),
    "ие": ("их", "им", "ие", "ими", "их"),
}


def _russian_adjective(word: str) -> dict[str, str] | None:
    endings = _RUSSIAN_ADJECTIVE_ENDINGS.get(word[-2:])
    if endings is None or not word[:1].isupper() or "-" in word:
        return None
    return _cases(*(word[:-2] + ending for ending in endings))


def russian_name_forms(name: str) -> list[str]:
    """ "Германия" gives Германии, Германию, Германией; "Южная Корея" gives Южной
    Кореи, Южной Корее, Южную Корею, Южной Кореей."""
    words = name.split()
    declined = []
    for index, word in enumerate(words):
        if word == "и" and 0 < index < len(words) - 1:
            declined.append(dict.fromkeys(_CASES, word))
            continue
        is_last = index == len(words) - 1 or words[index + 1] == "и"
        forms = _russian_noun(word) if is_last else _russian_adjective(word)
        if forms is None:
            return []
        declined.append(forms)
    phrases = [" ".join(forms[case] for forms in declined) for case in _CASES]
    return [phrase for phrase in dict.fromkeys(phrases) if phrase != name]
