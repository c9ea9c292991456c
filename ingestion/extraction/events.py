"""Cooperation events (summits, workshops, exercises, trainings, meetings...) an
article reports or announces, with their dates, place and participants.

Every event term in every sentence is a mention; a mention counts when something
situates it (a date, a place, a name, a verb like "held" or "organised"). Mentions
of the same kind whose dates and places agree are one event, so "the workshop" in
the fifth paragraph adds to the workshop of the first rather than repeating it.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from dataclasses import dataclass, field

from ingestion import records
from ingestion.extraction import dates, triggers
from ingestion.extraction.context import ArticleContext, Mention, Sentence
from ingestion.extraction.cooperation import incident_report
from ingestion.extraction.patterns import Caseless

# Precision ranks of a date value: a range beats a day, a day a month, a month a year.
_PRECISION = {10: 3, 7: 2, 4: 1}

_CAPITALISED_NAME = re.compile(
    r"((?:[A-Z0-9][\w’'&.-]*(?:\s+(?:of|on|for|and|de|du|des|la|le|del|di|der|"
    r"für|the|&)\s+)?\s*){1,7})$"
)
_QUOTED = re.compile(r"[“\"«„「『]([^”\"»“」』]{4,120})[”\"»“」』]")
_SIGNING_SCENE = Caseless(
    r"ceremon|cérémonie|ceremonia|cerimonia|Zeremonie|cerimônia|upacara|majlis|"
    r"lễ ký|式典|調印式|서명식|체결식|حفل|sign|paraph|(?<!con)firm|suscri|unterzeichn|"
    r"unterschrieb|assin|penandatangan|ditandatangani|meterai|ký kết|签约|签署|"
    r"署名|調印|서명|체결|توقيع|وقّع|وقع|подпис|ลงนาม"
)
# "on the last day" of the event the sentences before date: its last day
_FINAL_DAY = Caseless(
    r"(?:last|final|closing) day|dernier jour|dernière journée|último día|"
    r"ultimo giorno|ultima giornata|letzten Tag|último dia|hari terakhir|"
    r"ngày cuối|ngày làm việc cuối|اليوم الأخير|最終日|마지막 날|最后一天|"
    r"последний день"
)
_FOLLOWING_QUOTE = re.compile(
    r"^\s*(?:(?:titled|entitled|themed|intitulée?|titulad[oa]|intitolat[oa]|"
    r"mit dem Titel|intitulad[oa]|bertajuk|bertema|với chủ đề|chủ đề|بعنوان|"
    r"تحت شعار|on)\s*:?\s*)?[“\"«„「『]([^”\"»“」』]{4,160})[”\"»“」』]"
)
_NEXT_EDITION = Caseless(
    r"(?<![\w])(?:next|nächste\w*|siguiente|próxim[oa]|prochaine?|prossim[oa]|"
    r"berikutnya|selanjutnya|tiếp theo|следующ\w+|المقبل\w*|次回|다음)(?![\w])"
)
# "اجتماعهما المقبل", "pertemuan berikutnya", "cuộc họp tiếp theo", "la réunion
# suivante": the next edition named after the event word.
_NEXT_AFTER = Caseless(
    r"^\S{0,3}\s*(?:\w+\s+)?(?:المقبل\w*|القادم\w*|berikutnya|selanjutnya|"
    r"akan datang|tiếp theo|sắp tới|suivante?|prochaine?|siguiente|seguinte|"
    r"successiv[oa]|next)(?![\w])"
)
# "prevê uma segunda edição em 2026, em Luanda": a later edition is another
# event, and the place after it is that edition's.
# "the next one", "the next round", "die nächste Runde", "la próxima ronda", "le
# prochain aura lieu", "vòng tiếp theo", "الجولة المقبلة", "次回": the event just told,
# held again, in a sentence that names it by no event word of its own
_NEXT_ONE = Caseless(
    r"(?<![\w])(?:(?:next|nächste\w*|próxim[oa]|prochaine?|prossim[oa]|следующ\w+)\s+"
    r"(?:one|round|session|Runde|Sitzung|ronda|sesión|cycle|tornata|sessione|rodada|"
    r"sessão|раунд|сесси\w+)|(?:le|la|el|la) (?:prochaine?|próxim[oa])(?=\s+(?:aura|"
    r"se tiendra|se déroulera|devrait|est prévue?|se celebrará|tendrá lugar|será))|"
    r"(?:putaran|pusingan|sesi) (?:berikutnya|seterusnya|selanjutnya)|"
    r"(?:vòng|phiên) tiếp theo|الجولة (?:المقبلة|القادمة)|次回|下一轮|下一次|下届|"
    # "Une nouvelle session est prévue en octobre à Abidjan"
    r"(?:a )?new (?:session|edition)|nouvelle (?:session|édition)|"
    r"nueva (?:sesión|edición)|nuova (?:sessione|edizione)|nova (?:sessão|edição)|"
    r"neue (?:Runde|Ausgabe|Auflage)|"
    r"다음 (?:라운드|회차))(?![\w])"
)
_LATER_EDITION = Caseless(
    r"(?<![\w])(?:second|2nd|third|next|new|segund[ao]|deuxième|seconde|"
    r"prochaine|nouvelle|zweite|nächste|seconda|nuova|próxima|nova)\s+"
    r"(?:edition|edição|edición|édition|edizione|Ausgabe|Auflage)|"
    r"(?:edisi|phiên|kỳ) (?:kedua|berikutnya|selanjutnya|tiếp theo|thứ hai)"
)
_SAME_DAY = Caseless(
    r"(?:the )?same day|même jour|mismo día|stessa giornata|stesso giorno|"
    r"(?:selben|gleichen) Tag|mesmo dia|hari yang sama|cùng ngày|同日|当天|같은 날|"
    r"اليوم نفسه|اليوم ذاته|тот же день"
)
_SIMULATION = Caseless(
    r"simula|crise|crisis|crisi|Krisen|krisis|mô phỏng|tabletop|table-top"
)
_SINCE_BEFORE = Caseless(r"(?:since|depuis|seit|sejak|từ năm|自)\s*(?:l'|the )?$")
_SINCE_AFTER = re.compile(r"^\s*(?:から|以来|이래|부터|以降)")
_DEMONSTRATIVE = Caseless(
    r"(?<![\w])(?:this|that|cette|cet|ce|esta|este|esa|ese|questa|questo|"
    r"dies(?:e[rsnm]?)?|essa|esse|هذا|هذه|この|同|이번|해당)\s*$"
)
# "KISA는 총회를 계기로 ...", "on the occasion of the meeting", "anlässlich des
# Treffens": the event already told, whatever date or place the rest of the
# sentence gives
_OCCASION_BEFORE = Caseless(
    r"(?:on the occasion of|on the sidelines of|à l['’]occasion d\w*|en marge d\w*|"
    r"con (?:ocasión|motivo) de\w*|al margen de\w*|in occasione d\w*|a margine d\w*|"
    r"anlässlich|am Rande|por ocasião d\w*|à margem d\w*|sempena|di sela|bên lề|"
    r"nhân dịp|بمناسبة|على هامش)\s+(?:the |la |le |el |il |l['’]|des |der |dem |o |a )?"
    r"$"
)
_OCCASION_AFTER = re.compile(r"^\s*(?:을|를)?\s*계기로|^\s*を機に")
_DEMONSTRATIVE_AFTER = re.compile(r"^\s*(?:ini|itu|tersebut|này|đó)(?![\w])")

# Two event words in one phrase name one event, whose kind is the head noun's:
# "consultations on joint training", "atelier de formation", "pertemuan bilateral
# yang membahas pelatihan" are meetings or workshops, "training workshop" and
# "研修に関する協議" too. The head comes first where a preposition (or nothing,
# in head-first languages) links the two, last where the first word modifies the
# second.
_HEAD_LAST = frozenset({"en", "de", "ja", "ko", "zh"})
_LINK = {
    "en": r"on|about|for|of|regarding|covering|to discuss|discussing|focused on|"
    r"dedicated to",
    "fr": r"de|d[’']|du|des|sur|consacrée? à|portant sur|pour",
    "es": r"de|del|sobre|para|en materia de",
    "it": r"di|del|della|sul|sulla|sui|per|in materia di",
    "de": r"über|zur|zum|für|zu",
    "pt": r"de|do|da|sobre|para",
    "id": r"tentang|mengenai|membahas|soal|untuk|yang membahas|terkait",
    "ms": r"mengenai|tentang|berhubung|membincangkan|untuk",
    "vi": r"về|bàn về|về việc|về hợp tác",
    "ar": r"حول|بشأن|عن|لبحث|لمناقشة|ل",
    "ru": r"по|о|об|по вопросам",
    "th": r"เกี่ยวกับ|ด้าน|เรื่อง|ว่าด้วย",
}
_LINK_BEFORE_HEAD = {
    # head-last languages whose linker sits between the complement and the head
    "ja": r"に関する|についての|に関わる|をテーマとした|の",
    "ko": r"에 관한|관련|에 대한|을 위한|를 위한|을 논의하는|를 논의하는|의",
    "zh": r"的|相关",
}
_LINKED = {
    language: Caseless(rf"^\s*(?:{pattern})(?![\w])(?:\s*[\w’'-]+){{0,4}}?\s*$")
    for language, pattern in _LINK.items()
}
_LINKED_BEFORE_HEAD = {
    language: re.compile(rf"^[^、，。,;]{{0,16}}(?:{pattern})\s*$")
    for language, pattern in _LINK_BEFORE_HEAD.items()
}
_JOINED = re.compile(r"^[\s-]*$")
_AT_SUMMIT = re.compile(r"^\s*(?:au|at the|at|à la|al|del|della|auf dem|no|na)\s*$")
_CLAUSE_BREAK = re.compile(r"[,;:،，、]")

# "on joint training", "sobre incidentes e a formação", "về đào tạo", "في مجال
# التدريب": a course or drill named after a preposition, in a sentence that names
# another event or an agreement first, is what that one is about.
_TOPIC_KINDS = ("training", "exercise")
_TOPIC_LINK = Caseless(
    r"(?<![\w])(?:on|about|for|regarding|cover(?:ed|ing|s)?|discuss(?:ed|ing)?|"
    r"sur|pour|concernant|sobre|para|en materia "
    r"de|per|su|sulla|sulle|sul|sui|sugli|über|zur|zum|für|tentang|mengenai|"
    r"membahas|untuk|"
    r"berhubung|về|cho|في مجال|حول|بشأن|по вопросам|по|об?|เกี่ยวกับ|ด้าน)"
    r"(?:\s+[\w’'-]+){0,4}\s+$"
)

# "last year's summit", "l'an dernier", "昨年", "지난해": a past edition named as
# background to the reported event.
_PAST_EDITION = Caseless(
    r"last year(?:'s)?|l[’']an dernier|l[’']année dernière|el año pasado|"
    r"lo scorso anno|l[’']anno scorso|im (?:vergangenen|letzten|Vor)jahr|"
    r"(?:des )?(?:vergangenen|letzten) Jahres|l[’']an passé|del año pasado|"
    r"dell[’']anno scorso|do ano passado|"
    r"vorjährig\w*|no ano passado|tahun lalu|tahun lepas|sebelum ini|năm ngoái|"
    r"năm trước|العام الماضي|昨年|前回|去年|上届|지난해|작년|в прошлом году|"
    r"прошлогодн\w+|ปีที่แล้ว|ครั้งก่อน"
)
# the rest of a time that opens a sentence, up to its comma: " 11月，", ", "
_OPENING_TIME = re.compile(r"^[^,，、;:،]{0,12}[,，、،]")
# "the previous meeting", "la reunión anterior": only right next to the word
_PREVIOUS_BEFORE = Caseless(
    r"(?:previous|précédente?|precedente|предыдущ\w+|vorige[nrs]?|"
    r"letzte[nrs]?|"
    # "CISA ran a similar grid exercise in Guam": another event of its kind
    r"similar|similaire|simil[ei]|ähnliche[nrs]?|semelhante|serupa|sejenis|"
    r"tương tự|مماثل\w*|同様の|유사한|类似的?|аналогичн\w+|подобн\w+)"
    r"\s+(?:[\w’'-]+\s+){0,2}$"
)
_PREVIOUS_AFTER = Caseless(
    r"^\s*(?:[\w’'-]+\s+){0,2}?(?:précédente?|anterior|precedente|sebelumnya|"
    r"السابق\w*|trước đó)(?![\w])"
)


@dataclass
class EventMention:
    kind: str
    start: int  # offsets into ctx.text
    end: int
    sentence: Sentence
    index: int  # sentence number
    date: dates.FoundDate | None
    city: str | None
    country: str | None
    participants: list[str]
    countries: list[str]
    name: str | None
    strength: int
    plural: bool
    background: bool
    anaphoric: bool = False  # "this meeting", "cette rencontre"
    next_edition: bool = False  # "the next round", "la siguiente edición"
    occasion: bool = False  # "총회를 계기로", "on the occasion of the meeting"


@dataclass
class EventCluster:
    kind: str
    mentions: list[EventMention] = field(default_factory=list)
    start: str | None = None
    end: str | None = None
    city: str | None = None
    country: str | None = None
    name: str | None = None
    next_edition: bool = False
    signing_day: str | None = None  # the day of a signing held during it

    @property
    def strength(self) -> int:
        return max(m.strength for m in self.mentions)


_BOILERPLATE = Caseless(
    r"^[ \t]*(?:Read (?:more|also)|Related(?: articles| news)?|Recommended articles|"
    r"See also|Lire aussi|À lire aussi|Voir aussi|Lea también|Leer también|"
    r"Noticias relacionadas|Te puede interesar|Leggi anche|LEGGI ANCHE|"
    r"Articoli correlati|Mehr zum Thema|Lesen Sie auch|Auch interessant|"
    r"Leia também|Leia mais|Notícias relacionadas|Baca [Jj]uga|Berita [Tt]erkait|"
    r"Baca lagi|Artikel berkaitan|Tin liên quan|Xem thêm|Đọc thêm|関連記事|"
    r"関連ニュース|관련 ?기사|관련 뉴스|اقرأ أيضا|اقرأ أيضاً|للمزيد|مواضيع ذات صلة|"
    r"相关阅读|相关新闻|延伸阅读|Читайте также|Смотрите также|อ่านเพิ่มเติม|"
    r"ข่าวที่เกี่ยวข้อง)\b",
    re.MULTILINE,
)


def sentences_of(ctx: ArticleContext) -> tuple[Sentence, ...]:
    """The article's sentences up to the "read more" links that close many pages
    (their headlines are other stories); lines and full stops when the context
    has no sentences."""
    cached = ctx.extra.get("events.sentences")
    if cached is not None:
        return cached
    sentences = ctx.sentences
    if not sentences:
        found = []
        for m in re.finditer(r"[^\n.!?。！？]+[.!?。！？]?", ctx.text):
            if m.group().strip():
                found.append(Sentence(m.start(), m.end(), m.group()))
        sentences = tuple(found)
    tail = None
    for m in _BOILERPLATE.finditer(ctx.text):
        if m.start() > len(ctx.text) // 3:
            tail = m.start()
            break
    if tail is not None:
        sentences = tuple(s for s in sentences if s.start < tail)
    ctx.extra["events.sentences"] = sentences
    return sentences


def headline_end(ctx: ArticleContext) -> int:
    """Where the headline ends when the text opens with it (0 when it does not):
    a headline names the article's main finding in other words."""
    first_line = ctx.text.lstrip().split("\n", 1)[0].strip()
    if not first_line:
        return 0
    if (ctx.title and first_line == ctx.title.strip()) or (
        len(first_line) <= 200 and first_line[-1:] not in ".!?。"
    ):
        return ctx.text.find(first_line) + len(first_line)
    return 0


