"""Countries and cities an article names (names, short forms, demonyms, capitals as
metonyms), and which countries are parties to or hosts of the cooperation rather
than only mentioned.

A name that is also a common word or a first name (cooperation.country_data's
AMBIGUOUS_NAMES: "Chad", "Mali", Vietnamese "Anh") counts only with support: a
capital letter where the script has case, and a position other than the start of a
sentence, or another country in the same sentence, or the same country named
unambiguously elsewhere in the article.
"""

from __future__ import annotations

import re

from cooperation.country_data import AMBIGUOUS_NAMES
from ingestion.extraction.context import Mention, Sentence
from ingestion.extraction.gazetteer import (
    CAPITAL,
    CITY,
    COUNTRY,
    DEMONYM,
    NOT_PLACE,
    compiled,
    fold,
)
from ingestion.extraction.patterns import Caseless
from ingestion.records import Gazetteer

_AMBIGUOUS = {
    lang: frozenset(fold(name) for name in names)
    for lang, names in AMBIGUOUS_NAMES.items()
}

# A country right after one of these is excluded from the cooperation.
_EXCEPT = Caseless(
    r"\b(?:except|excluding|apart from|sauf|hormis|excepto|salvo|menos|tranne|"
    r"eccetto|außer|ausgenommen|exceto|kecuali|ngoại trừ|trừ)\b\W+(?:\w+\W+){0,2}$|"
    r"(?:除了|を除|을 제외|를 제외|باستثناء|кроме|ยกเว้น)\W*$"
)
# Sentences that name a country as suspect, attacker or victim, not as partner.
_HOSTILE = Caseless(
    r"suspect|accus|blame|attribu|espionage|sanction|soupçonn|sospett|sospech|"
    r"verdächt|beschuldig|suspeit|diduga|dituduh|disyaki|nghi ngờ|疑い|涉嫌|의심|"
    r"подозрева|обвин|اتهام|متهم|operate from|zuordne|zugeordnet|zugeschrieben|"
    r"による[^。]{0,20}懸念|우려"
)
# "ASEAN comprises Brunei, Cambodia, ...": a list of members is background, unless
# the same sentence says they take part.
_MEMBERSHIP = Caseless(
    r"\b(?:comprises|comprising|consists of|is made up of|member states|members are|"
    r"comprend|regroupe|pays membres|Etats membres|États membres|comprende|"
    r"está formad[oa]|integrad[oa] por|estados miembros|paesi membri|stati membri|"
    r"mitgliedstaaten|umfasst|estados-membros|compreende|terdiri|negara anggota|"
    r"negara ahli|quốc gia thành viên|members\b[^.]{0,40}\binclude|"
    r"gruppo che riunisce|groupe qui réunit|grupo que reúne|brings together)\b|"
    r"加盟国|회원국|الدول الأعضاء|دول [^.،]{0,40}،? وهي|государства-члены|"
    r"ประเทศสมาชิก"
)
_PARTICIPATION = Caseless(
    r"particip|take part|took part|taking part|attend|joined|delegat|experts from|"
    r"teams from|prennent part|ont pris part|pris part|tomaron parte|preso parte|"
    r"prendono parte|teilgenommen|teilnehm|nahmen|tomaram parte|ikut serta|"
    r"menyertai|turut serta|hadir|tham gia|tham dự|参加|참가|참여|شارك|مشارك|"
    r"участв|участи[еяюи]|เข้าร่วม"
)

