"""Dates as articles state them: the publication date of a dateline or byline, and
the dates inside a sentence (days, months, years, ranges, relative days).

Regular expressions per language cover the common shapes; month names come from
the CLDR data in Babel. A date without a year is only completed from the
publication date the text states (or a year the caller knows from the same
sentence); relative dates ("last Tuesday", "le mois dernier", "先月") resolve only
against a stated publication date. Everything is compiled once, at import.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from ingestion.extraction.patterns import Caseless, Gate

LANGUAGES = [
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
    "nl",
    "pl",
    "tr",
    "sv",
    "ro",
    "cs",
    "el",
    "uk",
]


@dataclass(frozen=True)
class FoundDate:
    start: int  # character offsets into the segment searched
    end: int
    value: str | None  # YYYY-MM-DD, YYYY-MM or YYYY; None when it cannot be settled
    end_value: str | None = None  # the last day of a range
    open_ended: bool = False  # "from Dec 16 to today": the end is unknown
    relative: bool = False  # resolved against the publication date


# Arabic-Indic, Persian, Thai and full-width digits, one character for one, so
# every offset found in the converted text holds in the text as written
_ASCII_DIGITS = str.maketrans(
    {
        chr(base + i): str(i)
        for base in (0x0660, 0x06F0, 0x0E50, 0xFF10)
        for i in range(10)
    }
)


_OTHER_DIGIT = re.compile("[" + "".join(chr(c) for c in _ASCII_DIGITS) + "]")


def _ascii_digits(text: str) -> str:
    # translate() looks every character up in the table: most text has none
    if text.isascii() or _OTHER_DIGIT.search(text) is None:
        return text
    return text.translate(_ASCII_DIGITS)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


# --- month and weekday names ------------------------------------------------------

_EXTRA_MONTHS = {
    # spellings CLDR lacks: English and Romance abbreviations, Arabic Levantine
    # and Maghrebi month names, Malay and Indonesian variants
    "sept": 9,
    "setiembre": 9,
    "agt": 8,
    "ags": 8,
    "kanun al-thani": 1,
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    "جانفي": 1,
    "فيفري": 2,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "أوت": 8,
    "ابريل": 4,
    # Russian months after "в": "в мае", "в октябре"
    "январе": 1,
    "феврале": 2,
    "марте": 3,
    "апреле": 4,
    "мае": 5,
    "июне": 6,
    "июле": 7,
    "августе": 8,
    "сентябре": 9,
    "октябре": 10,
    "ноябре": 11,
    "декабре": 12,
    "اغسطس": 8,
    "اكتوبر": 10,
}

_MONTHS: dict[str, int] = {}  # folded name -> month number
_MONTH_SURFACES: set[str] = set()  # the names as written, for the patterns
# the full names (folded): an abbreviation ("mar", "set", "ago") is also a word
# ("en mar abierto", "set 2025 as"), so it is a month only beside a day, or
# with its full stop or capital beside a year
_FULL_MONTHS: set[str] = set()
for _lang in LANGUAGES:
    if _lang in ("ja", "ko", "zh", "vi"):
        continue  # numeric months, handled by their own patterns
    for _width in ("wide", "abbreviated"):
        for _context in ("format", "stand-alone"):
            _names = get_month_names(_width, context=_context, locale=_lang)
            for _number, _name in _names.items():
                _name = _name.casefold().rstrip(".")
                if len(_name) >= 3 and not _name[0].isdigit():
                    _MONTHS.setdefault(_fold(_name), _number)
                    _MONTH_SURFACES.update((_name, _fold(_name)))
                    if _width == "wide":
                        _FULL_MONTHS.add(_fold(_name))
for _name, _number in _EXTRA_MONTHS.items():
    _MONTHS.setdefault(_fold(_name), _number)
    _MONTH_SURFACES.update((_name, _fold(_name)))
    if _name not in ("sept", "agt", "ags"):
        _FULL_MONTHS.add(_fold(_name))


def _full_month(name: str) -> bool:
    return _fold(name).rstrip(".") in _FULL_MONTHS


# "mar" is Spanish/Italian/English March, but "may"/"mai" etc. are also words;
# the patterns require a day or a year next to a month name, which keeps them.

_WEEKDAYS: dict[str, int] = {}  # folded name -> Monday=0
_WEEKDAY_SURFACES: set[str] = set()
# folded name -> the languages it is a weekday in: Portuguese "segunda" is the
# Spanish "second", Indonesian "minggu" the Malay "week"
_WEEKDAY_LANGUAGES: dict[str, set[str]] = {}
for _lang in LANGUAGES:
    if _lang in ("ja", "ko", "zh", "th"):
        continue  # no word boundaries: _WEEKDAY_CJK handles ja, ko and zh
    _names = get_day_names("wide", locale=_lang)
    for _number, _name in _names.items():
        _WEEKDAYS.setdefault(_fold(_name), _number)
        _WEEKDAY_SURFACES.update((_name.casefold(), _fold(_name)))
        _WEEKDAY_LANGUAGES.setdefault(_fold(_name), set()).add(_lang)
_EXTRA_WEEKDAY_LANGUAGES = {
    "lunedi": "it", "martedi": "it", "mercoledi": "it", "giovedi": "it",
    "venerdi": "it", "segunda": "pt", "terca": "pt", "terça": "pt", "quarta": "pt",
    "quinta": "pt", "sexta": "pt", "ahad": "ms id", "minggu": "id", "jumat": "id ms",
    "jum'at": "id ms", "thu hai": "vi", "thu ba": "vi", "thu tu": "vi", "thu nam": "vi",
    "thu sau": "vi", "thu bay": "vi", "chu nhat": "vi", "الإثنين": "ar",
    "الاثنين": "ar", "الاربعاء": "ar", "الاحد": "ar",
}  # fmt: skip
for _name, _langs in _EXTRA_WEEKDAY_LANGUAGES.items():
    _WEEKDAY_LANGUAGES.setdefault(_fold(_name), set()).update(_langs.split())
for _name, _number in {
    "lunedi": 0,
    "martedi": 1,
    "mercoledi": 2,
    "giovedi": 3,
    "venerdi": 4,
    "segunda": 0,
    "terca": 1,
    "terça": 1,
    "quarta": 2,
    "quinta": 3,
    "sexta": 4,
    "ahad": 6,
    "minggu": 6,
    "jumat": 4,
    "jum'at": 4,
    "thu hai": 0,
    "thu ba": 1,
    "thu tu": 2,
    "thu nam": 3,
    "thu sau": 4,
    "thu bay": 5,
    "chu nhat": 6,
    # Arabic spellings with and without hamza: "الإثنين", "الاربعاء", "الاحد"
    "الإثنين": 0,
    "الاثنين": 0,
    "الاربعاء": 2,
    "الاحد": 6,
    # Russian weekdays after "в" take the accusative: "в среду", "в пятницу"
    "среду": 2,
    "пятницу": 4,
    "субботу": 5,
    "понедельника": 0,
    "вторника": 1,
    "среды": 2,
    "четверга": 3,
    "пятницы": 4,
    "субботы": 5,
    "воскресенья": 6,
}.items():
    _WEEKDAYS.setdefault(_name, _number)
    _WEEKDAY_SURFACES.add(_name)
    if _name[0] in "пвсчу":  # the Russian cases
        _WEEKDAY_LANGUAGES.setdefault(_name, set()).add("ru")


def _alternation(names) -> str:
    """One expression for many names, as a tree of shared prefixes ("ma(?:rch|y)"):
    the regex engine then tries a few first letters at each position instead of
    every name. A longer name is tried before a shorter one it starts with, as in
    an alternation sorted longest first."""
    tree: dict = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def branches(node: dict) -> str:
        alternatives = [
            re.escape(char) + branches(child) for char, child in node.items() if char
        ]
        if not alternatives:
            return ""
        body = "|".join(alternatives)
        if len(alternatives) > 1 or "" in node:
            body = f"(?:{body})"
        return f"{body}?" if "" in node else body

    return "|".join(
        re.escape(char) + branches(child) for char, child in tree.items() if char
    )


_MONTH = rf"(?:{_alternation(_MONTH_SURFACES)})\.?"
_WEEKDAY = rf"(?:{_alternation(_WEEKDAY_SURFACES)})"
MONTH_NAME = _MONTH  # for the sentence splitter: "am 19. Mai" goes on
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|º|°|\.)?"
# Thai dates count years from 543 BC: 2567 is 2024.
_YEAR = r"(?:19[5-9]\d|20\d\d|25[4-9]\d)(?:\s*(?:م|г\.|年|년))?"
# a byline's year may run into its time when a page is scraped: "March 4, 20255:30 PM"
_GLUED_TIME = r"(?:(?=\d{1,2}:\d\d)\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?"
_RANGE_SEP = (
    # "bis zum", "jusqu'au", "hasta el", "fino al", "até ao" before their first word
    r"\s*(?:bis zum|bis zur|jusqu['’]au|hasta el|hasta|fino al|até ao|até o|até|"
    r"sampai dengan|-|–|—|to|through|until|and|au|et|à|al|y|a|e|bis|und|dan|hingga|sampai|"
    r"s\.d\.|s/d|đến|tới|và|إلى|و|по|и)\s*"
)


def _month_number(name: str) -> int | None:
    return _MONTHS.get(_fold(name).rstrip("."))


# Groups: d1, d2 (range end day), m2 (second month, for "30 Nov - 2 Dec"), m, y
_DAY_FIRST = Caseless(
    rf"(?<![\w\d])(?:(?:du|del|dal|vom|from|entre|dari|từ|tra|between|с)\s+)?"
    rf"(?:le\s+|el\s+|il\s+|ngày\s+|tanggal\s+|tgl\.?\s+)?"
    rf"(?P<d1>{_DAY})(?:,\s*{_DAY}){{0,5}}(?:\s+(?:de\s+)?(?P<m1>{_MONTH}))?"
    rf"(?:{_RANGE_SEP}(?:le\s+|el\s+|il\s+)?(?P<d2>{_DAY}))?"
    rf"\s*(?:de\s+|of\s+|من\s+(?:شهر\s+)?|شهر\s+)?(?P<m>{_MONTH})"
    rf"(?:,?\s*(?:de\s+|del\s+|of\s+|năm\s+|พ\.ศ\.\s*|ค\.ศ\.\s*)?(?P<y>{_YEAR})"
    # Thai runs the next word on: "ในวันที่ 20 มีนาคมนี้"
    rf"{_GLUED_TIME})?(?![^\W\u0e00-\u0e7f])"
)
_MONTH_FIRST = Caseless(
    rf"(?<![\w])(?P<m>{_MONTH})\s+(?P<d1>{_DAY})"
    rf"(?:{_RANGE_SEP}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?"
    rf"(?:,?\s+(?P<y>{_YEAR}){_GLUED_TIME})?(?![\w\d])"
)
# Thai writes no space between words: "ในเดือนเมษายน 2568" (in the month of April);
# "de" after a month stands alone, or Spanish "desde 2021" would be "Des(ember) de"
_MONTH_YEAR = Caseless(
    rf"(?<![^\W\u0e00-\u0e7f])(?P<m>{_MONTH})(?:\s+(?:de|del|of)\s+|\s*,?\s*)(?P<y>{_YEAR})(?![\w\d])"
)
# A month alone needs a preposition, or English "may" and friends would match.
_MONTH_ALONE = Caseless(
    rf"(?<![\w])(?:(?:in|en|em|im|nel|a|di|pada|trong|dans|since|desde|dal|seit|ab|"
    rf"from|à partir de|a partir de|a partire da|mulai|"
    rf"fin|в|early|late|mid|début|finales\s+de|principios\s+de|inizio|fine|في|au|"
    rf"خلال|مطلع|أواخر|منتصف|Mitte|Anfang|Ende|metà|mediados\s+de|meados\s+de|"
    rf"pertengahan|awal|akhir|courant|"
    # "в конце апреля", "к концу мая": Russian months in the genitive
    rf"конце|начале|середине|концу|конца|"
    # "the end of April", "by April", "no final de abril", "في نهاية أبريل"
    rf"of|by|before|until|final|início|inicio|começo|fim|نهاية|بداية|أوائل|أواسط)\s+"
    rf"|(?:mid|mi)-)"
    # "خلال شهر أبريل", "pada bulan April", "en el mes de abril": the word month
    rf"(?:(?:شهر|bulan|the\s+month\s+of|el\s+mes\s+de|o\s+m[eê]s\s+de|"
    rf"il\s+mese\s+di|(?:le\s+)?mois\s+d['’e]\s*)\s*)?"
    rf"(?:(?:de|del|di|d')\s*)?(?P<m>{_MONTH})(?![\w])"
)
# Thai years after the era: "พ.ศ. 2568", "ค.ศ. 2025". (After the word for year,
# "ในปี 2569", they would be as sure, but an agreement then takes the year of
# the next event named after it in the sentence: left until that is settled.)
_THAI_YEAR = re.compile(rf"(?:ปีงบประมาณ|พ\.ศ\.|ค\.ศ\.)\s*(?P<y>{_YEAR})(?!\d)")
# Thai press abbreviates the Buddhist year to two digits: "4 มี.ค. 68" is 2025
_THAI_MONTH_NAMES = sorted(
    {
        name.rstrip(".")
        for width in ("wide", "abbreviated")
        for name in get_month_names(width, locale="th").values()
    },
    key=len,
    reverse=True,
)
_THAI_SHORT_YEAR = re.compile(
    rf"(?<!\d)(?P<d>[12]\d|3[01]|0?[1-9])\s*"
    rf"(?P<m>{'|'.join(re.escape(n) for n in _THAI_MONTH_NAMES)})\.?\s*"
    r"(?P<y>[5-9]\d)(?![\d:.])"
)
# Thai writes the month after the word for month, with no space: "ในเดือนสิงหาคมนี้"
_THAI_MONTH_ALONE = re.compile(rf"เดือน\s*(?P<m>{_MONTH})")
_DIGIT = re.compile(r"\d")
_ISO = re.compile(
    r"(?<![\d.-])(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>\d{1,2})(?P=sep)"
    r"(?P<d>\d{1,2})(?![\d])"
    # Korean press spaces its dotted dates: "2025. 3. 4."
    r"|(?<![\d.])(?P<ky>(?:19|20)\d\d)\.\s+(?P<km>1[0-2]|0?[1-9])\.\s+"
    r"(?P<kd>[12]\d|3[01]|0?[1-9])(?![\d])"
)
# Japanese era years: "令和7年3月4日", "令和7年度" (the fiscal year named by its start)
_JA_ERA = re.compile(
    r"(?P<era>令和|平成)\s*(?P<n>\d{1,2}|元)\s*年(?:度)?"
    r"(?:\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*日)?)?"
)
_ERA_START = {"令和": 2018, "平成": 1988}
# A day of a month named relative to the publication's: "el 4 de este mes", "no
# dia 4 do mês passado", "am 4. dieses Monats", "4 текущего месяца"
_DAY_OF_MONTH_WORD = Caseless(
    r"(?<![\w\d])(?:(?:el|le|il|o|no|na|am|pada|ngày)\s+)?(?:d[ií]a\s+)?"
    r"(?P<d>[12]\d|3[01]|0?[1-9])\.?\s+(?:(?:(?:de|del|do|da|of|di|du|des)(?!\w)|dell['’])\s*)?"
)
# A day written alone after the word for day: "el pasado día 5", "no dia 4",
# "il giorno 4": the publication's month, or the one before if it is to come
_DAY_WORD_ALONE = Caseless(
    r"(?<![\w])(?:(?:el|o|no|il|al|del|do)\s+)?(?:(?P<past>pasado|passado)\s+|"
    r"(?P<next>próximo|prossimo)\s+)?(?:d[ií]a|giorno)\s+(?P<d>[12]\d|3[01]|0?[1-9])"
    rf"(?!\s*(?:de\s+|del\s+|of\s+|di\s+)?{_MONTH}(?!\w))(?![\d/.,-]\d)(?!\s*\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})(?![\d])"
)
# a range of days before one numeric month and year: "3-5/3/2025", "04.-06.03.2025",
# "vom 4. bis 6.3.2025"
_NUMERIC_RANGE = Caseless(
    r"(?<![\d/.])(?P<d1>[12]\d|3[01]|0?[1-9])\.?\s*(?:-|–|bis(?:\s+zum)?|hingga|"
    r"sampai|s\.d\.|s/d|au|al|a|à)\s*(?P<d2>[12]\d|3[01]|0?[1-9])(?P<sep>[/.])"
    r"(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<y>\d{4})(?![\d])"
)
# a weekday with its day (and month) in brackets: "Rabu (5/3)", "thứ Tư (5/3)",
# "Selasa (4/3/2025)", Brazilian "quarta-feira (5)"
_WEEKDAY_BRACKET = Caseless(
    rf"(?<![\w])(?P<wd>{_WEEKDAY})(?:-feira)?(?:\s+[^\W\d]{{2,9}})?\s*\(\s*"
    r"(?P<d>[12]\d|3[01]|0?[1-9])"
    r"(?:\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}|\d{2}))?)?\s*\)"
)
# Arabic days written as ordinals: "في الرابع من مارس", "الحادي والعشرين من أبريل"
_AR_UNITS = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع",
             "الثامن", "التاسع"]  # fmt: skip
_AR_ORDINALS = {name: i + 1 for i, name in enumerate(_AR_UNITS)}
_AR_ORDINALS["العاشر"] = 10
_AR_ORDINALS["الحادي عشر"] = 11
for _i, _name in enumerate(_AR_UNITS[1:], start=12):
    _AR_ORDINALS[f"{_name} عشر"] = _i
_AR_ORDINALS["العشرين"] = 20
_AR_ORDINALS["الثلاثين"] = 30
for _tens, _word in ((20, "العشرين"), (30, "الثلاثين")):
    for _i, _name in enumerate(["الحادي", *_AR_UNITS[1:]], start=1):
        if _tens + _i <= 31:
            _AR_ORDINALS[f"{_name} و{_word}"] = _tens + _i
_AR_ORDINAL_DATE = re.compile(
    r"(?<![^\W\d_])(?P<ord>"
    + "|".join(sorted(map(re.escape, _AR_ORDINALS), key=len, reverse=True))
    + rf")\s+من\s+(?:شهر\s+)?(?P<m>{_MONTH})(?:\s+(?:عام\s+)?(?P<y>{_YEAR}))?"
)
# the sign that closes a day, or two days: "4、5の両日" (both the 4th and the 5th)
_CJK_DAY_SIGN = r"(?:[日일]|の?両日)"
_CJK_RANGE_AHEAD = (
    rf"(?=\s*[-–—~〜～∼至到、,]\s*(?:[12]\d|3[01]|0?[1-9])\s*{_CJK_DAY_SIGN})"
)
# Between two days: a dash or a word for "to"; a list mark only where the first
# day has no sign of its own and shares the second's ("3月4、5日", "4, 5일")
_CJK_RANGE_MARK = (
    r"(?(sign)(?:[-–—~〜～∼]|から|부터|至|到)|(?:[-–—~〜～∼、,]|から|부터|至|到))"
)
_CJK = re.compile(
    r"(?:(?P<y>\d{4})\s*[年년]\s*)?(?P<m>\d{1,2})\s*[月월]\s*(?P<d1>\d{1,2})"
    # the first day of a range may go without its 日: "5월 20~22일", "3月3—5日"
    rf"(?:\s*(?P<sign>[日일])|{_CJK_RANGE_AHEAD})"
    rf"(?P<range>\s*{_CJK_RANGE_MARK}\s*(?:(?P<y2>\d{{4}})\s*[年년]\s*)?"
    rf"(?:(?P<m2>\d{{1,2}})\s*[月월]\s*)?"
    rf"(?P<d2>\d{{1,2}})\s*{_CJK_DAY_SIGN})?"
)
_CJK_MONTH = re.compile(r"(?P<y>\d{4})\s*[年년]\s*(?P<m>\d{1,2})\s*[月월](?!\s*\d)")
_CJK_YEAR = re.compile(r"(?P<y>(?:19|20)\d\d)\s*[年년](?!\s*\d)")
_VI = Caseless(
    r"(?<![\w])(?:ngày\s+)?(?P<d1>\d{1,2})"
    r"(?:\s*(?:[-–]|đến|và)\s*(?:ngày\s+)?(?P<d2>\d{1,2}))?"
    r"(?:\s*/\s*|\s+tháng\s+)(?P<m>\d{1,2})"
    r"(?:(?:\s*/\s*|\s*,?\s+năm\s+)(?P<y>\d{4}))?(?![\d/])"
)
# "từ ngày 30/9 đến ngày 2/10/2025": a range across two months
_VI_ACROSS = Caseless(
    r"(?<![\w])(?:ngày\s+)?(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})"
    r"\s*(?:[-–]|đến|tới)\s*(?:ngày\s+)?(?P<d2>\d{1,2})\s*/\s*(?P<m2>\d{1,2})"
    r"(?:\s*/\s*(?P<y>\d{4}))?(?![\d/])"
)
_VI_MONTH = Caseless(
    r"(?<![\w])tháng\s+(?P<m>\d{1,2})(?:\s*/\s*|\s+năm\s+)(?P<y>\d{4})"
)
_VI_MONTH_ALONE = Caseless(r"(?<![\w])tháng\s+(?P<m>1[0-2]|0?[1-9])(?![\d/])")
# "지난달 20일", "先月20日", "11日": a day whose month is the publication's (or the
# one before or after it); "오는 9월", "10月": a month whose year is settled likewise.
_CJK_DAY_ONLY = re.compile(
    r"(?:(?P<rel>先月|今月|来月|上月|本月|下月|上个月|下个月|지난달|이달|이번 달|다음 달|"
    r"다음달|지난|오는)\s*|(?<![\d月월.]))(?P<d>[12]\d|3[01]|0?[1-9])"
    rf"(?:\s*(?P<sign>[日일])(?![\d])(?!\s*(?:前|전|間|간|동안))|{_CJK_RANGE_AHEAD})"
    rf"(?P<range>\s*{_CJK_RANGE_MARK}\s*(?P<d2>[12]\d|3[01]|0?[1-9])\s*{_CJK_DAY_SIGN})?"
    # "3~4일간", "2～3日前": a length of time or a time ago, not days
    r"(?!(?<=[日일])\s*(?:前|전|間|간|동안))"
)
_CJK_MONTH_ALONE = re.compile(
    r"(?P<rel>오는|지난|来る|去る)?\s*(?<![\d.])(?<!\d年)(?<!\d년)(?P<m>1[0-2]|0?[1-9])\s*[月월]"
    r"(?!\s*\d)"
)
_YEAR_ALONE = Caseless(
    rf"(?<![\w])(?:(?:in|en|em|im|nel|al|del|au|à|nell'anno|dans|pada|tahun|năm|of|"
    rf"para|for|per|für|pour|في|عام|العام|"
    # "Bereits 2021 hatten ...", "Dès 2021, ...", "Ещё в 2021 году", "منذ 2021"
    rf"already|since|bereits|schon|seit|dès|depuis|desde|già|já|sejak|sudah|в|"
    rf"منذ|"
    # a year something is due by: "by 2027", "d'ici 2027", "entro il 2027", "к 2027 году"
    rf"by|d['’]ici|entro(?:\s+il)?|к|"
    # a part of the year that gives the year only: "early 2026", "a principios
    # de 2026", "Anfang 2027", "pada awal 2026", "مطلع 2026", "в начале 2026 года"
    rf"early|late|mid|the\s+end\s+of|début|fin|courant|principios\s+de|"
    rf"comienzos\s+de|inicios\s+de|finales\s+de|mediados\s+de|inizio|fine|metà|"
    rf"Anfang|Ende|Mitte|início\s+de|começo\s+de|final\s+de|fim\s+de|"
    rf"meados\s+de|awal|akhir|pertengahan|hujung|đầu|cuối|giữa|مطلع|أوائل|"
    rf"أواخر|منتصف|بداية|نهاية|начале|конце|середине)\s+(?:(?:le|el|il|the)\s+)?"
    rf"|(?:mid|mi|end|early|late)-)"
    rf"(?:(?:year|année|año|anno|ano|Jahr)\s+)?(?P<y>{_YEAR})(?![\w\d])"
)

# --- relative dates ---------------------------------------------------------------

_PAST = (
    r"last|past|dernier|dernière|derniers|dernières|passé|passés|passées|pasado|"
    r"pasada|pasados|pasadas|scorso|scorsa|scorsi|scorse|vergangenen|vergangene|"
    r"letzten|letzte|passado|passada|passados|passadas|lalu|lepas|trước|vừa qua|"
    r"الماضي|الماضية|المنصرم|previous|прошлый|прошлую|прошлой|минувший|минувшую|"
    r"минувшей"
)
_NEXT = (
    r"next|coming|prochain|prochaine|prochains|prochaines|próximo|próxima|próximos|"
    r"próximas|prossimo|prossima|prossimi|prossime|nächsten|nächste|nächstes|"
    r"kommenden|kommende|kommendes|depan|mendatang|hadapan|tới|sắp tới|القادم|"
    r"القادمة|المقبل|المقبلة|upcoming|следующий|следующую|ближайший|ближайшую"
)
_THIS = (
    r"this|ce|cette|este|esta|questo|questa|diese|dieser|diesen|nesta|neste|desta|"
    r"deste|ini|này|hari"
)
# "this Wednesday", "ce mercredi", "nesta quarta", "Rabu ini", "thứ Tư này": the
# Wednesday of the publication's own week, whether past or to come
_THIS_WEEK_CUES = frozenset(
    [
        "this",
        "ce",
        "cette",
        "este",
        "esta",
        "questo",
        "questa",
        "diese",
        "dieser",
        "diesen",
        "nesta",
        "neste",
        "desta",
        "deste",
        "ini",
        "nay",
    ]
)

_WEEKDAY_RE = Caseless(
    rf"(?:(?<![\w])|(?<=\sو))(?:(?P<pre>{_PAST}|{_NEXT}|{_THIS}|on|le|el|il|am|no|na|pada|"
    rf"vào|hôm)\s+)?(?P<wd>{_WEEKDAY})(?:-feira)?(?:\s+(?P<post>{_PAST}|{_NEXT}|ini|này))?"
    rf"(?![\w])"
)
_WEEKDAY_CJK = re.compile(
    r"(?P<pre>先週|来週|今週|지난주|다음\s*주|이번\s*주|上周|下周|本周|这周|上星期|"
    r"下星期|上个星期|下个星期|上|下|本|这)?\s*の?\s*"
    r"(?P<wd>[月火水木金土日]曜日?|[월화수목금토일]요일|(?:周|星期|礼拜)[一二三四五六日天])"
)
_CJK_WEEKDAYS = (
    {c: i for i, c in enumerate("月火水木金土日")}
    | {c: i for i, c in enumerate("월화수목금토일")}
    | {c: i for i, c in enumerate("一二三四五六日")}
    | {"天": 6}
)
# the week a weekday is named in: "先週の火曜日", "上周二", "지난주 화요일"
_CJK_WEEK_OFFSET = {"先": -1, "지난": -1, "上": -1, "来": 1, "다음": 1, "下": 1}
_THAI_WEEKDAY = re.compile(
    r"วัน(?P<wd>จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|พฤหัส|ศุกร์|เสาร์|อาทิตย์)"
    r"(?P<post>ที่ผ่านมา|ที่แล้ว|หน้า)?"
)
_THAI_WEEKDAYS = {
    "จันทร์": 0,
    "อังคาร": 1,
    "พุธ": 2,
    "พฤหัสบดี": 3,
    "พฤหัสฯ": 3,
    "พฤหัส": 3,
    "ศุกร์": 4,
    "เสาร์": 5,
    "อาทิตย์": 6,
}
# "Tuesday of last week", "el martes de la semana pasada", "thứ Ba tuần trước":
# the Tuesday of the calendar week before the publication's
_LAST_WEEK_WORDS = (
    r"last week|la semaine dernière|la semana pasada|la settimana scorsa|"
    r"(?:letzte[rn]?|vergangene[rn]?) Woche|(?:da|na) semana passada|pekan lalu|"
    r"minggu lalu|minggu lepas|tuần trước|tuần qua|на прошлой неделе|"
    r"الأسبوع الماضي"
)
_NEXT_WEEK_WORDS = (
    r"next week|la semaine prochaine|la próxima semana|la semana próxima|"
    r"la settimana prossima|(?:nächste[rn]?|kommende[rn]?) Woche|(?:da|na) próxima semana|"
    r"pekan depan|minggu depan|minggu hadapan|tuần tới|tuần sau|на следующей неделе|"
    r"الأسبوع المقبل|الأسبوع القادم"
)
_WEEKDAY_OF_WEEK = Caseless(
    rf"(?<![\w])(?P<wd>{_WEEKDAY})(?:-feira)?,?\s+"
    rf"(?:(?:de|of|della|da|der|des|من)\s+)?"
    rf"(?:(?P<last>{_LAST_WEEK_WORDS})|(?P<next>{_NEXT_WEEK_WORDS}))(?![\w])"
)


@dataclass(frozen=True)
class _Relative:
    pattern: re.Pattern
    unit: str  # "day", "month", "year", "week"
    offset: int


# Latin (with Vietnamese), Cyrillic and Arabic letters
_LETTER = r"[A-Za-zÀ-ɏḀ-ỿЀ-ӿء-يٱ-ۓ]"


def _rel(words: str, unit: str, offset: int) -> _Relative:
    # only letters of spaced scripts bound a word: "明年" has no spaces around it
    return _Relative(
        re.compile(rf"(?<!{_LETTER})(?:{words})(?!{_LETTER})", re.IGNORECASE),
        unit,
        offset,
    )


_RELATIVES = (
    # the day before yesterday first: "kemarin lusa", "أمس الأول" hold "yesterday"
    _rel(
        r"the day before yesterday|avant-hier|anteayer|l'altro ieri|vorgestern|"
        r"anteontem|kemarin lusa|hôm kia|一昨日|그저께|그제|前天|أمس الأول|أول أمس|"
        r"позавчера",
        "day",
        -2,
    ),
    _rel(
        r"yesterday|hier|ayer|ieri|gestern|ontem|kemarin|kelmarin|semalam|hôm qua|"
        r"昨日|어제|أمس|вчера|昨天|เมื่อวานนี้|เมื่อวาน",
        "day",
        -1,
    ),
    _rel(
        r"today|aujourd'hui|aujourd’hui|hoy|oggi|heute|hoje|hari ini|hôm nay|"
        r"本日|今日|오늘|اليوم|сегодня|今天",
        "day",
        0,
    ),
    _rel(
        r"tomorrow|demain|mañana|domani|morgen|amanhã|besok|esok|ngày mai|"
        r"明日|내일|غدا|завтра|明天",
        "day",
        1,
    ),
    _rel(
        r"last month|le mois dernier|el mes pasado|il mese scorso|"
        r"(?:im )?letzten Monat|(?:im )?vergangenen Monat|o mês passado|mês passado|bulan lalu|"
        r"tháng trước|先月|지난달|الشهر الماضي|в прошлом месяце|上个月|上月|"
        r"เดือนที่แล้ว|เดือนก่อน|เดือนที่ผ่านมา|"
        # after "del", "du", "della", "des" and a part of the month: "a finales
        # del mes pasado", "à la fin du mois dernier", "Ende vergangenen Monats"
        r"mes pasado|mois dernier|mese scorso|(?:des )?vergangenen Monats|"
        r"(?:des )?letzten Monats|(?:des )?Vormonats|mês passado|прошлого месяца|"
        r"الشهر المنصرم",
        "month",
        -1,
    ),
    _rel(
        r"this month|ce mois-ci|este mes|questo mese|(?:in )?diesem Monat|este mês|"
        r"bulan ini|tháng này|今月|이번 달|هذا الشهر|本月|deste mês|neste mês|"
        # "el 4 del presente mes", "le 4 du mois en cours", "il 4 del mese in corso"
        r"presente mes|mes en curso|corriente mes|mois en cours|mese in corso|"
        r"mese corrente|mês corrente|mês em curso|bulan berjalan|"
        r"(?:des )?laufenden Monats|dieses Monats|этого месяца|текущего месяца|"
        r"в этом месяце|الشهر الجاري|เดือนนี้",
        "month",
        0,
    ),
    _rel(
        r"next month|le mois prochain|el próximo mes|el mes que viene|"
        r"il prossimo mese|il mese prossimo|(?:im )?nächsten Monat|"
        r"(?:o )?próximo mês|bulan depan|tháng tới|tháng sau|来月|다음 달|"
        r"الشهر المقبل|الشهر القادم|下个月|下月|เดือนหน้า|"
        r"próximo mes|mes próximo|mes que viene|mois prochain|prossimo mese|"
        r"mese prossimo|(?:des )?nächsten Monats|(?:des )?kommenden Monats|"
        r"próximo mês|следующего месяца|в следующем месяце|bulan hadapan",
        "month",
        1,
    ),
    _rel(
        r"last year|l'année dernière|l’année dernière|l'an dernier|l’an dernier|"
        r"el año pasado|el pasado año|año pasado|anno scorso|l'anno scorso|l’anno scorso|lo scorso anno|"
        r"l'anno passato|l’anno passato|letztes Jahr|(?:im )?letzten Jahr|"
        r"(?:des )?vergangenen Jahres|(?:des )?letzten Jahres|(?:des )?Vorjahres|"
        r"(?:im )?vergangenen Jahr|o ano passado|ano passado|tahun lalu|tahun lepas|"
        r"в прошлом году|năm ngoái|năm trước|昨年|去年|작년|지난해|العام الماضي|"
        r"السنة الماضية|العام المنصرم|прошлого года|ปีที่แล้ว|ปีก่อน",
        "year",
        -1,
    ),
    _rel(
        r"this year|cette année|este año|quest'anno|quest’anno|dieses Jahr|"
        r"in diesem Jahr|este ano|tahun ini|năm nay|今年|올해|هذا العام|今年|"
        # the current year and its end ("d'ici la fin de l'année", "до конца
        # года"): "the end of last year" is taken by "last year" above
        r"the current year|the end of the year|year-end|year's end|"
        r"l'année en cours|l’année en cours|fin de l'année|fin de l’année|"
        r"fin d'année|fin d’année|el año en curso|el presente año|fin de año|"
        r"fin del año|finales de año|final de año|final del año|l'anno in corso|"
        r"l’anno in corso|fine anno|fine dell'anno|fine dell’anno|entro l'anno|"
        r"entro l’anno|laufenden Jahres|Ende des Jahres|Jahresende|ano em curso|"
        r"corrente ano|deste ano|final do ano|fim do ano|akhir tahun|hujung tahun|"
        r"cuối năm|العام الجاري|السنة الجارية|نهاية العام|هذه السنة|年内|年末|"
        r"年底|연내|연말|в этом году|текущего года|этого года|конца года|"
        r"нынешнего года|ปีนี้|"
        # "later in the year", "im Laufe des Jahres", "au cours de l'année"
        r"later in the year|earlier in the year|in the course of the year|"
        r"im Laufe des Jahres|au cours de l'année|au cours de l’année|"
        r"nel corso dell'anno|nel corso dell’anno|a lo largo del año|"
        r"en el transcurso del año|ao longo do ano|sepanjang tahun ini|"
        r"в течение этого года",
        "year",
        0,
    ),
    _rel(
        r"next year|l'année prochaine|l’année prochaine|l'an prochain|"
        r"el próximo año|el año que viene|próximo año|año próximo|año que viene|"
        r"anno prossimo|l'anno prossimo|il prossimo anno|"
        r"nächstes Jahr|im nächsten Jahr|im kommenden Jahr|kommendes Jahr|"
        r"(?:des )?kommenden Jahres|(?:des )?nächsten Jahres|"
        r"(?:o )?próximo ano|tahun depan|năm tới|"
        r"năm sau|来年度|来年|내년|العام المقبل|明年|ปีหน้า|"
        r"العام القادم|السنة المقبلة|السنة القادمة|в следующем году|"
        r"в будущем году|следующего года|будущего года|tahun mendatang|"
        r"tahun hadapan|ano que vem|próximo ano",
        "year",
        1,
    ),
    _rel(
        r"this week|cette semaine|esta semana|questa settimana|diese Woche|"
        r"in dieser Woche|minggu ini|pekan ini|tuần này|今週|이번 주|هذا الأسبوع|本周|"
        r"на этой неделе|на текущей неделе|สัปดาห์นี้",
        "week",
        0,
    ),
    _rel(
        r"last week|la semaine dernière|la semana pasada|la settimana scorsa|"
        r"letzte Woche|vergangene Woche|semana passada|minggu lalu|pekan lalu|"
        r"tuần trước|tuần qua|先週|지난주|الأسبوع الماضي|上周|minggu lepas|"
        r"minggu yang lalu|pekan yang lalu|на прошлой неделе|สัปดาห์ที่แล้ว|"
        r"สัปดาห์ก่อน",
        "week",
        -1,
    ),
    _rel(
        r"next week|la semaine prochaine|la próxima semana|la settimana prossima|"
        r"nächste Woche|próxima semana|minggu depan|pekan depan|tuần tới|tuần sau|"
        r"来週|다음 주|الأسبوع المقبل|下周|minggu hadapan|на следующей неделе|"
        r"สัปดาห์หน้า",
        "week",
        1,
    ),
)


# "two days ago", "il y a trois semaines", "hace dos días", "3日前", "قبل يومين"
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "deux": 2, "trois": 3, "quatre": 4,
    "cinq": 5, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "due": 2, "tre": 3,
    "quattro": 4, "cinque": 5, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
    "dois": 2, "duas": 2, "três": 3, "quatro": 4, "dua": 2, "tiga": 3, "empat": 4,
    "lima": 5, "hai": 2, "ba": 3, "bốn": 4, "два": 2, "две": 2, "три": 3,
    "четыре": 4, "пять": 5, "两": 2, "三": 3, "四": 4, "五": 5,
    # one: "a week ago", "il y a une semaine", "hace una semana", "vor einer Woche"
    "a": 1, "one": 1, "une": 1, "un": 1, "una": 1, "einem": 1, "einer": 1,
    "um": 1, "uma": 1, "satu": 1, "một": 1,
}  # fmt: skip
_N = rf"(?P<n>\d{{1,2}}|{'|'.join(_COUNTS)})"
_AGO = tuple(
    Caseless(pattern)
    for pattern in (
        rf"(?<!\w){_N}\s+(?P<u>days?|weeks?)\s+ago(?!\w)",
        rf"(?<!\w)il y a\s+{_N}\s+(?P<u>jours?|semaines?)(?!\w)",
        rf"(?<!\w)hace\s+{_N}\s+(?P<u>días?|semanas?)(?!\w)",
        rf"(?<!\w){_N}\s+(?P<u>giorn[oi]|settiman[ae])\s+fa(?!\w)",
        rf"(?<!\w)vor\s+{_N}\s+(?P<u>Tag(?:en)?|Wochen?)(?!\w)",
        rf"(?<!\w)há\s+{_N}\s+(?P<u>dias?|semanas?)(?!\w)",
        # "seminggu yang lalu", "sepekan lalu": one week
        r"(?<!\w)(?P<n>se)(?P<u>minggu|pekan|hari)\s+(?:yang\s+)?(?:lalu|lepas)(?!\w)",
        rf"(?<!\w){_N}\s+(?P<u>hari|minggu|pekan)\s+(?:yang\s+)?(?:lalu|lepas)(?!\w)",
        rf"(?<!\w){_N}\s+(?P<u>ngày|tuần)\s+trước(?!\w)",
        rf"(?<!\w){_N}\s+(?P<u>дн\w*|недел\w*)\s+назад(?!\w)",
        rf"{_N}\s*(?P<u>日|週間|天|周|个星期|일|주)\s*(?:前|전)",
    )
)
_AGO_GATE = re.compile(
    r"il y a|hace|\bfa\b|\bvor\b|\bhá\b|lalu|lepas|trước|назад|前|전"
)
_WEEK_UNITS = ("week", "semaine", "semana", "settiman", "woche", "minggu", "pekan",
               "tuần", "недел", "週", "周", "星期", "주")  # fmt: skip


def _gate(patterns: tuple[_Relative, ...]) -> Gate:
    """One expression that finds, in a sentence where any of the relative
    expressions matches, at least the word it starts with; a sentence without
    it is not searched thirteen times."""
    words = []
    for relative in patterns:
        inner = relative.pattern.pattern.split("(?:", 1)[1].rsplit(")(?!", 1)[0]
        for alternative in inner.split("|"):
            word = re.sub(r"^\(\?:[^()|]+\)\?", "", alternative)  # "(?:im )?"
            if "(" in word:
                raise ValueError(f"not a plain word: {alternative!r}")
            words.append(word)
    return Gate(rf"(?<!{_LETTER})(?:{_alternation(words)})")


_RELATIVE_GATE = _gate(_RELATIVES)
# a weekday name is a word of its own in every match of _WEEKDAY_RE ("joi" in
# "joint" is not Thursday)
_WEEKDAY_GATE = Caseless(rf"(?<![\w])(?:{_WEEKDAY})(?![\w])")
_PAST_CUE = Caseless(rf"(?<![\w])(?:{_PAST})(?![\w])")
_NEXT_CUE = Caseless(rf"(?<![\w])(?:{_NEXT})(?![\w])")
# a year stated or named right after a word for the year's end: that year
_OTHER_YEAR = Caseless(
    rf"\s*(?:de\s+|del\s+|of\s+|năm\s+|tahun\s+)?(?:{_YEAR}|(?:{_PAST}|{_NEXT})(?!\w))"
)
_OPEN_END = Caseless(
    r"^\s*(?:to|until|till|through|au|à|jusqu'à|hasta|a|fino a|bis|até|hingga|"
    r"sampai|đến)\s+(?:today|now|aujourd'hui|hoy|oggi|heute|hoje|hari ini|"
    r"hôm nay|present|date)\b"
)


# --- building values --------------------------------------------------------------


def _year(text: str) -> int:
    year = int(re.match(r"\d+", text).group())
    return year - 543 if year > 2400 else year


def _day_value(year: int, month: int, day: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_value(year: int, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def _day_int(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else None


# A day or month without a year, and without a word of past or future, takes
# the nearest year only when the next nearest is this many times as far: half a
# year away either side is a guess.
_UNSETTLED = 1.25
# A day this close to the publication (days) is in that year, whatever the tense
# of the sentence says, unless a word of its own ("prochain", "last") turns it.
_TENSE_NEAR = 45


def _settle_year(
    month: int,
    day: int | None,
    published: datetime.date | None,
    default_year: int | None,
    direction: int,
    soft: bool = False,
) -> int | None:
    """The year of a day and month stated without one. `direction` is -1 for a
    past cue ("dernier", "pasado"), 1 for a future one ("próximo"), 0 for none;
    `soft` when only the sentence's tense gives it, not a word of the date's own."""
    if published is None:
        return default_year
    year = published.year
    candidates = []
    for y in (year - 1, year, year + 1):
        try:
            candidates.append(datetime.date(y, month, day or 1))
        except ValueError:
            continue
    if not candidates:
        return None
    nearest = min(candidates, key=lambda c: abs((c - published).days))
    if (
        soft
        and (direction > 0 or day is not None)
        and abs((nearest - published).days) <= _TENSE_NEAR
    ):
        # "اختتمت أمس ... في 3 و4 مايو" in a sentence some word makes future:
        # a day a few weeks before the publication is not one a year after it,
        # nor is a day a few weeks after it ("intendono firmare il 20 novembre")
        # one a year before; a month alone in a past sentence ("signed in June",
        # told in May) is the last one, though
        return nearest.year
    if direction < 0:
        past = [c for c in candidates if c <= published]
        return max(past).year if past else None
    if direction > 0:
        future = [c for c in candidates if c >= published]
        return min(future).year if future else None
    nearest, *others = sorted(candidates, key=lambda c: abs((c - published).days))
    if others and abs((others[0] - published).days) < _UNSETTLED * abs(
        (nearest - published).days
    ):
        return None  # "on 15 July", told in January, with nothing to say which
    return nearest.year


_YEAR_CONNECTOR = Caseless(
    r"\s*(?:(?:of|del|de|do|da|di|des|năm|tahun)(?!\w)\s*|dell['’]\s*)?"
)
_YEAR_BEFORE_CJK = re.compile(
    r"(昨年|去年|前年|来年|明年|今年|지난해|작년|내년|올해)\s*の?\s*$"
)
_CJK_YEAR_OFFSET = {
    "昨年": -1,
    "去年": -1,
    "前年": -1,
    "지난해": -1,
    "작년": -1,
    "来年": 1,
    "明年": 1,
    "내년": 1,
    "今年": 0,
    "올해": 0,
}


_CURRENT_AFTER = Caseless(
    r"\s*(?:(?:الجاري|الحالي|الجارية|الحالية|courant|en cours|corrente|in corso|"
    r"ini|này)(?!\w)|นี้)"
)


def _stated_relative_year(segment: str, start: int, end: int) -> int | None:
    """The offset from the publication year of a relative year written with a
    day or month: "novembro do ano passado", "le 3 mars de l'année prochaine",
    "昨年11月", "지난해 11월"; None when there is none."""
    if _YEAR_BEFORE_CJK.search(segment[max(0, start - 6) : start]):
        word = _YEAR_BEFORE_CJK.search(segment[max(0, start - 6) : start])[1]
        return _CJK_YEAR_OFFSET[word]
    if _CURRENT_AFTER.match(segment, end):
        return 0  # "10 و11 نوفمبر الجاري", "le 5 courant", "Mei ini": this year's
    positions = (
        len(segment) - len(segment[end:].lstrip()),  # "tháng 11 năm ngoái"
        _YEAR_CONNECTOR.match(segment, end).end(),  # "novembro do ano passado"
    )
    for relative in _RELATIVES:
        if relative.unit == "year" and any(
            relative.pattern.match(segment, p) for p in positions
        ):
            return relative.offset
    return None


def _year_at(
    m: re.Match,
    segment: str,
    month: int,
    day: int | None,
    published: datetime.date | None,
    default_year: int | None,
    tense: int,
) -> int | None:
    """`_year_of` the day or month that `m` writes without a year, in the
    direction its own words and the sentence's tense point to."""
    direction = _direction(segment, m.start(), m.end(), 0)
    soft = direction == 0 and tense != 0
    return _year_of(
        segment,
        m.start(),
        m.end(),
        month,
        day,
        published,
        default_year,
        direction or tense,
        soft,
    )