# How far into its line a date may sit and still be the dateline (characters).
_DATELINE_REACH = 30


def dateline_end(ctx: ArticleContext) -> int:
    """Where the dateline or byline ends, so its date is not an event's date."""
    cached = ctx.extra.get("dates.dateline_end")
    if cached is not None:
        return cached
    end = 0
    head = ctx.text[:600]
    if ctx.published is not None:
        # bylines and datelines open the article: the publication date stated
        # at the foot of a short one does not make all before it a dateline
        opening = _lines_end(ctx.text, headline_end(ctx), _DATELINE_LINES)
        for found in dates.find_dates(head, ctx.language, None):
            if found.value == ctx.published.isoformat() and found.start < opening:
                end = found.end
                break
    if end == 0:
        # "【マニラ＝2025年7月16日】", "[서울=연합뉴스] 2024년 9월 26일 —", "PARIS,
        # 9 oct (AFP) -": a date opening the body is the dateline even where it is
        # not the publication date recognised (or none was)
        body = headline_end(ctx)
        for found in dates.find_dates(head, ctx.language, None):
            # a full date, or a day and month the dateline gives without a year
            # ("KUALA LUMPUR, 16 Okt (Bernama) --")
            if found.relative or (found.value and len(found.value) != 10):
                continue
            if found.value is None and not _DIGIT.search(
                ctx.text, found.start, found.end
            ):
                continue
            if found.start < body:
                continue
            line_start = ctx.text.rfind("\n", 0, found.start) + 1
            if found.start - max(line_start, body) <= _DATELINE_REACH and (
                _DATELINE_MARK.match(ctx.text, found.end)
                or _DATELINE_MARK.search(ctx.text[found.end : found.end + 25])
            ):
                end = found.end
            break
    ctx.extra["dates.dateline_end"] = end
    return end


