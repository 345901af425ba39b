"""Finding temporal expressions: one compiled regex per kind, longest non-overlapping matches win.

Extents follow TimeML habits: determiners and approximators belong to the expression ("the past
three years", "about two years ago"), prepositions do not ("on Thursday" gives "Thursday").
Every repetition below is bounded or over disjoint classes, so matching stays linear.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .firsts import first_char_class
from .lexicon import alternation, words

MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]
MONTHS_ABBR = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = "one|two|three|four|five|six|seven|eight|nine"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
ORDINAL_DAY_WORDS = ("(?:twenty|thirty)-?\\s?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
                     "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                     "thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth")
UNIT_WORDS = ["second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month",
              "quarter", "year", "decade"]


CLOCK_CUE = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in ("at", "by", "from", "until", "till", "before", "after", "around", "about", "to")) + ")"


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    kind: str


def cased(names: list[str]) -> str:
    """Names in Title case or UPPER case only ("May", "MAY", never "may")."""
    forms = [n for name in names for n in (name, name.upper())]
    return "(?-i:" + "|".join(sorted(set(forms), key=len, reverse=True)) + ")"


def fragments() -> dict[str, str]:
    w = words()
    f: dict[str, str] = {}
    f["MON"] = rf"(?:{cased(MONTHS_FULL)}|{cased(MONTHS_ABBR)}\.|{cased(MONTHS_ABBR)}(?=\s+\d))"
    f["WD"] = cased(WEEKDAYS)
    f["WDS"] = cased([d + "s" for d in WEEKDAYS])
    f["DAY"] = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
    f["YEAR"] = r"(?<![\d$.,£€])(?<!\d-)(?:1[0-9]\d\d|20\d\d)(?![\d%]|[.,]\d|\s*(?:percent|per\s+cent))"
    f["NUMW"] = rf"(?:(?:{TENS})(?:[- ](?:{ONES}))?|{TEENS}|{ONES}|a\s+couple\s+of|couple\s+of|a\s+dozen|a\s+hundred|a|an)"
    f["NUM"] = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|{f['NUMW']}(?:\s+and\s+a\s+half)?)"
    f["VAGUE"] = r"(?:several|a\s+few|few|many|a\s+number\s+of|some|a\s+couple\s+of|dozens\s+of|the\s+next\s+few)"
    f["APPROX"] = (r"(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|"
                   r"fewer\s+than|at\s+least|at\s+most|up\s+to|under|barely|no\s+more\s+than|"
                   r"no\s+less\s+than|close\s+to|as\s+many\s+as|as\s+long\s+as|another|an\s+additional|"
                   r"an\s+extra|a\s+full|the\s+first|the\s+final|the\s+last|the\s+past|the\s+next|"
                   r"the\s+previous|the\s+following|the\s+remaining|the\s+latest|the|each\s+of\s+the\s+past)")
    f["UNIT"] = r"(?:" + "|".join(UNIT_WORDS) + r"|century|millennium)"
    f["UNITS"] = r"(?:" + "|".join(u + "s" for u in UNIT_WORDS) + r"|centuries|millennia)"
    f["SEASON"] = r"(?:spring|summer|fall|autumn|winter)"
    f["POD"] = r"(?:morning|afternoon|evening|night)"
    f["EDGE"] = r"(?:early|late|mid|earlier|later)"
    f["ORD"] = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
    f["DAYW"] = rf"(?:{ORDINAL_DAY_WORDS})(?![\s-]+(?:quarter|half|time|round|day|week|place))"
    f["REL"] = (r"(?:last|this|next|this\s+past|this\s+coming|the\s+coming|the\s+past|the\s+last|the\s+next|"
                r"the\s+previous|the\s+following|the\s+same|the\s+current|the\s+latest|that)")
    f["CLOCK"] = (r"(?:(?:about|around|at\s+about|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?"
                  r"(?:(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|a\.m\b|p\.m\b)|"
                  rf"{CLOCK_CUE}(?:[01]?\d|2[0-3]):[0-5]\d(?!\d)|noon|midnight|(?:[01]?\d)\s+o'clock)"
                  r"(?:\s+(?-i:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET))?")
    f["REFS"] = alternation(list(w["refs"]))
    f["HOLIDAY"] = "(?-i:" + alternation([h for name in w["holidays"] for h in (name, name.upper())]) + ")"
    return f


def pattern_sources() -> list[tuple[str, str]]:
    """(kind, regex) pairs; on equal extents the earlier one wins."""
    f = fragments()
    mon, day, year, wd, num = f["MON"], f["DAY"], f["YEAR"], f["WD"], f["NUM"]
    unit, units, vague, approx, rel, edge = f["UNIT"], f["UNITS"], f["VAGUE"], f["APPROX"], f["REL"], f["EDGE"]
    ymod = (r"(?:(?:fiscal|calendar|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|"
            r"the\s+middle\s+of|the\s+first\s+half\s+of|the\s+second\s+half\s+of|the\s+rest\s+of|"
            r"the\s+remainder\s+of|all\s+of)[\s-]+)?")
    mmod = r"(?:(?:early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+middle\s+of)[\s-]+)?"
    then_year = rf"(?:,?\s+{year})?"
    wd_lead = rf"(?:(?:this\s+coming|this\s+past|last|next|this)\s+)?{wd},?\s+"
    spelled_rest = rf"(?:(?:{TENS})(?:[\s-](?:{ONES}))?|{TEENS})"
    qmod = (rf"(?:fiscal|calendar|current|latest|most\s+recent|recent|year-ago|year-earlier|comparable|"
            rf"corresponding|same|previous|prior|preceding|past|last|next|coming|final|flat|{f['ORD']}|{year})")
    not_quarter_of = r"(?![\s-]*(?:point|century|mile|hour|inch|final))"
    a_year_ago = r"a\s+year\s+(?:ago|earlier)"
    ordinal_century = rf"\d{{1,2}}(?:st|nd|rd|th)|{TEENS.replace('teen', 'teenth')}|twentieth|twenty-first|eleventh|twelfth|tenth"
    decade_words = "twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties"
    bounds = r"(?:end|beginning|start|middle|rest|remainder)"
    amount = rf"(?:{num}|{vague})"
    return [
        ("iso", r"\d{4}-[01]\d-[0-3]\d(?:T[0-2]\d:[0-5]\d(?::[0-5]\d)?)?(?![\d-])"),
        ("numeric", r"(?<![\d./-])[0-3]?\d[./][0-3]?\d[./](?:\d{4}|\d{2})(?![\d/]|\.\d)"),
        ("time", rf"{f['CLOCK']}(?:,?\s+(?:{wd}|today|tonight|yesterday|tomorrow|{mon}\s+{day}))?"),
        ("time", rf"(?:(?:early|late|mid)[\s-]+)?(?:{wd}|today|yesterday|tomorrow)\s+{f['POD']}"),
        ("time", rf"(?:(?:early|late|mid|later|earlier)[\s-]+)?(?:this|last|tomorrow|yesterday)\s+{f['POD']}"),
        ("time", r"(?:mid[\s-]+)?(?:afternoon|morning)\s+(?:yesterday|today)"),
        ("time", r"tonight"),
        ("time", r"mid[\s-]+(?:afternoon|morning)"),
        ("time", r"(?:(?<=\bin\s)|(?<=\bduring\s))the\s+(?:morning|afternoon|evening)"),
        ("time", f["CLOCK"]),
        ("full", rf"(?:{wd_lead})?(?:the\s+)?{mmod}{mon}\s+{day}{then_year}"),
        ("full", rf"(?:{wd_lead})?(?:the\s+)?{day}(?:\s+of)?\s+{mon}{then_year}"),
        ("full", rf"(?:{wd_lead})?{mon}\s+(?:the\s+)?{f['DAYW']}{then_year}"),
        ("range", rf"{mon}\s+{day}\s*[-–]\s*{day}{then_year}"),
        ("day_of_month", rf"the\s+\d{{1,2}}(?:st|nd|rd|th)\s+of\s+(?:last|this|next)\s+month"),
        ("holiday", rf"(?:(?:last|this|next|this\s+past|this\s+coming)\s+)?{f['HOLIDAY']}(?:,?\s+(?:of\s+)?{year})?"),
        ("month_year", rf"{mmod}{mon},?\s+(?:of\s+)?{year}"),
        ("month_year", rf"{mon},?\s+(?:nineteen|twenty)[\s-]+{spelled_rest}"),
        ("month", rf"{mmod}(?:{rel}\s+)?{mon}(?:\s+(?:last|this|next)\s+year)?"),
        ("decade", r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1\d\d0|20\d0|'\d0)'?s(?!\w)"),
        ("decade", rf"the\s+(?:(?:early|late|mid)[\s-]+)?(?:{decade_words})"),
        ("century", rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:{ordinal_century})[\s-]+century"),
        ("spelled_year", rf"(?:the\s+year\s+)?(?:nineteen|twenty)[\s-]+(?:{spelled_rest}|hundred)"
                         r"(?![\s-](?:percent|people|dollars))"),
        ("spelled_year", rf"the\s+year\s+two\s+thousand(?:\s+and\s+(?:{ONES}))?"),
        ("season", rf"(?:{rel}\s+|the\s+|(?:early|late|mid)[\s-]+){{0,3}}{f['SEASON']}"
                   rf"(?:\s+(?:of\s+)?(?:{year}|last\s+year|next\s+year|this\s+year))?"),
        ("season", rf"(?:the\s+)?{f['SEASON']}\s+of\s+(?:nineteen|twenty)[\s-]+\w+(?:-\w+)?"),
        ("year", rf"{ymod}{year}(?:'s\b|\s+or\s+(?:later|earlier|before|after|sooner|beyond))?"),
        ("quarter", rf"(?:(?:the|this|that|last|next)\s+|(?:this|last|next)\s+year's\s+|{year}'s\s+)?"
                    rf"(?:{qmod}[\s-]+){{1,3}}(?:quarter|half){not_quarter_of}"
                    rf"(?:\s+(?:of|in)\s+(?:fiscal\s+)?(?:{year}|this\s+year|last\s+year|next\s+year)|"
                    rf"\s+{a_year_ago}|\s+(?:last|this)\s+year)?"),
        ("quarter", rf"(?:the|this|that)\s+quarter(?![\s-]*(?:point|century|mile|hour|inch|final|of|to-))"
                    rf"(?:\s+{a_year_ago})?"),
        ("quarter", rf"the\s+(?:{qmod}[\s-]+){{1,3}}period(?:\s+(?:{a_year_ago}|last\s+year))?"),
        ("quarter", rf"the\s+(?:same|corresponding|comparable)\s+period\s+(?:{a_year_ago}|last\s+year)"),
        ("quarter", r"(?:this|last|next)\s+year's\s+(?:quarter|period)"),
        ("quarter", rf"the\s+year's\s+(?:{qmod}[\s-]+){{0,2}}quarter"),
        ("year_ago", r"(?:the\s+)?year[\s-](?:ago|earlier)(?!\s+(?:quarter|period))"),
        ("rel_unit", rf"(?:(?:{edge})[\s-]+|the\s+{bounds}\s+of\s+)?(?:{rel})\s+(?:(?:fiscal|calendar)\s+)?"
                     r"(?:week|month|year|decade|century|weekend|day|night)(?!s)(?:\s+or\s+so)?"),
        ("rel_unit", r"(?:the\s+)?(?:fiscal|calendar)\s+year(?!s)"),
        ("rel_unit", r"(?:around\s+)?year[\s-]end"),
        ("rel_unit", r"(?:the\s+)?year's\s+end"),
        ("rel_unit", rf"(?:(?:{edge}|sometime)[\s-]+)?(?:this|last|next)\s+(?:week|month|year|decade|weekend)"),
        ("rel_unit", r"(?:earlier|later)\s+in\s+the\s+(?:week|month|year|day)"),
        ("rel_unit", rf"the\s+{bounds}\s+of\s+the\s+(?:week|month|year|decade|day)"),
        ("rel_unit", r"the\s+(?:year|week|weekend|day|month)(?!s)(?![\s-](?:ago|earlier|before|after))"),
        ("rel_unit", r"the\s+day\s+before"),
        ("rel_unit", r"the\s+(?:next|following|previous)\s+(?:day|morning|evening|week|month|year)"),
        ("rel_unit", r"the\s+(?:full|whole|entire)\s+year"),
        ("weekday", rf"(?:(?:{edge})\s+)?(?:(?:last|this|next|this\s+past|this\s+coming|the\s+previous|"
                    rf"the\s+following|that)\s+)?{wd}(?!\w)"),
        ("deictic", rf"(?:(?:{edge})\s+)?(?:today|tomorrow|yesterday|tonight)(?!\w)"),
        ("overnight", r"overnight(?!\s+(?:rates?|loans?|interbank|lending|stays?|success|sensation|delivery|bags?))"),
        ("then", r"(?:(?<=\bsince\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bbefore\s))then"),
        ("day_of", rf"(?:the\s+)?(?:{ORDINAL_DAY_WORDS}|\d{{1,2}}(?:st|nd|rd|th))\s+"
                   r"(?:straight\s+|consecutive\s+)?day(?=\s+of\s)"),
        ("ago", rf"(?:{approx}\s+)?{amount}\s+(?:{unit}|{units})(?:\s+or\s+(?:so|two|more|three))?"
                r"\s+(?:ago|back|from\s+now|hence)"),
        ("ago", rf"(?:{approx}\s+)?{amount}\s+(?:years?|quarters?|decades?|centur(?:y|ies))\s+(?:earlier|later|before)"),
        ("ago", rf"(?:{units})\s+ago"),
        ("set", rf"(?:every|each|per)\s+(?:other\s+)?(?:(?:{num})\s+)?(?:{unit}|{units}|{wd}|{mon}|{f['SEASON']})"),
        ("set", r"(?:daily|weekly|monthly|hourly|nightly|twice\s+a\s+(?:day|week|month|year))"),
        ("set", f["WDS"]),
        ("set", rf"{wd}\s+(?:nights|mornings|evenings|afternoons)"),
        ("duration", rf"(?:{approx}\s+)?(?:{amount}\s+)?"
                     r"(?:(?:more|additional|full|straight|consecutive|trading|business|working|calendar|long)\s+)?"
                     rf"(?:{units})(?:\s+or\s+(?:so|more|less|longer|two|three))?"),
        ("duration", rf"(?:{approx}\s+)?{amount}[\s-]+(?:{unit})(?:-old|-long)?(?:\s+or\s+(?:so|two|three))?"),
        ("duration", rf"(?:{approx}\s+)?(?:{num})\s+(?:to|or)\s+(?:{num})\s+(?:{units})"),
        ("duration", rf"(?:{num})[\s-]+(?:{unit})s?\s+and\s+a\s+half"),
        ("duration", r"(?:weeks|months|years)\s+or\s+(?:weeks|months|years)"),
        ("duration", rf"the\s+(?:year-earlier|year-ago|comparable|same)\s+(?:{num})\s+(?:{units})"),
        ("duration", rf"(?:another|an\s+additional|an\s+extra|a\s+full)\s+(?:{unit})"),
        ("duration", r"(?:(?<=\bfor\s)|(?<=\bin\s))(?:a\s+while|some\s+time|a\s+(?:long|short)\s+(?:time|while))"),
        ("duration", r"recent\s+(?:weeks|months|quarters)(?:\s+and\s+(?:weeks|months))?"),
        ("ref", rf"(?:{f['REFS']})(?!\w)"),
        ("ref", r"(?:the\s+)?coming\s+(?:days|weeks|months|years|decades|quarters)"),
        ("ref", r"future\s+(?:years|quarters)|the\s+years\s+ahead|these\s+days"),
        ("ref", r"recent\s+(?:days|years|decades)|a\s+(?:later|future)\s+date"),
        ("ref", r"this\s+(?:(?:crucial|critical|particular|very|difficult|delicate|historic|sensitive)\s+)?moment"),
    ]


def top_level_alternatives(source: str) -> list[str]:
    """Split a regex on its top-level ``|``, so that each alternative competes on length."""
    parts, depth, current, i, in_class = [], 0, [], 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            current.append(source[i:i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            i += 1
            continue
        current.append(ch)
        i += 1
    parts.append("".join(current))
    return parts


@lru_cache(maxsize=1)
def compiled() -> list[tuple[str, int, re.Pattern[str]]]:
    out = []
    for kind, source in pattern_sources():
        for alternative in top_level_alternatives(source):
            if kind not in ("iso", "numeric"):
                alternative = rf"(?<![\w'’])(?:{alternative})(?!\w|['’](?!s\b)\w)"
            out.append((kind, len(out), re.compile(alternative, re.IGNORECASE)))
    return out


TRIGGER_WORDS = (
    "a an the this that these its their last next past previous prior preceding following coming current latest most "
    "recent recently lately early late mid earlier later sometime fiscal calendar all every each per twice daily weekly "
    "monthly hourly nightly today tomorrow yesterday tonight overnight noon midnight now right just currently nowadays "
    "presently at for until in soon someday shortly more less fewer up over under only barely no close as another "
    "within about around approximately roughly nearly almost some several few many dozens numerous couple dozen "
    "hundred half by year years quarter quarters comparable corresponding same final flat first second third fourth "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth twentieth one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety spring summer "
    "fall autumn winter morning afternoon evening night nights weekend weekends week weeks month months day days "
    "hour hours minute minutes seconds decade decades century centuries millennium millennia fortnight fortnights "
    "future recent time while period term date moment being possible then christmas halloween easter independence "
    "labor memorial veterans valentine thanksgiving new good boxing bastille armistice remembrance victory "
    "mother father martin presidents columbus election palm ash pentecost"
).split()


WEAK_TRIGGERS = set((
    "a an the this that these its their at for in as no more less fewer up under some by all about "
    "around approximately roughly nearly almost another most close last next each every per early late mid "
    "earlier later previous prior preceding following coming latest comparable corresponding same final flat "
    "several few many dozens numerous couple dozen half sometime fiscal calendar twice first second third fourth "
    "fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen thirty forty fifty sixty seventy eighty ninety right new good"
).split())
WEAK_REACH = 48  # a function word starts an expression only if a strong word follows this close


def word_alternation(words: list[str]) -> str:
    """The words as one alternation factored by their letters ("a(?:bout|round)"), a trie: the engine
    follows one branch per letter instead of trying every word at every position."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word.lower():
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here

    def branches(node: dict) -> str:
        options = [re.escape(ch) + branches(child) for ch, child in sorted(node.items()) if ch]
        if not options:
            return ""
        if len(options) == 1 and "" not in node:
            return options[0]
        group = "(?:" + "|".join(options) + ")"
        return group + "?" if "" in node else group

    return branches(trie)