def _year_of(
    segment: str,
    start: int,
    end: int,
    month: int,
    day: int | None,
    published: datetime.date | None,
    default_year: int | None,
    direction: int,
    soft: bool = False,
) -> int | None:
    """The year of a day or month written without one: the relative year written
    with it (only against a publication date), else the nearest fitting one."""
    offset = _stated_relative_year(segment, start, end)
    if offset is not None:
        return published.year + offset if published is not None else None
    return _settle_year(month, day, published, default_year, direction, soft)


# Thai cues after a month or a day: "ที่ผ่านมา" (that has passed), "ที่จะถึง" (coming)
_THAI_PAST_AFTER = re.compile(r"\s*(?:ที่ผ่านมา|ที่แล้ว)")
_THAI_NEXT_AFTER = re.compile(r"\s*(?:ที่จะถึง(?:นี้)?|หน้า)")


def _direction(segment: str, start: int, end: int, tense: int = 0) -> int:
    if _THAI_PAST_AFTER.match(segment, end):
        return -1
    if _THAI_NEXT_AFTER.match(segment, end):
        return 1
    window_before = segment[max(0, start - 16) : start]  # "los próximos días 3 y 4"
    window_after = segment[end : end + 12]
    if _PAST_CUE.search(window_after) or _PAST_CUE.search(window_before):
        return -1
    if _NEXT_CUE.search(window_before) or _NEXT_CUE.search(window_after):
        return 1
    return tense


