"""Demonyms and nationality adjectives outside English, curated by hand.

Each entry is the dictionary form (masculine singular) of the adjective; the build
inflects it by the regular rules of the language (``inflect.py``): ``français`` also
gives ``française``, ``françaises``; ``italiano`` gives ``italiana``, ``italiani``,
``italiane``; the German stem ``deutsch`` gives ``deutsche``, ``deutschen``,
``deutscher``, ``deutsches``, ``deutschem``; the Arabic nisba ``فرنسي`` gives the
feminine, the forms with the article and the sound plurals.

Where a language is irregular, the value lists every form, separated by ``|``, and
is taken as it is (``grec|grecque|grecs|grecques``). For German the first form is
the adjective stem and the rest are nouns (``französisch|Franzose|Französin``);
nouns in ``-er`` and ``-e`` get their plural and feminine forms by rule.

Languages whose demonym is the country name plus a fixed word (Vietnamese
"người Pháp", Japanese "フランス人", Korean "프랑스인", Chinese "法国人", Thai
"ชาวฝรั่งเศส") are generated from the names and are not listed here. Indonesian
and Malay use the country name itself as the adjective, so they have no entry.
"""

# fmt: off
DEMONYMS = {
    # G20 and the Five Eyes
    "AR": {"fr": "argentin", "es": "argentino", "it": "argentino", "de": "argentinisch|Argentinier", "pt": "argentino", "ar": "أرجنتيني"},
    "AU": {"fr": "australien", "es": "australiano", "it": "australiano", "de": "australisch|Australier", "pt": "australiano", "ar": "أسترالي"},
    "BR": {"fr": "brésilien", "es": "brasileño", "it": "brasiliano", "de": "brasilianisch|Brasilianer", "pt": "brasileiro", "ar": "برازيلي"},
    "CA": {"fr": "canadien", "es": "canadiense", "it": "canadese", "de": "kanadisch|Kanadier", "pt": "canadense|canadiana|canadenses|canadiano|canadianos|canadianas", "ar": "كندي"},
    "CN": {"fr": "chinois", "es": "chino", "it": "cinese", "de": "chinesisch|Chinese|Chinesin", "pt": "chinês", "ar": "صيني"},
    "DE": {"fr": "allemand", "es": "alemán", "it": "tedesco|tedesca|tedeschi|tedesche", "de": "deutsch", "pt": "alemão|alemã|alemães|alemãs", "ar": "ألماني"},
    "FR": {"fr": "français", "es": "francés", "it": "francese", "de": "französisch|Franzose|Französin", "pt": "francês", "ar": "فرنسي"},
    "GB": {"fr": "britannique", "es": "británico", "it": "britannico|britannica|britannici|britanniche", "de": "britisch|Brite|Britin", "pt": "britânico", "ar": "بريطاني"},
    "IN": {"fr": "indien", "es": "indio", "it": "indiano", "de": "indisch|Inder", "pt": "indiano", "ar": "هندي"},
    "ID": {"fr": "indonésien", "es": "indonesio", "it": "indonesiano", "de": "indonesisch|Indonesier", "pt": "indonésio", "ar": "إندونيسي"},
    "IT": {"fr": "italien", "es": "italiano", "it": "italiano", "de": "italienisch|Italiener", "pt": "italiano", "ar": "إيطالي"},
    "JP": {"fr": "japonais", "es": "japonés", "it": "giapponese", "de": "japanisch|Japaner", "pt": "japonês", "ar": "ياباني"},
    "KR": {"fr": "sud-coréen", "es": "surcoreano", "it": "sudcoreano", "de": "südkoreanisch|Südkoreaner", "pt": "sul-coreano", "ar": "كوري"},
    "MX": {"fr": "mexicain", "es": "mexicano", "it": "messicano", "de": "mexikanisch|Mexikaner", "pt": "mexicano", "ar": "مكسيكي"},
    "NZ": {"fr": "néo-zélandais", "es": "neozelandés", "it": "neozelandese", "de": "neuseeländisch|Neuseeländer", "pt": "neozelandês", "ar": "نيوزيلندي"},
    "RU": {"fr": "russe", "es": "ruso", "it": "russo", "de": "russisch|Russe|Russin", "pt": "russo", "ar": "روسي"},
    "SA": {"fr": "saoudien", "es": "saudí", "it": "saudita", "de": "saudisch|Saudi", "pt": "saudita", "ar": "سعودي"},
    "TR": {"fr": "turc|turque|turcs|turques", "es": "turco", "it": "turco|turca|turchi|turche", "de": "türkisch|Türke|Türkin", "pt": "turco", "ar": "تركي"},
    "US": {"fr": "américain", "es": "estadounidense", "it": "statunitense|americano|americana|americani|americane|statunitensi", "de": "amerikanisch|Amerikaner|US-amerikanisch", "pt": "americano|americana|americanos|americanas|norte-americano|norte-americana|norte-americanos|norte-americanas|estadunidense|estadunidenses", "ar": "أمريكي"},
    "ZA": {"fr": "sud-africain", "es": "sudafricano", "it": "sudafricano", "de": "südafrikanisch|Südafrikaner", "pt": "sul-africano", "ar": "جنوب أفريقي"},
    # European Union
    "AT": {"fr": "autrichien", "es": "austriaco", "it": "austriaco|austriaca|austriaci|austriache", "de": "österreichisch|Österreicher", "pt": "austríaco", "ar": "نمساوي"},
    "BE": {"fr": "belge", "es": "belga", "it": "belga|belgi|belghe", "de": "belgisch|Belgier", "pt": "belga", "ar": "بلجيكي"},
    "BG": {"fr": "bulgare", "es": "búlgaro", "it": "bulgaro", "de": "bulgarisch|Bulgare", "pt": "búlgaro", "ar": "بلغاري"},
    "HR": {"fr": "croate", "es": "croata", "it": "croato", "de": "kroatisch|Kroate", "pt": "croata", "ar": "كرواتي"},
    "CY": {"fr": "chypriote", "es": "chipriota", "it": "cipriota", "de": "zyprisch|Zyprer", "pt": "cipriota", "ar": "قبرصي"},
    "CZ": {"fr": "tchèque", "es": "checo", "it": "ceco|ceca|cechi|ceche", "de": "tschechisch|Tscheche", "pt": "checo", "ar": "تشيكي"},
    "DK": {"fr": "danois", "es": "danés", "it": "danese", "de": "dänisch|Däne|Dänin", "pt": "dinamarquês", "ar": "دنماركي"},
    "EE": {"fr": "estonien", "es": "estonio", "it": "estone", "de": "estnisch|Este", "pt": "estónio|estônio|estónia|estônia|estónios|estônios", "ar": "إستوني"},
    "FI": {"fr": "finlandais", "es": "finlandés", "it": "finlandese", "de": "finnisch|Finne|Finnin", "pt": "finlandês", "ar": "فنلندي"},
    "GR": {"fr": "grec|grecque|grecs|grecques", "es": "griego", "it": "greco|greca|greci|greche", "de": "griechisch|Grieche", "pt": "grego", "ar": "يوناني"},
    "HU": {"fr": "hongrois", "es": "húngaro", "it": "ungherese", "de": "ungarisch|Ungar", "pt": "húngaro", "ar": "مجري"},
    "IE": {"fr": "irlandais", "es": "irlandés", "it": "irlandese", "de": "irisch|Ire|Irin", "pt": "irlandês", "ar": "إيرلندي"},
    "LV": {"fr": "letton", "es": "letón|letona|letones|letonas", "it": "lettone", "de": "lettisch|Lette", "pt": "letão|letã|letões|letãs", "ar": "لاتفي"},
    "LT": {"fr": "lituanien", "es": "lituano", "it": "lituano", "de": "litauisch|Litauer", "pt": "lituano", "ar": "ليتواني"},
    "LU": {"fr": "luxembourgeois", "es": "luxemburgués", "it": "lussemburghese", "de": "luxemburgisch|Luxemburger", "pt": "luxemburguês", "ar": "لوكسمبورغي"},
    "MT": {"fr": "maltais", "es": "maltés", "it": "maltese", "de": "maltesisch|Malteser", "pt": "maltês", "ar": "مالطي"},
    "NL": {"fr": "néerlandais", "es": "neerlandés|holandés|neerlandesa|holandesa|neerlandeses|holandeses", "it": "olandese", "de": "niederländisch|Niederländer|holländisch", "pt": "neerlandês|holandês|neerlandesa|holandesa|neerlandeses|holandeses", "ar": "هولندي"},
    "PL": {"fr": "polonais", "es": "polaco", "it": "polacco|polacca|polacchi|polacche", "de": "polnisch|Pole|Polin", "pt": "polaco|polonês|polaca|polonesa|polacos|poloneses", "ar": "بولندي"},
    "PT": {"fr": "portugais", "es": "portugués", "it": "portoghese", "de": "portugiesisch|Portugiese|Portugiesin", "pt": "português|portuguesa|portugueses|portuguesas", "ar": "برتغالي"},
    "RO": {"fr": "roumain", "es": "rumano", "it": "rumeno", "de": "rumänisch|Rumäne|Rumänin", "pt": "romeno", "ar": "روماني"},
    "SK": {"fr": "slovaque", "es": "eslovaco", "it": "slovacco|slovacca|slovacchi|slovacche", "de": "slowakisch|Slowake", "pt": "eslovaco", "ar": "سلوفاكي"},
    "SI": {"fr": "slovène", "es": "esloveno", "it": "sloveno", "de": "slowenisch|Slowene", "pt": "esloveno", "ar": "سلوفيني"},
    "ES": {"fr": "espagnol", "es": "español|española|españoles|españolas", "it": "spagnolo", "de": "spanisch|Spanier", "pt": "espanhol|espanhola|espanhóis|espanholas", "ar": "إسباني"},
    "SE": {"fr": "suédois", "es": "sueco", "it": "svedese", "de": "schwedisch|Schwede|Schwedin", "pt": "sueco", "ar": "سويدي"},
    # Rest of Europe
    "CH": {"fr": "suisse", "es": "suizo", "it": "svizzero", "de": "schweizerisch|Schweizer", "pt": "suíço", "ar": "سويسري"},
    "NO": {"fr": "norvégien", "es": "noruego", "it": "norvegese", "de": "norwegisch|Norweger", "pt": "norueguês", "ar": "نرويجي"},
    "IS": {"fr": "islandais", "es": "islandés", "it": "islandese", "de": "isländisch|Isländer", "pt": "islandês", "ar": "آيسلندي"},
    "UA": {"fr": "ukrainien", "es": "ucraniano", "it": "ucraino", "de": "ukrainisch|Ukrainer", "pt": "ucraniano", "ar": "أوكراني"},
    "BY": {"fr": "biélorusse", "es": "bielorruso", "it": "bielorusso", "de": "belarussisch|Belarusse|weißrussisch", "pt": "bielorrusso", "ar": "بيلاروسي"},
    "RS": {"fr": "serbe", "es": "serbio", "it": "serbo", "de": "serbisch|Serbe|Serbin", "pt": "sérvio", "ar": "صربي"},
    "GE": {"fr": "géorgien", "es": "georgiano", "it": "georgiano", "de": "georgisch|Georgier", "pt": "georgiano", "ar": "جورجي"},
    "AM": {"fr": "arménien", "es": "armenio", "it": "armeno", "de": "armenisch|Armenier", "pt": "arménio|armênio|arménia|armênia|arménios|armênios", "ar": "أرميني"},
    "AZ": {"fr": "azerbaïdjanais", "es": "azerbaiyano", "it": "azero|azera|azeri|azere", "de": "aserbaidschanisch|Aserbaidschaner", "pt": "azerbaijano", "ar": "أذربيجاني"},
    # South-East and East Asia
    "BN": {"fr": "brunéien", "es": "bruneano", "it": "bruneiano", "de": "bruneiisch|Bruneier", "pt": "bruneano", "ar": "بروني"},
    "KH": {"fr": "cambodgien", "es": "camboyano", "it": "cambogiano", "de": "kambodschanisch|Kambodschaner", "pt": "cambojano", "ar": "كمبودي"},
    "LA": {"fr": "laotien", "es": "laosiano", "it": "laotiano", "de": "laotisch|Laote", "pt": "laosiano", "ar": "لاوسي"},
    "MY": {"fr": "malaisien", "es": "malasio", "it": "malese", "de": "malaysisch|Malaysier", "pt": "malaio", "ar": "ماليزي"},
    "MM": {"fr": "birman", "es": "birmano", "it": "birmano", "de": "myanmarisch|birmanisch|Myanmare", "pt": "birmanês|mianmarense|birmanesa|birmaneses", "ar": "ميانماري"},
    "PH": {"fr": "philippin", "es": "filipino", "it": "filippino", "de": "philippinisch|Philippiner", "pt": "filipino", "ar": "فلبيني"},
    "SG": {"fr": "singapourien", "es": "singapurense", "it": "singaporiano", "de": "singapurisch|Singapurer", "pt": "singapurense|cingapuriano|singapurenses", "ar": "سنغافوري"},
    "TH": {"fr": "thaïlandais", "es": "tailandés", "it": "thailandese", "de": "thailändisch|Thailänder", "pt": "tailandês", "ar": "تايلاندي"},
    "VN": {"fr": "vietnamien", "es": "vietnamita", "it": "vietnamita|vietnamiti|vietnamite", "de": "vietnamesisch|Vietnamese|Vietnamesin", "pt": "vietnamita", "ar": "فيتنامي"},
    "TL": {"fr": "timorais", "es": "timorense", "it": "timorese", "de": "osttimoresisch|Osttimorese", "pt": "timorense", "ar": "تيموري"},
    "KP": {"fr": "nord-coréen", "es": "norcoreano", "it": "nordcoreano", "de": "nordkoreanisch|Nordkoreaner", "pt": "norte-coreano", "ar": "كوري شمالي"},
    "TW": {"fr": "taïwanais", "es": "taiwanés", "it": "taiwanese", "de": "taiwanisch|Taiwaner", "pt": "taiwanês", "ar": "تايواني"},
    "HK": {"fr": "hongkongais", "es": "hongkonés", "it": "hongkonghese", "de": "hongkongisch|Hongkonger", "pt": "honconguês", "ar": "هونغ كونغي"},
    "MN": {"fr": "mongol", "es": "mongol", "it": "mongolo", "de": "mongolisch|Mongole", "pt": "mongol|mongóis|mongola|mongolas", "ar": "منغولي"},
    # South and Central Asia
    "PK": {"fr": "pakistanais", "es": "pakistaní", "it": "pakistano", "de": "pakistanisch|Pakistaner", "pt": "paquistanês", "ar": "باكستاني"},
    "BD": {"fr": "bangladais", "es": "bangladesí", "it": "bengalese", "de": "bangladeschisch|Bangladescher", "pt": "bangladês|bengali", "ar": "بنغلاديشي"},
    "LK": {"fr": "sri-lankais", "es": "esrilanqués|ceilandés", "it": "singalese", "de": "sri-lankisch|Sri-Lanker", "pt": "cingalês", "ar": "سريلانكي"},
    "NP": {"fr": "népalais", "es": "nepalí", "it": "nepalese", "de": "nepalesisch|Nepalese", "pt": "nepalês", "ar": "نيبالي"},
    "AF": {"fr": "afghan", "es": "afgano", "it": "afgano", "de": "afghanisch|Afghane", "pt": "afegão|afegã|afegãos|afegãs", "ar": "أفغاني"},
    "KZ": {"fr": "kazakh", "es": "kazajo", "it": "kazako|kazaka|kazaki|kazake", "de": "kasachisch|Kasache", "pt": "cazaque", "ar": "كازاخستاني"},
    "UZ": {"fr": "ouzbek|ouzbèke|ouzbeks|ouzbèkes", "es": "uzbeko", "it": "uzbeko|uzbeka|uzbeki|uzbeke", "de": "usbekisch|Usbeke", "pt": "uzbeque", "ar": "أوزبكي"},
    # Middle East and the Gulf
    "AE": {"fr": "émirati", "es": "emiratí", "it": "emiratino", "de": "emiratisch|Emirater", "pt": "emiradense|emiratense", "ar": "إماراتي"},
    "QA": {"fr": "qatari|qatarien|qatarienne|qatariens", "es": "catarí", "it": "qatariota", "de": "katarisch|Katarer", "pt": "catarense|catariano", "ar": "قطري"},
    "KW": {"fr": "koweïtien", "es": "kuwaití", "it": "kuwaitiano", "de": "kuwaitisch|Kuwaiter", "pt": "kuwaitiano", "ar": "كويتي"},
    "BH": {"fr": "bahreïnien|bahreïni", "es": "bareiní|bahreiní", "it": "bahreinita", "de": "bahrainisch|Bahrainer", "pt": "bareinita|barenita", "ar": "بحريني"},
    "OM": {"fr": "omanais", "es": "omaní", "it": "omanita", "de": "omanisch|Omaner", "pt": "omanense|omani", "ar": "عماني"},
    "IL": {"fr": "israélien", "es": "israelí", "it": "israeliano", "de": "israelisch|Israeli", "pt": "israelense|israelita|israelenses", "ar": "إسرائيلي"},
    "IR": {"fr": "iranien", "es": "iraní", "it": "iraniano", "de": "iranisch|Iraner", "pt": "iraniano", "ar": "إيراني"},
    "IQ": {"fr": "irakien", "es": "iraquí", "it": "iracheno", "de": "irakisch|Iraker", "pt": "iraquiano", "ar": "عراقي"},
    "SY": {"fr": "syrien", "es": "sirio", "it": "siriano", "de": "syrisch|Syrer", "pt": "sírio", "ar": "سوري"},
    "LB": {"fr": "libanais", "es": "libanés", "it": "libanese", "de": "libanesisch|Libanese", "pt": "libanês", "ar": "لبناني"},
    "JO": {"fr": "jordanien", "es": "jordano", "it": "giordano", "de": "jordanisch|Jordanier", "pt": "jordaniano", "ar": "أردني"},
    "PS": {"fr": "palestinien", "es": "palestino", "it": "palestinese", "de": "palästinensisch|Palästinenser", "pt": "palestino|palestiniano", "ar": "فلسطيني"},
    "YE": {"fr": "yéménite", "es": "yemení", "it": "yemenita", "de": "jemenitisch|Jemenit", "pt": "iemenita", "ar": "يمني"},
    # Africa
    "NG": {"fr": "nigérian", "es": "nigeriano", "it": "nigeriano", "de": "nigerianisch|Nigerianer", "pt": "nigeriano", "ar": "نيجيري"},
    "EG": {"fr": "égyptien", "es": "egipcio", "it": "egiziano", "de": "ägyptisch|Ägypter", "pt": "egípcio", "ar": "مصري"},
    "KE": {"fr": "kényan", "es": "keniano", "it": "keniota|keniano", "de": "kenianisch|Kenianer", "pt": "queniano", "ar": "كيني"},
    "ET": {"fr": "éthiopien", "es": "etíope", "it": "etiope", "de": "äthiopisch|Äthiopier", "pt": "etíope", "ar": "إثيوبي"},
    "MA": {"fr": "marocain", "es": "marroquí", "it": "marocchino", "de": "marokkanisch|Marokkaner", "pt": "marroquino", "ar": "مغربي"},
    "DZ": {"fr": "algérien", "es": "argelino", "it": "algerino", "de": "algerisch|Algerier", "pt": "argelino", "ar": "جزائري"},
    "TN": {"fr": "tunisien", "es": "tunecino", "it": "tunisino", "de": "tunesisch|Tunesier", "pt": "tunisiano|tunisino", "ar": "تونسي"},
    "GH": {"fr": "ghanéen", "es": "ghanés", "it": "ghanese", "de": "ghanaisch|Ghanaer", "pt": "ganês", "ar": "غاني"},
    "RW": {"fr": "rwandais", "es": "ruandés", "it": "ruandese", "de": "ruandisch|Ruander", "pt": "ruandês", "ar": "رواندي"},
    "SN": {"fr": "sénégalais", "es": "senegalés", "it": "senegalese", "de": "senegalesisch|Senegalese", "pt": "senegalês", "ar": "سنغالي"},
    "CI": {"fr": "ivoirien", "es": "marfileño", "it": "ivoriano", "de": "ivorisch|Ivorer", "pt": "marfinense", "ar": "إيفواري"},
    "CM": {"fr": "camerounais", "es": "camerunés", "it": "camerunese", "de": "kamerunisch|Kameruner", "pt": "camaronês", "ar": "كاميروني"},
    "LY": {"fr": "libyen", "es": "libio", "it": "libico|libica|libici|libiche", "de": "libysch|Libyer", "pt": "líbio", "ar": "ليبي"},
    # Latin America
    "CL": {"fr": "chilien", "es": "chileno", "it": "cileno", "de": "chilenisch|Chilene", "pt": "chileno", "ar": "تشيلي"},
    "CO": {"fr": "colombien", "es": "colombiano", "it": "colombiano", "de": "kolumbianisch|Kolumbianer", "pt": "colombiano", "ar": "كولومبي"},
    "PE": {"fr": "péruvien", "es": "peruano", "it": "peruviano", "de": "peruanisch|Peruaner", "pt": "peruano", "ar": "بيروفي"},
    "VE": {"fr": "vénézuélien", "es": "venezolano", "it": "venezuelano", "de": "venezolanisch|Venezolaner", "pt": "venezuelano", "ar": "فنزويلي"},
    "CU": {"fr": "cubain", "es": "cubano", "it": "cubano", "de": "kubanisch|Kubaner", "pt": "cubano", "ar": "كوبي"},
    "UY": {"fr": "uruguayen", "es": "uruguayo", "it": "uruguaiano", "de": "uruguayisch|Uruguayer", "pt": "uruguaio", "ar": "أوروغوايي"},
    "EC": {"fr": "équatorien", "es": "ecuatoriano", "it": "ecuadoriano", "de": "ecuadorianisch|Ecuadorianer", "pt": "equatoriano", "ar": "إكوادوري"},
    "PY": {"fr": "paraguayen", "es": "paraguayo", "it": "paraguaiano", "de": "paraguayisch|Paraguayer", "pt": "paraguaio", "ar": "باراغوياني"},
    "BO": {"fr": "bolivien", "es": "boliviano", "it": "boliviano", "de": "bolivianisch|Bolivianer", "pt": "boliviano", "ar": "بوليفي"},
    "CR": {"fr": "costaricien", "es": "costarricense", "it": "costaricano", "de": "costa-ricanisch|Costa-Ricaner", "pt": "costarriquenho", "ar": "كوستاريكي"},
    "PA": {"fr": "panaméen", "es": "panameño", "it": "panamense", "de": "panamaisch|Panamaer", "pt": "panamenho", "ar": "بنمي"},
}
# fmt: on