@lru_cache(maxsize=1)
def trigger_pattern() -> re.Pattern[str]:
    """Start places in one scan: group 1 is a strong one (digits, apostrophe years, date words),
    otherwise a weak one (function words). The two word lists share no word."""
    names = [n.lower() for n in MONTHS_FULL + MONTHS_ABBR + WEEKDAYS] + [d.lower() + "s" for d in WEEKDAYS]
    strong = [w for w in TRIGGER_WORDS + names if w not in WEAK_TRIGGERS]
    edge = r"(?<![\w'’])"
    return re.compile(rf"{edge}(?:(\d|['’]\d|(?:{word_alternation(strong)})(?![a-z]))|"
                      rf"(?:{word_alternation(list(WEAK_TRIGGERS))})(?![a-z]))", re.IGNORECASE)


def start_places(text: str) -> list[int]:
    """Sorted offsets where a temporal expression may begin: strong places, and weak ones with a
    strong place at most WEAK_REACH characters after them."""
    found = [(m.start(), m.group(1) is not None) for m in trigger_pattern().finditer(text)]
    places = []
    next_strong = None
    for start, strong in reversed(found):
        if strong:
            next_strong = start
            places.append(start)
        elif next_strong is not None and next_strong - start <= WEAK_REACH:
            places.append(start)
    places.reverse()
    return places