_CJK_MONTH_SHIFT = {
    "先月": -1,
    "上月": -1,
    "上个月": -1,
    "本月": 0,
    "下月": 1,
    "下个月": 1,
    "지난달": -1,
    "今月": 0,
    "이달": 0,
    "이번 달": 0,
    "来月": 1,
    "다음 달": 1,
    "다음달": 1,
}


def _cjk_partial_dates(
    segment: str,
    published: datetime.date | None,
    default_year: int | None,
    future: bool,
    out: _Collector,
) -> None:
    position = 0
    while m := _CJK_DAY_ONLY.search(segment, position):
        position = m.end()
        if m["range"] is None and not re.search("[日일]", m.group()):
            continue  # "2~3일간": the first day of no range
        if m["d2"] and int(m["d2"]) < int(m["d"]):
            # "10일 - 9일": two days, not a range that ends before it starts
            position = m.start("range")
            if not re.search("[日일]", segment[m.start() : position]):
                continue
        end = position
        start = m.start("rel") if m["rel"] else m.start("d")
        if not out.free(start, end):
            continue
        value = end_value = None
        if published is not None:
            day = int(m["d"])
            if m["rel"] in _CJK_MONTH_SHIFT:
                month = published.month + _CJK_MONTH_SHIFT[m["rel"]]
                year = published.year + (month - 1) // 12
                value = _day_value(year, (month - 1) % 12 + 1, day)
            else:
                year, month = published.year, published.month
                candidate = _day_value(year, month, day)
                forward = future or m["rel"] == "오는"
                if candidate and candidate > published.isoformat() and not forward:
                    month -= 1
                    year += (month - 1) // 12
                    candidate = _day_value(year, (month - 1) % 12 + 1, day)
                value = candidate
            end_value = value
            if value and m["d2"] and end == m.end():
                end_value = _day_value(int(value[:4]), int(value[5:7]), int(m["d2"]))
        out.add(FoundDate(start, end, value, end_value, relative=True))
    for m in _CJK_MONTH_ALONE.finditer(segment):
        start = m.start("rel") if m["rel"] else m.start("m")
        if not out.free(start, m.end()):
            continue
        rel = m["rel"] or ""
        direction = 1 if rel in ("오는", "来る") or future else -1 if rel else 0
        year = _year_of(
            segment,
            m.start(),
            m.end(),
            int(m["m"]),
            None,
            published,
            default_year,
            direction,
        )
        value = _month_value(year, int(m["m"])) if year else None
        out.add(FoundDate(start, m.end(), value))


