"""Capital city names outside English, curated by hand where CLDR has none.

The build takes a capital's translations from CLDR's time-zone exemplar cities when
the capital is one (Paris, Tokyo, Seoul, Bangkok, Moscow...). Capitals that are not
the exemplar city of a time zone (Washington, Beijing, Hanoi, New Delhi, Canberra,
Ottawa, Ankara...) are listed here as ``code: {language: "form|form"}``.
"""

# fmt: off
CAPITALS = {
    "AE": {"fr": "Abou Dabi|Abu Dhabi", "es": "Abu Dabi", "it": "Abu Dhabi", "de": "Abu Dhabi", "pt": "Abu Dhabi|Abu Dabi", "id": "Abu Dhabi", "ms": "Abu Dhabi", "vi": "Abu Dhabi", "ar": "أبوظبي|أبو ظبي", "ja": "アブダビ", "ko": "아부다비", "zh": "阿布扎比", "th": "อาบูดาบี", "ru": "Абу-Даби"},
    "AR": {"fr": "Buenos Aires", "es": "Buenos Aires", "it": "Buenos Aires", "de": "Buenos Aires", "pt": "Buenos Aires", "id": "Buenos Aires", "ms": "Buenos Aires", "vi": "Buenos Aires", "ar": "بوينس آيرس", "ja": "ブエノスアイレス", "ko": "부에노스아이레스", "zh": "布宜诺斯艾利斯", "th": "บัวโนสไอเรส", "ru": "Буэнос-Айрес"},
    "AU": {"fr": "Canberra", "es": "Canberra", "it": "Canberra", "de": "Canberra", "pt": "Camberra|Canberra", "id": "Canberra", "ms": "Canberra", "vi": "Canberra", "ar": "كانبرا", "ja": "キャンベラ", "ko": "캔버라", "zh": "堪培拉", "th": "แคนเบอร์รา", "ru": "Канберра"},
    "BH": {"fr": "Manama", "es": "Manama", "it": "Manama", "de": "Manama", "pt": "Manama", "id": "Manama", "ms": "Manama", "vi": "Manama", "ar": "المنامة", "ja": "マナーマ", "ko": "마나마", "zh": "麦纳麦", "ru": "Манама", "th": "มานามา"},
    "BN": {"fr": "Bandar Seri Begawan", "es": "Bandar Seri Begawan", "it": "Bandar Seri Begawan", "de": "Bandar Seri Begawan", "pt": "Bandar Seri Begawan", "id": "Bandar Seri Begawan", "ms": "Bandar Seri Begawan", "vi": "Bandar Seri Begawan", "ar": "بندر سري بكاوان", "ja": "バンダルスリブガワン", "ko": "반다르스리브가완", "zh": "斯里巴加湾市", "th": "บันดาร์เซอรีเบอกาวัน", "ru": "Бандар-Сери-Бегаван"},
    "BR": {"fr": "Brasilia", "es": "Brasilia", "it": "Brasilia", "de": "Brasília|Brasilia", "pt": "Brasília", "id": "Brasília|Brasilia", "ms": "Brasília", "vi": "Brasília|Brasilia", "ar": "برازيليا", "ja": "ブラジリア", "ko": "브라질리아", "zh": "巴西利亚", "th": "บราซิเลีย", "ru": "Бразилиа"},
    "CA": {"fr": "Ottawa", "es": "Ottawa", "it": "Ottawa", "de": "Ottawa", "pt": "Ottawa|Otava", "id": "Ottawa", "ms": "Ottawa", "vi": "Ottawa", "ar": "أوتاوا", "ja": "オタワ", "ko": "오타와", "zh": "渥太华", "th": "ออตตาวา", "ru": "Оттава"},
    "CH": {"fr": "Berne", "es": "Berna", "it": "Berna", "de": "Bern", "pt": "Berna", "id": "Bern", "ms": "Bern", "vi": "Bern", "ar": "برن", "ja": "ベルン", "ko": "베른", "zh": "伯尔尼", "th": "เบิร์น", "ru": "Берн"},
    "CN": {"fr": "Pékin|Beijing", "es": "Pekín|Beijing", "it": "Pechino", "de": "Peking", "pt": "Pequim", "id": "Beijing", "ms": "Beijing", "vi": "Bắc Kinh", "ar": "بكين", "ja": "北京", "ko": "베이징|북경", "zh": "北京", "th": "ปักกิ่ง", "ru": "Пекин"},
    "IN": {"fr": "New Delhi|Delhi", "es": "Nueva Delhi", "it": "Nuova Delhi", "de": "Neu-Delhi", "pt": "Nova Deli|Nova Délhi", "id": "New Delhi", "ms": "New Delhi", "vi": "New Delhi|Niu Đê-li", "ar": "نيودلهي", "ja": "ニューデリー", "ko": "뉴델리", "zh": "新德里", "th": "นิวเดลี", "ru": "Нью-Дели"},
    "KW": {"fr": "Koweït", "es": "Kuwait", "it": "Kuwait", "de": "Kuwait-Stadt", "pt": "Cidade do Kuwait", "id": "Kota Kuwait", "ms": "Kuwait City", "vi": "Thành phố Kuwait", "ar": "مدينة الكويت", "ja": "クウェート市", "ko": "쿠웨이트시티", "zh": "科威特城", "ru": "Эль-Кувейт", "th": "คูเวตซิตี"},
    "KZ": {"fr": "Astana", "es": "Astaná", "it": "Astana", "de": "Astana", "pt": "Astana", "id": "Astana", "ms": "Astana", "vi": "Astana", "ar": "أستانا", "ja": "アスタナ", "ko": "아스타나", "zh": "阿斯塔纳", "th": "อัสตานา", "ru": "Астана"},
    "MA": {"fr": "Rabat", "es": "Rabat", "it": "Rabat", "de": "Rabat", "pt": "Rabat", "id": "Rabat", "ms": "Rabat", "vi": "Rabat", "ar": "الرباط", "ja": "ラバト", "ko": "라바트", "zh": "拉巴特", "ru": "Рабат", "th": "ราบัต"},
    "MM": {"fr": "Naypyidaw", "es": "Naipyidó|Naypyidaw", "it": "Naypyidaw", "de": "Naypyidaw", "pt": "Naypyidaw", "id": "Naypyidaw", "ms": "Naypyidaw", "vi": "Naypyidaw|Nay Pyi Taw", "ar": "نايبيداو", "ja": "ネピドー", "ko": "네피도", "zh": "内比都", "th": "เนปยีดอ", "ru": "Нейпьидо"},
    "NG": {"fr": "Abuja", "es": "Abuya|Abuja", "it": "Abuja", "de": "Abuja", "pt": "Abuja", "id": "Abuja", "ms": "Abuja", "vi": "Abuja", "ar": "أبوجا", "ja": "アブジャ", "ko": "아부자", "zh": "阿布贾", "ru": "Абуджа", "th": "อาบูจา"},
    "NZ": {"fr": "Wellington", "es": "Wellington", "it": "Wellington", "de": "Wellington", "pt": "Wellington", "id": "Wellington", "ms": "Wellington", "vi": "Wellington", "ar": "ويلينغتون|ولينغتون", "ja": "ウェリントン", "ko": "웰링턴", "zh": "惠灵顿", "th": "เวลลิงตัน", "ru": "Веллингтон"},
    "PK": {"fr": "Islamabad", "es": "Islamabad", "it": "Islamabad", "de": "Islamabad", "pt": "Islamabad|Islamabade", "id": "Islamabad", "ms": "Islamabad", "vi": "Islamabad", "ar": "إسلام آباد", "ja": "イスラマバード", "ko": "이슬라마바드", "zh": "伊斯兰堡", "th": "อิสลามาบัด", "ru": "Исламабад"},
    "QA": {"fr": "Doha", "es": "Doha", "it": "Doha", "de": "Doha", "pt": "Doha", "id": "Doha", "ms": "Doha", "vi": "Doha", "ar": "الدوحة", "ja": "ドーハ", "ko": "도하", "zh": "多哈", "th": "โดฮา", "ru": "Доха"},
    "TR": {"fr": "Ankara", "es": "Ankara", "it": "Ankara", "de": "Ankara", "pt": "Ancara", "id": "Ankara", "ms": "Ankara", "vi": "Ankara", "ar": "أنقرة", "ja": "アンカラ", "ko": "앙카라", "zh": "安卡拉", "th": "อังการา", "ru": "Анкара"},
    "US": {"fr": "Washington", "es": "Washington", "it": "Washington", "de": "Washington", "pt": "Washington", "id": "Washington", "ms": "Washington", "vi": "Washington|Oa-sinh-tơn", "ar": "واشنطن", "ja": "ワシントン", "ko": "워싱턴", "zh": "华盛顿|華盛頓", "th": "วอชิงตัน", "ru": "Вашингтон"},
    "VN": {"fr": "Hanoï|Hanoi", "es": "Hanói|Hanoi", "it": "Hanoi", "de": "Hanoi", "pt": "Hanói|Hanoi", "id": "Hanoi", "ms": "Hanoi", "vi": "Hà Nội|Ha Noi", "ar": "هانوي", "ja": "ハノイ", "ko": "하노이", "zh": "河内", "th": "ฮานอย", "ru": "Ханой"},
    "ZA": {"fr": "Pretoria", "es": "Pretoria", "it": "Pretoria", "de": "Pretoria", "pt": "Pretória", "id": "Pretoria", "ms": "Pretoria", "vi": "Pretoria", "ar": "بريتوريا", "ja": "プレトリア", "ko": "프리토리아", "zh": "比勒陀利亚", "ru": "Претория", "th": "พริทอเรีย"},
    "EC": {"fr": "Quito", "es": "Quito", "it": "Quito", "de": "Quito", "pt": "Quito", "ar": "كيتو", "ja": "キト", "ko": "키토", "zh": "基多", "ru": "Кито", "id": "Quito", "ms": "Quito", "vi": "Quito", "th": "กีโต"},
    "CM": {"fr": "Yaoundé", "es": "Yaundé", "it": "Yaoundé", "de": "Jaunde|Yaoundé", "pt": "Iaundé", "ar": "ياوندي", "ja": "ヤウンデ", "ko": "야운데", "zh": "雅温得", "ru": "Яунде", "id": "Yaoundé", "ms": "Yaoundé", "vi": "Yaoundé", "th": "ยาอุนเด"},
    "CR": {"fr": "San José", "es": "San José", "it": "San José", "de": "San José", "pt": "São José", "ar": "سان خوسيه", "ja": "サンホセ", "ko": "산호세", "zh": "圣何塞", "ru": "Сан-Хосе", "id": "San José", "ms": "San José", "vi": "San José", "th": "ซานโฮเซ"},
    "MT": {"fr": "La Valette", "es": "La Valeta", "it": "La Valletta", "de": "Valletta", "pt": "Valeta", "ar": "فاليتا", "ja": "バレッタ", "ko": "발레타", "zh": "瓦莱塔", "ru": "Валлетта", "id": "Valletta", "ms": "Valletta", "vi": "Valletta", "th": "วัลเลตตา"},
    "PA": {"fr": "Panama", "es": "Ciudad de Panamá", "it": "Panama", "de": "Panama-Stadt", "pt": "Cidade do Panamá", "ar": "مدينة بنما", "ja": "パナマシティ", "ko": "파나마시티", "zh": "巴拿马城", "ru": "Панама", "id": "Kota Panama", "ms": "Bandar Panama", "vi": "Thành phố Panama", "th": "ปานามาซิตี"},
    "PS": {"fr": "Ramallah", "es": "Ramala", "it": "Ramallah", "de": "Ramallah", "pt": "Ramallah", "ar": "رام الله", "ja": "ラマッラ", "ko": "라말라", "zh": "拉姆安拉", "ru": "Рамалла", "id": "Ramallah", "ms": "Ramallah", "vi": "Ramallah", "th": "รอมัลลาห์"},
    "YE": {"fr": "Sanaa", "es": "Saná", "it": "Sana'a", "de": "Sanaa", "pt": "Saná", "ar": "صنعاء", "ja": "サナア", "ko": "사나", "zh": "萨那", "ru": "Сана", "id": "Sana'a", "ms": "Sana'a", "vi": "Sana'a", "th": "ซานา"},
}
# fmt: on