@lru_cache(maxsize=1)
def first_classes() -> list[tuple[tuple[str, int, re.Pattern[str]], re.Pattern[str] | None]]:
    return [(entry, first_char_class(entry[2])) for entry in compiled()]


@lru_cache(maxsize=4096)
def patterns_starting_with(ch: str) -> tuple[tuple[str, int, re.Pattern[str]], ...]:
    """The patterns whose matches can begin with the character ``ch``."""
    return tuple(entry for entry, first in first_classes() if first is None or first.match(ch))


def find_candidates(text: str) -> list[Candidate]:
    """Longest, then earliest-listed, non-overlapping matches over ``text``, in text order.

    Patterns are tried only where an expression can start (one C-level scan finds those places)
    and only those that can begin with the character there, which keeps the cost near one regex
    pass over the text.
    """
    found: list[tuple[int, int, int, str]] = []
    for pos in start_places(text):
        for kind, rank, pattern in patterns_starting_with(text[pos]):
            m = pattern.match(text, pos)
            if m and m.end() > pos:
                found.append((pos, m.end(), rank, kind))
    return longest_first(found)


def longest_first(found: list[tuple[int, int, int, str]]) -> list[Candidate]:
    found.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[Candidate] = []
    occupied = bytearray(0)
    for start, end, _, kind in found:
        if len(occupied) < end:
            occupied.extend(bytes(end - len(occupied)))
        if not any(occupied[start:end]):
            occupied[start:end] = b"\x01" * (end - start)
            taken.append(Candidate(start, end, kind))
    return sorted(taken, key=lambda c: c.start)


def find_candidates_full_scan(text: str) -> list[Candidate]:
    """The same search without the start-place shortcut (slow; tests use it to check the shortcut)."""
    return longest_first([(m.start(), m.end(), rank, kind) for kind, rank, pattern in compiled()
                          for m in pattern.finditer(text) if m.end() > m.start()])