def _full(
    year: int | None, month: int, day: int | None
) -> str | None:  # a day or a month
    if year is None:
        return None
    return _day_value(year, month, day) if day else _month_value(year, month)


class _Collector:
    def __init__(self, segment: str) -> None:
        self.segment = segment
        self.found: list[FoundDate] = []
        self.taken: list[tuple[int, int]] = []

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in self.taken)

    def add(self, found: FoundDate) -> None:
        if self.free(found.start, found.end):
            self.found.append(found)
            self.taken.append((found.start, found.end))


def _open_ended(segment: str, end: int) -> bool:
    return bool(_OPEN_END.match(segment[end : end + 30]))


def find_dates(
    segment: str,
    language: str,
    published: datetime.date | None,
    default_year: int | None = None,
    future: bool = False,
    past: bool = False,
) -> list[FoundDate]:
    """Every date stated in `segment`, in order of position. `default_year`
    completes a day and month without a year when there is no publication date
    (a year the caller found in the same sentence); `future` says the sentence
    announces something, so a bare weekday is the next one, not the last, and
    `past` that it reports something done ("signed on Jan 11": the last Jan 11)."""
    tense = 1 if future else -1 if past else 0
    segment = _ascii_digits(segment)  # "٤ مارس ٢٠٢٥", "๔ มีนาคม ๒๕๖๘", "３月４日"
    out = _Collector(segment)
    # Arabic ordinal days ("الرابع من مارس") before the numbered dates, which
    # would take "مايو 2025" alone
    if language == "ar" and " من " in segment:
        for m in _AR_ORDINAL_DATE.finditer(segment):
            month, day = _month_number(m["m"]), _AR_ORDINALS[m["ord"]]
            if month is None:
                continue
            year = _year(m["y"]) if m["y"] else None
            if year is None:
                year = _year_at(m, segment, month, day, published, default_year, tense)
            value = _full(year, month, day)
            out.add(FoundDate(m.start(), m.end(), value, value))
    # most sentences have no digit, and every expression but the month alone,
    # the weekdays and the relative words needs one
    numbered = _DIGIT.search(segment) is not None
    if numbered:
        _numbered_dates(segment, language, published, default_year, future, tense, out)

    for m in _MONTH_ALONE.finditer(segment):
        month = _month_number(m["m"])
        # English and German write their months with a capital: "Ende des
        # Jahres" holds the Malay "Des", "may sign" the English "May"
        if month is None or (language in ("en", "de") and m["m"][0].islower()):
            continue
        if not _full_month(m["m"]) and not m["m"].endswith("."):
            continue  # "en mar abierto": the sea
        year = _year_at(m, segment, month, None, published, default_year, tense)
        value = _month_value(year, month) if year else None
        out.add(FoundDate(m.start("m"), m.end(), value))

    if "เดือน" in segment:
        for m in _THAI_MONTH_ALONE.finditer(segment):
            month = _month_number(m["m"])
            if month is None:
                continue
            year = _year_at(m, segment, month, None, published, default_year, tense)
            value = _month_value(year, month) if year else None
            out.add(FoundDate(m.start("m"), m.end(), value))

    if numbered:
        # the year as a number: "2021 г.", "2021م", Buddhist "2566" are 2021, 2023
        for m in _YEAR_ALONE.finditer(segment):
            out.add(FoundDate(m.start("y"), m.end(), str(_year(m["y"]))))
        if language == "th":
            for m in _THAI_YEAR.finditer(segment):
                out.add(FoundDate(m.start("y"), m.end(), str(_year(m["y"]))))

    _periods(segment, published, out)
    _relative_dates(segment, published, out, future, language)
    found = _join_weekday_ranges(segment, sorted(out.found, key=lambda f: f.start))
    return _join_full_ranges(segment, found)