# "La edición anterior se celebró en Lomé", "the previous edition was held in Accra":
# where an earlier edition took place is background.
_EARLIER_EDITION = Caseless(
    r"\b(?:previous|last|earlier|former) (?:edition|round|session|meeting)|"
    r"\b(?:édition|session|réunion) précédente|\bprécédente (?:édition|session)|"
    r"\bedición anterior|\banterior edición|\bedizione precedente|"
    r"\bprecedente edizione|\bedição anterior|\b(?:vorherige|letzte|vorige)n? "
    r"(?:Ausgabe|Runde|Treffen)|\bedisi sebelumnya|\bedisi lalu|"
    r"\bkỳ trước|\blần trước|前回|지난 회의|الدورة السابقة"
)
# "Russian cyberattacks", "Russia's full-scale invasion", "北한 해킹조직", "attaques
# russes", "attacks by Iran": a country right next to an attack, an invasion or
# hackers is their origin, not a partner.
_ATTACK = Caseless(
    r"attack|invasion|invaded|aggression|hacker|hacking|hacktivist|attaque|ataque|attacc|"
    r"angriff|invasi|serangan|peretas|tấn công|tin tặc|xâm lược|هجم|هجوم|قراصنة|"
    r"اختراق|غزو|攻撃|ハッカー|侵攻|공격|해킹|해커|침공|攻击|黑客|入侵|атак|хакер|"
    r"вторжен|агресс|โจมตี|แฮกเกอร์|รุกราน"
)
# "attacks by", "attaques venant de", "ataques procedentes de", "hackers from":
# the words between an attack and the country that launched it.
_ATTACK_FROM = Caseless(
    r"(?:\bon|\bagainst|\bcontre|\bcontra|\bcontro|\bgegen|\bauf|\bterhadap|"
    r"\bnhằm vào|\bvào|على|ضد|\bпротив|\bна|ต่อ|\bby|\bfrom|\bof|\bde|\bdu|\bdes|\bdel|\bdella|\bdal|\bda|\bvon|\baus|"
    r"\bdari|\boleh|\btừ|\bcủa|من|\bиз|\bсо стороны|จาก|provenance de|"
    r"procedentes? de|provenienti da|originating in|based in|linked to|backed by)"
    r"\s*(?:the\s+|la\s+|l['’]|le\s+|el\s+|lo\s+|o\s+|a\s+)?$"
)
# "groups operating from North Korea", "opérant depuis", "được điều hành từ các
# khu vực biên giới của Campuchia": where criminals work from is no partner.
_OPERATING_FROM = Caseless(
    r"(?:\boperat(?:e|es|ed|ing) (?:from|out of)|\bopér(?:ant|ent) depuis|"
    r"\bque operan desde|\boperan desde|\boperanti (?:da|in)|\boperano (?:da|in)|"
    r"\bberoperasi (?:dari|di)|\bbermarkas di|\b(?:được )?điều hành từ|"
    r"\bhoạt động từ|تعمل من|تنشط في|действующ\w* (?:из|с территории|на территории)|"
    r"ที่ปฏิบัติการจาก|から活動|에서 활동하는)[^\w,;.。،]+(?:[\w-]+[^\w,;.。،]+){0,8}?$"
)
# "ENISA, mit Sitz in Athen", "la OEA, con sede en Washington": the seat of a body
# named in passing.
_SEAT = Caseless(
    r"(?:\bmit (?:Sitz|Hauptsitz) in|\bcon sede en|\bcon sede a|\bcom sede em|"
    r"\bheadquartered in|\bbased in|\bbasée? à|\bdont le siège est à|\bayant son siège à|"
    r"\bsede (?:a|in)|\bberkantor pusat di|\bberpusat di|\bbermarkas di|"
    r"\bcó trụ sở (?:tại|ở)|\btrụ sở tại|ومقرها|ومقره|مقرها في|مقره في|"
    r"со штаб-квартирой в|штаб-квартира (?:которой|которого) (?:находится|расположена) в|"
    r"総部位于|总部位于|总部设在|に本部を置く|本部は|에 본부를 둔|본부를 둔|"
    r"ซึ่งมีสำนักงานใหญ่อยู่ที่|สำนักงานใหญ่ตั้งอยู่ที่)\s*$"
)
# "like Japan", "al igual que Chile", "wie Frankreich", "giống như Lào", "على غرار
# مصر", "日本と同様", "일본처럼": a comparison, not a partner (unless the sentence
# says who takes part).
_LIKE_BEFORE = Caseless(
    r"(?:\blike|\bunlike|\bcomme|\bcontrairement à|\bà l['’]instar d[eu']|"
    r"\bal igual que|\ba diferencia de|\bcomo ocurrió en|\bcome già|"
    r"\ba differenza d[ie]|\bähnlich wie|\banders als|\bwie zuvor|"
    r"\bsebagaimana|\bberbeda dengan|\bgiống như|\bkhác với|على غرار|"
    r"\bкак и|\bв отличие от|เช่นเดียวกับ|像)\s+(?:the\s+|le\s+|la\s+|l['’]|"
    r"el\s+|lo\s+)?(?:[\w-]+(?:\s+|,\s*)(?:and|et|y|e|und|dan|và|و|и)\s+)?$"
)
_LIKE_AFTER = re.compile(r"^(?:と同様|のように|처럼|와 마찬가지로|과 마찬가지로|一样)")
# "Read more:", "Lire aussi", "Baca juga", "Читайте также": the line names
# another story.
_READ_MORE = Caseless(
    r"^\W*(?:read more|read also|see also|related|lire aussi|à lire aussi|"
    r"voir aussi|lee también|leer más|leggi anche|lesen sie auch|mehr zum thema|"
    r"leia também|leia mais|baca juga|simak juga|baca lagi|xem thêm|đọc thêm|"
    r"اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|関連記事|관련기사|관련 기사|相关阅读|相关新闻|延伸阅读|"
    r"читайте также|смотрите также|อ่านเพิ่มเติม|อ่านข่าวที่เกี่ยวข้อง)\b"
)
# "attributed to", "linked to", "نُسبت إلى مجموعات مرتبطة بإيران": the country
# after these words is the suspect (never the one before them).
_HOSTILE_BEFORE = re.compile(
    r"(?:\blinked to|\btied to|ن\u064f?سب\w*|مرتبطة? )\W*(?:\w+\W+){0,3}?"
    r"\W*(?:ب|ل)?$"
)
# "since the war in Ukraine", "la guerre en Ukraine": a war's theatre is background.
_WAR_IN = Caseless(
    r"(?:\bwar (?:in|on|against)|\bguerre (?:en|au|contre)|\bguerra (?:en|in|contra|contro)|"
    r"\bKrieg(?:es)? (?:in|gegen)|\bperang (?:di|melawan)|\bchiến (?:sự|tranh) (?:ở|tại)|"
    r"الحرب (?:في|على)|\bвойн[аыуе] (?:в|на|против)|สงครามใน)\s+(?:the\s+|la\s+|l['’]|der\s+)?$"
)
# "the third country to sign such a deal, after Japan and Korea": the countries
# after "after" in a sentence that counts signatories came before.
_NTH_PARTNER = Caseless(
    r"\b(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th)) (?:country|nation|state|"
    r"partner)|\b(?:deuxième|second|troisième|quatrième) pays|"
    r"\b(?:segundo|tercer|cuarto) país|\b(?:secondo|terzo|quarto) paese|"
    r"\b(?:zweite|dritte|vierte)s? Land|\bnegara (?:kedua|ketiga|keempat)|"
    r"\bnước thứ (?:hai|ba|tư)|\bالدولة (?:الثانية|الثالثة|الرابعة)|"
    r"\b(?:второй|третьей|третьей|четвертой) стран|[2-5２-５]番目の国|"
    r"(?:두|세|네) 번째 (?:국가|나라)|第[二三四五]个国家|ประเทศที่ (?:2|3|4|สอง|สาม|สี่)"
)
_AFTER = Caseless(
    r"(?:\bafter|\bfollowing|\baprès|\btras|\bdespués de|\bdopo|\bnach|\bsetelah|"
    r"\bselepas|\bsau|بعد|\bпосле|หลังจาก)\s+(?:[\w-]+(?:,\s*|\s+))"
    r"{0,6}?$"
)
# "did not take part", "no participaron", "không cử đội tham gia", "불참": a
# country said not to take part is only mentioned.
_NOT_TAKING_PART = Caseless(
    r"\b(?:did not|didn't|does not|do not|will not|won't|not)\s+(?:\w+\s+){0,2}?"
    r"(?:take part|participate|attend|join|send)|"
    r"\bn['’](?:a|ont|avait|avaient) pas (?:\w+ )?(?:pris part|participé|envoyé)|"
    r"\bne (?:participe|participent|participera|participeront)|"
    r"\bno (?:\w+ )?(?:particip|tom[óa]|asisti|envi[óa]|acudi)|"
    r"\bnon (?:\w+ )?(?:partecip|ha preso|hanno preso|ha inviato|hanno inviato)|"
    r"\bnicht (?:\w+ )?(?:teilgenommen|teil|beteiligt)|\bnão (?:\w+ )?particip|"
    r"\b(?:tidak|tak) (?:\w+ )?(?:ikut|berpartisipasi|hadir|mengirim|menyertai)|"
    r"\bkhông (?:\w+ ){0,3}?(?:cử|tham gia|tham dự)|"
    r"لم (?:ي|ت)(?:شارك|رسل|حضر)|参加しなかった|参加せず|参加していない|"
    r"出席しなかった|欠席|参加を見送|見送った|불참|(?:참가|참여|참석)하지 (?:않|못)|不参加|没有参加|"
    r"未参加|未派|未出席|没有出席|缺席|"
    r"\bне (?:\w+ )?(?:участвовал|принял|принимал|примут|направил|прислал)|"
    r"ไม่ได้เข้าร่วม|ไม่เข้าร่วม|ไม่ได้ส่ง"
)
# "similar agreements", "accords similaires", "аналогичные соглашения", "acuerdos
# similares": the countries named after it signed something else, earlier.
_AGREEMENT_WORD = (
    r"(?:agreement|accord|deal|pact|partnership|memorand|mou\b|acuerdo|convenio|"
    r"accordo|intesa|abkommen|vereinbarung|acordo|parceria|perjanjian|kesepakatan|"
    r"nota kesepahaman|persefahaman|thỏa thuận|ghi nhớ|hợp tác|văn bản|kerja ?sama|"
    r"cooperation|coopération|cooperación|cooperazione|zusammenarbeit|cooperação|"
    r"اتفاق|مذكر|تعاون|協定|覚書|協力|협정|협약|협력|양해각서|协议|备忘录|合作|"
    r"соглашени|меморандум|сотрудничеств|บันทึก|ข้อตกลง|ความร่วมมือ)"
)
_SIMILAR = Caseless(
    r"(?:similar|comparable|analog|аналогичн|подобн|similaire|similares|simili|"
    r"analogh|ähnlich|vergleichbar|semelhante|serupa|sejenis|tương tự|مماثل|مشابه|"
    r"同様|類似|유사|비슷|类似|ที่คล้ายกัน|ลักษณะเดียวกัน)\w*\W+(?:\w+\W+){0,2}?"
    + _AGREEMENT_WORD
    + "|"
    + _AGREEMENT_WORD
    + r"\w*\W+(?:\w+\W+){0,2}?(?:similar|comparable|analog|similaire|similares|"
    r"simili|analogh|ähnlich|vergleichbar|semelhante|serupa|sejenis|tương tự|"
    r"مماثل|مشابه|ที่คล้ายกัน|ลักษณะเดียวกัน)|"
    # scripts without spaces between words
    r"(?:ความร่วมมือ|บันทึก|ข้อตกลง)[\u0e00-\u0e7f]{0,8}(?:ลักษณะเดียวกัน|ที่คล้ายกัน)|"
    r"(?:同様|類似|유사한|비슷한|类似)[^\s。]{0,6}(?:協定|覚書|協力|협정|협약|양해각서|"
    r"协议|备忘录|合作)"
)
# "Japan and Korea, which signed similar agreements": a relative clause after
# the country that casts it as an earlier partner.
_WHICH = Caseless(
    r"^(?:(?!ลงนาม|ขณะที่|\bsign|\bwhile|\bwhereas|\btandis|\bmientras|\bmentre|"
    r"\bwährend|\bsementara|\btrong khi|بينما|فيما|\bв то время|\bfirm|\bsigné|"
    r"\bký\b|وقع|подпис)[^.;:!?。]){0,25}?(?:(?:\bwhich|\bwho|\bthat|\bqui|\bque|\bche|\bdie|\bdas|"
    r"\byang|\bmà|التي|الذي|которые|которая|который)\b|ซึ่ง)"
)
# "countries such as Colombia, Paraguay or Guatemala", "países como", "Länder wie",
# "negara seperti", "các nước như", "دول مثل", "таких стран, как": examples
# given in passing, unless the sentence says they take part.
_EXAMPLES = Caseless(
    r"\b(?:countries|nations|states) (?:such as|like|including)|"
    r"\bpays (?:comme|tels que|dont)|\bpaíses (?:como|tales como)|"
    r"\bpaesi (?:come|quali)|\bLänder(?:n)? wie|\bStaaten wie|"
    r"\bnegara(?:-negara)? (?:seperti|antara lain)|"
    r"\b(?:các )?(?:nước|quốc gia) (?:như|khác như)|دول[اًا\u064b]* (?:مثل|منها)|"
    r"などの国|등의 국가|등 국가|等国|таких стран,? как|стран,? как|"
    r"ประเทศ(?:ต่างๆ)? เช่น|ประเทศต่างๆ เช่น"
)
# "last year's meeting in Manila", "l'année dernière", "el año pasado", "昨年",
# "지난해", "в прошлом году": what happened a year before is background.
_LAST_YEAR = Caseless(
    r"\blast year|\bl['’](?:année|an) (?:dernière|dernier|passé)|"
    r"\bel año pasado|\bl['’]anno scorso|\bletztes Jahr|\bim vergangenen Jahr|"
    r"\bvergangenes Jahr|\bno ano passado|\btahun (?:lalu|lepas)|\bnăm ngoái|"
    r"العام الماضي|昨年|去年|지난해|작년|в прошлом году|ปีที่แล้ว"
)
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d|25[0-9]\d)(?!\d)")
# "since 2021", "launched in 2021", "depuis 2019", "2009年から": a year something
# began, which says nothing of when the sentence's news happened.
_SINCE = Caseless(
    r"(?:\bsince|\bfounded in|\blaunched in|\bestablished in|\bcreated in|"
    r"\bdepuis|\bdesde|\bdal|\bseit|\bdesde|\bsejak|\btừ năm|منذ|\bс)\s*$|"
    r"^\s*(?:年から|年以来|년부터|년 이후|年起|年以来)"
)

