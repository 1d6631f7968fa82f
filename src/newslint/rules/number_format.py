"""NL701–NL702 number formats of the source language: ``12.000 workers``, ``1,2 billion``.

German, Spanish, French, Italian, Portuguese, Turkish and Russian write thousands with a dot
(or a space: NL103) and decimals with a comma. Machine translation and hurried rewrites
carry the digits over as written, and an English reader takes ``12.000 emergency workers``
for twelve and ``1,2 billion euros`` for a list. Both shapes are also legitimate English in
places (``3.997 billion barrels``, ``9.580 seconds``, ``pages 1,2``), so each finding needs
a sign from the words around the number: a count noun or currency after a single dot
group, a unit or a scale word after a decimal comma.

Hand-written: one compiled pattern, a cheap scan for its hint, and set look-ups on the
few words around each (rare) candidate.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..rule import rule
from ..textscan import MONTH_WORDS, NOT_PLURAL, line_of, per_document, table_like
from ..violation import Fix, Span, Violation

#: A digit, a dot or a comma, a digit: the only places a candidate can be (a C-speed scan).
_HINT = re.compile(r"\d[.,]\d")
#: Dot-grouped thousands (``12.000``, ``1.250.000``) or a decimal comma with one or two
#: decimals (``1,2``, ``12,75``). Not inside a longer number, a word, a path or a range of
#: the same shape; not followed by a further decimal or group (``3.10.2``, ``1,2,3``).
_NUMBER = re.compile(
    r"(?<![\w.,/:#@+])"
    r"(?:(?P<int>[1-9]\d{0,2})(?P<groups>(?:\.\d{3})+)(?:,(?P<tail>\d{1,2}))?"
    r"|(?P<whole>0|[1-9]\d{0,2}),(?P<frac>\d{1,2}))"
    r"(?!\d|[.,:]\d)"
)
#: The second half of a range of the same shape ("10.000 to 12.000 people"): the noun after it counts.
_RANGE_TAIL = re.compile(r"(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0]+(?:to|and|or)[ \u00a0]+)[1-9]\d{0,2}(?:\.\d{3})+(?!\d|[.,]\d)")
#: Currencies in the words before a money amount: an exchange rate or a quote ("the euro rose to 1.125 dollars").
_CURRENCY_CUES = frozenset(
    """euro euros dollar dollars pound pounds sterling yen yuan renminbi franc francs rouble roubles ruble rubles
    lira peso pesos rupee rupees real won currency currencies greenback bitcoin ether crypto token tokens""".split()
)
#: What makes a decimal comma a decimal: a scale word, a unit or a currency right after it.
_DECIMAL_UNIT = re.compile(
    r"[ \u00a0\u202f]?(?:%|°|(?:billion|million|trillion|bn|mn|m|per[ \u00a0]?cent|percent|percentage points?"
    r"|times|points?|degrees?|km|kilomet(?:re|er)s?|kg|kilos?|kilograms?|tonnes?|tons?|met(?:re|er)s?|cm|mm"
    r"|hectares?|lit(?:re|er)s?|km/h|mph|euros?|dollars|pesos|lira|liras|roubles|rubles|francs|kronor|kroner"
    r"|krona|zlotys?|forints?|yuan|yen|rupees|reais|hryvnias?|dinars|dirhams)(?![\w]))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")

#: Words labelling the number as a code, a reference or a version, not a quantity.
_LABELS = frozenset(
    """version versions v ver release build firmware update model no nos number numbers num page pages
    p pp chapter chapters section sections article articles paragraph paragraphs clause clauses rule rules
    verse verses psalm psalms item items figure figures fig table tables grade grades level levels
    class phase stage series ip address tel phone telephone fax call isbn issn doi ref reference code
    codes route flight windows ios android macos python linux kernel""".split()
)
#: Words before a decimal comma that make it a score ("won 2,1"), not a decimal.
_SCORE_CUES = frozenset(
    """won win wins winning beat beats beating lost lose loses drew draw draws led lead leads leading trail
    trailed trailing score scored scores scoring victory defeat""".split()
)
#: Words before a single dot group that make it a statistic with decimals ("averaging 1.125").
_STAT_CUES = frozenset(
    """average averaged averaging averages mean median ratio rate rates index coefficient era gpa
    score scored scores scoring time timed clocked clocking record recorded against exchange traded
    trading trades quoted fixing fix midpoint parity bought buys sold sells fetched shares share stock
    stocks closed opened yield yields tariff odds""".split()
)
#: Scale words: a single dot group before them is an English decimal ("3.997 billion").
_SCALE = frozenset("thousand million billion trillion bn mn m k".split())
#: Measures that are quoted to three decimals in English (timings, distances, weights, scores).
_MEASURES = frozenset(
    """second seconds secs sec s metre metres meter meters kilometre kilometres kilometer kilometers km
    mile miles foot feet inch inches yard yards gram grams g kilogram kilograms kilo kilos kg pound pounds
    lb lbs ounce ounces oz tonne tonnes ton tons litre litres liter liters gallon gallons barrel barrels
    point points percent per cent percentage degree degrees carat carats volt volts watt watts kilowatts
    megawatts gigawatts kw mw gw kwh mwh hertz hz khz mhz ghz kb mb gb tb mbps gbps cc ml mg hp rpm mph kmh
    knots times goals runs lengths bitcoin bitcoins btc eth""".split()
)
#: Plural count nouns that do not end in -s.
_COUNT_NOUNS = frozenset(
    """people children men women police personnel staff sheep cattle livestock aircraft troops""".split()
)
#: Currencies written after the amount ("1.500 euros"): a single dot group before one is thousands.
_CURRENCY_WORDS = frozenset(
    """euro euros dollars pesos lira liras roubles rubles francs kronor kroner kronur krona zlotys zloty
    forints forint yuan yen rupees reais hryvnias hryvnia dinars dirhams leu lei levs""".split()
)
#: Words that end a count ("1.125 goals per game" is an average, not 1,125 goals).
_RATE_AFTER = frozenset("per a an each every on".split())
#: Function words: the noun phrase after the number ends at one.
_STOP = frozenset(
    """a an the in on at to of and or but for with by from as is was are were be been than then that this
    these those it its he she they we you i per each every over under about into""".split()
)
_PUNCT_STOP = re.compile(r"[.,;:!?()\[\]\"“”\n/]")


def _words_before(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` lower-cased words before ``start`` within the clause (not across a full stop)."""
    window = text[max(0, start - 80) : start]
    cut = max(window.rfind(". "), window.rfind("\n"), window.rfind(";"))
    return [w.lower() for w in _WORD.findall(window[cut + 1 :])[-n:]]