# Parts of a year: a season, a half, a quarter. They give the year at most (the
# year stated with them, else the publication's, looking forward or back as the
# sentence does), never a month. Values: the first and last month.
_PERIOD_WORDS = {
    (3, 5): r"spring|printemps|primavera|Frühjahr|Frühling|весной|الربيع",
    (6, 8): r"summer|l'été|l’été|cet été|verano|estate|Sommer|verão|летом|الصيف",
    (9, 11): r"autumn|the fall|this fall|automne|otoño|autunno|Herbst|outono|"
    r"осенью|الخريف",
    (1, 6): r"first half(?: of the year)?|premier semestre|primer semestre|"
    r"primo semestre|ersten Halbjahr|erste Halbjahr|primeiro semestre|"
    r"semester pertama|semester I|paruh pertama|separuh pertama|nửa đầu năm|"
    r"النصف الأول|上半期|上半年|상반기|первом полугодии|первой половине|H1|1H|"
    r"первое полугодие|первого полугодия|ครึ่งปีแรก",
    (7, 12): r"second half(?: of the year)?|H2|2H|second semestre|deuxième semestre|"
    r"segundo semestre|secondo semestre|zweiten Halbjahr|zweite Halbjahr|"
    r"semester kedua|semester II|paruh kedua|separuh kedua|nửa cuối năm|"
    r"nửa sau năm|النصف الثاني|下半期|下半年|하반기|втором полугодии|"
    r"второй половине|второе полугодие|второго полугодия|ครึ่งปีหลัง",
    (10, 12): r"fourth quarter|last quarter|Q4|quatrième trimestre|dernier trimestre|"
    r"cuarto trimestre|último trimestre|quarto trimestre|ultimo trimestre|"
    r"vierten Quartal|letzten Quartal|quarto trimestre|kuartal keempat|"
    r"kuartal IV|suku keempat|quý IV|quý 4|الربع الأخير|الربع الرابع|"
    r"第4四半期|4분기|第四季度|четвертом квартале|четвёртом квартале|"
    r"четвертый квартал|четвёртый квартал|четвертого квартала|"
    r"четвёртого квартала|ไตรมาสสุดท้าย|ไตรมาสที่ 4|ไตรมาส 4",
    (1, 3): r"first quarter|Q1|premier trimestre|primer trimestre|primo trimestre|"
    r"ersten Quartal|primeiro trimestre|kuartal pertama|kuartal I|quý I|quý 1|"
    r"الربع الأول|第1四半期|1분기|第一季度|первом квартале|первый квартал|"
    r"первого квартала|ไตรมาสแรก|ไตรมาสที่ 1|ไตรมาส 1",
    (4, 6): r"second quarter|Q2|deuxième trimestre|segundo trimestre|"
    r"secondo trimestre|zweiten Quartal|kuartal kedua|kuartal II|quý II|quý 2|"
    r"الربع الثاني|第2四半期|2분기|第二季度|втором квартале|второй квартал|"
    r"второго квартала|ไตรมาสที่ 2|ไตรมาส 2",
    (7, 9): r"third quarter|Q3|troisième trimestre|tercer trimestre|"
    r"terzo trimestre|dritten Quartal|terceiro trimestre|kuartal ketiga|"
    r"kuartal III|quý III|quý 3|الربع الثالث|第3四半期|3분기|第三季度|"
    r"третьем квартале|третий квартал|третьего квартала|ไตรมาสที่ 3|ไตรมาส 3",
}
_PERIODS = tuple(
    (
        months,
        Caseless(
            rf"(?<!{_LETTER})(?:{words})(?!{_LETTER})"
            rf"(?:\s*(?:de\s+|del\s+|of\s+|dell'|dell’|des\s+Jahres\s+|năm\s+|"
            rf"tahun\s+|عام\s+|года\s+)?(?P<y>{_YEAR})(?!\d))?"
        ),
    )
    for months, words in _PERIOD_WORDS.items()
)
_PERIOD_GATE = Gate(
    rf"(?<!{_LETTER})(?:{'|'.join(_PERIOD_WORDS.values())})(?!{_LETTER})"
)
# a year named just before the period ("2025年下半年", "내년 상반기", "next year's
# first half") or just after it ("of next year"): that one says which
_YEAR_NEAR_BEFORE = Caseless(
    rf"(?:{_YEAR}|year|año|anno|Jahr\w*|ano|tahun|năm|عام|"
    rf"год\w*|年|년|年度)\W{{0,3}}$"
)


# "spring of next year", "mùa xuân năm tới", "verano de 2025": another year is said
# after the season; "le printemps prochain", "la primavera pasada" are its own cue
_PERIOD_OTHER_YEAR = Caseless(
    rf"\s*(?:(?:de|del|of|năm|tahun)\s+(?:{_PAST}|{_NEXT})(?!\w)|"
    rf"(?:(?:de|del|of|năm|tahun)\s+)?{_YEAR})"
)


_PERIOD_CONNECTOR = Caseless(
    r"\s*(?:(?:(?:of|de|del|di|des|do|da|năm|tahun|года)(?!\w)|ของ)\s*)?"
)
_PERIOD_ARTICLE = Caseless(r"(?:(?:the|el|la|o|il)\s+|l['’]|dell['’])")


def _relative_year_after(segment: str, position: int) -> tuple[int, int] | None:
    """(end, offset) of a relative year written right after a part of the year
    ("of next year", "de l'année prochaine", "tahun ini", "năm tới"), else None."""
    connector = _PERIOD_CONNECTOR.match(segment, position).end()
    article = _PERIOD_ARTICLE.match(segment, connector)
    starts = [len(segment) - len(segment[position:].lstrip()), connector]
    if article is not None:
        starts.append(article.end())
    for relative in _RELATIVES:
        if relative.unit != "year":
            continue
        for start in starts:
            m = relative.pattern.match(segment, start)
            if m is not None:
                return m.end(), relative.offset
    return None


_PERIOD_MONTH = Caseless(
    rf"\s*(?:(?:of|de|del|di|des)\s+|d['’]\s*)?(?P<m>{_MONTH})(?!\w)"
)


