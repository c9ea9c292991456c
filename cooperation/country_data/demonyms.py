"""Demonyms and nationality adjectives outside English, curated by hand.

Each entry is the dictionary form (masculine singular) of the adjective; the build
inflects it by the regular rules of the language (``inflect.py``): ``français`` also
gives ``française``, ``françaises``; ``italiano`` gives ``italiana``, ``italiani``,
``italiane``; the German stem ``deutsch`` gives ``deutsche``, ``deutschen``,
``deutscher``, ``deutsches``, ``deutschem``; the Arabic nisba ``فرنسي`` gives the
feminine, the forms with the article and the sound plurals; the Russian
``французский`` (and the Ukrainian ``французький``, the Polish ``francuski``) gives
its case and gender forms; the Dutch ``Frans`` gives ``Franse``.

Where a language is irregular, the value lists every form, separated by ``|``, and
is taken as it is (``grec|grecque|grecs|grecques``); in Russian, Ukrainian, Polish
and Dutch every listed form is an adjective and is inflected. For German the first form is
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
    "AR": {"fr": "argentin", "es": "argentino", "it": "argentino", "de": "argentinisch|Argentinier", "pt": "argentino", "ar": "أرجنتيني", "ru": "аргентинский", "nl": "Argentijns", "pl": "argentyński", "uk": "аргентинський"},
    "AU": {"fr": "australien", "es": "australiano", "it": "australiano", "de": "australisch|Australier", "pt": "australiano", "ar": "أسترالي", "ru": "австралийский", "nl": "Australisch", "pl": "australijski", "uk": "австралійський"},
    "BR": {"fr": "brésilien", "es": "brasileño", "it": "brasiliano", "de": "brasilianisch|Brasilianer", "pt": "brasileiro", "ar": "برازيلي", "ru": "бразильский", "nl": "Braziliaans", "pl": "brazylijski", "uk": "бразильський"},
    "CA": {"fr": "canadien", "es": "canadiense", "it": "canadese", "de": "kanadisch|Kanadier", "pt": "canadense|canadiana|canadenses|canadiano|canadianos|canadianas", "ar": "كندي", "ru": "канадский", "nl": "Canadees", "pl": "kanadyjski", "uk": "канадський"},
    "CN": {"fr": "chinois", "es": "chino", "it": "cinese", "de": "chinesisch|Chinese|Chinesin", "pt": "chinês", "ar": "صيني", "ru": "китайский", "nl": "Chinees", "pl": "chiński", "uk": "китайський"},
    "DE": {"fr": "allemand", "es": "alemán", "it": "tedesco|tedesca|tedeschi|tedesche", "de": "deutsch", "pt": "alemão|alemã|alemães|alemãs", "ar": "ألماني", "ru": "немецкий|германский", "nl": "Duits", "pl": "niemiecki", "uk": "німецький"},
    "FR": {"fr": "français", "es": "francés", "it": "francese", "de": "französisch|Franzose|Französin", "pt": "francês", "ar": "فرنسي", "ru": "французский", "nl": "Frans", "pl": "francuski", "uk": "французький"},
    "GB": {"fr": "britannique", "es": "británico", "it": "britannico|britannica|britannici|britanniche", "de": "britisch|Brite|Britin", "pt": "britânico", "ar": "بريطاني", "ru": "британский", "nl": "Brits", "pl": "brytyjski", "uk": "британський"},
    "IN": {"fr": "indien", "es": "indio", "it": "indiano", "de": "indisch|Inder", "pt": "indiano", "ar": "هندي", "ru": "индийский", "nl": "Indiaas", "pl": "indyjski", "uk": "індійський"},
    "ID": {"fr": "indonésien", "es": "indonesio", "it": "indonesiano", "de": "indonesisch|Indonesier", "pt": "indonésio", "ar": "إندونيسي", "ru": "индонезийский", "nl": "Indonesisch", "pl": "indonezyjski", "uk": "індонезійський"},
    "IT": {"fr": "italien", "es": "italiano", "it": "italiano", "de": "italienisch|Italiener", "pt": "italiano", "ar": "إيطالي", "ru": "итальянский", "nl": "Italiaans", "pl": "włoski", "uk": "італійський"},
    "JP": {"fr": "japonais", "es": "japonés", "it": "giapponese", "de": "japanisch|Japaner", "pt": "japonês", "ar": "ياباني", "ru": "японский", "nl": "Japans", "pl": "japoński", "uk": "японський"},
    "KR": {"fr": "sud-coréen", "es": "surcoreano", "it": "sudcoreano", "de": "südkoreanisch|Südkoreaner", "pt": "sul-coreano", "ar": "كوري", "ru": "южнокорейский|корейский", "nl": "Zuid-Koreaans|Koreaans", "pl": "południowokoreański|koreański", "uk": "південнокорейський|корейський"},
    "MX": {"fr": "mexicain", "es": "mexicano", "it": "messicano", "de": "mexikanisch|Mexikaner", "pt": "mexicano", "ar": "مكسيكي", "ru": "мексиканский", "nl": "Mexicaans", "pl": "meksykański", "uk": "мексиканський"},
    "NZ": {"fr": "néo-zélandais", "es": "neozelandés", "it": "neozelandese", "de": "neuseeländisch|Neuseeländer", "pt": "neozelandês", "ar": "نيوزيلندي", "ru": "новозеландский", "nl": "Nieuw-Zeelands", "pl": "nowozelandzki", "uk": "новозеландський"},
    "RU": {"fr": "russe", "es": "ruso", "it": "russo", "de": "russisch|Russe|Russin", "pt": "russo", "ar": "روسي", "ru": "российский|русский", "nl": "Russisch", "pl": "rosyjski", "uk": "російський"},
    "SA": {"fr": "saoudien", "es": "saudí", "it": "saudita", "de": "saudisch|Saudi", "pt": "saudita", "ar": "سعودي", "ru": "саудовский", "nl": "Saoedisch|Saudisch", "pl": "saudyjski", "uk": "саудівський"},
    "TR": {"fr": "turc|turque|turcs|turques", "es": "turco", "it": "turco|turca|turchi|turche", "de": "türkisch|Türke|Türkin", "pt": "turco", "ar": "تركي", "ru": "турецкий", "nl": "Turks", "pl": "turecki", "uk": "турецький"},
    "US": {"fr": "américain", "es": "estadounidense", "it": "statunitense|americano|americana|americani|americane|statunitensi", "de": "amerikanisch|Amerikaner|US-amerikanisch", "pt": "americano|americana|americanos|americanas|norte-americano|norte-americana|norte-americanos|norte-americanas|estadunidense|estadunidenses", "ar": "أمريكي", "ru": "американский", "nl": "Amerikaans", "pl": "amerykański", "uk": "американський"},
    "ZA": {"fr": "sud-africain", "es": "sudafricano", "it": "sudafricano", "de": "südafrikanisch|Südafrikaner", "pt": "sul-africano", "ar": "جنوب أفريقي", "ru": "южноафриканский", "nl": "Zuid-Afrikaans", "pl": "południowoafrykański", "uk": "південноафриканський"},
    # European Union
    "AT": {"fr": "autrichien", "es": "austriaco", "it": "austriaco|austriaca|austriaci|austriache", "de": "österreichisch|Österreicher", "pt": "austríaco", "ar": "نمساوي", "ru": "австрийский", "nl": "Oostenrijks", "pl": "austriacki", "uk": "австрійський"},
    "BE": {"fr": "belge", "es": "belga", "it": "belga|belgi|belghe", "de": "belgisch|Belgier", "pt": "belga", "ar": "بلجيكي", "ru": "бельгийский", "nl": "Belgisch", "pl": "belgijski", "uk": "бельгійський"},
    "BG": {"fr": "bulgare", "es": "búlgaro", "it": "bulgaro", "de": "bulgarisch|Bulgare", "pt": "búlgaro", "ar": "بلغاري", "ru": "болгарский", "nl": "Bulgaars", "pl": "bułgarski", "uk": "болгарський"},
    "HR": {"fr": "croate", "es": "croata", "it": "croato", "de": "kroatisch|Kroate", "pt": "croata", "ar": "كرواتي", "ru": "хорватский", "nl": "Kroatisch", "pl": "chorwacki", "uk": "хорватський"},
    "CY": {"fr": "chypriote", "es": "chipriota", "it": "cipriota", "de": "zyprisch|Zyprer", "pt": "cipriota", "ar": "قبرصي", "ru": "кипрский", "nl": "Cypriotisch", "pl": "cypryjski", "uk": "кіпрський"},
    "CZ": {"fr": "tchèque", "es": "checo", "it": "ceco|ceca|cechi|ceche", "de": "tschechisch|Tscheche", "pt": "checo", "ar": "تشيكي", "ru": "чешский", "nl": "Tsjechisch", "pl": "czeski", "uk": "чеський"},
    "DK": {"fr": "danois", "es": "danés", "it": "danese", "de": "dänisch|Däne|Dänin", "pt": "dinamarquês", "ar": "دنماركي", "ru": "датский", "nl": "Deens", "pl": "duński", "uk": "данський"},
    "EE": {"fr": "estonien", "es": "estonio", "it": "estone", "de": "estnisch|Este", "pt": "estónio|estônio|estónia|estônia|estónios|estônios", "ar": "إستوني", "ru": "эстонский", "nl": "Ests|Estisch", "pl": "estoński", "uk": "естонський"},
    "FI": {"fr": "finlandais", "es": "finlandés", "it": "finlandese", "de": "finnisch|Finne|Finnin", "pt": "finlandês", "ar": "فنلندي", "ru": "финский|финляндский", "nl": "Fins", "pl": "fiński", "uk": "фінський"},
    "GR": {"fr": "grec|grecque|grecs|grecques", "es": "griego", "it": "greco|greca|greci|greche", "de": "griechisch|Grieche", "pt": "grego", "ar": "يوناني", "ru": "греческий", "nl": "Grieks", "pl": "grecki", "uk": "грецький"},
    "HU": {"fr": "hongrois", "es": "húngaro", "it": "ungherese", "de": "ungarisch|Ungar", "pt": "húngaro", "ar": "مجري", "ru": "венгерский", "nl": "Hongaars", "pl": "węgierski", "uk": "угорський"},
    "IE": {"fr": "irlandais", "es": "irlandés", "it": "irlandese", "de": "irisch|Ire|Irin", "pt": "irlandês", "ar": "إيرلندي", "ru": "ирландский", "nl": "Iers", "pl": "irlandzki", "uk": "ірландський"},
    "LV": {"fr": "letton", "es": "letón|letona|letones|letonas", "it": "lettone", "de": "lettisch|Lette", "pt": "letão|letã|letões|letãs", "ar": "لاتفي", "ru": "латвийский", "nl": "Lets", "pl": "łotewski", "uk": "латвійський"},
    "LT": {"fr": "lituanien", "es": "lituano", "it": "lituano", "de": "litauisch|Litauer", "pt": "lituano", "ar": "ليتواني", "ru": "литовский", "nl": "Litouws", "pl": "litewski", "uk": "литовський"},
    "LU": {"fr": "luxembourgeois", "es": "luxemburgués", "it": "lussemburghese", "de": "luxemburgisch|Luxemburger", "pt": "luxemburguês", "ar": "لوكسمبورغي", "ru": "люксембургский", "nl": "Luxemburgs", "pl": "luksemburski", "uk": "люксембурзький"},
    "MT": {"fr": "maltais", "es": "maltés", "it": "maltese", "de": "maltesisch|Malteser", "pt": "maltês", "ar": "مالطي", "ru": "мальтийский", "nl": "Maltees", "pl": "maltański", "uk": "мальтійський"},
    "NL": {"fr": "néerlandais", "es": "neerlandés|holandés|neerlandesa|holandesa|neerlandeses|holandeses", "it": "olandese", "de": "niederländisch|Niederländer|holländisch", "pt": "neerlandês|holandês|neerlandesa|holandesa|neerlandeses|holandeses", "ar": "هولندي", "ru": "нидерландский|голландский", "nl": "Nederlands|Hollands", "pl": "niderlandzki|holenderski", "uk": "нідерландський"},
    "PL": {"fr": "polonais", "es": "polaco", "it": "polacco|polacca|polacchi|polacche", "de": "polnisch|Pole|Polin", "pt": "polaco|polonês|polaca|polonesa|polacos|poloneses", "ar": "بولندي", "ru": "польский", "nl": "Pools", "pl": "polski", "uk": "польський"},
    "PT": {"fr": "portugais", "es": "portugués", "it": "portoghese", "de": "portugiesisch|Portugiese|Portugiesin", "pt": "português|portuguesa|portugueses|portuguesas", "ar": "برتغالي", "ru": "португальский", "nl": "Portugees", "pl": "portugalski", "uk": "португальський"},
    "RO": {"fr": "roumain", "es": "rumano", "it": "rumeno", "de": "rumänisch|Rumäne|Rumänin", "pt": "romeno", "ar": "روماني", "ru": "румынский", "nl": "Roemeens", "pl": "rumuński", "uk": "румунський"},
    "SK": {"fr": "slovaque", "es": "eslovaco", "it": "slovacco|slovacca|slovacchi|slovacche", "de": "slowakisch|Slowake", "pt": "eslovaco", "ar": "سلوفاكي", "ru": "словацкий", "nl": "Slowaaks", "pl": "słowacki", "uk": "словацький"},
    "SI": {"fr": "slovène", "es": "esloveno", "it": "sloveno", "de": "slowenisch|Slowene", "pt": "esloveno", "ar": "سلوفيني", "ru": "словенский", "nl": "Sloveens", "pl": "słoweński", "uk": "словенський"},
    "ES": {"fr": "espagnol", "es": "español|española|españoles|españolas", "it": "spagnolo", "de": "spanisch|Spanier", "pt": "espanhol|espanhola|espanhóis|espanholas", "ar": "إسباني", "ru": "испанский", "nl": "Spaans", "pl": "hiszpański", "uk": "іспанський"},
    "SE": {"fr": "suédois", "es": "sueco", "it": "svedese", "de": "schwedisch|Schwede|Schwedin", "pt": "sueco", "ar": "سويدي", "ru": "шведский", "nl": "Zweeds", "pl": "szwedzki", "uk": "шведський"},
    # Rest of Europe
    "CH": {"fr": "suisse", "es": "suizo", "it": "svizzero", "de": "schweizerisch|Schweizer", "pt": "suíço", "ar": "سويسري", "ru": "швейцарский", "nl": "Zwitsers", "pl": "szwajcarski", "uk": "швейцарський"},
    "NO": {"fr": "norvégien", "es": "noruego", "it": "norvegese", "de": "norwegisch|Norweger", "pt": "norueguês", "ar": "نرويجي", "ru": "норвежский", "nl": "Noors", "pl": "norweski", "uk": "норвезький"},
    "IS": {"fr": "islandais", "es": "islandés", "it": "islandese", "de": "isländisch|Isländer", "pt": "islandês", "ar": "آيسلندي", "ru": "исландский", "nl": "IJslands", "pl": "islandzki", "uk": "ісландський"},
    "UA": {"fr": "ukrainien", "es": "ucraniano", "it": "ucraino", "de": "ukrainisch|Ukrainer", "pt": "ucraniano", "ar": "أوكراني", "ru": "украинский", "nl": "Oekraïens", "pl": "ukraiński", "uk": "український"},
    "BY": {"fr": "biélorusse", "es": "bielorruso", "it": "bielorusso", "de": "belarussisch|Belarusse|weißrussisch", "pt": "bielorrusso", "ar": "بيلاروسي", "ru": "белорусский", "nl": "Belarussisch|Wit-Russisch", "pl": "białoruski", "uk": "білоруський"},
    "RS": {"fr": "serbe", "es": "serbio", "it": "serbo", "de": "serbisch|Serbe|Serbin", "pt": "sérvio", "ar": "صربي", "ru": "сербский", "nl": "Servisch", "pl": "serbski", "uk": "сербський"},
    "GE": {"fr": "géorgien", "es": "georgiano", "it": "georgiano", "de": "georgisch|Georgier", "pt": "georgiano", "ar": "جورجي", "ru": "грузинский", "nl": "Georgisch", "pl": "gruziński", "uk": "грузинський"},
    "AM": {"fr": "arménien", "es": "armenio", "it": "armeno", "de": "armenisch|Armenier", "pt": "arménio|armênio|arménia|armênia|arménios|armênios", "ar": "أرميني", "ru": "армянский", "nl": "Armeens", "pl": "ormiański", "uk": "вірменський"},
    "AZ": {"fr": "azerbaïdjanais", "es": "azerbaiyano", "it": "azero|azera|azeri|azere", "de": "aserbaidschanisch|Aserbaidschaner", "pt": "azerbaijano", "ar": "أذربيجاني", "ru": "азербайджанский", "nl": "Azerbeidzjaans", "pl": "azerbejdżański|azerski", "uk": "азербайджанський"},
    # South-East and East Asia
    "BN": {"fr": "brunéien", "es": "bruneano", "it": "bruneiano", "de": "bruneiisch|Bruneier", "pt": "bruneano", "ar": "بروني", "ru": "брунейский", "nl": "Bruneis", "pl": "brunejski", "uk": "брунейський"},
    "KH": {"fr": "cambodgien", "es": "camboyano", "it": "cambogiano", "de": "kambodschanisch|Kambodschaner", "pt": "cambojano", "ar": "كمبودي", "ru": "камбоджийский", "nl": "Cambodjaans", "pl": "kambodżański", "uk": "камбоджійський"},
    "LA": {"fr": "laotien", "es": "laosiano", "it": "laotiano", "de": "laotisch|Laote", "pt": "laosiano", "ar": "لاوسي", "ru": "лаосский", "nl": "Laotiaans", "pl": "laotański", "uk": "лаоський"},
    "MY": {"fr": "malaisien", "es": "malasio", "it": "malese", "de": "malaysisch|Malaysier", "pt": "malaio", "ar": "ماليزي", "ru": "малайзийский", "nl": "Maleisisch", "pl": "malezyjski", "uk": "малайзійський"},
    "MM": {"fr": "birman", "es": "birmano", "it": "birmano", "de": "myanmarisch|birmanisch|Myanmare", "pt": "birmanês|mianmarense|birmanesa|birmaneses", "ar": "ميانماري", "ru": "мьянманский|бирманский", "nl": "Myanmarees|Birmees", "pl": "birmański|mjanmarski", "uk": "мʼянманський|м'янманський"},
    "PH": {"fr": "philippin", "es": "filipino", "it": "filippino", "de": "philippinisch|Philippiner", "pt": "filipino", "ar": "فلبيني", "ru": "филиппинский", "nl": "Filipijns", "pl": "filipiński", "uk": "філіппінський"},
    "SG": {"fr": "singapourien", "es": "singapurense", "it": "singaporiano", "de": "singapurisch|Singapurer", "pt": "singapurense|cingapuriano|singapurenses", "ar": "سنغافوري", "ru": "сингапурский", "nl": "Singaporees", "pl": "singapurski", "uk": "сінгапурський"},
    "TH": {"fr": "thaïlandais", "es": "tailandés", "it": "thailandese", "de": "thailändisch|Thailänder", "pt": "tailandês", "ar": "تايلاندي", "ru": "таиландский|тайский", "nl": "Thais", "pl": "tajski|tajlandzki", "uk": "таїландський|тайський"},
    "VN": {"fr": "vietnamien", "es": "vietnamita", "it": "vietnamita|vietnamiti|vietnamite", "de": "vietnamesisch|Vietnamese|Vietnamesin", "pt": "vietnamita", "ar": "فيتنامي", "ru": "вьетнамский", "nl": "Vietnamees", "pl": "wietnamski", "uk": "вʼєтнамський|в'єтнамський"},
    "TL": {"fr": "timorais", "es": "timorense", "it": "timorese", "de": "osttimoresisch|Osttimorese", "pt": "timorense", "ar": "تيموري", "ru": "тиморский", "nl": "Oost-Timorees", "pl": "timorski", "uk": "тиморський"},
    "KP": {"fr": "nord-coréen", "es": "norcoreano", "it": "nordcoreano", "de": "nordkoreanisch|Nordkoreaner", "pt": "norte-coreano", "ar": "كوري شمالي", "ru": "северокорейский", "nl": "Noord-Koreaans", "pl": "północnokoreański", "uk": "північнокорейський"},
    "TW": {"fr": "taïwanais", "es": "taiwanés", "it": "taiwanese", "de": "taiwanisch|Taiwaner", "pt": "taiwanês", "ar": "تايواني", "ru": "тайваньский", "nl": "Taiwanees", "pl": "tajwański", "uk": "тайванський"},
    "HK": {"fr": "hongkongais", "es": "hongkonés", "it": "hongkonghese", "de": "hongkongisch|Hongkonger", "pt": "honconguês", "ar": "هونغ كونغي", "ru": "гонконгский", "nl": "Hongkongs", "pl": "hongkoński", "uk": "гонконзький"},
    "MN": {"fr": "mongol", "es": "mongol", "it": "mongolo", "de": "mongolisch|Mongole", "pt": "mongol|mongóis|mongola|mongolas", "ar": "منغولي", "ru": "монгольский", "nl": "Mongools", "pl": "mongolski", "uk": "монгольський"},
    # South and Central Asia
    "PK": {"fr": "pakistanais", "es": "pakistaní", "it": "pakistano", "de": "pakistanisch|Pakistaner", "pt": "paquistanês", "ar": "باكستاني", "ru": "пакистанский", "nl": "Pakistaans", "pl": "pakistański", "uk": "пакистанський"},
    "BD": {"fr": "bangladais", "es": "bangladesí", "it": "bengalese", "de": "bangladeschisch|Bangladescher", "pt": "bangladês|bengali", "ar": "بنغلاديشي", "ru": "бангладешский", "nl": "Bengalees|Bengaals", "pl": "bangladeski", "uk": "бангладеський"},
    "LK": {"fr": "sri-lankais", "es": "esrilanqués|ceilandés", "it": "singalese", "de": "sri-lankisch|Sri-Lanker", "pt": "cingalês", "ar": "سريلانكي", "ru": "шри-ланкийский", "nl": "Sri Lankaans", "pl": "lankijski", "uk": "шрі-ланкійський"},
    "NP": {"fr": "népalais", "es": "nepalí", "it": "nepalese", "de": "nepalesisch|Nepalese", "pt": "nepalês", "ar": "نيبالي", "ru": "непальский", "nl": "Nepalees", "pl": "nepalski", "uk": "непальський"},
    "AF": {"fr": "afghan", "es": "afgano", "it": "afgano", "de": "afghanisch|Afghane", "pt": "afegão|afegã|afegãos|afegãs", "ar": "أفغاني", "ru": "афганский", "nl": "Afghaans", "pl": "afgański", "uk": "афганський"},
    "KZ": {"fr": "kazakh", "es": "kazajo", "it": "kazako|kazaka|kazaki|kazake", "de": "kasachisch|Kasache", "pt": "cazaque", "ar": "كازاخستاني", "ru": "казахстанский|казахский", "nl": "Kazachs", "pl": "kazachski|kazachstański", "uk": "казахстанський|казахський"},
    "UZ": {"fr": "ouzbek|ouzbèke|ouzbeks|ouzbèkes", "es": "uzbeko", "it": "uzbeko|uzbeka|uzbeki|uzbeke", "de": "usbekisch|Usbeke", "pt": "uzbeque", "ar": "أوزبكي", "ru": "узбекский", "nl": "Oezbeeks", "pl": "uzbecki", "uk": "узбецький"},
    # Middle East and the Gulf
    "AE": {"fr": "émirati", "es": "emiratí", "it": "emiratino", "de": "emiratisch|Emirater", "pt": "emiradense|emiratense", "ar": "إماراتي", "ru": "эмиратский", "nl": "Emiraats", "pl": "emiracki", "uk": "еміратський"},
    "QA": {"fr": "qatari|qatarien|qatarienne|qatariens", "es": "catarí", "it": "qatariota", "de": "katarisch|Katarer", "pt": "catarense|catariano", "ar": "قطري", "ru": "катарский", "nl": "Qatarees", "pl": "katarski", "uk": "катарський"},
    "KW": {"fr": "koweïtien", "es": "kuwaití", "it": "kuwaitiano", "de": "kuwaitisch|Kuwaiter", "pt": "kuwaitiano", "ar": "كويتي", "ru": "кувейтский", "nl": "Koeweits", "pl": "kuwejcki", "uk": "кувейтський"},
    "BH": {"fr": "bahreïnien|bahreïni", "es": "bareiní|bahreiní", "it": "bahreinita", "de": "bahrainisch|Bahrainer", "pt": "bareinita|barenita", "ar": "بحريني", "ru": "бахрейнский", "nl": "Bahreins", "pl": "bahrajński", "uk": "бахрейнський"},
    "OM": {"fr": "omanais", "es": "omaní", "it": "omanita", "de": "omanisch|Omaner", "pt": "omanense|omani", "ar": "عماني", "ru": "оманский", "nl": "Omaans", "pl": "omański", "uk": "оманський"},
    "IL": {"fr": "israélien", "es": "israelí", "it": "israeliano", "de": "israelisch|Israeli", "pt": "israelense|israelita|israelenses", "ar": "إسرائيلي", "ru": "израильский", "nl": "Israëlisch", "pl": "izraelski", "uk": "ізраїльський"},
    "IR": {"fr": "iranien", "es": "iraní", "it": "iraniano", "de": "iranisch|Iraner", "pt": "iraniano", "ar": "إيراني", "ru": "иранский", "nl": "Iraans", "pl": "irański", "uk": "іранський"},
    "IQ": {"fr": "irakien", "es": "iraquí", "it": "iracheno", "de": "irakisch|Iraker", "pt": "iraquiano", "ar": "عراقي", "ru": "иракский", "nl": "Iraaks", "pl": "iracki", "uk": "іракський"},
    "SY": {"fr": "syrien", "es": "sirio", "it": "siriano", "de": "syrisch|Syrer", "pt": "sírio", "ar": "سوري", "ru": "сирийский", "nl": "Syrisch", "pl": "syryjski", "uk": "сирійський"},
    "LB": {"fr": "libanais", "es": "libanés", "it": "libanese", "de": "libanesisch|Libanese", "pt": "libanês", "ar": "لبناني", "ru": "ливанский", "nl": "Libanees", "pl": "libański", "uk": "ліванський"},
    "JO": {"fr": "jordanien", "es": "jordano", "it": "giordano", "de": "jordanisch|Jordanier", "pt": "jordaniano", "ar": "أردني", "ru": "иорданский", "nl": "Jordaans", "pl": "jordański", "uk": "йорданський"},
    "PS": {"fr": "palestinien", "es": "palestino", "it": "palestinese", "de": "palästinensisch|Palästinenser", "pt": "palestino|palestiniano", "ar": "فلسطيني", "ru": "палестинский", "nl": "Palestijns", "pl": "palestyński", "uk": "палестинський"},
    "YE": {"fr": "yéménite", "es": "yemení", "it": "yemenita", "de": "jemenitisch|Jemenit", "pt": "iemenita", "ar": "يمني", "ru": "йеменский", "nl": "Jemenitisch", "pl": "jemeński", "uk": "єменський"},
    # Africa
    "NG": {"fr": "nigérian", "es": "nigeriano", "it": "nigeriano", "de": "nigerianisch|Nigerianer", "pt": "nigeriano", "ar": "نيجيري", "ru": "нигерийский", "nl": "Nigeriaans", "pl": "nigeryjski", "uk": "нігерійський"},
    "EG": {"fr": "égyptien", "es": "egipcio", "it": "egiziano", "de": "ägyptisch|Ägypter", "pt": "egípcio", "ar": "مصري", "ru": "египетский", "nl": "Egyptisch", "pl": "egipski", "uk": "єгипетський"},
    "KE": {"fr": "kényan", "es": "keniano", "it": "keniota|keniano", "de": "kenianisch|Kenianer", "pt": "queniano", "ar": "كيني", "ru": "кенийский", "nl": "Keniaans", "pl": "kenijski", "uk": "кенійський"},
    "ET": {"fr": "éthiopien", "es": "etíope", "it": "etiope", "de": "äthiopisch|Äthiopier", "pt": "etíope", "ar": "إثيوبي", "ru": "эфиопский", "nl": "Ethiopisch", "pl": "etiopski", "uk": "ефіопський"},
    "MA": {"fr": "marocain", "es": "marroquí", "it": "marocchino", "de": "marokkanisch|Marokkaner", "pt": "marroquino", "ar": "مغربي", "ru": "марокканский", "nl": "Marokkaans", "pl": "marokański", "uk": "марокканський"},
    "DZ": {"fr": "algérien", "es": "argelino", "it": "algerino", "de": "algerisch|Algerier", "pt": "argelino", "ar": "جزائري", "ru": "алжирский", "nl": "Algerijns", "pl": "algierski", "uk": "алжирський"},
    "TN": {"fr": "tunisien", "es": "tunecino", "it": "tunisino", "de": "tunesisch|Tunesier", "pt": "tunisiano|tunisino", "ar": "تونسي", "ru": "тунисский", "nl": "Tunesisch", "pl": "tunezyjski", "uk": "туніський"},
    "GH": {"fr": "ghanéen", "es": "ghanés", "it": "ghanese", "de": "ghanaisch|Ghanaer", "pt": "ganês", "ar": "غاني", "ru": "ганский", "nl": "Ghanees", "pl": "ghański", "uk": "ганський"},
    "RW": {"fr": "rwandais", "es": "ruandés", "it": "ruandese", "de": "ruandisch|Ruander", "pt": "ruandês", "ar": "رواندي", "ru": "руандийский", "nl": "Rwandees", "pl": "rwandyjski", "uk": "руандійський"},
    "SN": {"fr": "sénégalais", "es": "senegalés", "it": "senegalese", "de": "senegalesisch|Senegalese", "pt": "senegalês", "ar": "سنغالي", "ru": "сенегальский", "nl": "Senegalees", "pl": "senegalski", "uk": "сенегальський"},
    "CI": {"fr": "ivoirien", "es": "marfileño", "it": "ivoriano", "de": "ivorisch|Ivorer", "pt": "marfinense", "ar": "إيفواري", "ru": "ивуарийский", "nl": "Ivoriaans", "pl": "iworyjski", "uk": "івуарійський"},
    "CM": {"fr": "camerounais", "es": "camerunés", "it": "camerunese", "de": "kamerunisch|Kameruner", "pt": "camaronês", "ar": "كاميروني", "ru": "камерунский", "nl": "Kameroens", "pl": "kameruński", "uk": "камерунський"},
    "LY": {"fr": "libyen", "es": "libio", "it": "libico|libica|libici|libiche", "de": "libysch|Libyer", "pt": "líbio", "ar": "ليبي", "ru": "ливийский", "nl": "Libisch", "pl": "libijski", "uk": "лівійський"},
    # Latin America
    "CL": {"fr": "chilien", "es": "chileno", "it": "cileno", "de": "chilenisch|Chilene", "pt": "chileno", "ar": "تشيلي", "ru": "чилийский", "nl": "Chileens", "pl": "chilijski", "uk": "чилійський"},
    "CO": {"fr": "colombien", "es": "colombiano", "it": "colombiano", "de": "kolumbianisch|Kolumbianer", "pt": "colombiano", "ar": "كولومبي", "ru": "колумбийский", "nl": "Colombiaans", "pl": "kolumbijski", "uk": "колумбійський"},
    "PE": {"fr": "péruvien", "es": "peruano", "it": "peruviano", "de": "peruanisch|Peruaner", "pt": "peruano", "ar": "بيروفي", "ru": "перуанский", "nl": "Peruaans", "pl": "peruwiański", "uk": "перуанський"},
    "VE": {"fr": "vénézuélien", "es": "venezolano", "it": "venezuelano", "de": "venezolanisch|Venezolaner", "pt": "venezuelano", "ar": "فنزويلي", "ru": "венесуэльский", "nl": "Venezolaans", "pl": "wenezuelski", "uk": "венесуельський"},
    "CU": {"fr": "cubain", "es": "cubano", "it": "cubano", "de": "kubanisch|Kubaner", "pt": "cubano", "ar": "كوبي", "ru": "кубинский", "nl": "Cubaans", "pl": "kubański", "uk": "кубинський"},
    "UY": {"fr": "uruguayen", "es": "uruguayo", "it": "uruguaiano", "de": "uruguayisch|Uruguayer", "pt": "uruguaio", "ar": "أوروغوايي", "ru": "уругвайский", "nl": "Uruguayaans", "pl": "urugwajski", "uk": "уругвайський"},
    "EC": {"fr": "équatorien", "es": "ecuatoriano", "it": "ecuadoriano", "de": "ecuadorianisch|Ecuadorianer", "pt": "equatoriano", "ar": "إكوادوري", "ru": "эквадорский", "nl": "Ecuadoraans", "pl": "ekwadorski", "uk": "еквадорський"},
    "PY": {"fr": "paraguayen", "es": "paraguayo", "it": "paraguaiano", "de": "paraguayisch|Paraguayer", "pt": "paraguaio", "ar": "باراغوياني", "ru": "парагвайский", "nl": "Paraguayaans", "pl": "paragwajski", "uk": "парагвайський"},
    "BO": {"fr": "bolivien", "es": "boliviano", "it": "boliviano", "de": "bolivianisch|Bolivianer", "pt": "boliviano", "ar": "بوليفي", "ru": "боливийский", "nl": "Boliviaans", "pl": "boliwijski", "uk": "болівійський"},
    "CR": {"fr": "costaricien", "es": "costarricense", "it": "costaricano", "de": "costa-ricanisch|Costa-Ricaner", "pt": "costarriquenho", "ar": "كوستاريكي", "ru": "костариканский", "nl": "Costa Ricaans", "pl": "kostarykański", "uk": "костариканський"},
    "PA": {"fr": "panaméen", "es": "panameño", "it": "panamense", "de": "panamaisch|Panamaer", "pt": "panamenho", "ar": "بنمي", "ru": "панамский", "nl": "Panamees", "pl": "panamski", "uk": "панамський"},
    # More of Africa, Central America and the Caribbean, the Balkans and Central
    # Asia: members of the AU, ECOWAS, CPLP, SICA, CSTO and SCO that regional
    # reports list by their adjectives ("magistrats nigériens", "técnicos
    # hondureños", "delegazione albanese"). Shared or ambiguous adjectives are
    # left out: Congolese (CD, CG), Portuguese "guineense" (GN, GW), Arabic
    # "مالي" (Mali, and "financial").
    "AO": {"fr": "angolais", "es": "angoleño", "it": "angolano", "de": "angolanisch|Angolaner", "pt": "angolano", "ar": "أنغولي", "ru": "ангольский"},
    "BF": {"fr": "burkinabè|burkinabé|burkinabè|burkinabés|burkinabès", "es": "burkinés", "it": "burkinabé|burkinabè", "de": "burkinisch|Burkiner", "pt": "burquinense|burquinenses|burkinabê|burkinabês", "ar": "بوركيني", "ru": "буркинийский"},
    "BJ": {"fr": "béninois", "es": "beninés", "it": "beninese", "de": "beninisch|Beniner", "pt": "beninense", "ar": "بنيني", "ru": "бенинский"},
    "BI": {"fr": "burundais", "es": "burundés", "it": "burundese", "de": "burundisch|Burundier", "pt": "burundiano", "ar": "بوروندي", "ru": "бурундийский"},
    "CV": {"fr": "cap-verdien", "es": "caboverdiano", "it": "capoverdiano", "de": "kap-verdisch|kapverdisch|Kapverdier", "pt": "cabo-verdiano", "ru": "кабо-вердианский"},
    "DJ": {"fr": "djiboutien", "es": "yibutiano", "it": "gibutiano", "de": "dschibutisch|Dschibutier", "pt": "djibutiano", "ar": "جيبوتي", "ru": "джибутийский"},
    "GA": {"fr": "gabonais", "es": "gabonés", "it": "gabonese", "de": "gabunisch|Gabuner", "pt": "gabonês", "ar": "غابوني", "ru": "габонский"},
    "GM": {"fr": "gambien", "es": "gambiano", "it": "gambiano", "de": "gambisch|Gambier", "pt": "gambiano", "ar": "غامبي", "ru": "гамбийский"},
    "GN": {"fr": "guinéen", "de": "guineisch|Guineer", "ru": "гвинейский"},
    "GQ": {"fr": "équato-guinéen", "es": "ecuatoguineano", "it": "equatoguineano", "de": "äquatorialguineisch|Äquatorialguineer", "pt": "equato-guineense", "ru": "экваториально-гвинейский"},
    "GW": {"fr": "bissau-guinéen", "es": "bisauguineano", "de": "guinea-bissauisch|Guinea-Bissauer", "pt": "bissau-guineense"},
    "LR": {"fr": "libérien", "es": "liberiano", "it": "liberiano", "de": "liberianisch|Liberianer", "pt": "liberiano", "ar": "ليبيري", "ru": "либерийский"},
    "MG": {"fr": "malgache", "es": "malgache", "it": "malgascio|malgascia|malgasci|malgasce", "de": "madagassisch|Madagasse", "pt": "malgaxe", "ar": "مدغشقري", "ru": "малагасийский|мадагаскарский"},
    "ML": {"fr": "malien", "es": "maliense", "it": "maliano", "de": "malisch|Malier", "pt": "maliano", "ru": "малийский"},
    "MR": {"fr": "mauritanien", "es": "mauritano", "it": "mauritano", "de": "mauretanisch|Mauretanier", "pt": "mauritano", "ar": "موريتاني", "ru": "мавританский"},
    "MU": {"fr": "mauricien", "es": "mauriciano", "it": "mauriziano", "de": "mauritisch|Mauritier", "pt": "mauriciano", "ar": "موريشيوسي", "ru": "маврикийский"},
    "MW": {"fr": "malawite|malawites|malawien|malawienne|malawiens", "es": "malauí", "it": "malawiano", "de": "malawisch|Malawier", "pt": "malawiano|malawiana|malawianos|malauiano|malauianos", "ar": "ملاوي", "ru": "малавийский"},
    "MZ": {"fr": "mozambicain", "es": "mozambiqueño", "it": "mozambicano", "de": "mosambikanisch|Mosambikaner", "pt": "moçambicano", "ar": "موزمبيقي", "ru": "мозамбикский"},
    "NA": {"fr": "namibien", "es": "namibio", "it": "namibiano", "de": "namibisch|Namibier", "pt": "namibiano", "ar": "ناميبي", "ru": "намибийский"},
    "NE": {"fr": "nigérien", "es": "nigerino", "it": "nigerino", "de": "nigrisch|Nigrer", "pt": "nigerino", "ru": "нигерский"},
    "SD": {"fr": "soudanais", "es": "sudanés", "it": "sudanese", "de": "sudanesisch|Sudanese", "pt": "sudanês", "ar": "سوداني", "ru": "суданский"},
    "SL": {"fr": "sierra-léonais", "es": "sierraleonés", "it": "sierraleonese", "de": "sierra-leonisch|Sierra-Leoner", "pt": "serra-leonês", "ru": "сьерра-леонский"},
    "SO": {"fr": "somalien", "es": "somalí", "it": "somalo", "de": "somalisch|Somalier", "pt": "somali", "ar": "صومالي", "ru": "сомалийский"},
    "ST": {"fr": "santoméen", "es": "santotomense", "it": "santomense", "de": "são-toméisch|São-Toméer", "pt": "são-tomense|são-tomenses|santomense|santomenses"},
    "TD": {"fr": "tchadien", "es": "chadiano", "it": "ciadiano", "de": "tschadisch|Tschader", "pt": "chadiano", "ar": "تشادي", "ru": "чадский"},
    "TG": {"fr": "togolais", "es": "togolés", "it": "togolese", "de": "togoisch|togolesisch|Togoer", "pt": "togolês", "ar": "توغولي", "ru": "тоголезский"},
    "TZ": {"fr": "tanzanien", "es": "tanzano", "it": "tanzaniano", "de": "tansanisch|Tansanier", "pt": "tanzaniano", "ar": "تنزاني", "ru": "танзанийский"},
    "UG": {"fr": "ougandais", "es": "ugandés", "it": "ugandese", "de": "ugandisch|Ugander", "pt": "ugandês", "ar": "أوغندي", "ru": "угандийский"},
    "ZM": {"fr": "zambien", "es": "zambiano", "it": "zambiano", "de": "sambisch|Sambier", "pt": "zambiano", "ar": "زامبي", "ru": "замбийский"},
    "ZW": {"fr": "zimbabwéen", "es": "zimbabuense", "it": "zimbabwese", "de": "simbabwisch|Simbabwer", "pt": "zimbabuano|zimbabuana|zimbabuanos|zimbabueano|zimbabueanos", "ar": "زيمبابوي", "ru": "зимбабвийский"},
    "DO": {"fr": "dominicain", "es": "dominicano", "it": "dominicano", "de": "dominikanisch|Dominikaner", "pt": "dominicano", "ar": "دومينيكاني", "ru": "доминиканский"},
    "GT": {"fr": "guatémaltèque", "es": "guatemalteco", "it": "guatemalteco", "de": "guatemaltekisch|Guatemalteke", "pt": "guatemalteco", "ar": "غواتيمالي", "ru": "гватемальский"},
    "HN": {"fr": "hondurien", "es": "hondureño", "it": "honduregno", "de": "honduranisch|Honduraner", "pt": "hondurenho", "ar": "هندوراسي", "ru": "гондурасский"},
    "NI": {"fr": "nicaraguayen", "es": "nicaragüense", "it": "nicaraguense", "de": "nicaraguanisch|Nicaraguaner", "pt": "nicaraguense", "ar": "نيكاراغوي", "ru": "никарагуанский"},
    "SV": {"fr": "salvadorien", "es": "salvadoreño", "it": "salvadoregno", "de": "salvadorianisch|Salvadorianer", "pt": "salvadorenho", "ar": "سلفادوري", "ru": "сальвадорский"},
    "HT": {"fr": "haïtien", "es": "haitiano", "it": "haitiano", "de": "haitianisch|Haitianer", "pt": "haitiano", "ar": "هايتي", "ru": "гаитянский"},
    "JM": {"fr": "jamaïcain", "es": "jamaicano|jamaicana|jamaicanos|jamaicanas|jamaiquino|jamaiquinos", "it": "giamaicano", "de": "jamaikanisch|Jamaikaner", "pt": "jamaicano", "ar": "جامايكي", "ru": "ямайский"},
    "AL": {"fr": "albanais", "es": "albanés", "it": "albanese", "de": "albanisch|Albaner", "pt": "albanês", "ar": "ألباني", "ru": "албанский"},
    "BA": {"fr": "bosnien", "es": "bosnio", "it": "bosniaco|bosniaca|bosniaci|bosniache", "de": "bosnisch|Bosnier", "pt": "bósnio", "ar": "بوسني", "ru": "боснийский"},
    "ME": {"fr": "monténégrin", "es": "montenegrino", "it": "montenegrino", "de": "montenegrinisch|Montenegriner", "pt": "montenegrino", "ru": "черногорский"},
    "MK": {"fr": "macédonien|macédonienne|macédoniens|macédoniennes|nord-macédonien|nord-macédonienne|nord-macédoniens|nord-macédoniennes", "es": "macedonio|macedonia|macedonios|macedonias|norcomacedonio|norcomacedonia|norcomacedonios", "it": "macedone|macedoni|nordmacedone|nordmacedoni", "de": "nordmazedonisch|mazedonisch|Nordmazedonier|Mazedonier", "pt": "macedónio|macedónia|macedónios|macedónias|macedônio|macedônios|norte-macedónio|norte-macedônio", "ru": "македонский|северомакедонский"},
    "MD": {"fr": "moldave", "es": "moldavo", "it": "moldavo", "de": "moldauisch|Moldauer", "pt": "moldavo", "ar": "مولدوفي", "ru": "молдавский|молдовский"},
    "LI": {"fr": "liechtensteinois", "es": "liechtensteiniano", "it": "liechtensteinese", "de": "liechtensteinisch|Liechtensteiner", "pt": "liechtensteiniense"},
    "MC": {"fr": "monégasque", "es": "monegasco", "it": "monegasco", "de": "monegassisch|Monegasse", "pt": "monegasco", "ru": "монакский"},
    "KG": {"fr": "kirghize|kirghiz|kirghizes", "es": "kirguís|kirguiso|kirguisa|kirguisos|kirguisas|kirguises", "it": "kirghiso", "de": "kirgisisch|Kirgise", "pt": "quirguiz|quirguizes|quirguistanês|quirguistaneses", "ar": "قيرغيزي", "ru": "киргизский|кыргызский"},
    "TJ": {"fr": "tadjik|tadjike|tadjiks|tadjikes", "es": "tayiko", "it": "tagiko|tagika|tagiki|tagike", "de": "tadschikisch|Tadschike", "pt": "tajique", "ar": "طاجيكي", "ru": "таджикский"},
    "TM": {"fr": "turkmène", "es": "turcomano", "it": "turkmeno", "de": "turkmenisch|Turkmene", "pt": "turcomeno|turcomena|turcomenos|turcomano|turcomanos", "ar": "تركماني", "ru": "туркменский"},
    "MV": {"fr": "maldivien", "es": "maldivo", "it": "maldiviano", "de": "maledivisch|Malediver", "pt": "maldivo", "ru": "мальдивский"},
    "BT": {"fr": "bhoutanais", "es": "butanés", "it": "bhutanese", "de": "bhutanisch|Bhutaner", "pt": "butanês", "ru": "бутанский"},
    "FJ": {"fr": "fidjien", "es": "fiyiano", "it": "figiano", "de": "fidschianisch|Fidschianer", "pt": "fijiano", "ru": "фиджийский"},
}
# fmt: on
