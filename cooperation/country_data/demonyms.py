"""Demonyms and nationality adjectives outside English, curated by hand.

Each entry is the dictionary form (masculine singular) of the adjective; the build
inflects it by the regular rules of the language (``inflect.py``): ``français`` also
gives ``française``, ``françaises``; ``italiano`` gives ``italiana``, ``italiani``,
``italiane``; the German stem ``deutsch`` gives ``deutsche``, ``deutschen``,
``deutscher``, ``deutsches``, ``deutschem``; the Arabic nisba ``فرنسي`` gives the
feminine, the forms with the article and the sound plurals; the Russian
``французский`` gives its twelve case and gender forms.

Where a language is irregular, the value lists every form, separated by ``|``, and
is taken as it is (``grec|grecque|grecs|grecques``); in Russian every listed form
is an adjective and is declined. For German the first form is
the adjective stem and the rest are nouns (``französisch|Franzose|Französin``) or
more adjective stems in ``-isch`` (``holländisch``); nouns in ``-er``, ``-e`` and
``-in`` get their plural and feminine forms by rule.

Languages whose demonym is the country name plus a fixed word (Vietnamese
"người Pháp", Japanese "フランス人", Korean "프랑스인", Chinese "法国人", Thai
"ชาวฝรั่งเศส") are generated from the names and are not listed here. Indonesian
and Malay use the country name itself as the adjective, so they have no entry.
"""

