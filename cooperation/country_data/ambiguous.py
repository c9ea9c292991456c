"""Country names, demonyms and capitals that are also ordinary words, people's names
or other places, by language.

The fixture keeps them (Chad, Jordan and Georgia are countries the news reports on),
but an extractor should accept one of these only with support: written with a
capital letter where the language capitalises names, not at the start of a sentence,
or next to another country or a cue such as "government", "ministry", "embassy".
Names shared by two countries in the fixture ("Congolese", "Dominican", "Korea")
are listed too: matching one of them alone does not say which country is meant.

Import it as ``from cooperation.country_data import AMBIGUOUS_NAMES``; the values
are spelled exactly as in ``fixtures/countries.json`` and compared after casefold.
"""

AMBIGUOUS_NAMES: dict[str, frozenset[str]] = {
    "en": frozenset(
        {
            # countries that are common words, first names or other places (a
            # city-state that shares its capital's name, Singapore, is not)
            "Chad",
            "Jordan",
            "Georgia",
            "Guinea",
            "Niger",
            "Turkey",
            "Mali",
            "Oman",
            "Togo",
            "Peru",
            "Jersey",
            "Guernsey",
            "Victoria",
            "America",
            "the States",
            "Holland",
            "England",
            "Korea",
            "Congo",
            "Dominica",
            "Samoa",
            "Sudan",
            "Tonga",
            "ROC",
            "KSA",
            # demonyms that are common words or shared by two countries
            "French",
            "Polish",
            "Pole",
            "Turk",
            "Finn",
            "Dane",
            "Brit",
            "Swiss",
            "Kiwi",
            "Indian",
            "Georgian",
            "Dominican",
            "Dominicans",
            "Congolese",
            "Korean",
            "Guinean",
            "Lao",
            "Macedonian",
            "Samoan",
            "Sudanese",
            "Dutch",
            # capitals that name a convention, an initiative or an international
            # seat rather than the country: the Budapest Convention, the Tallinn
            # Manual, the Paris Call, Brussels for the European Union
            "Budapest",
            "Tallinn",
            "Paris",
            "Brussels",
            "Vienna",
            "The Hague",
            # capitals that are common words, names or other places
            "Washington",
            "Kingston",
            "Georgetown",
            "Hamilton",
            "Douglas",
            "Stanley",
            "Jamestown",
            "Santiago",
            "San José",
            "San Juan",
            "Tripoli",
            "Male",
            "Malé",
            "Lima",
            "Sucre",
            "Nassau",
            "Plymouth",
            "The Valley",
            "Saint-Denis",
            "Basse-Terre",
            "Roseau",
            "Castries",
            "Moroni",
            "Praia",
            "Kingstown",
            "Avarua",
            "Apia",
            "Colombo",
            "Brades",
        }
    ),
    "fr": frozenset(
        {
            "Budapest",
            "Paris",
            "Bruxelles",
            "Tallinn",
            "Vienne",
            "Maurice",
            "Géorgie",
            "Niger",
            "Guinée",
            "Tchad",
            "Corée",
            "Jersey",
            "Mali",
            "Togo",
            "Oman",
            "Washington",
            "Amérique",
            "Hollande",
            "Turc",
            "turc",
            "Koweït",
            "Panama",
            "Lima",
        }
    ),
    "es": frozenset(
        {
            "Budapest",
            "París",
            "Bruselas",
            "Tallin",
            "Chad",
            "Mali",
            "Togo",
            "Georgia",
            "Guinea",
            "Níger",
            "Corea",
            "Congo",
            "Lima",
            "San José",
            "Washington",
            "Panamá",
        }
    ),
    "it": frozenset(
        {
            "Budapest",
            "Parigi",
            "Bruxelles",
            "Tallinn",
            "Mali",
            "Ciad",
            "Togo",
            "Georgia",
            "Guinea",
            "Niger",
            "Corea",
            "Lima",
            "Emirati",
            "America",
            "Washington",
            "Santiago",
        }
    ),
    "de": frozenset(
        {
            "Budapest",
            "Paris",
            "Brüssel",
            "Wien",
            "Tallinn",
            "Georgien",
            "Guinea",
            "Niger",
            "Mali",
            "Togo",
            "Korea",
            "Amerika",
            "Holland",
            "Washington",
            "Emirate",
            "Bundesrepublik",
        }
    ),
    "pt": frozenset(
        {
            "Budapeste",
            "Paris",
            "Bruxelas",
            "Tallinn",
            "Chade",
            "Geórgia",
            "Guiné",
            "Níger",
            "Mali",
            "Togo",
            "Coreia",
            "Congo",
            "Lima",
            "Washington",
            "Santiago",
        }
    ),
    "id": frozenset(
        {
            "Lima",
            "Mali",
            "AS",
            "Turki",
            "Amerika",
            "Georgia",
            "Guinea",
            "Niger",
            "Chad",
            "Togo",
            "Washington",
        }
    ),
    "ms": frozenset(
        {
            "Lima",
            "Mali",
            "AS",
            "Turki",
            "Amerika",
            "Georgia",
            "Guinea",
            "Niger",
            "Chad",
            "Togo",
            "Jordan",
            "Washington",
        }
    ),
    "vi": frozenset(
        # one-syllable names that are also everyday words: "anh" (brother, you),
        # "mỹ" (beautiful), "pháp" (law), "đức" (virtue), "ý" (idea)...
        {
            "Mỹ",
            "Anh",
            "Pháp",
            "Đức",
            "Ý",
            "Úc",
            "Nga",
            "Hàn",
            "Nhật",
            "Lào",
            "Séc",
            "Thái",
            "Triều Tiên",
            "VN",
        }
    ),
    "ar": frozenset(
        # عمان is both Oman and Amman; المغرب is also "the west", "sunset";
        # المملكة is any kingdom
        {"عمان", "المغرب", "المملكة", "الأردن", "جورجيا", "تشاد", "كوري"}
    ),
    # Chinese, Japanese and Korean are matched inside words, so a short name is
    # dangerous when it is part of an everyday word: 저지 (Jersey) in 저지하다 "to
    # block", 이란 (Iran) the particle "~이란", 海地 (Haiti) in 沿海地区 "coastal
    # areas". Longer names containing a shorter one (印度尼西亚 and 印度, 尼日利亚
    # and 尼日) need the longest match to win.
    "ja": frozenset({"タイ", "チリ", "マリ", "トンガ", "ギニア", "ジョージア"}),
    "ko": frozenset(
        {
            "가나",
            "기니",
            "말리",
            "수단",
            "오만",
            "이란",
            "인도",
            "저지",
            "건지",
            "차드",
            "통가",
            "피지",
            "토고",
            "조지아",
        }
    ),
    "zh": frozenset(
        {
            "印度",
            "尼日",
            "黑山",
            "海地",
            "加纳",
            "多哥",
            "東加",
            "马里",
            "智利",
            "根息",
            "乍得",
            "查德",
        }
    ),
}