# Names of Réunion that are also the word for a meeting ("II Reunión Bilateral",
# "Réunion de travail"): the island only when the article precedes it.
_MEETING_HOMONYMS = frozenset({"reunion", "reuniao", "riunione"})
_ISLAND_ARTICLE = Caseless(r"(?:\bla|\bda|\bde|\bà|\ba|\bdi)\s+$")

# An Arabic demonym is an adjective after the definite noun it describes ("الجانب
# السعودي", "نظيره الإماراتي", "للوفد الكويتي"); after a given name or a verb
# ("الدكتور محمد حمد الكويتي", "أشار الكويتي") it is a family name.
_AR_MODIFIED = re.compile(
    r"(?:(?<![\u0600-\u06ff])(?:وال|بال|فال|كال|ال|لل)[\u0600-\u06ff]+"
    r"|[\u0600-\u06ff]{2,}(?:ه|ها|هم|هما|نا))\s+$"
)

# Mention.kind of a COUNTRY mention: how the text names the country.
_HOW = {COUNTRY: "name", DEMONYM: "demonym", CAPITAL: "capital"}

# A country name or demonym that is one word of a person's name ("said Israel
# Mwale, a Zambian engineer", "el coordinador, Andrés Portugal, experto de la OEA",
# "disse o consultor Rui Brasil, que", "sagte Projektleiterin Anna Schweizer"):
# two capitalised words, one of them the place, said by someone or followed by an
# apposition. States, articles, org heads and brands in front ("Republik",
# "Air France", "Universitas Indonesia") are no given names.
# Instruments named after the city or country where they were adopted: the
# place is the name's, not a party ("the Malabo Convention", "la Convention de
# Budapest", "the Paris Call", "ブダペスト条約", "اتفاقية بودابست").
_NAMED_INSTRUMENT_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:Convention|Declaration|Call|Manual|Process|Arrangement|Accord|"
    r"Protocol|Principles|Charter|Format|Agenda|Consensus)\b|"
    r"\s*(?:条約|宣言|協約|공약|협약|선언|公约|宣言|倡议)"
)
_NAMED_INSTRUMENT_BEFORE = Caseless(
    r"\b(?:Convention|Convención|Convenio|Convenzione|Convenção|Konvention|"
    r"Übereinkommens?|Déclaration|Declaración|Dichiarazione|Declaração|Erklärung|"
    r"Appel|Llamamiento|Appello|Apelo|Konvensi|Công ước|Конвенци\w+)\s+"
    r"(?:de|di|da|do|von|of|dari|về)?\s*$|(?:اتفاقية|إعلان|معاهدة)\s+$"
)
_PERSON_CASED = {"en", "fr", "es", "it", "de", "pt", "id", "ms"}
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’\-]+")
# fmt: off
_NOT_GIVEN_NAME = frozenset({
    "the", "a", "an", "la", "le", "les", "el", "los", "las", "lo", "il", "gli", "o",
    "os", "as", "der", "die", "das", "des", "dem", "den", "ein", "eine", "de", "di",
    "da", "du", "del", "della", "do", "dos", "von", "van", "and", "et", "y", "e",
    "und", "dan", "in", "en", "im", "of", "for", "from", "with", "to", "at", "by",
    "on", "republic", "republik", "bundesrepublik", "république", "república",
    "repubblica", "kingdom", "königreich", "reino", "regno", "royaume", "state",
    "states", "staat", "estado", "stato", "état", "government", "regierung",
    "gobierno", "governo", "gouvernement", "pemerintah", "kerajaan", "federation",
    "föderation", "federación", "fürstentum", "großherzogtum", "principality", "duchy",
    "sultanate", "emirate", "union", "team", "air", "radio", "telecom", "visit",
    "made", "invest", "embassy", "botschaft", "ambassade", "embajada", "embaixada",
    "ambasciata", "kedutaan", "airways", "airlines", "police", "post", "bank", "times",
    "herald", "daily", "news", "today", "tribune", "mail", "north", "south", "east",
    "west", "central", "northern", "southern", "eastern", "western", "upper", "lower",
    "greater", "latin", "new", "mainland",
})
# fmt: on
_SPEAKER_BEFORE = Caseless(
    r"(?:\bsaid|\bsays|\btold|\baccording to|\bdijo|\bafirmó|\bseñaló|\bexplicó|"
    r"\bindicó|\bdeclaró|\bsostuvo|\ba (?:déclaré|indiqué|affirmé|souligné|expliqué)|"
    r"\bselon|\bdisse|\bafirmou|\bexplicou|\bdeclarou|\bsegundo|\bsagte|\berklärte|"
    r"\bbetonte|\bso|\bha (?:detto|dichiarato|spiegato|sottolineato)|\bsecondo|"
    r"\bkata|\bujar|\bmenurut|\bMr\.?|\bMs\.?|\bMrs\.?|\bDr\.?|\bSr\.|\bSra\.|"
    r"\bHerr|\bFrau|\bM\.|\bMme|\bPak|\bBu|\bBapak|\bIbu)"
    r"\s+(?:[\w-]+\s+)?$"
)
_APPOSITION_AFTER = re.compile(
    r"\s*,\s*(?!(?:and|et|y|e|und|dan|or|ou|o|oder|atau)\b)[a-zß-öø-ÿ]"
)