_DIGIT = re.compile(r"\d")
# How many lines after the headline may hold the byline or dateline.
_DATELINE_LINES = 3


def _lines_end(text: str, start: int, count: int) -> int:
    """Where the `count`-th non-empty line from `start` ends."""
    position = start
    for _ in range(count):
        while position < len(text) and text[position] in "\r\n \t":
            position += 1
        newline = text.find("\n", position)
        position = len(text) if newline == -1 else newline
    return position


# What closes a dateline: "ACCRA, Ghana (AP) —", "KUALA LUMPUR, 5 Jun (Bernama) --",
# "【マニラ＝共同】", "新华社曼谷12月5日电".
_DATELINE_MARK = re.compile(r"\s[—–-]{1,2}\s|\s--|\)\s*[—–:.-]|】|\]|电\s|：")


def dateline_span(ctx: ArticleContext) -> tuple[int, int]:
    """The dateline opening the body ("ACCRA, Ghana (AP) —"): where the story was
    filed, which is not where its events took place. (0, 0) when there is none."""
    cached = ctx.extra.get("events.dateline_span")
    if cached is not None:
        return cached
    span = (0, 0)
    body = headline_end(ctx)
    line_start = body + len(ctx.text[body:]) - len(ctx.text[body:].lstrip())
    line = ctx.text[line_start : line_start + 90].split("\n", 1)[0]
    mark = _DATELINE_MARK.search(line)
    filed = line[: mark.start()] if mark is not None else ""
    first = next(
        (
            m
            for m in ctx.mentions
            if m.label in ("CITY", "COUNTRY") and 0 <= m.start - line_start <= 4
        ),
        None,
    )
    if (
        mark is not None
        and first is not None
        and len(filed) <= 50
        and (re.search(r"[,(（【\[\d]", filed) or first.text.isupper())
    ):
        span = (line_start, line_start + mark.start())
    ctx.extra["events.dateline_span"] = span
    return span


# "Xは27日、…と発表した": in Japanese news the day after the topic, set off by a
# comma, is the day of the announcement the sentence ends with.
_TOPIC_BEFORE = re.compile(r"は\s*$")
_QUOTATIVE = re.compile(r"と(?:発表|明らかに|述べ|話し|説明|公表)")


def _sentence_year(text: str, published: datetime.date | None) -> int | None:
    if published is not None:
        return None
    years = dates.years_in(text)
    return next(iter(years)) if len(years) == 1 else None


# "agreed to hold a joint exercise in November", "thống nhất tổ chức diễn tập vào
# tháng 10", "договорились провести учения в октябре": a past verb of agreeing, an
# event to come. Its month without a year is the next one, not the last.
_AGREED_TO_HOLD = Caseless(
    r"(?<![\w])(?:agreed to (?:hold|organi[sz]e|conduct|host|run|stage|launch)|"
    r"(?:convenu|décidé|accepté) d[’'](?:organiser|tenir)|"
    r"acordaron (?:celebrar|organizar|realizar)|"
    r"(?:concordato|deciso|convenuto) di (?:tenere|organizzare|svolgere)|"
    r"vereinbart\w*,?\s+(?:\w+\s+){0,6}?zu (?:veranstalten|organisieren|"
    r"durchzuführen)|acordaram (?:realizar|organizar|promover)|"
    r"sepakat (?:untuk )?(?:menggelar|mengadakan|menyelenggarakan)|"
    r"bersetuju (?:untuk )?(?:menganjurkan|mengadakan)|"
    r"(?:thống nhất|nhất trí) (?:sẽ )?tổ chức|"
    r"اتفق\w*\s+(?:\S+\s+){0,3}?على\s+(?:تنظيم|عقد|إجراء)|"
    r"договорил\w+ (?:\w+ ){0,2}?(?:провести|организовать))|"
    r"することで合意|하기로 (?:합의|했)|商定\S{0,8}(?:举办|举行|开展)|ตกลงจัด"
)


def sentence_dates(
    ctx: ArticleContext, sentence: Sentence
) -> list[tuple[int, dates.FoundDate]]:
    """(absolute offset, date) of the dates of one sentence that can date a
    finding: not the dateline, not the day a statement was made."""
    cache = ctx.extra.setdefault("dates.sentences", {})
    if sentence.start in cache:
        return cache[sentence.start]
    text = sentence.text
    future = bool(triggers.cues(text, ctx.language, "future")) or bool(
        _AGREED_TO_HOLD.search(text)
    )
    found = dates.find_dates(
        text,
        ctx.language,
        ctx.published,
        default_year=_sentence_year(text, ctx.published),
        future=future,
        past=not future and bool(triggers.cues(text, ctx.language, "signed")),
    )
    reporting = triggers.cues(text, ctx.language, "reporting")
    limit = dateline_end(ctx)
    kept = []
    for item in found:
        absolute = sentence.start + item.start
        if absolute < limit:
            continue
        if _SINCE_BEFORE.search(text[max(0, item.start - 12) : item.start]) or (
            _SINCE_AFTER.match(text[item.end : item.end + 4])
        ):
            continue  # "since 2017": how long something has gone on, not when
        if any(
            0 <= item.start - r_end <= 6 or 0 <= r_start - item.end <= 4
            for r_start, r_end in reporting
        ) and (item.relative or ctx.language in ("ja", "ko", "zh")):
            continue
        if (
            ctx.language == "ja"
            and _TOPIC_BEFORE.search(text[max(0, item.start - 2) : item.start])
            and text[item.end : item.end + 1] in ("、", ",")
            and _QUOTATIVE.search(text, item.end)
        ):
            continue  # "NISCは27日、…に署名したと発表した": the day it told
        kept.append((absolute, item))
    cache[sentence.start] = kept
    return kept


def _precision(found: dates.FoundDate) -> int:
    if not found.value:
        return 0
    rank = _PRECISION.get(len(found.value), 0)
    if found.end_value and found.end_value != found.value:
        rank += 1
    return rank


# A date belongs to the finding word it is attached to: in "hold a drill in
# November and draw up a plan in the first half of next year", November is the
# drill's, though the month is more precise than the year. A date governed by
# another term costs this much (characters) more than one of the term's own.
_NOT_OWN = 200
# Where a coordinating conjunction or a clause mark separates a date from a word
# after it, the date more likely closes the clause before (characters added).
_ACROSS_CLAUSE = 60
# Japanese and Korean put a date before what it dates ("오는 11월 합동 훈련"):
# a word before the date is that much farther away.
_SOV_BEFORE = 40
_COORDINATION = Caseless(
    r"(?<![\w])(?:and|et|y|e|ed|und|sowie|dan|serta|và|cùng|и|а|while|as well as)"
    r"(?![\w])|(?<![^\W\d_])و|[,;:،，、]|고\s|\sและ"
)
_SOV = frozenset({"ja", "ko"})
# languages that write a date before the word it dates
_DATE_FIRST = frozenset({"ja", "ko", "zh"})
_DATE_FIRST_REACH = 12


def _reach(
    text: str, offset: int, d_start: int, d_end: int, term: tuple[int, int], sov: bool
) -> int:
    """How far the term is from the date, in characters, as a governor: farther
    across a clause boundary, and in Japanese and Korean from behind."""
    t_start, t_end = term
    if t_end <= d_start:
        return d_start - t_end + (_SOV_BEFORE if sov else 0)
    gap = text[d_end - offset : t_start - offset]
    return t_start - d_end + (_ACROSS_CLAUSE if _COORDINATION.search(gap) else 0)


def date_owner(
    text: str,
    offset: int,
    d_start: int,
    d_end: int,
    terms: tuple[tuple[int, int], ...],
    language: str,
) -> tuple[int, int] | None:
    """Which of the terms (absolute spans) of a sentence (text, starting at
    offset) governs the date at d_start:d_end: the nearest, counting a clause
    boundary as distance."""
    sov = language in _SOV
    best = None
    for term in terms:
        if term[0] < d_end and d_start < term[1]:
            continue
        reach = _reach(text, offset, d_start, d_end, term, sov)
        if best is None or reach < best[0]:
            best = (reach, term)
    return best[1] if best else None


def nearest_date(
    candidates: list[tuple[int, dates.FoundDate]],
    start: int,
    end: int,
    owners: dict[int, tuple[int, int] | None] | None = None,
) -> dates.FoundDate | None:
    """The date that most likely belongs to the term at start:end: the closest,
    with a preference for precise dates over bare years, and for the dates the
    term governs (`owners`: the governing term of each candidate's offset)."""
    best = None
    best_score = None
    for offset, found in candidates:
        if not found.value:
            continue
        distance = offset - end if offset >= end else start - offset
        score = distance + (4 - _precision(found)) * 40 + 30 * found.relative
        if owners is not None and owners.get(offset, (start, end)) != (start, end):
            score += _NOT_OWN
        if best_score is None or score < best_score:
            best, best_score = found, score
    return best


