"""Short forms that name a country only inside a compound: Japanese 日米 (Japan and
the United States), Chinese 中美, Korean 한미일, Vietnamese "Việt - Nhật", English
"Sino-Vietnamese", "Franco-German".

The one-character forms are not in the fixture, because alone they are ordinary
words or morphemes (日 "day", 美 "beautiful", 한 "one"); of the Vietnamese ones, those
that name a country on their own too (Mỹ, Nga, Lào) are in it as well. An extractor can accept
them where two or more stand together (日米豪印, 한미일, 中老), are joined by a
hyphen or a middle dot to another country form ("Việt-Nhật", 한·미), or precede a
place (米ワシントン).

Import it as ``from cooperation.country_data import COMPOUND_FORMS``:
``{language: {form: ISO code}}``.
"""

COMPOUND_FORMS: dict[str, dict[str, str]] = {
    "ja": {
        "日": "JP", "米": "US", "中": "CN", "韓": "KR", "朝": "KP", "英": "GB",
        "仏": "FR", "独": "DE", "伊": "IT", "露": "RU", "印": "IN", "豪": "AU",
        "加": "CA", "比": "PH", "越": "VN", "台": "TW", "蘭": "NL", "西": "ES",
        "伯": "BR", "墨": "MX", "泰": "TH", "尼": "ID", "星": "SG",
    },
    "zh": {
        "中": "CN", "美": "US", "日": "JP", "韩": "KR", "韓": "KR", "朝": "KP",
        "英": "GB", "法": "FR", "德": "DE", "意": "IT", "俄": "RU", "印": "IN",
        "澳": "AU", "加": "CA", "越": "VN", "菲": "PH", "泰": "TH", "新": "SG",
        "马": "MY", "以": "IL", "伊": "IR", "沙": "SA", "埃": "EG", "土": "TR",
        "乌": "UA", "白": "BY", "哈": "KZ", "蒙": "MN", "老": "LA", "柬": "KH",
        "缅": "MM", "文": "BN", "台": "TW",
    },
    "ko": {
        "한": "KR", "미": "US", "일": "JP", "중": "CN", "북": "KP", "러": "RU",
        "영": "GB", "불": "FR", "독": "DE", "호": "AU", "인": "IN", "베": "VN",
    },
    "vi": {
        "Việt": "VN", "Trung": "CN", "Nhật": "JP", "Hàn": "KR", "Triều": "KP",
        "Nga": "RU", "Mỹ": "US", "Anh": "GB", "Pháp": "FR", "Đức": "DE", "Úc": "AU",
        "Ấn": "IN", "Lào": "LA", "Thái": "TH",
    },
    "en": {
        "Sino": "CN", "Franco": "FR", "Anglo": "GB", "Russo": "RU", "Italo": "IT",
        "Luso": "PT", "Hispano": "ES", "Greco": "GR", "Turco": "TR", "Austro": "AT",
        "Indo": "IN",
    },
}  # fmt: skip