def _in_person_name(text: str, start: int, end: int, language: str) -> bool:
    """Whether the place at text[start:end] is one of two capitalised words that
    name a person (see _NAME_WORD)."""
    if language not in _PERSON_CASED or " " in text[start:end]:
        return False
    if not text[start].isupper():
        return False  # "Ministero della Difesa estone, l'esercitazione": an adjective
    before = re.search(r"([\w'’-]+) $", text[max(0, start - 40) : start])
    after = re.match(r" ([\w'’-]+)", text[end : end + 40])
    for other, pair_start, pair_end in (
        (before, start - len(before.group(1)) - 1 if before else 0, end),
        (after, start, end + len(after.group(0)) if after else 0),
    ):
        if other is None:
            continue
        word = other.group(1)
        if not _NAME_WORD.fullmatch(word) or word.lower() in _NOT_GIVEN_NAME:
            continue
        # the pair is exactly two capitalised words
        outer_before = re.search(
            r"(\S+)\s$", text[max(0, pair_start - 40) : pair_start]
        )
        outer_after = re.match(r"\s(\S+)", text[pair_end : pair_end + 40])
        said = _SPEAKER_BEFORE.search(text, max(0, pair_start - 40), pair_start)
        capital_before = outer_before and outer_before.group(1)[:1].isupper()
        if capital_before and language != "de" and not said:
            continue
        if outer_after and outer_after.group(1)[:1].isupper():
            continue
        if said:
            return True
        if language != "de" and _APPOSITION_AFTER.match(text, pair_end):
            return True
    return False