def complement_instruments(text: str, language: str) -> set[tuple[int, int]]:
    """The spans of agreement words that an event word right before them is
    about: "un webinaire de restitution du plan d'action", "a workshop on the
    roadmap", "lokakarya tentang nota kesepahaman". The event's date is not the
    instrument's."""
    linked = _LINKED.get(language, _LINKED["en"])
    events = triggers.find_terms(text, language, "event")
    found = set()
    for _, a, b in triggers.find_terms(text, language, "agreement"):
        for _, _, e_end in events:
            gap = text[e_end:a]
            if 0 <= a - e_end <= 40 and (linked.match(gap) or _LINKED["en"].match(gap)):
                found.add((a, b))
    return found


def owners_of(
    ctx: ArticleContext,
    sentence: Sentence,
    candidates: list[tuple[int, dates.FoundDate]],
    extra: tuple[tuple[int, int], ...] = (),
) -> dict[int, tuple[int, int] | None]:
    """The governing term (absolute span) of each candidate date of a sentence,
    among its event and agreement terms (and `extra` spans, relative to the
    sentence); an instrument an event is about governs none."""
    text = sentence.text
    topics = complement_instruments(text, ctx.language)
    terms = tuple(
        (sentence.start + a, sentence.start + b)
        for kind in ("event", "agreement")
        for _, a, b in triggers.find_terms(text, ctx.language, kind)
        if (a, b) not in topics
    ) + tuple((sentence.start + a, sentence.start + b) for a, b in extra)
    return {
        offset: date_owner(
            text,
            sentence.start,
            offset,
            offset + (found.end - found.start),
            terms,
            ctx.language,
        )
        for offset, found in candidates
    }


def place_of(
    ctx: ArticleContext,
    sentence: Sentence,
    start: int,
    end: int,
    others: tuple[tuple[int, int], ...] = (),
) -> tuple[str | None, str | None]:
    """(city, country) introduced by a place preposition in the sentence,
    nearest the term, and not beyond another event term (`others`): in "a
    meeting that discussed a workshop in Seoul", Seoul is the workshop's."""
    best = None
    filed_start, filed_end = dateline_span(ctx)
    for mention in ctx.mentions_in(sentence.start, sentence.end):
        if mention.label not in ("CITY", "COUNTRY"):
            continue
        if filed_start <= mention.start < filed_end:
            continue  # the dateline: where the story was filed
        low, high = sorted((mention.start, start))
        if any(low < o_start < high for o_start, _ in others):
            continue
        before = ctx.text[max(sentence.start, mention.start - 20) : mention.start]
        after = ctx.text[mention.end : min(sentence.end, mention.end + 8)]
        if not (
            triggers.place_before(before, ctx.language)
            or triggers.place_after(after, ctx.language)
            or _follows_city(ctx, mention)
        ):
            continue
        distance = mention.start - end if mention.start >= end else start - mention.end
        if best is None or distance < best[0]:
            best = (distance, mention)
    if best is None:
        return None, None
    mention = best[1]
    if mention.label == "CITY":
        return mention.value, mention.country
    city = _city_before(ctx, mention)
    return city, mention.value


def _follows_city(ctx: ArticleContext, mention: Mention) -> bool:
    """ "Hanoi, Vietnam": a country right after a city is the city's country."""
    return mention.label == "COUNTRY" and _city_before(ctx, mention) is not None


def _city_before(ctx: ArticleContext, mention: Mention) -> str | None:
    for other in ctx.mentions:
        if (
            other.label == "CITY"
            and 0 <= mention.start - other.end <= 3
            and ctx.text[other.end : mention.start].strip() in (",", "")
        ):
            return other.value
    return None


def parties_in(ctx: ArticleContext, sentence: Sentence) -> tuple[list[str], list[str]]:
    """(organisation names, country codes) of the bodies named in a sentence."""
    names: list[str] = []
    codes: list[str] = []
    for mention in ctx.mentions_in(sentence.start, sentence.end):
        if mention.label == "ORG":
            if mention.value not in names:
                names.append(mention.value)
            if mention.country and mention.country not in codes:
                codes.append(mention.country)
    return names, codes


def _inside_org(ctx: ArticleContext, start: int, end: int) -> bool:
    """Whether the event word is part of a body's name ("Forum of Incident
    Response and Security Teams"); a "body" that is the event word and nothing
    more ("Capture the Flag (CTF)" read as a name) is the event."""
    return any(
        m.label == "ORG"
        and m.start <= start
        and end <= m.end
        and not _only_event_words(ctx.text[m.start : m.end], ctx.language)
        for m in ctx.mentions
    )


# "국제침해사고대응협의회(FIRST)", "日本シーサート協議会（NCA）", "亚太地区计算机应急
# 响应组织理事会（APCERT）": a council word with a Latin acronym after it ends the
# name of a body, whether or not the gazetteer knows it
_BODY_WITH_ACRONYM = re.compile(
    r"(?:협의회|위원회|협회|協議会|委員会|理事会|委员会|协会)\s*[(（]\s*[A-Z][\w&./-]*\s*[)）]"
)


def _only_event_words(name: str, language: str) -> bool:
    rest = list(name)
    for _, a, b in triggers.find_terms(name, language, "event"):
        rest[a:b] = " " * (b - a)
    return not re.search(r"\w", "".join(rest))


def _name(ctx: ArticleContext, sentence: Sentence, start: int, end: int) -> str | None:
    following = _FOLLOWING_QUOTE.match(ctx.text[end : sentence.end])
    if following:
        return following.group(1).strip()
    if ctx.language in triggers.UNSPACED or ctx.language == "ar":
        return None
    if sentence.start < headline_end(ctx) and _title_cased(sentence.text):
        return None  # "BSSN dan CSA Gelar Latihan Bersama": capitals name nothing
    term = ctx.text[start:end]
    before = ctx.text[sentence.start : start]
    m = _CAPITALISED_NAME.search(before)
    if m and term[:1].isupper():
        prefix = m.group(1).lstrip()
        if triggers.place_before(before[: len(before) - len(m.group(1))], ctx.language):
            # "in Estonia Cyber Coalition", "in Berlin Konsultationen": the place
            # the event was held in opens no name
            prefix = prefix.split(None, 1)[1] if len(prefix.split()) > 1 else ""
        # "Die Konsultationen", "Runde der Konsultationen": no name left
        prefix = _GENERIC_NAME_START.sub("", prefix)
        name = (prefix + term).strip()
        if len(name.split()) >= 2:
            return name
    return None


_LONG_WORD = re.compile(r"[^\W\d_]{4,}")