def _periods(segment: str, published: datetime.date | None, out: _Collector) -> None:
    if not _PERIOD_GATE.search(segment):
        return
    for (first, last), pattern in _PERIODS:
        for m in pattern.finditer(segment):
            if m["y"]:
                out.add(FoundDate(m.start(), m.end(), str(_year(m["y"]))))
                continue
            of_month = _PERIOD_MONTH.match(segment, m.end())
            if (
                of_month is not None
                and _full_month(of_month["m"])
                and _month_number(of_month["m"])
            ):
                # "во второй половине марта", "the second half of March": the month
                month = _month_number(of_month["m"])
                year = _year_of(
                    segment, m.start(), of_month.end(), month, None, published, None, 0
                )
                value = _month_value(year, month) if year else None
                out.add(FoundDate(m.start(), of_month.end(), value))
                continue
            after = _relative_year_after(segment, m.end())
            if after is not None:
                # "au premier trimestre de l'année prochaine", "kuartal ketiga
                # tahun ini", "the second half of next year": that year
                end, offset = after
                value = str(published.year + offset) if published is not None else None
                out.add(FoundDate(m.start(), end, value))
                continue
            if _YEAR_NEAR_BEFORE.search(segment[max(0, m.start() - 14) : m.start()]):
                continue  # the year word before is found on its own
            if _PERIOD_OTHER_YEAR.match(segment, m.end()) or re.match(
                r"\s*(?:of|de|del|di|des|do|da)\s+(?:the\s+|l'|el\s+|o\s+)?"
                r"(?:next|last|this|coming|próximo|pasado|prochain|dernier|"
                r"\w+\s+(?:year|año|année|anno|Jahres|ano))",
                segment[m.end() : m.end() + 30],
                re.IGNORECASE,
            ):
                continue  # "of next year", "de l'année prochaine": found on its own
            value = None
            if published is not None:
                year = published.year
                # only a cue next to it turns the year ("last autumn"): the
                # tense of a sentence is too loose a guide for a whole season
                direction = _direction(segment, m.start(), m.end())
                if direction < 0 and last >= published.month:
                    year -= 1  # "last autumn", told in June or in October
                elif direction > 0 and first <= published.month:
                    year += 1  # "next spring", announced in May or in November
                value = str(year)
            out.add(FoundDate(m.start(), m.end(), value))


def _numbered_dates(
    segment: str,
    language: str,
    published: datetime.date | None,
    default_year: int | None,
    future: bool,
    tense: int,
    out: _Collector,
) -> None:
    """The dates written with digits, up to a month and year: every one that
    can name a day comes before the month alone, the year alone and the
    relative words, which only take what is left."""
    for m in _ISO.finditer(segment):
        y, mo, d = (m["y"], m["m"], m["d"]) if m["y"] else (m["ky"], m["km"], m["kd"])
        value = _day_value(int(y), int(mo), int(d))
        if value:
            out.add(FoundDate(m.start(), m.end(), value, value))
    if language == "ja" and ("令和" in segment or "平成" in segment):
        for m in _JA_ERA.finditer(segment):
            n = 1 if m["n"] == "元" else int(m["n"])
            year = _ERA_START[m["era"]] + n
            month = int(m["m"]) if m["m"] else None
            if month is None:
                out.add(FoundDate(m.start(), m.end(), str(year)))
                continue
            value = _full(year, month, int(m["d"]) if m["d"] else None)
            out.add(FoundDate(m.start(), m.end(), value, value if m["d"] else None))
    for m in _DAY_OF_MONTH_WORD.finditer(segment):
        shift = next(
            (
                (r.offset, hit.end())
                for r in _RELATIVES
                if r.unit == "month" and (hit := r.pattern.match(segment, m.end()))
            ),
            None,
        )
        if shift is None:
            continue
        value = None
        if published is not None:
            month = published.month + shift[0]
            year = published.year + (month - 1) // 12
            value = _day_value(year, (month - 1) % 12 + 1, int(m["d"]))
        out.add(FoundDate(m.start(), shift[1], value, value, relative=True))
    if re.search(r"(?i)d[ií]a|giorno", segment):
        for m in _DAY_WORD_ALONE.finditer(segment):
            value = None
            if published is not None:
                day = int(m["d"])
                direction = 1 if m["next"] else -1 if m["past"] else tense
                value = _day_in_month_near(published, day, direction)
            out.add(FoundDate(m.start(), m.end(), value, value, relative=True))

    for m in _CJK.finditer(segment):
        month, d1 = int(m["m"]), int(m["d1"])
        year = _year(m["y"]) if m["y"] else None
        if year is None:
            year = _year_at(m, segment, month, d1, published, default_year, tense)
        start = _full(year, month, d1)
        end_value = None
        if m["d2"] and year is not None:
            # "12月29日から1月2日まで": into the next year
            last_month = int(m["m2"] or month)
            end_year = (
                _year(m["y2"]) if m["y2"] else year + (1 if last_month < month else 0)
            )
            end_value = _day_value(end_year, last_month, int(m["d2"]))
        if start and end_value and end_value < start:
            # "2025년 10월 10일 - 9일": a dateline and the day of what it reports,
            # not a range; the second day is found on its own below
            out.add(FoundDate(m.start(), m.start("range"), start, start))
            continue
        out.add(FoundDate(m.start(), m.end(), start, end_value or start))
    for m in _CJK_MONTH.finditer(segment):
        out.add(FoundDate(m.start(), m.end(), _month_value(_year(m["y"]), int(m["m"]))))
    for m in _CJK_YEAR.finditer(segment):
        out.add(FoundDate(m.start(), m.end(), m["y"]))
    if language in ("ja", "ko", "zh"):
        _cjk_partial_dates(segment, published, default_year, future, out)

    if language == "vi":
        for m in _VI_ACROSS.finditer(segment):
            m1, m2 = int(m["m1"]), int(m["m2"])
            if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
                continue
            d1 = int(m["d1"])
            last = _year(m["y"]) if m["y"] else None
            if last is None:
                first = _year_at(m, segment, m1, d1, published, default_year, tense)
                last = first + (m2 < m1) if first is not None else None
            else:
                first = last - (m2 < m1)
            start = _full(first, m1, d1)
            end_value = _day_value(last, m2, int(m["d2"])) if last else None
            if start and end_value and end_value >= start:
                out.add(FoundDate(m.start(), m.end(), start, end_value))
        for m in _VI.finditer(segment):
            month, d1 = int(m["m"]), int(m["d1"])
            if not 1 <= month <= 12:
                continue
            year = _year(m["y"]) if m["y"] else None
            if year is None:
                year = _year_at(m, segment, month, d1, published, default_year, tense)
            start = _full(year, month, d1)
            end_value = (
                _day_value(year, month, int(m["d2"])) if m["d2"] and year else start
            )
            out.add(FoundDate(m.start(), m.end(), start, end_value))
        for m in _VI_MONTH.finditer(segment):
            value = _month_value(_year(m["y"]), int(m["m"]))
            out.add(FoundDate(m.start(), m.end(), value))
        for m in _VI_MONTH_ALONE.finditer(segment):
            month = int(m["m"])
            year = _year_at(m, segment, month, None, published, default_year, tense)
            value = _month_value(year, month) if year else None
            out.add(FoundDate(m.start(), m.end(), value))

    if language != "en":
        for m in _NUMERIC_RANGE.finditer(segment):
            year, month = _year(m["y"]), int(m["m"])
            start = _day_value(year, month, int(m["d1"]))
            end_value = _day_value(year, month, int(m["d2"]))
            if start and end_value and end_value > start:
                out.add(FoundDate(m.start(), m.end(), start, end_value))
    if "(" in segment:
        for m in _WEEKDAY_BRACKET.finditer(segment):
            if not _weekday_of_language(segment, m, language):
                continue
            found = _bracketed_day(m, segment, published, default_year, tense)
            if found is not None:
                out.add(found)

    for m in _NUMERIC.finditer(segment):
        a, b, year = int(m["a"]), int(m["b"]), _year(m["y"])
        day, month = (
            (b, a) if language == "en" and a <= 12 and m["sep"] == "/" else (a, b)
        )
        if month > 12:
            day, month = month, day
        value = _day_value(year, month, day)
        if value:
            out.add(FoundDate(m.start(), m.end(), value, value))

    if language == "th":
        for m in _THAI_SHORT_YEAR.finditer(segment):
            month = _month_number(m["m"])
            if month:
                value = _day_value(_year("25" + m["y"]), month, int(m["d"]))
                out.add(FoundDate(m.start(), m.end(), value, value))

    for pattern in (_DAY_FIRST, _MONTH_FIRST):
        for m in pattern.finditer(segment):
            month = _month_number(m["m"])
            if month is None:
                continue
            d1 = _day_int(m["d1"])
            d2 = _day_int(m["d2"])
            first_month = month
            last_month = month
            if pattern is _DAY_FIRST and m["m1"]:
                first_month = _month_number(m["m1"]) or month
            if pattern is _MONTH_FIRST and m["m2"]:
                last_month = _month_number(m["m2"]) or month
            if d2 is None and m["d2"] is None and pattern is _DAY_FIRST and m["m1"]:
                continue  # "3 mars" followed by another month name: not a date
            year = _year(m["y"]) if m["y"] else None
            across = 1 if d2 is not None and last_month < first_month else 0
            if year is not None:
                year -= across  # "29 December - 2 January 2026": the year is the end's
            else:
                year = _year_at(
                    m, segment, first_month, d1, published, default_year, tense
                )
            start = _full(year, first_month, d1)
            if d2 is not None and year is not None:
                end_year = year + across
                end_value = _day_value(end_year, last_month, d2)
            else:
                end_value = start
            open_ended = _open_ended(segment, m.end())
            out.add(
                FoundDate(
                    m.start(),
                    m.end(),
                    start,
                    None if open_ended else end_value,
                    open_ended=open_ended,
                )
            )

    for m in _MONTH_YEAR.finditer(segment):
        month = _month_number(m["m"])
        if month and (
            _full_month(m["m"]) or m["m"].endswith(".") or not m["m"][0].islower()
        ):
            out.add(FoundDate(m.start(), m.end(), _month_value(_year(m["y"]), month)))


# "지난달 26일부터 이달 2일까지", "先月26日から今月2日まで": from one day to the next
def _day_in_month_near(
    published: datetime.date, day: int, direction: int
) -> str | None:
    """The day of the publication's month, or of the month before when that day
    is still to come and nothing says the text looks forward (or of the month
    after when it does and the day has passed)."""
    value = _day_value(published.year, published.month, day)
    if value is None:
        return None
    date = datetime.date.fromisoformat(value)
    month = published.month
    if date > published and direction <= 0:
        month -= 1
    elif date < published and direction > 0:
        month += 1
    else:
        return value
    year = published.year + (month - 1) // 12
    return _day_value(year, (month - 1) % 12 + 1, day)


def _bracketed_day(
    m: re.Match,
    segment: str,
    published: datetime.date | None,
    default_year: int | None,
    tense: int,
) -> FoundDate | None:
    """ "Rabu (5/3)": the day and month in the brackets, in the year that fits;
    "quarta-feira (5)": the day of the month, near the publication, that falls
    on the weekday named."""
    day = int(m["d"])
    weekday = _WEEKDAYS.get(_fold(m["wd"]))
    if m["m"]:
        month = int(m["m"])
        if not 1 <= month <= 12:
            return None
        if m["y"]:
            year = _year(m["y"]) if len(m["y"]) == 4 else 2000 + int(m["y"])
        else:
            year = _year_at(m, segment, month, day, published, default_year, tense)
        value = _full(year, month, day)
        return FoundDate(m.start(), m.end(), value, value)
    if published is None or weekday is None:
        return FoundDate(m.start(), m.end(), None)
    best = None
    for shift in (-1, 0, 1):
        month = published.month + shift
        year = published.year + (month - 1) // 12
        value = _day_value(year, (month - 1) % 12 + 1, day)
        if value is None:
            continue
        date = datetime.date.fromisoformat(value)
        if date.weekday() != weekday:
            continue
        if best is None or abs((date - published).days) < abs((best - published).days):
            best = date
    value = best.isoformat() if best else None
    return FoundDate(m.start(), m.end(), value, value, relative=True)


_JOINER = Caseless(
    r"^\s*(?:and|et|e|y|und|dan|và|و|-|–|to|through|thru|until|au|al|bis|a|hingga|"
    r"sampai|đến|tới|по|إلى|부터|から|至|到)\s*$"
)


# Between two full dates of one range: "from 29 December 2025 to 2 January 2026",
# "del 29 de diciembre de 2025 al 2 de enero de 2026" ("and" lists two dates)
_RANGE_JOINER = Caseless(
    r"^\s*(?:-|–|—|to|until|till|through|au|jusqu['’]au|al|hasta(?:\s+el)?|bis(?:\s+zum)?|"
    r"fino al|até|a|hingga|sampai(?:\s+dengan)?|s/d|s\.d\.|đến|tới|по|до|إلى|"
    r"から|부터|至|到)\s*$"
)
_RANGE_LONGEST = 62  # days