def _is_cased(char: str) -> bool:
    return char.lower() != char.upper()


def place_mentions(
    text: str, language: str, gazetteer: Gazetteer, sentences: tuple[Sentence, ...]
) -> list[Mention]:
    """COUNTRY mentions (names, demonyms, capitals) and CITY mentions (capitals and
    other cities), in text order."""
    matcher = compiled(gazetteer).places(language)
    hits = matcher.find(text)
    sentence_starts = {s.start for s in sentences}
    first_word = _first_word_offsets(text, sentences)
    candidates = []
    for hit in hits:
        if any(e.label == NOT_PLACE for e in hit.entries):
            continue
        codes = {e.value for e in hit.entries}
        entry = hit.entries[0]
        surface = hit.text
        if fold(surface) in _MEETING_HOMONYMS and not _ISLAND_ARTICLE.search(
            text, max(0, hit.start - 4), hit.start
        ):
            continue
        if _is_cased(surface[0]) and entry.pattern[:1].isupper():
            if not surface[0].isupper():
                continue
            if (
                len(entry.pattern) <= 3
                and entry.pattern.isupper()
                and surface != entry.pattern
            ):
                continue
        if (
            language == "ar"
            and entry.label == DEMONYM
            and not _AR_MODIFIED.search(text, max(0, hit.start - 30), hit.start)
        ):
            continue  # "محمد حمد الكويتي", "أشار الكويتي": a family name
        if entry.label in (COUNTRY, DEMONYM) and _in_person_name(
            text, hit.start, hit.end, language
        ):
            continue
        if _NAMED_INSTRUMENT_AFTER.match(
            text, hit.end
        ) or _NAMED_INSTRUMENT_BEFORE.search(text, max(0, hit.start - 30), hit.start):
            continue  # "Malabo Convention", "Convention de Budapest", "Paris Call"
        ambiguous = len(codes) > 1 or any(
            fold(e.pattern) in _AMBIGUOUS.get(e.language, ()) for e in hit.entries
        )
        sentence_initial = hit.start in sentence_starts or hit.start in first_word
        candidates.append((hit, codes, ambiguous, sentence_initial))
    sure = {
        next(iter(codes))
        for hit, codes, ambiguous, _ in candidates
        if not ambiguous and len(codes) == 1
    }
    mentions = []
    for hit, codes, ambiguous, sentence_initial in candidates:
        if len(codes) > 1:
            codes = codes & sure
            if len(codes) != 1:
                continue
        code = next(iter(codes))
        unsupported = sentence_initial or not _has_neighbour(hit, candidates)
        if _standing_alone(text, hit, language):
            unsupported = False  # "タイ国家サイバー...", "du Niger", "del Chad"
        if ambiguous and code not in sure and unsupported:
            continue
        for entry in hit.entries:
            if entry.value != code:
                continue
            if entry.label in (CAPITAL, CITY):
                mentions.append(
                    Mention(hit.start, hit.end, hit.text, "CITY", entry.canonical, code)
                )
            if entry.label != CITY:
                how = _HOW[entry.label]
                mentions.append(
                    Mention(hit.start, hit.end, hit.text, "COUNTRY", code, code, how)
                )
            break
    mentions += _short_form_runs(text, language, hits)
    mentions.sort(key=lambda m: (m.start, m.end))
    return mentions