def _title_cased(text: str) -> bool:
    """A headline written In Title Case: most of its longer words capitalised."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= 0.85 * len(words)


# An article and the generic words that open a noun phrase ("Die", "The", "Runde
# der", "Round of"): no part of an event's name; what is left of it must name
# something ("Die Konsultationen", "The Meeting" are no names).
_GENERIC_NAME_START = Caseless(
    r"^(?:(?:the|der|die|das|den|dem|des|le|la|les|l['’]|el|los|las|il|lo|gli|"
    r"os|as|um|uma|un|une|ein|eine|einen|a|an)\s+|"
    r"(?:an|bei|auf|zur|zum|nach|vor|während|at|during|after|before)\s+|"
    r"(?:Runde|Round|Ronda|Sitzung|Session|Reihe|Auftakt|Abschluss|Ausgabe|"
    r"Auflage|Edition|Rahmen|Rande)\s+"
    r"(?:der|des|von|of|de|du|des|del|di)\s+(?:the\s+|la\s+|las\s+|los\s+)?)*"
)


def _is_plural(term: str, language: str) -> bool:
    if language in triggers.UNSPACED or language == "ar":
        return False
    lowered = term.casefold()
    return lowered.endswith(("s", "i", "en", "ões", "ces")) and not lowered.endswith(
        (
            "ss",
            "us",
            "urs",
            "sis",
            "talks",
            "consultations",
            "konsultationen",
            "ogos",
            "jornadas",  # "las primeras jornadas técnicas": one event of days
            "entretiens",
            "pourparlers",
            "conversaciones",
            "conversações",
            "consultazioni",
        )
    )


def _complements(text: str, terms, language: str) -> set[tuple[int, int]]:
    """The spans of event words that modify or complete a nearer head noun."""
    dropped: set[tuple[int, int]] = set()
    linked = _LINKED.get(language, _LINKED["en"])
    linked_before_head = _LINKED_BEFORE_HEAD.get(language)
    ordered = sorted(terms, key=lambda t: t[1])
    for (kind_a, a_start, a_end), (kind_b, b_start, b_end) in zip(
        ordered, ordered[1:], strict=False
    ):
        if kind_a == kind_b:
            continue
        if {kind_a, kind_b} == {"summit", "meeting"}:
            # "summit meeting", "réunion au sommet": a summit either way
            head_last = kind_b == "summit"
            gap = text[a_end:b_start]
            if len(gap) <= 12 and (
                _JOINED.match(gap) or linked.match(gap) or _AT_SUMMIT.match(gap)
            ):
                dropped.add((a_start, a_end) if head_last else (b_start, b_end))
            continue
        gap = text[a_end:b_start]
        if len(gap) > 40:
            continue
        if _JOINED.match(gap):
            head_last = language in _HEAD_LAST
        elif linked_before_head and linked_before_head.match(gap):
            head_last = True
        elif linked.match(gap) or _LINKED["en"].match(gap):
            head_last = False
        else:
            continue
        dropped.add((a_start, a_end) if head_last else (b_start, b_end))
    return dropped


def _topics(ctx: ArticleContext, sentence: Sentence, terms) -> set[tuple[int, int]]:
    """The spans of trainings and drills that are the subject of an earlier event
    or agreement word of the sentence."""
    text = sentence.text
    topics: set[tuple[int, int]] = set()
    verbs = triggers.cues(text, ctx.language, "event_verb")
    firsts = [start for _, start, _ in terms]
    firsts += [
        start for _, start, _ in triggers.find_terms(text, ctx.language, "agreement")
    ]
    for kind, t_start, t_end in terms:
        if kind not in _TOPIC_KINDS or not any(f < t_start for f in firsts):
            continue
        if not _TOPIC_LINK.search(text[max(0, t_start - 40) : t_start]):
            continue
        if any(0 <= v_start - t_end <= 30 for v_start, _ in verbs):
            continue  # "... for the joint exercise held on 5 May": an event
        topics.add((t_start, t_end))
    return topics


# News reports what happened in the last weeks or what is coming: an event that
# ended this many days before the publication date is background ("a regional
# exercise in October 2024", told in November 2025).
_BACKGROUND_AGE = 180


def _long_before(
    found: dates.FoundDate | None, published: datetime.date | None
) -> bool:
    if published is None or found is None or not found.value or found.relative:
        return False
    value = found.end_value or found.value
    if len(value) == 4:
        last = datetime.date(int(value), 12, 31)
    elif len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        last = datetime.date(
            year + month // 12, month % 12 + 1, 1
        ) - datetime.timedelta(days=1)
    else:
        last = datetime.date.fromisoformat(value)
    return (published - last).days > _BACKGROUND_AGE


def _cluster_long_before(
    cluster: EventCluster, published: datetime.date | None
) -> bool:
    if not cluster.start or published is None:
        return False
    found = dates.FoundDate(0, 0, cluster.start, cluster.end)
    return _long_before(found, published)


def _past_edition(
    ctx: ArticleContext, text: str, term: tuple[int, int], terms, found
) -> bool:
    """Whether the event word names an earlier event: with a "last year's" cue
    next to it (no other event word or clause break between), or dated only by a
    year before the publication year."""
    t_start, t_end = term
    if _PREVIOUS_BEFORE.search(text[max(0, t_start - 40) : t_start]) or (
        _PREVIOUS_AFTER.match(text[t_end : t_end + 30])
    ):
        return True
    window = max(0, t_start - 80)
    before = text[window:t_start]
    cue = None
    for m in _PAST_EDITION.finditer(before):
        cue = m
    if cue is not None:
        cue_end = window + cue.end()
        between = text[cue_end:t_start]
        if len(text[: window + cue.start()].split()) <= 1 or (
            window + cue.start() <= 4
        ):
            # "去年11月，双方曾在北京举办…", "Pada tahun lepas, kedua-dua agensi
            # …": a time opening the sentence sets the time of all of it
            between = _OPENING_TIME.sub("", between, count=1)
        dated = found is not None and len(found.value or "") >= 7
        if not _CLAUSE_BREAK.search(between) and not (
            dated and any(cue_end <= start < t_start for _, start, _ in terms)
        ):
            return True
    after = text[t_end : t_end + 40]
    cue_after = _PAST_EDITION.search(after)
    if cue_after and not _CLAUSE_BREAK.search(after[: cue_after.start()]):
        dated = found is not None and len(found.value or "") >= 7
        if not (
            dated
            and any(t_end < start <= t_end + cue_after.start() for _, start, _ in terms)
        ):
            return True
    return bool(
        found is not None
        and found.value
        and len(found.value) == 4
        and ctx.published is not None
        and int(found.value) < ctx.published.year
    )


# How close a date must be to an agreement word or a signing verb to be the
# agreement's ("同意明年签署", "sign an MoU next year", "Đối tác Chiến lược Toàn
# diện vào tháng 9/2023"), not a nearby event's: at most one short word between.
_AGREEMENT_DATE_REACH = 3
_ONE_SHORT_WORD = re.compile(r"^\s*(?:\w{1,5}\s+)?$")


def _event_dates(
    ctx: ArticleContext, sentence: Sentence
) -> list[tuple[int, dates.FoundDate]]:
    """The dates of a sentence an event may take: not those that belong to the
    agreement named or the signing announced right beside them."""
    candidates = sentence_dates(ctx, sentence)
    text = sentence.text
    agreements = triggers.find_terms(text, ctx.language, "agreement")
    if not agreements or not candidates:
        return candidates
    signing = triggers.cues(text, ctx.language, "signed")
    kept = []
    for offset, found in candidates:
        start, end = (
            offset - sentence.start,
            offset - sentence.start + (found.end - found.start),
        )
        beside = any(
            0 <= start - t_end <= 12 and _ONE_SHORT_WORD.match(text[t_end:start])
            for _, _, t_end in agreements
        ) or any(0 <= c_start - end <= _AGREEMENT_DATE_REACH for c_start, _ in signing)
        if not beside:
            kept.append((offset, found))
    return kept


# How far a date may follow a signing verb and still be the signing's day ("Документ
# был подписан 13 мая", "It was signed on 12 March"), characters.
_SIGNING_DATE_REACH = 24
_CLAUSE_MARK = re.compile(r"[,;:،，、。]")


def signing_date(ctx: ArticleContext, sentence: Sentence) -> dates.FoundDate | None:
    """The date right after (or, in Japanese, Korean and Chinese, right before)
    a verb of signing that no word of plan or proposal governs."""
    text = sentence.text
    if triggers.cues(text, ctx.language, "future"):
        return None
    intentions = triggers.cues(text, ctx.language, "planned") + triggers.cues(
        text, ctx.language, "proposed"
    )
    unspaced = ctx.language in triggers.UNSPACED
    reach = _SIGNING_DATE_REACH // 2 if unspaced else _SIGNING_DATE_REACH
    events = triggers.find_terms(text, ctx.language, "event")
    for c_start, c_end in triggers.cues(text, ctx.language, "signed"):
        if any(a <= c_start < b or c_start <= a < c_end for a, b in intentions):
            continue
        for offset, found in sentence_dates(ctx, sentence):
            if not found.value:
                continue
            d_start = offset - sentence.start
            d_end = d_start + (found.end - found.start)
            if unspaced and d_end <= c_start:
                low, high = d_end, c_start
            elif d_start >= c_end:
                low, high = c_end, d_start
            else:
                continue
            if (
                high - low <= reach
                and not _CLAUSE_MARK.search(text, low, high)
                and not any(low <= e_start < high for _, e_start, _ in events)
            ):
                return found  # and not "the days of the meeting at which ... signed"
    return None


# "during the official visit", "в ходе визита", "lors de la visite": the event
# takes in the day of what happened during it, not only that day
_DURING = Caseless(
    r"(?<![\w])(?:during|in the course of|au cours d[eu']|lors d[eu']|pendant|"
    r"durante|en el marco de|nel corso d\w*|während|im Rahmen|dalam rangka|"
    r"semasa|selama|trong (?:chuyến|khuôn khổ)|خلال|في إطار|в ходе|во время|"
    r"в рамках)\s+(?:[\w'’-]+\s+){0,3}$"
)


def _during_a_signing(
    ctx: ArticleContext, sentence: Sentence, t_start: int, found
) -> dates.FoundDate | None:
    """ "The document was signed on 13 May during the official visit": the visit
    included 13 May, it did not necessarily begin then, so only the month is
    known."""
    if (
        found is None
        or not found.value
        or len(found.value) != 10
        or found.end_value not in (None, found.value)
        or not _DURING.search(sentence.text[max(0, t_start - 50) : t_start])
    ):
        return found
    if signing_date(ctx, sentence) != found:
        return found
    return dataclasses.replace(found, value=found.value[:7], end_value=None)


def _whole_words(table: dict[str, str]) -> dict[str, Caseless]:
    """Each language's pattern, matched as whole words in any case."""
    return {
        language: Caseless(rf"(?<![\w])(?:{pattern})(?![\w])")
        for language, pattern in table.items()
    }