def _phrase_after(text: str, end: int) -> list[str]:
    """The words right after ``end`` up to the first punctuation or figure (at most four)."""
    window = text[end : end + 60]
    if window[:1].isalnum():
        return []  # "12.000bn", "1.250x": glued to a suffix, not a phrase
    cut = _PUNCT_STOP.search(window)
    words = []
    for tok in window[: cut.start() if cut else len(window)].split()[:4]:
        if not _WORD.fullmatch(tok):
            break
        words.append(tok)
    return words


def _plural_noun(word: str) -> bool:
    w = word.lower()
    if w in _COUNT_NOUNS:
        return True
    return (len(w) >= 4 and word[0].islower() and w.endswith("s")
            and not w.endswith(("ss", "us", "is")) and w not in NOT_PLURAL)


def _counted(words: list[str], before: list[str]) -> bool:
    """The phrase after a single dot group names things counted in whole units:
    ``emergency workers``, ``buildings``, ``new jobs``, ``euros``; not a measure, a scale
    word, a rate (``goals per game``) or an exchange rate (``lira per dollar``)."""
    if not words:
        return False
    first = words[0].lower()
    if first in _SCALE or first in _MEASURES:
        return False
    for i, word in enumerate(words[:3]):
        w = word.lower()
        if w in _MEASURES or w in _STOP or not (word.islower() or word.istitle()):
            return False  # a unit, a function word, or an abbreviation ("GHz", "MW")
        if w in _CURRENCY_WORDS and any(b in _CURRENCY_CUES for b in before):
            return False  # an exchange rate or a price quote in another currency
        if w in _CURRENCY_WORDS or _plural_noun(word):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            return nxt not in _RATE_AFTER and nxt != "against"
    return False


def _ip_like(groups: list[str]) -> bool:
    return len(groups) == 4 and all(int(g) <= 255 for g in groups) and groups[-1] != "000"


def _check_thousands(text: str, m: re.Match) -> Violation | None:
    start, end = m.span()
    groups = [m.group("int"), *m.group("groups")[1:].split(".")]
    before = _words_before(text, start, 4)
    if before and before[-1] in _LABELS or _ip_like(groups):
        return None
    shown = m.group()
    tail = m.group("tail")
    if len(groups) == 2 and not tail:  # one dot group: thousands only when whole things are counted after it
        if any(w in _STAT_CUES for w in before) or before[-1:] and before[-1] in MONTH_WORDS:
            return None
        rng = _RANGE_TAIL.match(text, end)
        after = _phrase_after(text, rng.end() if rng else end)
        if not _counted(after, _words_before(text, start, 6)):
            return None
    grouped = ",".join(groups) + (f".{tail}" if tail else "")
    return Violation("NL701", Span(start, end),
                     f"dot used as a thousands separator: '{shown}' reads {grouped} in English copy",
                     Fix(Span(start, end), grouped, safe=False))