# "日米豪印の4カ国", "한미일 3국", "中俄哈吉塔" : one character per country, run
# together before a word of relations or a count of countries.
_SHORT_FORMS = {
    "ja": {"日": "JP", "米": "US", "豪": "AU", "印": "IN", "英": "GB", "仏": "FR",
           "独": "DE", "露": "RU", "中": "CN", "韓": "KR", "加": "CA", "伊": "IT",
           "比": "PH", "越": "VN", "泰": "TH", "朝": "KP", "台": "TW"},
    "ko": {"한": "KR", "미": "US", "일": "JP", "중": "CN", "러": "RU", "북": "KP",
           "호": "AU"},
    "zh": {"中": "CN", "美": "US", "俄": "RU", "日": "JP", "韩": "KR", "英": "GB",
           "法": "FR", "德": "DE", "越": "VN", "柬": "KH", "泰": "TH", "印": "IN",
           "澳": "AU", "哈": "KZ", "吉": "KG", "塔": "TJ", "巴": "PK", "白": "BY",
           "朝": "KP", "缅": "MM", "蒙": "MN", "新": "SG", "马": "MY", "菲": "PH",
           "乌": "UA"},
}  # fmt: skip
_SHORT_FORM_AFTER = {
    "ja": r"[\u3040-\u309f・、。]|[0-9０-９二三四五六七八九]\s*(?:カ国|か国|ヵ国|ヶ国)|"
    r"両国|首脳|外相|防衛|国防|間|関係|共同|協議|対話|会談|会合|協力|同盟|連携|合同|"
    r"対立|政府|当局|サイバー|戦略|安保|経済|演習|訓練|枠組|外務",
    "ko": r"[\s·,.]|[0-9]\s*(?:국|개국)|[삼사오육]국|양국|정상|외교|국방|간|관계|동맹|협력|"
    r"공조|합동|연합|사이버|훈련|회담|협의|대화|의|은|는|이|가|과|와|3국|측",
    "zh": r"[、，。,]|[两二三四五六七八九十]国|关系|合作|双边|联合|执法|战略|会谈|对话|"
    r"外长|防长|网络|等|的|之间|间|边境|安全|元首|首脑|交流|友好",
}


# short forms that are not a side's country when alone ("巴方": Pakistan's or
# Palestine's, "白方", "乌方": Ukraine's or Uzbekistan's; "일 측", "인 측")
_NO_SIDE = {"zh": "巴白乌新马", "ko": "일한호"}