# the bare word for a joint operation already named in the article
_OPERATION_AGAIN = _whole_words(
    {
        "en": r"operation",
        "fr": r"opération",
        "es": r"operaci[óo]n",
        "it": r"operazione",
        "de": r"Operation|Aktion",
        "pt": r"operação",
        "id": r"operasi",
        "ms": r"operasi",
        "vi": r"chiến dịch|chuyên án",
        "ar": r"العملية",
        "ru": r"операци\w*",
    }
) | {
    language: re.compile(pattern)
    for language, pattern in {
        "ja": r"捜査|作戦",
        "ko": r"수사|작전|단속",
        "zh": r"行动",
        "th": r"ปฏิบัติการ",
    }.items()
}


# gatherings of people (not courses or drills): one may be named by another's word
_GATHERINGS = ("summit", "conference", "forum", "meeting")
_DEFINITE_BEFORE = Caseless(
    r"(?<![\w])(?:the|la|le|l[’']|el|il|lo|der|die|das|des|dem|den|o|a|os|as|"
    r"las|los|les|gli|i)(?:\s+[\w’'-]+){0,2}\s*$"
)
_MEET_AGAIN = _whole_words(
    {
        "en": r"(?:will|to|would) (?:meet|convene|gather) again|(?:will|to) reconvene",
        "fr": r"se (?:retrouveront|réuniront|retrouver|réunir) (?:à nouveau|de nouveau)",
        "es": r"volverán a reunirse|se reunirán (?:de nuevo|nuevamente)",
        "it": r"si (?:riuniranno|ritroveranno) (?:di nuovo|nuovamente)",
        "de": r"(?:werden|wollen) sich (?:\w+ ){0,3}wieder (?:treffen|zusammenkommen)",
        "pt": r"voltar(?:ão|ão a) (?:a )?reunir-se|reunir-se-ão novamente",
        "id": r"akan bertemu (?:kembali|lagi)",
        "ms": r"akan bertemu (?:semula|lagi)",
        "vi": r"sẽ gặp lại|sẽ tái ngộ",
        "ru": r"(?:снова|вновь) встретятся",
    }
)


# A sentence that opens on "The meeting", "El encuentro", "La rencontre", "Das
# Treffen": the article and the plain word for a gathering, nothing between
_OPENING_ARTICLE = Caseless(r"^\s*(?:the|la|le|l[’']|el|il|lo|der|die|das|o|a)\s*$")


def _opens_on_the_meeting(
    ctx: ArticleContext, mention: EventMention, clusters: list[EventCluster]
) -> bool:
    last = clusters[-1]
    if mention.kind != "meeting" or last.next_edition:
        return False
    if not any(m.index == mention.index - 1 for m in last.mentions):
        return False
    if mention.country and last.country and mention.country != last.country:
        return False
    before = ctx.text[mention.sentence.start : mention.start]
    return bool(_OPENING_ARTICLE.match(before)) and _same_time(mention.date, last)


def _refers_to_a_gathering(ctx: ArticleContext, mention: EventMention) -> bool:
    return (
        mention.kind in _GATHERINGS
        and mention.date is None
        and mention.country is None
        and not mention.next_edition
        and mention.strength <= 1
        and bool(
            _DEFINITE_BEFORE.search(
                ctx.text[
                    max(mention.sentence.start, mention.start - 30) : mention.start
                ]
            )
        )
    )


def _far_attacks(sentence: Sentence, end: int) -> tuple[tuple[int, int], ...]:
    """The attack words of a sentence well after an event word: a place after them
    is where the attacks were ("The summit follows a wave of attacks that crippled
    networks in Tonga"), but "a workshop on ransomware in Jakarta" is in Jakarta."""
    return tuple(
        (sentence.start + m.start(), sentence.start + m.end())
        for m in triggers._ATTACK.finditer(sentence.text)
        if sentence.start + m.start() - end > _ATTACK_REACH
    )


_ATTACK_REACH = 25


def _across_its_owner(
    text: str,
    offset: int,
    candidates: list[tuple[int, dates.FoundDate]],
    owners: dict[int, tuple[int, int] | None],
    found: dates.FoundDate,
    term: tuple[int, int],
    date_first: bool,
) -> bool:
    """Whether the date lies beyond another event or agreement word that governs
    it, with no "and" or comma joining the two words: in "the results of the
    workshop will be presented in a webinar in August" or "speaking at the
    workshop, he said an MoU is to be signed in November", the month is the
    webinar's or the MoU's, not the workshop's. "a workshop and a drill in May"
    share theirs. Only the side a date is written on counts (after the words, or
    before them in Japanese, Korean and Chinese): "committed on Wednesday to a
    joint statement, at the close of a summit" dates the summit too."""
    for d_start, candidate in candidates:
        if candidate is not found:
            continue
        owner = owners.get(d_start)
        if owner is None or owner == term:
            return False
        d_end = d_start + (found.end - found.start)
        if not date_first and term[1] <= owner[0] and owner[1] <= d_start:
            gap = text[term[1] - offset : owner[0] - offset]
        elif date_first and d_end <= owner[0] and owner[1] <= term[0]:
            gap = text[owner[1] - offset : term[0] - offset]
        else:
            # "協議では、11月に共同演習を実施する": the month written right before
            # the drill is the drill's
            return (
                date_first
                and term[1] <= d_start
                and d_end <= owner[0]
                and owner[0] - d_end <= _DATE_FIRST_REACH
            )
        if _NAME_OPENS.fullmatch(gap):
            return False  # 'the workshop "Training in Incident Handling"': its name
        return not (len(gap) <= 25 and _COORDINATION.search(gap))
    return False


_NAME_OPENS = re.compile(r"[\s\"“”«»„'‘’:(「『-]*")