def _join_full_ranges(segment: str, found: list[FoundDate]) -> list[FoundDate]:
    joined: list[FoundDate] = []
    for item in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and not previous.relative
            and not item.relative
            and previous.value
            and item.value
            and len(previous.value) == len(item.value) == 10
            and previous.end_value == previous.value
            and _RANGE_JOINER.match(segment[previous.end : item.start])
        ):
            first = datetime.date.fromisoformat(previous.value)
            last = datetime.date.fromisoformat(item.end_value or item.value)
            if 0 < (last - first).days <= _RANGE_LONGEST:
                joined[-1] = FoundDate(
                    previous.start, item.end, previous.value, last.isoformat()
                )
                continue
        joined.append(item)
    return joined


def _join_weekday_ranges(segment: str, found: list[FoundDate]) -> list[FoundDate]:
    """ "Thursday and Friday", "giovedì e venerdì": one span of consecutive days."""
    joined: list[FoundDate] = []
    for item in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.relative
            and item.relative
            and previous.value
            and item.value
            and len(previous.value) == len(item.value) == 10
            and _JOINER.match(segment[previous.end : item.start])
        ):
            first = datetime.date.fromisoformat(previous.value)
            last = datetime.date.fromisoformat(item.value)
            if last < first and _DIGIT.search(segment, item.start, item.end):
                joined.append(item)  # "10일 - 9일": two days, not a range
                continue
            if 0 < (first - last).days <= 2:
                first, last = last, first  # "ontem e anteontem": told backwards
            elif last < first:
                last = first + datetime.timedelta(days=(last - first).days % 7)
            joined[-1] = FoundDate(
                previous.start,
                item.end,
                first.isoformat(),
                last.isoformat(),
                relative=True,
            )
            continue
        joined.append(item)
    return joined


# Words that are a relative day in one language and something else in another:
# German and Dutch "hier" is "here", German "Morgen" and Spanish "la mañana" the
# morning ("heute Morgen", "esta mañana" are today's)
_MORNING_BEFORE = Caseless(
    r"(?:\b(?:am|heute|gestern|jeden|Dienstag|Montag|Mittwoch|Donnerstag|Freitag|"
    r"Samstag|Sonntag|la|esta|esa|una|cada|media|por|en)\s+)$"
)


# Arabic "اليوم" is "today" and "the day": "اليوم الثاني من المؤتمر" (the second
# day of the conference), "اليوم العالمي" (the world day); Spanish "hoy en día"
_THE_DAY_AFTER = re.compile(
    r"\s+(?:ال(?:أول|ثاني|ثالث|رابع|خامس|أخير|ختامي|افتتاحي|عالمي|وطني|دولي)|"
    r"الذي|التالي|السابق)|\s+en\s+día",
)


def _other_word(segment: str, m: re.Match, language: str) -> bool:
    word = m.group()
    if word in ("اليوم", "hoy"):
        return bool(_THE_DAY_AFTER.match(segment, m.end()))
    if word.casefold() == "hier":
        return language in ("de", "nl")
    if word.casefold() in ("morgen", "mañana"):
        if _MORNING_BEFORE.search(segment[max(0, m.start() - 12) : m.start()]):
            return True
        if language == "de" and word[0] == "M":
            # the noun is written with a capital, the adverb only opening a sentence
            return bool(segment[: m.start()].strip(" \"„“'«»("))
        return language == "es" and segment[m.end() :].lstrip().startswith("del ")
    return False


def _relative_dates(
    segment: str,
    published: datetime.date | None,
    out: _Collector,
    future: bool,
    language: str = "",
) -> None:
    if _WEEKDAY_GATE.search(segment):
        for m in _WEEKDAY_OF_WEEK.finditer(segment):
            weekday = _WEEKDAYS.get(_fold(m["wd"]))
            if weekday is None or not _weekday_of_language(segment, m, language):
                continue
            value = _day_of_week(published, weekday, -1 if m["last"] else 1)
            out.add(FoundDate(m.start(), m.end(), value, value, relative=True))
    if "曜" in segment or "요일" in segment or "周" in segment or "星期" in segment:
        # before the relative words: "上周二" is Tuesday, not only "上周"
        _cjk_weekdays(segment, published, out, future)
    if "ago" in segment or _AGO_GATE.search(segment):
        for pattern in _AGO:
            for m in pattern.finditer(segment):
                value = _ago(m, published)
                out.add(FoundDate(m.start(), m.end(), value, value, relative=True))
    if _WEEKEND_GATE.search(segment):
        for m in _WEEKEND.finditer(segment):
            out.add(_weekend(m, published, future))
    if _RELATIVE_GATE.search(segment):
        for relative in _RELATIVES:
            for m in relative.pattern.finditer(segment):
                if relative.unit == "year" and _OTHER_YEAR.match(segment, m.end()):
                    continue  # "fin de l'année 2024", "akhir tahun lalu"
                if relative.unit == "year" and segment[m.start() - 1 : m.start()] in (
                    "年",
                    "년",
                ):
                    continue  # "去年年底": the year word before says which
                if relative.unit == "day" and _other_word(segment, m, language):
                    continue
                value = _resolve_relative(relative, published)
                out.add(FoundDate(m.start(), m.end(), value, value, relative=True))
    if _WEEKDAY_GATE.search(segment):
        _weekdays(segment, published, out, future, language)
    if "วัน" in segment:
        for m in _THAI_WEEKDAY.finditer(segment):
            if _DATE_AFTER_WEEKDAY.match(segment, m.end()):
                continue  # "วันพุธที่ 12 มี.ค.": the date says which
            post = m["post"] or ""
            direction = 1 if post == "หน้า" or future else -1 if post else 0
            value = _weekday(_THAI_WEEKDAYS[m["wd"]], published, direction)
            out.add(FoundDate(m.start(), m.end(), value, value, relative=True))


# The weekend, from Saturday to Sunday: "over the weekend", "le week-end dernier",
# "am Wochenende", "akhir pekan lalu", "cuối tuần qua", "週末", "주말", "周末"
_WEEKEND_PAST = (
    r"last weekend|this past weekend|le week-end dernier|le week-end passé|"
    r"el fin de semana pasado|el pasado fin de semana|lo scorso fine settimana|"
    r"lo scorso weekend|(?:am )?vergangenen Wochenende|(?:am )?letzten Wochenende|"
    r"(?:no )?fim de semana passado|akhir pekan lalu|akhir minggu lalu|"
    r"hujung minggu lalu|hujung minggu lepas|cuối tuần qua|cuối tuần trước|先週末|"
    r"지난 주말|上周末|в минувшие выходные|в прошлые выходные|สุดสัปดาห์ที่ผ่านมา"
)
_WEEKEND_NEXT = (
    r"next weekend|le week-end prochain|el próximo fin de semana|"
    r"il prossimo fine settimana|(?:am )?kommenden Wochenende|(?:am )?nächsten Wochenende|"
    r"(?:no )?próximo fim de semana|akhir pekan depan|hujung minggu depan|cuối tuần tới|"
    r"来週末|다음 주말|下周末|в следующие выходные|สุดสัปดาห์หน้า"
)
_WEEKEND_THIS = (
    r"(?:over )?the weekend|this weekend|ce week-end|le week-end|este fin de semana|"
    r"el fin de semana|questo fine settimana|nel fine settimana|(?:am )?Wochenende|"
    r"(?:neste|no) fim de semana|akhir pekan ini|akhir pekan|hujung minggu ini|"
    r"cuối tuần này|cuối tuần|今週末|週末|이번 주말|주말|本周末|周末|в выходные|"
    r"สุดสัปดาห์นี้"
)
_WEEKEND = Caseless(
    rf"(?<!{_LETTER})(?:(?P<past>{_WEEKEND_PAST})|(?P<next>{_WEEKEND_NEXT})|"
    rf"(?P<this>{_WEEKEND_THIS}))(?!{_LETTER})"
)
_WEEKEND_GATE = Gate(
    r"weekend|week-end|fin de semana|fine settimana|Wochenende|fim de semana|"
    r"akhir pekan|akhir minggu|hujung minggu|cuối tuần|週末|주말|周末|выходные|สุดสัปดาห์",
)


def _weekend(m: re.Match, published: datetime.date | None, future: bool) -> FoundDate:
    """The Saturday and Sunday of the weekend named: the last one before the
    publication, or the next when the words or the sentence look forward."""
    if published is None:
        return FoundDate(m.start(), m.end(), None, relative=True)
    last_saturday = published - datetime.timedelta(days=(published.weekday() - 5) % 7)
    if m["next"] or (m["this"] and future):
        saturday = published + datetime.timedelta(days=(5 - published.weekday()) % 7)
        if m["next"] and saturday == published:
            saturday += datetime.timedelta(days=7)
    else:
        saturday = last_saturday
        if m["past"] and published - saturday <= datetime.timedelta(days=1):
            saturday -= datetime.timedelta(days=7)  # "last weekend", told on Sunday
    sunday = saturday + datetime.timedelta(days=1)
    return FoundDate(
        m.start(), m.end(), saturday.isoformat(), sunday.isoformat(), relative=True
    )


def _ago(m: re.Match, published: datetime.date | None) -> str | None:
    """ "two days ago": that day; "three weeks ago": the month (or year) that week
    lies in, as "last week" does."""
    if published is None:
        return None
    count = m["n"].casefold()
    n = int(count) if count.isdigit() else _COUNTS.get(count, 1)
    if not _fold(m["u"]).startswith(tuple(_fold(u) for u in _WEEK_UNITS)):
        return (published - datetime.timedelta(days=n)).isoformat()
    return _resolve_relative(_Relative(_AGO[0], "week", -n), published)


def _day_of_week(
    published: datetime.date | None, weekday: int, weeks: int
) -> str | None:
    """The given weekday of the calendar week `weeks` away from the publication's
    (Monday to Sunday)."""
    if published is None:
        return None
    monday = published - datetime.timedelta(days=published.weekday())
    return (monday + datetime.timedelta(days=7 * weeks + weekday)).isoformat()


# Portuguese short weekdays are ordinals too ("a segunda edição"): a weekday is
# followed by "-feira", a bracket, a stop or a word of time or place
_PT_DAY_AFTER = Caseless(
    r"-feira|\s*(?:$|[(),.;:!?—–-]|(?:passad[ao]|que vem|de manhã|à tarde|à noite|"
    r"pela manhã|em|no|na|nos|nas|para|e|a|até|às)(?!\w))"
)
# Vietnamese ordinals read like weekdays ("lần thứ hai"): the press capitalises
# the weekday ("thứ Hai") or sets it after a part of the day
_VI_DAY_BEFORE = Caseless(r"(?:vào|sáng|chiều|tối|trưa|đêm|hôm|ngày|từ)\s+$")
# Russian "среду", "среды" are also "environment": a weekday follows a preposition
_RU_DAY_BEFORE = Caseless(
    r"(?:^|\s)(?:в|во|с|со|по|до|к|ко|на)\s+(?:(?:эт|прошл|минувш|следующ|ближайш|"
    r"позапрошл)\w{0,3}\s+)?$"
)


# a weekday written with its date: "jeudi 6 mars", "Tuesday, March 4", "Montag,
# den 3. März", "วันพุธที่ 12 มี.ค."
_DATE_AFTER_WEEKDAY = Caseless(
    rf"[\s,،]*(?:(?:the|le|el|il|den)\s+)?(?:{_MONTH}\s+\d|"
    rf"\d{{1,2}}(?:st|nd|rd|th|er)?\.?\s*(?:de\s+|of\s+)?{_MONTH}(?!\w)|"
    r"\d{1,2}\s*[/.]\s*\d{1,2}(?!\d)|ngày\s+\d|ที่\s*\d)"
)


def _weekday_of_language(segment: str, m: re.Match, language: str) -> bool:
    """Whether the weekday name `m` matched is one in `language` and, where the
    word has another sense there, is used as one."""
    name = _fold(m["wd"])
    languages = _WEEKDAY_LANGUAGES.get(name)
    if language not in LANGUAGES or languages is None:
        return True
    if language not in languages:
        return False
    before = segment[max(0, m.start("wd") - 30) : m.start("wd")]
    if language == "pt" and name in ("segunda", "terca", "quarta", "quinta", "sexta"):
        return bool(_PT_DAY_AFTER.match(segment, m.end("wd")))
    if language == "vi" and name.startswith("thu "):
        return (
            m["wd"][0] == "T"  # "Thứ hai tuần trước, ...": opening a sentence
            or m["wd"][4:5].isupper()
            or bool(_VI_DAY_BEFORE.search(before))
        )
    if language == "id" and name == "minggu":
        return m["wd"][0] == "M"
    if language == "ru":
        return bool(_RU_DAY_BEFORE.search(before))
    return True