# fmt: off
DEMONYMS = {
    # G20 and the Five Eyes
    "AR": {"fr": "argentin", "es": "argentino", "it": "argentino", "de": "argentinisch|Argentinier", "pt": "argentino", "ar": "أرجنتيني", "ru": "аргентинский"},
    "AU": {"fr": "australien", "es": "australiano", "it": "australiano", "de": "australisch|Australier", "pt": "australiano", "ar": "أسترالي", "ru": "австралийский"},
    "BR": {"fr": "brésilien", "es": "brasileño", "it": "brasiliano", "de": "brasilianisch|Brasilianer", "pt": "brasileiro", "ar": "برازيلي", "ru": "бразильский"},
    "CA": {"fr": "canadien", "es": "canadiense", "it": "canadese", "de": "kanadisch|Kanadier", "pt": "canadense|canadiana|canadenses|canadiano|canadianos|canadianas", "ar": "كندي", "ru": "канадский"},
    "CN": {"fr": "chinois", "es": "chino", "it": "cinese", "de": "chinesisch|Chinese|Chinesin", "pt": "chinês", "ar": "صيني", "ru": "китайский"},
    "DE": {"fr": "allemand", "es": "alemán", "it": "tedesco|tedesca|tedeschi|tedesche", "de": "deutsch", "pt": "alemão|alemã|alemães|alemãs", "ar": "ألماني", "ru": "немецкий|германский"},
    "FR": {"fr": "français", "es": "francés", "it": "francese", "de": "französisch|Franzose|Französin", "pt": "francês", "ar": "فرنسي", "ru": "французский"},
    "GB": {"fr": "britannique", "es": "británico", "it": "britannico|britannica|britannici|britanniche", "de": "britisch|Brite|Britin", "pt": "britânico", "ar": "بريطاني", "ru": "британский"},
    "IN": {"fr": "indien", "es": "indio", "it": "indiano", "de": "indisch|Inder", "pt": "indiano", "ar": "هندي", "ru": "индийский"},
    "ID": {"fr": "indonésien", "es": "indonesio", "it": "indonesiano", "de": "indonesisch|Indonesier", "pt": "indonésio", "ar": "إندونيسي", "ru": "индонезийский"},
    "IT": {"fr": "italien", "es": "italiano", "it": "italiano", "de": "italienisch|Italiener", "pt": "italiano", "ar": "إيطالي", "ru": "итальянский"},
    "JP": {"fr": "japonais", "es": "japonés", "it": "giapponese", "de": "japanisch|Japaner", "pt": "japonês", "ar": "ياباني", "ru": "японский"},
    "KR": {"fr": "sud-coréen", "es": "surcoreano", "it": "sudcoreano", "de": "südkoreanisch|Südkoreaner", "pt": "sul-coreano", "ar": "كوري", "ru": "южнокорейский|корейский"},
    "MX": {"fr": "mexicain", "es": "mexicano", "it": "messicano", "de": "mexikanisch|Mexikaner", "pt": "mexicano", "ar": "مكسيكي", "ru": "мексиканский"},
    "NZ": {"fr": "néo-zélandais", "es": "neozelandés", "it": "neozelandese", "de": "neuseeländisch|Neuseeländer", "pt": "neozelandês", "ar": "نيوزيلندي", "ru": "новозеландский"},
    "RU": {"fr": "russe", "es": "ruso", "it": "russo", "de": "russisch|Russe|Russin", "pt": "russo", "ar": "روسي", "ru": "российский|русский"},
    "SA": {"fr": "saoudien", "es": "saudí", "it": "saudita", "de": "saudisch|Saudi", "pt": "saudita", "ar": "سعودي", "ru": "саудовский"},
    "TR": {"fr": "turc|turque|turcs|turques", "es": "turco", "it": "turco|turca|turchi|turche", "de": "türkisch|Türke|Türkin", "pt": "turco", "ar": "تركي", "ru": "турецкий"},
    "US": {"fr": "américain", "es": "estadounidense", "it": "statunitense|americano|americana|americani|americane|statunitensi", "de": "amerikanisch|Amerikaner|US-amerikanisch", "pt": "americano|americana|americanos|americanas|norte-americano|norte-americana|norte-americanos|norte-americanas|estadunidense|estadunidenses", "ar": "أمريكي", "ru": "американский"},
    "ZA": {"fr": "sud-africain", "es": "sudafricano", "it": "sudafricano", "de": "südafrikanisch|Südafrikaner", "pt": "sul-africano", "ar": "جنوب أفريقي", "ru": "южноафриканский"},
    # European Union
    "AT": {"fr": "autrichien", "es": "austriaco", "it": "austriaco|austriaca|austriaci|austriache", "de": "österreichisch|Österreicher", "pt": "austríaco", "ar": "نمساوي", "ru": "австрийский"},
    "BE": {"fr": "belge", "es": "belga", "it": "belga|belgi|belghe", "de": "belgisch|Belgier", "pt": "belga", "ar": "بلجيكي", "ru": "бельгийский"},
    "BG": {"fr": "bulgare", "es": "búlgaro", "it": "bulgaro", "de": "bulgarisch|Bulgare", "pt": "búlgaro", "ar": "بلغاري", "ru": "болгарский"},
    "HR": {"fr": "croate", "es": "croata", "it": "croato", "de": "kroatisch|Kroate", "pt": "croata", "ar": "كرواتي", "ru": "хорватский"},
    "CY": {"fr": "chypriote", "es": "chipriota", "it": "cipriota", "de": "zyprisch|Zyprer", "pt": "cipriota", "ar": "قبرصي", "ru": "кипрский"},
    "CZ": {"fr": "tchèque", "es": "checo", "it": "ceco|ceca|cechi|ceche", "de": "tschechisch|Tscheche", "pt": "checo", "ar": "تشيكي", "ru": "чешский"},
    "DK": {"fr": "danois", "es": "danés", "it": "danese", "de": "dänisch|Däne|Dänin", "pt": "dinamarquês", "ar": "دنماركي", "ru": "датский"},
    "EE": {"fr": "estonien", "es": "estonio", "it": "estone", "de": "estnisch|Este", "pt": "estónio|estônio|estónia|estônia|estónios|estônios", "ar": "إستوني", "ru": "эстонский"},
    "FI": {"fr": "finlandais", "es": "finlandés", "it": "finlandese", "de": "finnisch|Finne|Finnin", "pt": "finlandês", "ar": "فنلندي", "ru": "финский|финляндский"},
    "GR": {"fr": "grec|grecque|grecs|grecques", "es": "griego", "it": "greco|greca|greci|greche", "de": "griechisch|Grieche", "pt": "grego", "ar": "يوناني", "ru": "греческий"},
    "HU": {"fr": "hongrois", "es": "húngaro", "it": "ungherese", "de": "ungarisch|Ungar", "pt": "húngaro", "ar": "مجري", "ru": "венгерский"},
    "IE": {"fr": "irlandais", "es": "irlandés", "it": "irlandese", "de": "irisch|Ire|Irin", "pt": "irlandês", "ar": "إيرلندي", "ru": "ирландский"},
    "LV": {"fr": "letton", "es": "letón|letona|letones|letonas", "it": "lettone", "de": "lettisch|Lette", "pt": "letão|letã|letões|letãs", "ar": "لاتفي", "ru": "латвийский"},
    "LT": {"fr": "lituanien", "es": "lituano", "it": "lituano", "de": "litauisch|Litauer", "pt": "lituano", "ar": "ليتواني", "ru": "литовский"},
    "LU": {"fr": "luxembourgeois", "es": "luxemburgués", "it": "lussemburghese", "de": "luxemburgisch|Luxemburger", "pt": "luxemburguês", "ar": "لوكسمبورغي", "ru": "люксембургский"},
    "MT": {"fr": "maltais", "es": "maltés", "it": "maltese", "de": "maltesisch|Malteser", "pt": "maltês", "ar": "مالطي", "ru": "мальтийский"},
    "NL": {"fr": "néerlandais", "es": "neerlandés|holandés|neerlandesa|holandesa|neerlandeses|holandeses", "it": "olandese", "de": "niederländisch|Niederländer|holländisch", "pt": "neerlandês|holandês|neerlandesa|holandesa|neerlandeses|holandeses", "ar": "هولندي", "ru": "нидерландский|голландский"},
    "PL": {"fr": "polonais", "es": "polaco", "it": "polacco|polacca|polacchi|polacche", "de": "polnisch|Pole|Polin", "pt": "polaco|polonês|polaca|polonesa|polacos|poloneses", "ar": "بولندي", "ru": "польский"},
    "PT": {"fr": "portugais", "es": "portugués", "it": "portoghese", "de": "portugiesisch|Portugiese|Portugiesin", "pt": "português|portuguesa|portugueses|portuguesas", "ar": "برتغالي", "ru": "португальский"},
    "RO": {"fr": "roumain", "es": "rumano", "it": "rumeno", "de": "rumänisch|Rumäne|Rumänin", "pt": "romeno", "ar": "روماني", "ru": "румынский"},
    "SK": {"fr": "slovaque", "es": "eslovaco", "it": "slovacco|slovacca|slovacchi|slovacche", "de": "slowakisch|Slowake", "pt": "eslovaco", "ar": "سلوفاكي", "ru": "словацкий"},
    "SI": {"fr": "slovène", "es": "esloveno", "it": "sloveno", "de": "slowenisch|Slowene", "pt": "esloveno", "ar": "سلوفيني", "ru": "словенский"},
    "ES": {"fr": "espagnol", "es": "español|española|españoles|españolas", "it": "spagnolo", "de": "spanisch|Spanier", "pt": "espanhol|espanhola|espanhóis|espanholas", "ar": "إسباني", "ru": "испанский"},
    "SE": {"fr": "suédois", "es": "sueco", "it": "svedese", "de": "schwedisch|Schwede|Schwedin", "pt": "sueco", "ar": "سويدي", "ru": "шведский"},
    # Rest of Europe
    "CH": {"fr": "suisse", "es": "suizo", "it": "svizzero", "de": "schweizerisch|Schweizer", "pt": "suíço", "ar": "سويسري", "ru": "швейцарский"},
    "NO": {"fr": "norvégien", "es": "noruego", "it": "norvegese", "de": "norwegisch|Norweger", "pt": "norueguês", "ar": "نرويجي", "ru": "норвежский"},
    "IS": {"fr": "islandais", "es": "islandés", "it": "islandese", "de": "isländisch|Isländer", "pt": "islandês", "ar": "آيسلندي", "ru": "исландский"},
    "UA": {"fr": "ukrainien", "es": "ucraniano", "it": "ucraino", "de": "ukrainisch|Ukrainer", "pt": "ucraniano", "ar": "أوكراني", "ru": "украинский"},
    "BY": {"fr": "biélorusse", "es": "bielorruso", "it": "bielorusso", "de": "belarussisch|Belarusse|weißrussisch", "pt": "bielorrusso", "ar": "بيلاروسي", "ru": "белорусский"},
    "RS": {"fr": "serbe", "es": "serbio", "it": "serbo", "de": "serbisch|Serbe|Serbin", "pt": "sérvio", "ar": "صربي", "ru": "сербский"},
    "GE": {"fr": "géorgien", "es": "georgiano", "it": "georgiano", "de": "georgisch|Georgier", "pt": "georgiano", "ar": "جورجي", "ru": "грузинский"},
    "AM": {"fr": "arménien", "es": "armenio", "it": "armeno", "de": "armenisch|Armenier", "pt": "arménio|armênio|arménia|armênia|arménios|armênios", "ar": "أرميني", "ru": "армянский"},
    "AZ": {"fr": "azerbaïdjanais", "es": "azerbaiyano", "it": "azero|azera|azeri|azere", "de": "aserbaidschanisch|Aserbaidschaner", "pt": "azerbaijano", "ar": "أذربيجاني", "ru": "азербайджанский"},
    # South-East and East Asia
    "BN": {"fr": "brunéien", "es": "bruneano", "it": "bruneiano", "de": "bruneiisch|Bruneier", "pt": "bruneano", "ar": "بروني", "ru": "брунейский"},
    "KH": {"fr": "cambodgien", "es": "camboyano", "it": "cambogiano", "de": "kambodschanisch|Kambodschaner", "pt": "cambojano", "ar": "كمبودي", "ru": "камбоджийский"},
    "LA": {"fr": "laotien", "es": "laosiano", "it": "laotiano", "de": "laotisch|Laote", "pt": "laosiano", "ar": "لاوسي", "ru": "лаосский"},
    "MY": {"fr": "malaisien", "es": "malasio", "it": "malese", "de": "malaysisch|Malaysier", "pt": "malaio", "ar": "ماليزي", "ru": "малайзийский"},
    "MM": {"fr": "birman", "es": "birmano", "it": "birmano", "de": "myanmarisch|birmanisch|Myanmare", "pt": "birmanês|mianmarense|birmanesa|birmaneses", "ar": "ميانماري", "ru": "мьянманский|бирманский"},
    "PH": {"fr": "philippin", "es": "filipino", "it": "filippino", "de": "philippinisch|Philippiner", "pt": "filipino", "ar": "فلبيني", "ru": "филиппинский"},
    "SG": {"fr": "singapourien", "es": "singapurense", "it": "singaporiano", "de": "singapurisch|Singapurer", "pt": "singapurense|cingapuriano|singapurenses", "ar": "سنغافوري", "ru": "сингапурский"},
    "TH": {"fr": "thaïlandais", "es": "tailandés", "it": "thailandese", "de": "thailändisch|Thailänder", "pt": "tailandês", "ar": "تايلاندي", "ru": "таиландский|тайский"},
    "VN": {"fr": "vietnamien", "es": "vietnamita", "it": "vietnamita|vietnamiti|vietnamite", "de": "vietnamesisch|Vietnamese|Vietnamesin", "pt": "vietnamita", "ar": "فيتنامي", "ru": "вьетнамский"},
    "TL": {"fr": "timorais", "es": "timorense", "it": "timorese", "de": "osttimoresisch|Osttimorese", "pt": "timorense", "ar": "تيموري", "ru": "тиморский"},
    "KP": {"fr": "nord-coréen", "es": "norcoreano", "it": "nordcoreano", "de": "nordkoreanisch|Nordkoreaner", "pt": "norte-coreano", "ar": "كوري شمالي", "ru": "северокорейский"},
    "TW": {"fr": "taïwanais", "es": "taiwanés", "it": "taiwanese", "de": "taiwanisch|Taiwaner", "pt": "taiwanês", "ar": "تايواني", "ru": "тайваньский"},
    "HK": {"fr": "hongkongais", "es": "hongkonés", "it": "hongkonghese", "de": "hongkongisch|Hongkonger", "pt": "honconguês", "ar": "هونغ كونغي", "ru": "гонконгский"},
    "MN": {"fr": "mongol", "es": "mongol", "it": "mongolo", "de": "mongolisch|Mongole", "pt": "mongol|mongóis|mongola|mongolas", "ar": "منغولي", "ru": "монгольский"},
    # South and Central Asia
    "PK": {"fr": "pakistanais", "es": "pakistaní", "it": "pakistano", "de": "pakistanisch|Pakistaner", "pt": "paquistanês", "ar": "باكستاني", "ru": "пакистанский"},
    "BD": {"fr": "bangladais", "es": "bangladesí", "it": "bengalese", "de": "bangladeschisch|Bangladescher", "pt": "bangladês|bengali", "ar": "بنغلاديشي", "ru": "бангладешский"},
    "LK": {"fr": "sri-lankais", "es": "esrilanqués|ceilandés", "it": "singalese", "de": "sri-lankisch|Sri-Lanker", "pt": "cingalês", "ar": "سريلانكي", "ru": "шри-ланкийский"},
    "NP": {"fr": "népalais", "es": "nepalí", "it": "nepalese", "de": "nepalesisch|Nepalese", "pt": "nepalês", "ar": "نيبالي", "ru": "непальский"},
    "AF": {"fr": "afghan", "es": "afgano", "it": "afgano", "de": "afghanisch|Afghane", "pt": "afegão|afegã|afegãos|afegãs", "ar": "أفغاني", "ru": "афганский"},
    "KZ": {"fr": "kazakh", "es": "kazajo", "it": "kazako|kazaka|kazaki|kazake", "de": "kasachisch|Kasache", "pt": "cazaque", "ar": "كازاخستاني", "ru": "казахстанский|казахский"},
    "UZ": {"fr": "ouzbek|ouzbèke|ouzbeks|ouzbèkes", "es": "uzbeko", "it": "uzbeko|uzbeka|uzbeki|uzbeke", "de": "usbekisch|Usbeke", "pt": "uzbeque", "ar": "أوزبكي", "ru": "узбекский"},
    # Middle East and the Gulf
    "AE": {"fr": "émirati", "es": "emiratí", "it": "emiratino", "de": "emiratisch|Emirater", "pt": "emiradense|emiratense", "ar": "إماراتي", "ru": "эмиратский"},
    "QA": {"fr": "qatari|qatarien|qatarienne|qatariens", "es": "catarí", "it": "qatariota", "de": "katarisch|Katarer", "pt": "catarense|catariano", "ar": "قطري", "ru": "катарский"},
    "KW": {"fr": "koweïtien", "es": "kuwaití", "it": "kuwaitiano", "de": "kuwaitisch|Kuwaiter", "pt": "kuwaitiano", "ar": "كويتي", "ru": "кувейтский"},
    "BH": {"fr": "bahreïnien|bahreïni", "es": "bareiní|bahreiní", "it": "bahreinita", "de": "bahrainisch|Bahrainer", "pt": "bareinita|barenita", "ar": "بحريني", "ru": "бахрейнский"},
    "OM": {"fr": "omanais", "es": "omaní", "it": "omanita", "de": "omanisch|Omaner", "pt": "omanense|omani", "ar": "عماني", "ru": "оманский"},
    "IL": {"fr": "israélien", "es": "israelí", "it": "israeliano", "de": "israelisch|Israeli", "pt": "israelense|israelita|israelenses", "ar": "إسرائيلي", "ru": "израильский"},
    "IR": {"fr": "iranien", "es": "iraní", "it": "iraniano", "de": "iranisch|Iraner", "pt": "iraniano", "ar": "إيراني", "ru": "иранский"},
    "IQ": {"fr": "irakien", "es": "iraquí", "it": "iracheno", "de": "irakisch|Iraker", "pt": "iraquiano", "ar": "عراقي", "ru": "иракский"},
    "SY": {"fr": "syrien", "es": "sirio", "it": "siriano", "de": "syrisch|Syrer", "pt": "sírio", "ar": "سوري", "ru": "сирийский"},
    "LB": {"fr": "libanais", "es": "libanés", "it": "libanese", "de": "libanesisch|Libanese", "pt": "libanês", "ar": "لبناني", "ru": "ливанский"},
    "JO": {"fr": "jordanien", "es": "jordano", "it": "giordano", "de": "jordanisch|Jordanier", "pt": "jordaniano", "ar": "أردني", "ru": "иорданский"},
    "PS": {"fr": "palestinien", "es": "palestino", "it": "palestinese", "de": "palästinensisch|Palästinenser", "pt": "palestino|palestiniano", "ar": "فلسطيني", "ru": "палестинский"},
    "YE": {"fr": "yéménite", "es": "yemení", "it": "yemenita", "de": "jemenitisch|Jemenit", "pt": "iemenita", "ar": "يمني", "ru": "йеменский"},
    # Africa
    "NG": {"fr": "nigérian", "es": "nigeriano", "it": "nigeriano", "de": "nigerianisch|Nigerianer", "pt": "nigeriano", "ar": "نيجيري", "ru": "нигерийский"},
    "EG": {"fr": "égyptien", "es": "egipcio", "it": "egiziano", "de": "ägyptisch|Ägypter", "pt": "egípcio", "ar": "مصري", "ru": "египетский"},
    "KE": {"fr": "kényan", "es": "keniano", "it": "keniota|keniano", "de": "kenianisch|Kenianer", "pt": "queniano", "ar": "كيني", "ru": "кенийский"},
    "ET": {"fr": "éthiopien", "es": "etíope", "it": "etiope", "de": "äthiopisch|Äthiopier", "pt": "etíope", "ar": "إثيوبي", "ru": "эфиопский"},
    "MA": {"fr": "marocain", "es": "marroquí", "it": "marocchino", "de": "marokkanisch|Marokkaner", "pt": "marroquino", "ar": "مغربي", "ru": "марокканский"},
    "DZ": {"fr": "algérien", "es": "argelino", "it": "algerino", "de": "algerisch|Algerier", "pt": "argelino", "ar": "جزائري", "ru": "алжирский"},
    "TN": {"fr": "tunisien", "es": "tunecino", "it": "tunisino", "de": "tunesisch|Tunesier", "pt": "tunisiano|tunisino", "ar": "تونسي", "ru": "тунисский"},
    "GH": {"fr": "ghanéen", "es": "ghanés", "it": "ghanese", "de": "ghanaisch|Ghanaer", "pt": "ganês", "ar": "غاني", "ru": "ганский"},
    "RW": {"fr": "rwandais", "es": "ruandés", "it": "ruandese", "de": "ruandisch|Ruander", "pt": "ruandês", "ar": "رواندي", "ru": "руандийский"},
    "SN": {"fr": "sénégalais", "es": "senegalés", "it": "senegalese", "de": "senegalesisch|Senegalese", "pt": "senegalês", "ar": "سنغالي", "ru": "сенегальский"},
    "CI": {"fr": "ivoirien", "es": "marfileño", "it": "ivoriano", "de": "ivorisch|Ivorer", "pt": "marfinense", "ar": "إيفواري", "ru": "ивуарийский"},
    "CM": {"fr": "camerounais", "es": "camerunés", "it": "camerunese", "de": "kamerunisch|Kameruner", "pt": "camaronês", "ar": "كاميروني", "ru": "камерунский"},
    "LY": {"fr": "libyen", "es": "libio", "it": "libico|libica|libici|libiche", "de": "libysch|Libyer", "pt": "líbio", "ar": "ليبي", "ru": "ливийский"},
    # Latin America
    "CL": {"fr": "chilien", "es": "chileno", "it": "cileno", "de": "chilenisch|Chilene", "pt": "chileno", "ar": "تشيلي", "ru": "чилийский"},
    "CO": {"fr": "colombien", "es": "colombiano", "it": "colombiano", "de": "kolumbianisch|Kolumbianer", "pt": "colombiano", "ar": "كولومبي", "ru": "колумбийский"},
    "PE": {"fr": "péruvien", "es": "peruano", "it": "peruviano", "de": "peruanisch|Peruaner", "pt": "peruano", "ar": "بيروفي", "ru": "перуанский"},
    "VE": {"fr": "vénézuélien", "es": "venezolano", "it": "venezuelano", "de": "venezolanisch|Venezolaner", "pt": "venezuelano", "ar": "فنزويلي", "ru": "венесуэльский"},
    "CU": {"fr": "cubain", "es": "cubano", "it": "cubano", "de": "kubanisch|Kubaner", "pt": "cubano", "ar": "كوبي", "ru": "кубинский"},
    "UY": {"fr": "uruguayen", "es": "uruguayo", "it": "uruguaiano", "de": "uruguayisch|Uruguayer", "pt": "uruguaio", "ar": "أوروغوايي", "ru": "уругвайский"},
    "EC": {"fr": "équatorien", "es": "ecuatoriano", "it": "ecuadoriano", "de": "ecuadorianisch|Ecuadorianer", "pt": "equatoriano", "ar": "إكوادوري", "ru": "эквадорский"},
    "PY": {"fr": "paraguayen", "es": "paraguayo", "it": "paraguaiano", "de": "paraguayisch|Paraguayer", "pt": "paraguaio", "ar": "باراغوياني", "ru": "парагвайский"},
    "BO": {"fr": "bolivien", "es": "boliviano", "it": "boliviano", "de": "bolivianisch|Bolivianer", "pt": "boliviano", "ar": "بوليفي", "ru": "боливийский"},
    "CR": {"fr": "costaricien", "es": "costarricense", "it": "costaricano", "de": "costa-ricanisch|Costa-Ricaner", "pt": "costarriquenho", "ar": "كوستاريكي", "ru": "костариканский"},
    "PA": {"fr": "panaméen", "es": "panameño", "it": "panamense", "de": "panamaisch|Panamaer", "pt": "panamenho", "ar": "بنمي", "ru": "панамский"},
}
# fmt: on