def _short_form_runs(text: str, language: str, hits) -> list[Mention]:
    table = _SHORT_FORMS.get(language)
    if not table:
        return []
    taken = bytearray(len(text))
    for hit in hits:
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    chars = "".join(table)
    after = re.compile(_SHORT_FORM_AFTER[language])
    found = []
    # "越方派出...", "米側は", "미 측은": one side named by its short form alone
    side = {"zh": "方", "ja": "側", "ko": "측"}[language]
    # (a Korean side is a word of its own: "미 측은", not "미측정")
    tail = (
        r"(?=[은는이가의과와에도]?(?:[^\uac00-\ud7af]|$))" if language == "ko" else ""
    )
    for match in re.finditer(rf"([{chars}])\s?{side}{tail}", text):
        char = match.group(1)
        before = text[match.start() - 1] if match.start() else " "
        if (
            char in _NO_SIDE.get(language, "")
            or taken[match.start()]
            or "\u3400" <= before <= "\u9fff"
            or "\uac00" <= before <= "\ud7af"
        ):
            continue
        code = table[char]
        found.append(
            Mention(
                match.start(), match.start() + 1, char, "COUNTRY", code, code, "name"
            )
        )
    for run in re.finditer(rf"[{chars}](?:[・·\-]?[{chars}])+", text):
        letters = [c for c in run.group() if c in table]
        before = text[run.start() - 1] if run.start() else " "
        if (
            len(set(letters)) != len(letters)
            or any(taken[run.start() : run.end()])
            or ("\u3400" <= before <= "\u9fff" or "\uac00" <= before <= "\ud7af")
            or not after.match(text, run.end())
        ):
            continue
        central_asia = any(c in run.group() for c in "哈吉塔")
        for offset, char in enumerate(run.group()):
            if char in table:
                at = run.start() + offset
                code = table[char]
                if code == "UA" and central_asia:
                    code = "UZ"  # "中俄哈吉塔乌": Uzbekistan, beside "俄乌": Ukraine
                found.append(Mention(at, at + 1, char, "COUNTRY", code, code, "name"))
    return found


_KATAKANA = re.compile(r"[\u30a0-\u30ff]")
# "du Niger", "au Tchad", "del Chad", "il Mali": a country's article in front
_COUNTRY_ARTICLE = re.compile(
    r"(?:\bdu|\bau|\ble|\bdel|\bal|\bel|\bdal|\bnel|\bil|\bdo|\bno|\bao)\s+$"
)


def _standing_alone(text: str, hit, language: str) -> bool:
    """Whether an ambiguous name is written as a country's: a katakana name with
    no katakana on either side (not "ネクタイ"), or a French, Spanish, Italian or
    Portuguese name after a country's article, before no other capitalised word."""
    if language == "ja" and _KATAKANA.fullmatch(hit.text[-1]):
        before = text[hit.start - 1 : hit.start]
        after = text[hit.end : hit.end + 1]
        return not _KATAKANA.match(before) and not _KATAKANA.match(after)
    if language in ("fr", "es", "it", "pt"):
        after = re.match(r"\s+(\w)", text[hit.end : hit.end + 3])
        return bool(
            _COUNTRY_ARTICLE.search(text, max(0, hit.start - 6), hit.start)
            and not (after and after.group(1).isupper())
        )
    return False


def _first_word_offsets(text: str, sentences) -> set[int]:
    """Offsets of the first word of each sentence, past any opening quote."""
    offsets = set()
    for sentence in sentences:
        match = re.search(r"\w", sentence.text)
        if match:
            offsets.add(sentence.start + match.start())
    return offsets


def _has_neighbour(hit, candidates) -> bool:
    return any(
        other is not hit and abs(other.start - hit.start) < 80 and not amb
        for other, _, amb, _ in candidates
    )