def _weekdays(
    segment: str,
    published: datetime.date | None,
    out: _Collector,
    future: bool,
    language: str = "",
) -> None:
    for m in _WEEKDAY_RE.finditer(segment):
        weekday = _WEEKDAYS.get(_fold(m["wd"]))
        if weekday is None or not _weekday_of_language(segment, m, language):
            continue
        if _DATE_AFTER_WEEKDAY.match(segment, m.end()):
            continue  # "jeudi 6 mars", "Tuesday, March 4": the date says which
        cue = _fold(m["pre"] or m["post"] or "")
        direction = 1 if future else 0
        if cue and re.fullmatch(_fold(_PAST), cue):
            direction = -1
        elif cue and re.fullmatch(_fold(_NEXT), cue):
            direction = 1
        if cue in _THIS_WEEK_CUES:
            value = _day_of_week(published, weekday, 0)
        else:
            value = _weekday(weekday, published, direction)
        out.add(FoundDate(m.start(), m.end(), value, value, relative=True))


def _cjk_weekdays(
    segment: str, published: datetime.date | None, out: _Collector, future: bool
) -> None:
    for m in _WEEKDAY_CJK.finditer(segment):
        wd = m["wd"]
        weekday = _CJK_WEEKDAYS[wd[-1] if wd[0] in "周星礼" else wd[0]]
        pre = m["pre"] or ""
        if pre and not pre.startswith(("今", "이번", "本", "这")):
            weeks = next(v for k, v in _CJK_WEEK_OFFSET.items() if pre.startswith(k))
            value = _day_of_week(published, weekday, weeks)
            out.add(FoundDate(m.start("wd"), m.end(), value, value, relative=True))
            continue
        direction = (
            -1
            if pre.startswith(("先", "지난"))
            else 1
            if future or pre[:1] in ("来", "다")
            else 0
        )
        value = _weekday(weekday, published, direction)
        out.add(FoundDate(m.start("wd"), m.end(), value, value, relative=True))


def _weekday(
    weekday: int, published: datetime.date | None, direction: int
) -> str | None:
    """News reports mostly look back: a bare weekday is the latest such day on or
    before publication; "next"/"prochain" looks forward, "last"/"dernier" back."""
    if published is None:
        return None
    if direction > 0:
        delta = (weekday - published.weekday()) % 7 or 7
        return (published + datetime.timedelta(days=delta)).isoformat()
    delta = (published.weekday() - weekday) % 7
    if direction < 0 and delta == 0:
        delta = 7
    return (published - datetime.timedelta(days=delta)).isoformat()


def _resolve_relative(
    relative: _Relative, published: datetime.date | None
) -> str | None:
    if published is None:
        return None
    if relative.unit == "day":
        return (published + datetime.timedelta(days=relative.offset)).isoformat()
    if relative.unit == "year":
        return str(published.year + relative.offset)
    if relative.unit == "month":
        month = published.month + relative.offset
        year = published.year + (month - 1) // 12
        return _month_value(year, (month - 1) % 12 + 1)
    # a week: the month it falls in is as precise as the text is
    day = published + datetime.timedelta(days=7 * relative.offset)
    week_start = day - datetime.timedelta(days=day.weekday())
    week_end = week_start + datetime.timedelta(days=6)
    if week_start.month == week_end.month:
        return _month_value(day.year, day.month)
    return str(day.year) if week_start.year == week_end.year else None


# --- the publication date ----------------------------------------------------------

_PUBLISHED_CUE = Caseless(
    r"(?:published|posted|updated|publié|mis à jour|publicado|actualizado|"
    r"pubblicato|aggiornato|veröffentlicht|aktualisiert|stand|atualizado|"
    r"diterbitkan|dipublikasikan|diperbarui|terbit|dikemaskini|đăng|cập nhật|"
    r"ngày đăng|公開|更新|発行|掲載|게재|입력|수정|발행|نشر|تاريخ النشر|الموافق|发布|"
    r"опубликовано|date)\s*[:：]?"
)
# words of first publication and of update, where a line gives both dates
_UPDATED_WORD = Caseless(
    r"updated|mis à jour|modifié|actualizado|aggiornato|aktualisiert|atualizado|"
    r"diperbarui|dikemas ?kini|cập nhật|更新|수정|تحديث|обновлено|แก้ไข"
)
_FIRST_OR_UPDATED = Caseless(
    r"(?P<first>published|posted|publié|publicado|pubblicato|veröffentlicht|"
    r"diterbitkan|dipublikasikan|terbit|đăng|公開|発行|掲載|입력|게재|등록|发布|"
    r"опубликовано|نشر|เผยแพร่)|" + _UPDATED_WORD.pattern
)
_DATELINE_PREFIX = re.compile(
    r"^(?:"
    r"\s*"  # the date opens the line
    r"|[^\W\d][\w.'’-]*(?:\s+[\w.'’()-]+){0,2}\s*[,،–—-]\s*"  # "Madrid, "
    # "القاهرة - أ ش أ - ": the city, then the agency's short tag
    r"|[^\W\d][\w.'’-]*\s*[,،–—-]\s*(?:[^\W\d]{1,6}\s+){0,3}[^\W\d]{1,6}\s*[,،–—-]\s*"
    r"(?:le\s+|el\s+|il\s+|ngày\s+)?"  # "Paris, le "
    r"|(?i:by|par|por|di|von|oleh|bởi)\b.{0,60}?[|·•–—,-]\s*"  # a byline
    r"|.{0,20}?(?i:thứ\s+\w+|\w+day|\w+di|\w+dì|\w+tag),?\s*"  # "Friday, "
    # "الخميس 6 رمضان 1446 هـ - ": a Hijri date before the Gregorian one
    r"|.{0,40}?\d{4}\s*هـ?\s*[-–—|/،,]\s*(?:الموافق\s*)?"
    # "Jakarta, CNN Indonesia -- Selasa, ": a weekday of any language
    rf"|(?:.{{0,30}}?[|·•–—,-]\s*)?(?i:{_WEEKDAY}),?\s*"
    r"|\s*[【\[［][^】\]］]{1,20}[】\]］]\s*"  # "【東京】2024年6月12日", "[서울=연합뉴스] "
    r")$"
)
# a date the lead goes on from with a place: "Ngày 10/10/2025, tại Hà Nội, Cục ..."
_LEAD_AFTER = Caseless(r"\s*,\s*(?:tại|ở|at|in|en|à|di|em|في|bei)\s")
# a page's line of particulars, its fields set off by bars or dots: "Jane Doe,
# Reuters | 4 March 2025", "Staff Writer · 4 min read · Mar 4, 2025"
_META_PREFIX = re.compile(rf"[|·•>›»]\s*(?:(?i:{_WEEKDAY}),?\s*)?$")
_LEAD_WORDS = Caseless(r"(?:^|\s)(?:on|le|el|il|am|em|pada|vào|at|in|en|since)\s*$")


# what closes a dateline before the lead on the same line: "【マニラ＝2025年7月16日】",
# "[서울=연합뉴스] 2024년 9월 26일 —", "新华社曼谷2024年12月5日电", "3 มีนาคม 2568 –"
# "أبوظبي في 21 أبريل 2025 / وام / -", "عمّان في 21 نيسان 2025 /بترا/ -",
# "الرياض 21 أبريل 2025 واس -": an agency tag between slashes, or a short one
# before the dash, closes it too
_DATELINE_CLOSE = re.compile(
    r"^\s*(?:[】\]］）)]|[电電]|[—–]|-{1,2}\s|[(（/]|(?:[A-Z]{2,6}|[ء-ي]{2,6})\s*(?:[—–]|-{1,2}\s))"
)
# the wires of the Gulf and the Levant number the day, month and year between
# spaced dashes: "الكويت - 21 - 4 - 2025 (كونا) --"
_SPACED_NUMERIC = re.compile(
    r"(?<![\d-])(?P<d>[12]\d|3[01]|0?[1-9])\s+-\s+(?P<m>1[0-2]|0?[1-9])\s+-\s+"
    r"(?P<y>(?:19|20)\d\d)(?!\d)"
)
_SENTENCE_PUNCTUATION = re.compile(r"[.!?。！？،,、]")


def _dateline_before_lead(prefix: str, after: str) -> bool:
    """A date that a short place or agency tag opens and a bracket, dash or
    "电" closes is the dateline, though the lead follows on the same line."""
    return (
        len(prefix) <= 30
        and len(prefix.split()) <= 3
        and not _SENTENCE_PUNCTUATION.search(prefix)
        and bool(_DATELINE_CLOSE.match(after))
    )


def find_published(text: str, title: str, language: str) -> datetime.date | None:
    """The publication date the article states in its first lines (a dateline,
    a byline or a "Published ..." line), else at its foot ("2026年11月19日",
    "Published 4 March 2025" closing the text), else None."""
    text, title = _ascii_digits(text), _ascii_digits(title)
    lines = [
        line
        for line in text.splitlines()
        if line.strip() and line.strip() != title.strip()
    ]
    if any(_UPDATED_WORD.search(line) for line in lines[:8]):
        # a page that gives its update too: the first publication, if it says
        for line in lines[:8]:
            found = _published_on(line, language, first_only=True)
            if found is not None:
                return found
    for line in lines[:8]:
        found = _published_on(line, language)
        if found is not None:
            return found
    for line in lines[8:][-2:]:
        found = _published_on(line, language, foot=True)
        if found is not None:
            return found
    return None


def _published_on(
    line: str, language: str, foot: bool = False, first_only: bool = False
) -> datetime.date | None:
    """The publication date one line states; at the foot, only a line that is
    the date, or a date after a word of publishing; `first_only`, only a date
    right after a word of first publication ("Publié le", "입력")."""
    head = line[:300]
    if not _DIGIT.search(head):
        return None  # no date with a day
    # the dates with a day that find_dates(head, language, None) gives: the
    # month alone, the year alone and relative words only come after them
    out = _Collector(head)
    _numbered_dates(head, language, None, None, False, 0, out)
    for m in _SPACED_NUMERIC.finditer(head):
        value = _day_value(int(m["y"]), int(m["m"]), int(m["d"]))
        if value:
            out.add(FoundDate(m.start(), m.end(), value))
    ordered = sorted(out.found, key=lambda f: f.start)
    if first_only:
        # "Mis à jour le 05/03/2025 - Publié le 03/03/2025": the first publication
        for found in ordered:
            if found.value and len(found.value) == 10 and not found.relative:
                before = line[max(0, found.start - 30) : found.start]
                words = list(_FIRST_OR_UPDATED.finditer(before))
                if words and words[-1]["first"]:
                    return datetime.date.fromisoformat(found.value)
        return None
    cue = None
    for found in ordered:
        value = found.value
        if not value or len(value) != 10 or found.relative:
            continue
        prefix = line[: found.start]
        if cue is None:
            cue = _PUBLISHED_CUE.search(line[:120]) or False
        if foot:
            if (cue and cue.start() <= found.start) or (
                len(line.strip()) <= 40 and len(prefix.split()) <= 1
            ):
                return datetime.date.fromisoformat(value)
            continue
        if not cue and _LEAD_AFTER.match(line, found.end):
            continue  # "HÀ NỘI - Ngày 10/10/2025, tại Hà Nội, ...": the lead's day
        if _LEAD_WORDS.search(prefix) and not (
            # "Veröffentlicht am 5. Februar 2025": the cue's own preposition
            cue and len(line[cue.end() : found.start].split()) <= 1
        ):
            continue
        if (
            (cue and cue.start() <= found.start)
            or _DATELINE_PREFIX.match(prefix)
            or (len(line.strip()) <= 150 and _META_PREFIX.search(prefix))
            or _dateline_before_lead(prefix, line[found.end :])
            or (len(line.strip()) <= 70 and len(prefix.split()) <= 3)
        ):
            return datetime.date.fromisoformat(value)
    return None


_ANY_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


@lru_cache(maxsize=64)
def years_in(sentence: str) -> frozenset[int]:
    """The four-digit years a sentence names, to complete its other dates."""
    return frozenset(_year(y) for y in _ANY_YEAR.findall(_ascii_digits(sentence)))