def find_event_mentions(ctx: ArticleContext) -> list[EventMention]:
    cached = ctx.extra.get("events.mentions")
    if cached is not None:
        return cached
    mentions: list[EventMention] = []
    published = ctx.published
    if published is not None:
        latest_year = published.year
    else:  # the latest year the article's dates name (every sentence dated)
        latest_year = max(
            (
                int(d.value[:4])
                for s in sentences_of(ctx)
                for _, d in sentence_dates(ctx, s)
                if d.value
            ),
            default=0,
        )
    for index, sentence in enumerate(sentences_of(ctx)):
        text = sentence.text
        blocked = triggers.not_event_spans(text)
        terms = triggers.find_terms(text, ctx.language, "event")
        recalled = None
        if any(m.kind == "other" for m in mentions) and not any(
            kind == "other" for kind, _, _ in terms
        ):
            # "La operación se desarrolló entre el 10 y el 14 de noviembre": the
            # joint operation already told, by its bare word
            again = _OPERATION_AGAIN.get(ctx.language)
            found_again = again.search(text) if again else None
            if found_again:
                terms = tuple(
                    sorted(
                        (*terms, ("other", found_again.start(), found_again.end())),
                        key=lambda t: t[1],
                    )
                )
        again_span = None
        # the main gathering: the first told that is not background ("the
        # ministers will convene again" after a bilateral meeting on the sidelines)
        gatherings = [
            m
            for m in mentions
            if m.kind in _GATHERINGS and not m.background and not m.next_edition
        ]
        if gatherings:
            # "the leaders will meet again next year in Port Vila": the next
            # edition of the gathering already told
            met = _MEET_AGAIN.get(ctx.language, _MEET_AGAIN["en"]).search(text)
            if met and not any(
                kind in _GATHERINGS and a < met.end() and met.start() < b
                for kind, a, b in terms
            ):
                again_span = (met.start(), met.end())
                terms = tuple(
                    sorted(
                        (*terms, (gatherings[0].kind, *again_span)),
                        key=lambda t: t[1],
                    )
                )
        if not terms and mentions and mentions[-1].index >= index - 2:
            # "The next one will take place in Wellington": the event just told,
            # held again
            recalled = _NEXT_ONE.search(text)
            if recalled:
                terms = ((mentions[-1].kind, recalled.start(), recalled.end()),)
        if not terms:
            continue
        complements = _complements(text, terms, ctx.language)
        complements |= _topics(ctx, sentence, terms)
        instruments = triggers.find_terms(text, ctx.language, "agreement")
        candidates = _event_dates(ctx, sentence)
        owners = owners_of(
            ctx, sentence, candidates, (again_span,) if again_span else ()
        )
        verbs = triggers.cues(text, ctx.language, "event_verb")
        names, codes = parties_in(ctx, sentence)
        signing_scene = bool(
            triggers.cues(text, ctx.language, "signed") and _SIGNING_SCENE.search(text)
        )
        for kind, t_start, t_end in terms:
            if any(b_start <= t_start < b_end for b_start, b_end in blocked):
                continue
            if (t_start, t_end) in complements:
                continue
            start, end = sentence.start + t_start, sentence.start + t_end
            if _inside_org(ctx, start, end) or _BODY_WITH_ACRONYM.match(text[t_start:]):
                continue
            found = nearest_date(candidates, start, end, owners)
            if found is not None and _across_its_owner(
                text,
                sentence.start,
                candidates,
                owners,
                found,
                (start, end),
                ctx.language in _DATE_FIRST,
            ):
                found = None
            if found is None and _SAME_DAY.search(text):
                found = _last_day(ctx, index)  # "nella stessa giornata"
            if found is None and _FINAL_DAY.search(text):
                found = _last_day(ctx, index)  # "pada hari terakhir"
                if found is not None and found.end_value:
                    found = dataclasses.replace(found, value=found.end_value)
            found = _closing_day(text, found)
            found = _during_a_signing(ctx, sentence, t_start, found)
            if kind == "workshop" and _SIMULATION.search(text[t_end : t_end + 30]):
                kind = "exercise"  # "atelier de simulation de crise"
            others = tuple(
                (sentence.start + a, sentence.start + b)
                for _, a, b in terms + instruments
                if (a, b) != (t_start, t_end)
            ) + tuple(
                (sentence.start + m.start(), sentence.start + m.end())
                for m in _LATER_EDITION.finditer(text)
            )
            city, country = place_of(
                ctx, sentence, start, end, others + _far_attacks(sentence, end)
            )
            if kind == "other":
                city, country = None, None  # an operation across borders
            name = _name(ctx, sentence, start, end)
            term = text[t_start:t_end]
            if kind == "training" and found is None and country is None:
                continue  # "joint training" as the content of an agreement
            strength = (
                int(
                    found is not None
                    or bool(candidates)
                    or (signing_scene and kind not in ("training", "exercise"))
                )
                + int(country is not None)
                + int(bool(verbs))
                + int(name is not None or term[:1].isupper())
            )
            background = bool(
                found is not None
                and found.value
                and latest_year
                and int(found.value[:4]) < latest_year - 2
            ) or _past_edition(ctx, text, (t_start, t_end), terms, found)
            background = background or _long_before(found, published)
            mentions.append(
                EventMention(
                    kind=kind,
                    start=start,
                    end=end,
                    sentence=sentence,
                    index=index,
                    date=found,
                    city=city,
                    country=country,
                    participants=list(names),
                    countries=list(codes),
                    name=name,
                    strength=strength,
                    plural=_is_plural(term, ctx.language),
                    background=background,
                    next_edition=bool(
                        recalled
                        or (t_start, t_end) == again_span
                        or _NEXT_EDITION.search(text[max(0, t_start - 40) : t_start])
                        or _NEXT_AFTER.match(text[t_end : t_end + 20])
                    ),
                    anaphoric=bool(
                        _DEMONSTRATIVE.search(text[max(0, t_start - 12) : t_start])
                        or _DEMONSTRATIVE_AFTER.match(text[t_end : t_end + 10])
                    ),
                    occasion=bool(
                        _OCCASION_BEFORE.search(text[max(0, t_start - 30) : t_start])
                        or _OCCASION_AFTER.match(text[t_end : t_end + 12])
                    ),
                )
            )
    ctx.extra["events.mentions"] = mentions
    return mentions


_NUMBERS = {
    "2": 2, "two": 2, "deux": 2, "dos": 2, "due": 2, "zwei": 2, "dois": 2, "dua": 2,
    "3": 3, "three": 3, "trois": 3, "tres": 3, "tre": 3, "drei": 3, "três": 3,
    "tiga": 3, "4": 4, "four": 4, "quatre": 4, "cuatro": 4, "quattro": 4, "vier": 4,
    "quatro": 4, "empat": 4, "5": 5, "five": 5, "cinq": 5, "cinco": 5, "cinque": 5,
    "fünf": 5, "lima": 5, "hai": 2, "ba": 3, "bốn": 4, "двух": 2, "трех": 3,
    "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
}  # fmt: skip
_DURATION = Caseless(
    rf"(?<![\w])({'|'.join(_NUMBERS)})[- ]?(?:days?|jours?|días?|giorni|tägig\w*|"
    rf"Tage\w*|dias?|hari|ngày|дневн\w*)(?![\w])"
)
_CLOSING = Caseless(
    r"close|closing|concluded|ended|wrapped up|completed|clôtur|clausur|chiusur|"
    r"Abschluss|encerra|penutupan|ditutup|bế mạc|閉幕|폐막|اختتم|اختتام|заверш|"
    r"закрыл"
)


_OPENING = Caseless(
    r"\bopen(?:s|ed|ing)?\b|began|begins|kicked off|start(?:s|ed|ing)|"
    r"s'est ouvert|ouverture|débuté|a débuté|comenzó|inició|arrancó|inaugur|"
    r"iniziat|si è aperto|aperto|eröffnet|begann|beginnt|begonnen|gestartet|começou|"
    r"abertura|dibuka|dimulai|pembukaan|bermula|dimulakan|khai mạc|khai giảng|"
    r"bắt đầu|افتتاح|افتتح|انطلق|انطلقت|開幕|開会|개막|开幕|открыл|открылс|"
    r"стартовал|начал"
)


def _closing_day(text: str, found: dates.FoundDate | None) -> dates.FoundDate | None:
    """ "At the close of a two-day summit" on Wednesday: Tuesday to Wednesday;
    "a three-day workshop opened on Monday": Monday to Wednesday; a three-day
    event dated by one day and no word of opening or closing: the end is not
    known."""
    if found is None or not found.value or len(found.value) != 10:
        return found
    if found.end_value not in (None, found.value):
        return found
    duration = _DURATION.search(text)
    if not duration:
        return found
    days = _NUMBERS[duration.group(1).casefold()]
    day = datetime.date.fromisoformat(found.value)
    closing = [m.start() for m in _CLOSING.finditer(text)]
    opening = [m.start() for m in _OPENING.finditer(text)]
    if closing and opening:
        # "signed at the close of a two-day meeting that began on Tuesday": the
        # word nearer the date says which day it is
        def nearest(starts: list[int]) -> int:
            return min(abs(start - found.start) for start in starts)

        if nearest(opening) < nearest(closing):
            closing = []
    if closing:
        first = day - datetime.timedelta(days=days - 1)
        return dataclasses.replace(
            found, value=first.isoformat(), end_value=found.value
        )
    if opening:
        last = day + datetime.timedelta(days=days - 1)
        return dataclasses.replace(found, end_value=last.isoformat())
    return dataclasses.replace(found, end_value=None, open_ended=True)


def _last_day(ctx: ArticleContext, index: int) -> dates.FoundDate | None:
    """The latest day named in the few sentences before sentence `index`."""
    sentences = sentences_of(ctx)
    for back in range(index - 1, max(-1, index - 5), -1):
        days = [
            d
            for _, d in sentence_dates(ctx, sentences[back])
            if d.value and len(d.value) == 10
        ]
        if days:
            return days[-1]
    return None


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


# How many days apart two mentions' dates may be and still name one event (a
# weekday resolved a week off, "wrapped up on Thursday" and "ran from Monday"):
# a meeting a week before another is another meeting.
_NEAR_DAYS = 3


def _same_time(found: dates.FoundDate | None, cluster: EventCluster) -> bool:
    """Whether a mention's date can be the cluster's: equal as far as both are
    precise, or days within a week of each other ("wrapped up on Thursday" and
    "ran from Monday to Thursday")."""
    value = found.value if found else None
    if _compatible(value, cluster.start):
        return True
    if len(value) != 10 or not cluster.start or len(cluster.start) != 10:
        return False
    first = datetime.date.fromisoformat(cluster.start)
    last = datetime.date.fromisoformat(cluster.end or cluster.start)
    day = datetime.date.fromisoformat(value)
    day_end = datetime.date.fromisoformat(found.end_value or value)
    return day <= last + datetime.timedelta(days=_NEAR_DAYS) and (
        day_end >= first - datetime.timedelta(days=_NEAR_DAYS)
    )


def _better_date(current: dates.FoundDate | None, new: dates.FoundDate | None) -> bool:
    if new is None or not new.value:
        return False
    if current is None or not current.value:
        return True
    return _precision(new) > _precision(current)