def classify_countries(
    text: str,
    sentences: tuple[Sentence, ...],
    mentions: list[Mention],
    required: set[str],
    supported=(),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(parties, mentioned): a country named only in background is mentioned: in a
    list of members, after "except", as suspect, attacker or origin of an attack,
    as one that did not take part, as an example ("countries such as"), as the
    partner of earlier "similar agreements", or in a sentence about last year or
    an earlier year than the article's own. Every other named country is a party,
    and so is every country in `required` (home countries of the organisations
    taking part, hosts of the events) and every country in `supported` (named in
    the sentences of the agreements and events) unless the article names it only
    in such background."""
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.label != "COUNTRY":
            continue
        sentence = _sentence_index(sentences, mention.start)
        by_sentence.setdefault(sentence, []).append(mention)
    current = _article_year(text, sentences)
    party: list[str] = []
    named: list[str] = []
    for index, found in by_sentence.items():
        sentence = sentences[index] if index >= 0 else None
        sentence_text = sentence.text if sentence else ""
        offset = sentence.start if sentence else 0
        participation = bool(_PARTICIPATION.search(sentence_text))
        in_list = (
            (
                len({m.value for m in found}) >= 3
                and _MEMBERSHIP.search(sentence_text)
                and not participation
            )
            or bool(_EARLIER_EDITION.search(sentence_text))
            or _earlier_year(sentence_text, current)
        )
        for mention in found:
            named.append(mention.value)
            if in_list or _background(text, sentence_text, offset, mention):
                continue
            party.append(mention.value)
    parties = list(dict.fromkeys(party))
    parties += list(required)
    for code in supported:
        # named, but only in background ("the G7 brings together ...", "an MoU
        # signed in 2023 with Singapore"): the agreement or event that carried
        # it was read too widely
        if code not in parties and code in named:
            continue
        parties.append(code)
    parties = tuple(dict.fromkeys(parties))
    mentioned = tuple(c for c in dict.fromkeys(named) if c not in parties)
    return parties, mentioned


def _background(text: str, sentence_text: str, offset: int, mention) -> bool:
    """Whether this one mention names the country in background, not as a party."""
    start, end = mention.start, mention.end
    if _HOSTILE.search(text, end, end + 40) or _HOSTILE.search(
        text, max(0, start - 30), start
    ):
        return True
    if _EXCEPT.search(text[max(0, start - 40) : start]):
        return True
    if _HOSTILE_BEFORE.search(text[max(0, start - 40) : start]):
        return True
    if _SEAT.search(text[max(0, start - 40) : start]):
        return True
    if _WAR_IN.search(text[max(0, start - 30) : start]):
        return True
    preceding = sentence_text[: start - offset]
    if _NTH_PARTNER.search(sentence_text) and _AFTER.search(preceding[-80:]):
        return True
    if (
        _LIKE_BEFORE.search(text[max(0, start - 40) : start])
        or _LIKE_AFTER.match(text[end : end + 8])
    ) and not _positive_participation(sentence_text):
        return True
    if _attack_origin(text, start, end, mention):
        return True
    local = start - offset
    before = sentence_text[:local]
    nearest = _nearest_participation(sentence_text, local)
    if nearest is not None and nearest.re.pattern == _NOT_TAKING_PART.pattern:
        return True
    if _SIMILAR.search(before):
        return True
    if _READ_MORE.search(sentence_text):
        return True
    if _OPERATING_FROM.search(text, max(0, start - 80), start):
        return True
    after = text[end : end + 90]
    relative = _WHICH.search(after)
    if relative and _SIMILAR.search(after[relative.end() :][:70]):
        return True
    example = _EXAMPLES.search(before[-120:])
    return bool(example) and not _positive_participation(sentence_text)


def _attack_origin(text: str, start: int, end: int, mention) -> bool:
    """ "Russian cyberattacks", "Russia's invasion", "북한 해킹조직", "attacks by
    Iran": the country launched the attack."""
    after = re.split(r"[,;:.。、，؛]", text[end : end + 30], maxsplit=1)[0]
    found = _ATTACK.search(after)
    if found:
        gap = after[: found.start()]
        words = len(gap.split())
        if words <= 2 and found.start() <= 22:
            return True
    before = re.split(r"[,;:.。、，؛]", text[max(0, start - 50) : start])[-1]
    attacks = list(_ATTACK.finditer(before))
    found = attacks[-1] if attacks else None
    if found and _ATTACK_FROM.search(before[found.end() :]):
        between = before[found.end() :]
        return len(between.split()) <= 5
    return False


def _nearest_participation(sentence_text: str, local: int):
    """The participation cue (said or denied) that governs a country at an offset:
    the first after it ("Estonia did not take part", "que no participaron"), else
    the last before it ("لم تشارك ميانمار")."""
    cues = list(_NOT_TAKING_PART.finditer(sentence_text))
    denied = [(c.start(), c.end()) for c in cues]
    for cue in _PARTICIPATION.finditer(sentence_text):
        if not any(s <= cue.start() < e for s, e in denied):
            cues.append(cue)
    after = [c for c in cues if c.start() >= local]
    if after:
        return min(after, key=lambda c: c.start())
    return max(cues, key=lambda c: c.start(), default=None)


def _positive_participation(sentence_text: str) -> bool:
    denied = [(c.start(), c.end()) for c in _NOT_TAKING_PART.finditer(sentence_text)]
    return any(
        not any(s <= cue.start() < e for s, e in denied)
        for cue in _PARTICIPATION.finditer(sentence_text)
    )


def _article_year(text: str, sentences) -> int | None:
    """The year of the dateline or lead (the first year in the first 400
    characters), Buddhist-era years read as Gregorian."""
    found = _YEAR.search(text[:400])
    return _gregorian(int(found.group())) if found else None


def _gregorian(year: int) -> int:
    return year - 543 if year >= 2500 else year


def _earlier_year(sentence_text: str, current: int | None) -> bool:
    """A sentence about last year, or whose years all come before the article's."""
    if _LAST_YEAR.search(sentence_text):
        return True
    if current is None:
        return False
    years = [
        _gregorian(int(found.group()))
        for found in _YEAR.finditer(sentence_text)
        if not _SINCE.search(sentence_text[max(0, found.start() - 16) : found.start()])
        and not _SINCE.match(sentence_text[found.end() : found.end() + 6])
    ]
    return bool(years) and max(years) < current


def _sentence_index(sentences, offset: int) -> int:
    for index, sentence in enumerate(sentences):
        if sentence.start <= offset < sentence.end:
            return index
    return -1