def _check_decimal(text: str, m: re.Match) -> Violation | None:
    start, end = m.span()
    unit = _DECIMAL_UNIT.match(text, end)
    if unit is None:
        return None
    before = _words_before(text, start, 2)
    if before and (before[-1] in _LABELS or before[-1] in MONTH_WORDS):
        return None  # "pages 1,2 km", "March 3,5 million" (a missing space after a date)
    if any(w in _SCORE_CUES for w in before) and unit.group().strip().lower() in ("points", "point"):
        return None  # "won 2,1 points clear": a score, then a margin
    shown = m.group()
    dotted = f"{m.group('whole')}.{m.group('frac')}"
    return Violation("NL702", Span(start, end),
                     f"decimal comma: '{shown}{unit.group()}' reads {dotted}{unit.group()} in English copy",
                     Fix(Span(start, end), dotted, safe=False))


@per_document
def _findings(doc: Document) -> tuple[Violation, ...]:
    """Every NL701/NL702 finding of the document (one scan serves both rules)."""
    text = doc.text
    out: list[Violation] = []
    pos = 0
    while (hint := _HINT.search(text, pos)) is not None:
        pos = hint.end() - 1
        begin = hint.start()
        while begin > 0 and text[begin - 1].isdigit() and hint.start() - begin < 4:
            begin -= 1
        m = _NUMBER.match(text, begin)
        if m is None:
            while pos < len(text) and (text[pos].isdigit() or text[pos] in ".,"):
                pos += 1  # skip the rest of a long figure ("3.10.2", "1,234,567")
            continue
        pos = m.end()
        block = doc.block_at(m.start())
        if block is None or table_like(line_of(text, m.start(), m.end())):
            continue
        found = _check_thousands(text, m) if m.group("groups") else _check_decimal(text, m)
        if found is not None:
            out.append(found)
    return tuple(out)


@rule(code="NL701", name="continental-thousands", severity="warning", fixable=True)
def continental_thousands(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A dot used as the thousands separator (`12.000 workers`), the source language's format.

    ## What it catches
    A group of one to three digits followed by one or more `.ddd` groups in prose:
    `1.250.000 euros` (two or more groups are always thousands), and a single group
    when whole things are counted after it: `12.000 emergency workers`,
    `6.000 buildings`, `1.500 euros`. The fix (never applied unless asked) writes
    `12,000`.

    It stays silent on English decimals with three places: before a scale word
    (`3.997 billion barrels`), a measure (`9.580 seconds`, `2.125 per cent`,
    `1.375 points`), a rate (`1.125 goals per game`) or an exchange rate
    (`83.125 rupees per dollar`, `traded at 18.750 lira`), after an average, a score or a
    share price; on `0.146`, version numbers (`3.10.2`), IP addresses, dates
    (`12.03.2019`), references (`section 1.100`) and table rows.

    ## Why it matters
    German, Spanish, French, Italian and Turkish write thousands with a dot. Copy
    machine-translated from them keeps the digits as written, and an English reader
    takes `12.000 emergency workers` for twelve.

    ## Example
    ```
    About 12.000 emergency workers were deployed after the floods.
    ```
    is reported at `12.000`: it reads 12,000 in English copy.

    ## How to silence
    `<!-- newslint: disable-next-line NL701 -->` above the paragraph, or `ignore: [NL701]`
    in the config for copy that is meant to follow a continental style.
    """
    for found in _findings(doc):
        if found.code == "NL701":
            yield found


@rule(code="NL702", name="decimal-comma", severity="warning", fixable=True)
def decimal_comma(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A comma used as the decimal mark (`1,2 billion euros`), the source language's format.

    ## What it catches
    A number of one to three digits, a comma and one or two decimals, followed by a
    scale word, a unit or a currency: `1,2 billion euros`, `$5,3 billion`, `2,5 times`,
    `3,7 per cent`, `2,5%`, `12,5 km`. The fix (never applied unless asked) writes `1.2`.

    It stays silent when no unit follows (lists `1,2 and 3`, scores, `In 2019,5 people`),
    on three decimals (`14,000` is English thousands), on a broken thousands group that
    NL102 reports (`59,00 0`), after labels (`pages 1,2`) and after a month
    (`March 3,5 million`: a missing space, not a decimal), and in table rows.

    ## Why it matters
    Most of continental Europe and Latin America write decimals with a comma. In
    English copy `1,2 billion` reads as a list or a typo, and `$5,3 billion` may be
    taken for $5,300 billion.

    ## Example
    ```
    The floods caused damage of 1,2 billion euros.
    ```
    is reported at `1,2`: it reads 1.2 in English copy.

    ## How to silence
    `<!-- newslint: disable-next-line NL702 -->` above the paragraph, or `ignore: [NL702]`
    in the config.
    """
    for found in _findings(doc):
        if found.code == "NL702":
            yield found


RULES = (continental_thousands, decimal_comma)