def event_clusters(ctx: ArticleContext) -> list[EventCluster]:
    """The events of an article: mentions grouped into one cluster per event."""
    cached = ctx.extra.get("events.clusters")
    if cached is not None:
        return cached
    clusters: list[EventCluster] = []
    best_dates: dict[int, dates.FoundDate | None] = {}
    headline = headline_end(ctx)
    mentions = find_event_mentions(ctx)
    ordered = [m for m in mentions if m.start >= headline] + [
        m for m in mentions if m.start < headline
    ]
    for mention in ordered:
        home = None
        occasion = [
            n
            for n, c in enumerate(clusters)
            if mention.occasion
            and c.kind == mention.kind
            and c.next_edition == mention.next_edition
        ]
        for number, cluster in enumerate(clusters if not occasion else ()):
            if cluster.kind != mention.kind:
                continue
            if mention.next_edition != cluster.next_edition:
                continue  # the next round is another event
            if (
                mention.country
                and cluster.country
                and mention.country != cluster.country
            ):
                continue
            if not _same_time(mention.date, cluster):
                continue
            home = number
            break
        if home is None and mention.kind in ("training", "workshop", "webinar"):
            home = _same_days(clusters, mention)  # one course, called two names
        quiet = False  # merged without its date: it refers back
        if occasion:
            home, quiet = occasion[0], True
        if home is None and mention.anaphoric and clusters:
            home = len(clusters) - 1  # "cette rencontre": the event just named
        if home is None and clusters and _opens_on_the_meeting(ctx, mention, clusters):
            # "El encuentro, celebrado del 19 al 21 de agosto, reunió ...": the
            # workshop of the sentence before, by the plain word for a gathering
            home = len(clusters) - 1
        if home is None and _refers_to_a_gathering(ctx, mention):
            # "the leaders' meeting", "la rencontre de deux jours": the summit or
            # forum already told, by another word, with nothing of its own
            told = [
                n
                for n, c in enumerate(clusters)
                if c.kind in (*_GATHERINGS, "workshop")
                and not c.next_edition
                and not all(m.background for m in c.mentions)
            ]
            if told:
                home, quiet = told[-1], True
        if home is None and mention.country is None and not mention.next_edition:
            # "the summit, the third since ... 2021", "훈련을 ... 내년에는": a
            # placeless mention dated only by a year is the event already named
            same = [
                n
                for n, c in enumerate(clusters)
                if c.kind == mention.kind
                and (mention.background or not all(m.background for m in c.mentions))
            ]
            if same and (mention.date is None or len(mention.date.value) == 4):
                home, quiet = same[0], True
        if home is None:
            if mention.strength == 0 or (mention.plural and mention.strength < 2):
                continue
            if mention.start < headline and clusters:
                continue  # the headline's other word for an event of the body
            clusters.append(
                EventCluster(kind=mention.kind, next_edition=mention.next_edition)
            )
            home = len(clusters) - 1
            best_dates[home] = None
        cluster = clusters[home]
        cluster.mentions.append(mention)
        if not quiet and _better_date(best_dates[home], mention.date):
            best_dates[home] = mention.date
            cluster.start = mention.date.value
            cluster.end = (
                None
                if mention.date.open_ended
                else mention.date.end_value
                if mention.date.end_value and len(mention.date.value) == 10
                else None
            )
            if cluster.end and cluster.end < cluster.start:
                # "2025년 10월 10일 - 9일 서울에서": a dateline and a day, not a range
                cluster.end = None
        if cluster.country is None and mention.country and not quiet:
            cluster.country, cluster.city = mention.country, mention.city
        if cluster.name is None and mention.name:
            cluster.name = mention.name
    for cluster in clusters:
        if cluster.start is None:
            _date_from_signing(ctx, cluster)
        else:
            _days_from_next_sentences(ctx, cluster)
    ctx.extra["events.clusters"] = clusters
    return clusters


# How many sentences after an event's first mention its days may be told.
_DAYS_REACH = 2


def _days_from_next_sentences(ctx: ArticleContext, cluster: EventCluster) -> None:
    """An event known by one day ("si è concluso ieri") takes the days a sentence
    right after it gives, with no event or agreement word of its own, when they
    take in that day: "Per due giorni, il 16 e il 17 giugno, gli analisti ..."."""
    if len(cluster.start) != 10 or (cluster.end and cluster.end != cluster.start):
        return
    sentences = sentences_of(ctx)
    headline = headline_end(ctx)
    body = [m.index for m in cluster.mentions if m.start >= headline]
    if not body:
        return
    first = min(body)
    for index in range(first + 1, min(len(sentences), first + 1 + _DAYS_REACH)):
        sentence = sentences[index]
        if triggers.find_terms(
            sentence.text, ctx.language, "event"
        ) or triggers.find_terms(sentence.text, ctx.language, "agreement"):
            return
        for _, found in sentence_dates(ctx, sentence):
            if (
                found.value
                and found.end_value
                and len(found.value) == 10
                and found.end_value != found.value
                and found.value <= cluster.start <= found.end_value
            ):
                cluster.start, cluster.end = found.value, found.end_value
                return


def _same_days(clusters: list[EventCluster], mention: EventMention) -> int | None:
    found = mention.date
    if found is None or not found.value:
        return None
    courses = ("training", "workshop", "webinar")
    for number, cluster in enumerate(clusters):
        if (
            cluster.kind in courses
            and cluster.start == found.value
            and any(
                m.sentence.start == mention.sentence.start for m in cluster.mentions
            )
        ):
            if cluster.kind == "training":
                cluster.kind = mention.kind  # the more telling name
            return number  # "オンライン研修（ウェビナー）": one course
    if len(found.value) != 10:
        return None
    for number, cluster in enumerate(clusters):
        if (
            cluster.start == found.value
            and (cluster.end or cluster.start) == (found.end_value or found.value)
            and cluster.kind in ("training", "workshop", "conference", "forum")
        ):
            return number
    return None


def _signed_in(text: str, language: str) -> bool:
    """Whether a sentence reports a signing, not only a plan to sign."""
    intentions = triggers.cues(text, language, "planned") + triggers.cues(
        text, language, "proposed"
    )
    return any(
        not any(a <= start and end <= b for a, b in intentions)
        for start, end in triggers.cues(text, language, "signed")
    )


def _date_from_signing(ctx: ArticleContext, cluster: EventCluster) -> None:
    """A meeting "on the sidelines of which" a text was signed happened when the
    text was signed: take the date and place of the signing sentence."""
    sentences = sentences_of(ctx)
    first = cluster.mentions[0]
    text = first.sentence.text
    if not _SIGNING_SCENE.search(text):
        return
    if triggers.cues(text, ctx.language, "signed"):
        if not _signed_in(text, ctx.language):
            return  # "agreed to sign next year": no signing happened at the meeting
    elif triggers.cues(text, ctx.language, "planned") or triggers.cues(
        text, ctx.language, "future"
    ):
        return  # "la cérémonie ... aura lieu": not yet
    # else "lors de la cérémonie, qui s'est tenue en marge d'une réunion": the
    # signing told before
    for index in range(first.index, max(-1, first.index - 3), -1):
        sentence = sentences[index]
        if not triggers.find_terms(sentence.text, ctx.language, "agreement"):
            continue
        found = nearest_date(
            sentence_dates(ctx, sentence), sentence.start, sentence.end
        )
        if found is None:
            continue
        cluster.start = found.value
        cluster.end = found.end_value if len(found.value) == 10 else None
        if len(found.value) == 10 and _DURING.search(
            first.sentence.text[
                max(0, first.start - first.sentence.start - 50) : first.start
                - first.sentence.start
            ]
        ):
            # "the signing came during a working visit": the visit took in
            # that day, it need not have begun on it
            cluster.start, cluster.end = found.value[:7], None
            cluster.signing_day = found.value
        if cluster.country is None:
            city, country = place_of(ctx, sentence, sentence.start, sentence.start)
            cluster.city, cluster.country = city, country
        return


def find_events(ctx: ArticleContext) -> tuple[records.Event, ...]:
    if incident_report(ctx):
        return ()
    events = []
    # the best situated events first: the article's main event leads the list
    for cluster in sorted(event_clusters(ctx), key=lambda c: -c.strength):
        if all(m.background for m in cluster.mentions):
            continue
        if _cluster_long_before(cluster, ctx.published):
            continue  # dated only by the background signing it hosted
        participants: list[str] = []
        codes: list[str] = []
        for mention in cluster.mentions:
            for name in mention.participants:
                if name not in participants:
                    participants.append(name)
            for code in mention.countries:
                if code not in codes:
                    codes.append(code)
        confidence = round(min(0.95, 0.4 + 0.12 * cluster.strength), 2)
        evidence = tuple(
            records.Evidence(
                m.sentence.text, m.sentence.start, m.sentence.end, confidence
            )
            for m in cluster.mentions[:3]
        )
        end = cluster.end
        if (
            cluster.start
            and len(cluster.start) == 10
            and end is None
            and not any(m.date and m.date.open_ended for m in cluster.mentions)
        ):
            end = cluster.start
        events.append(
            records.Event(
                kind=cluster.kind,
                name=cluster.name,
                start=cluster.start,
                end=end,
                location_country=cluster.country,
                location_city=cluster.city,
                participants=tuple(participants),
                countries=tuple(codes),
                confidence=confidence,
                evidence=evidence,
            )
        )
    return tuple(events)
