"""NL101–NL103 split numbers: a number broken by a paragraph break, a line break or a space.

Scrapers split paragraphs at ``<br>``, spans or injected ads and can cut a number in two
("representatives of 1⏎⏎1 countries"); PDF extraction and machine translation leave
"9 5 million", "14, 000", "2 018". The heuristics follow docs/domain.md §6 (R1–R6) and its
global traps: fractions, scores and vote tallies, times, slash/hyphen compounds with the
punctuation stripped ("24 7", "9 11", "737 800"), lists and tables, and "March 3, 200".

Hand-written: no maintained library recognises broken numbers in prose; the checks are a
few compiled patterns and one linear pass over blocks and the (rare) digit pairs.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from ..document import Block, Document
from ..rule import rule
from ..textscan import MONTH_WORDS, NOT_PLURAL, line_of, per_document, table_like
from ..violation import Fix, Span, Violation

_CURRENCY = frozenset("$£€¥")
#: Words after which a four-digit join reads as a year ("in 2 004", "summer 20 04").
_YEAR_CUES = MONTH_WORDS | frozenset(
    """in since until till by from during before after summer winter spring autumn fall season
    early late mid year the of around circa between and to""".split()
)
#: Words after the second half that make a counted quantity of the join ("2 50 acres").
_UNITS = frozenset(
    """years year months month weeks week days day hours hour minutes minute seconds second
    miles mile yards yard metres metre meters meter kilometres km feet foot inches acres hectares
    tonnes tons kg pounds dollars euros pence cents people times goals games matches points runs
    wickets seats votes members players countries cities shows episodes copies units million
    billion trillion bn m per percent categories""".split()
)
#: Words before the first half that announce one count ("more than 1 50 firms", "aged 6 5").
_QUANTITY_CUES = frozenset(
    """than about some nearly almost around approximately roughly over under least only just
    another aged additional extra""".split()
)
#: Cues that a digit pair is a score or a tally ("won 3 1", "a 5 4 ruling").
_SCORE_CUES = frozenset(
    """won win wins beat beaten beating lost lose loses losing led lead leads leading drew draw
    drawn trail trailed trailing score scored scores scoring vote voted votes voting ruled
    tally margin majority victory defeat loss scoreline decision ruling split""".split()
)
#: Words labelling a number in a legitimate "X 1 1" reading (sections, verses, versions).
_LABELS = frozenset(
    """section sections article articles clause clauses verse verses page pages paragraph rule
    rules psalm psalms table figure fig version level grade phase stage series number no model
    john""".split()
)
#: Function words: a digit pair followed by one reads as two numbers, not one ("3 1 in").
_STOP = frozenset(
    """a an the in on at to of and or but for with by from as is was are were be been than then
    that this these those it its he she they we you i""".split()
)
#: Words ending in -s that are no plural count noun ("the 10 30 service was…" must not read as a count).
_TIME_AFTER = frozenset("am pm a.m p.m gmt bst utc cet est edt pst local hrs h o'clock".split())
#: Slash or hyphen compounds whose punctuation an upstream tool stripped ("24/7", "9/11").
_STRIPPED = frozenset({("24", "7"), ("9", "11"), ("7", "11"), ("365", "24")})

#: Two digit groups separated by blanks, a comma and a space, a space and a comma, or (in
#: hard-wrapped prose) one newline. ``b`` may carry decimals and a unit suffix.
_PAIR = re.compile(
    r"(?<![\w.,/:])(?P<a>\d+(?:,\d+)*)(?P<sep>, | ,|[ \t\u00a0\u202f]*\n[ \t]*|[ \t\u00a0\u202f]+)"
    r"(?P<b>\d+(?:,\d+)*(?:\.\d+)?)(?P<suf>bn|m|k|st|nd|rd|th|s|%)?(?![\w/]|[.,]\d)"
)
#: A cheap scan for the pairs ``_PAIR`` then reads in full (its look-behind is slow to scan with).
_PAIR_HINT = re.compile(r"\d(?:, | ,|[ \t\u00a0\u202f]*\n[ \t]*|[ \t\u00a0\u202f]+)\d")
#: A newline between digits inside a block that is not hard-wrapped.
_BREAK = re.compile(r"(?<![\w.,/:])(?P<a>\d+(?:,\d+)*,?)[ \t]*\n[ \t]*(?P<b>,?\d[\d,]*)")
_BLOCK_TAIL = re.compile(r"(?P<a>\d+(?:,\d+)*,?)$")
_BLOCK_HEAD = re.compile(r",?\d[\d,]*")
_NUMBERED_ITEM = re.compile(r"\d{1,2}[.)]\s+\S")
_LIST_START = re.compile(r"1[.)]\s+[A-Z]")
_THREE_DIGITS = re.compile(r",?\d{3}(?!\d)")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w.']*)\W{0,3}$")
_WORD_AFTER = re.compile(r"[^\w\n]{0,2}?([A-Za-z][\w.']*)")
_RUN_BEFORE = re.compile(r"\d[ \t]+$")
_RUN_AFTER = re.compile(r"[ \t]+\d")
_LIST_BEFORE = re.compile(r"\d[,;]\s+$")
_LIST_AFTER = re.compile(r"(?:,\s*|\s+(?:and|or|to)\s+)\d")
_MORE_GROUPS_RUN = re.compile(r"(?:[ \u00a0\u202f]\d{3}(?![\d.,]\d|[\w/]))*")
_WORDS = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True, slots=True)
class _Finding:
    code: str
    message: str
    replacement: str


def _groups_malformed(number: str) -> bool:
    """``59,00`` or ``1,9``: a thousands group that is not three digits long."""
    groups = number.rstrip(",").split(",")
    return len(groups) > 1 and any(len(g) != 3 for g in groups[1:])


def _words_before(text: str, start: int, n: int) -> list[str]:
    """Up to ``n`` lower-cased words before ``start``, within the sentence."""
    window = text[max(0, start - 60) : start]
    cut = max(window.rfind(". "), window.rfind("\n"))
    return [w.lower() for w in _WORDS.findall(window[cut + 1 :])[-n:]]


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None or "\n" in text[m.end(1) : start]:
        return ""
    return m.group(1).lower().rstrip(".")


def _word_after(text: str, end: int) -> str:
    """The next word as written (case kept), or '' if a line ends first."""
    m = _WORD_AFTER.match(text, end, min(len(text), end + 40))
    return m.group(1).rstrip(".") if m else ""


#: A capitalised word right before the first number: "Interstate 95", "Apollo 11", "Flight 93".
_NAME_BEFORE = re.compile(r"(?<![\w'’])([A-Z][a-z]+)[ \t]$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘(\n][\s\"“‘]*)$")


_MODEL_AFTER = re.compile(r"[ \t]+[A-Z]{2,}[ \t-]?\d")


def _name_label(text: str, start: int) -> bool:
    """A proper name labels the first number ("Interstate 95 15 miles", "Apollo 11 50th"):
    the number is part of the name, the second one a count of its own. Not a month, and not
    a word that is capitalised only because it starts the sentence ("The 1 1 countries")."""
    m = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if m is None or m.group(1).lower() in MONTH_WORDS:
        return False
    return _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) is None


def _plural_noun(word: str) -> bool:
    """A lower-case plural-looking noun ("jobs", "acres"): a count, not a time, precedes it."""
    return (len(word) >= 4 and word[0].islower() and word.endswith("s")
            and not word.endswith(("ss", "us", "is")) and word not in NOT_PLURAL)


def _is_year(digits: str, lo: int = 1800) -> bool:
    return len(digits) == 4 and digits.isdigit() and lo <= int(digits) <= 2099


def classify_pair(text: str, a: str, sep: str, b: str, suffix: str, start: int, end: int) -> _Finding | None:
    """Decide whether ``a SEP b`` (``text[start:end]``) is one number broken in two.

    ``sep`` is ``" "``, ``", "`` or ``" ,"``; ``end`` is the offset after ``b`` and its
    unit suffix. Returns None for a legitimate reading: two numbers, a time, a score or
    tally, a list, a table row, a compound whose slash or hyphen was stripped.
    """
    if table_like(line_of(text, start, end)):
        return None
    if _RUN_BEFORE.search(text, max(0, start - 4), start):
        return None  # a run of figures: "1 2 3", "4 4 2"
    groups = _MORE_GROUPS_RUN.match(text, end) if len(b) == 3 and b.isdigit() and len(a) <= 3 else None
    if _RUN_AFTER.match(text, end) and not (groups and groups.group()):
        return None
    before, after_raw = _word_before(text, start), _word_after(text, end)
    after = after_raw.lower()
    nxt = text[end : end + 2]
    shown = f"{a}{sep}{b}{suffix}"
    a_digits, b_digits = a.replace(",", ""), b.replace(",", "")

    def split(what: str, joined: str, code: str = "NL102") -> _Finding:
        return _Finding(code, f"{what}: '{shown}' probably reads {joined}", joined)

    if sep == " ,":  # "10 ,000": the space sits before the thousands comma
        return split("number split before its thousands comma", f"{a},{b}") if len(b) == 3 else None
    if sep == ", ":  # R4 "14, 000": a 1-3 digit group and exactly three digits after it
        if "," in a or len(a) > 3 or len(b) != 3 or not b.isdigit() or suffix:
            return None
        if before in MONTH_WORDS or before in _LABELS or _LIST_BEFORE.search(text, max(0, start - 4), start):
            return None  # "March 3, 200 protesters", "page 3, 100 words", "2, 4, 600"
        if _LIST_AFTER.match(text, end):
            return None
        return split("number split by a comma and a space", f"{a},{b}")

    if (a, b) in _STRIPPED or before in _LABELS or _name_label(text, start):
        return None
    joined = a + b + suffix
    joined_digits = a_digits + b_digits
    if text[start - 1 : start] in ("-", "–"):  # the second part of a range or score: "14-1 9"
        if nxt[:1] in "-–" or "." in b or len(a) > 2 or len(b) > 2 or not text[start - 2 : start - 1].isdigit():
            return None  # "6-3 6-1": two sets of a tennis score
        return split("range or score split by a space", joined)

    words = _words_before(text, start, 3)
    quantity = before in _QUANTITY_CUES or words[-2:] == ["age", "of"]
    counted = quantity or after in _UNITS or suffix != "" or _plural_noun(after_raw)
    time_like = "." not in b and len(a_digits) <= 2 and int(a_digits) <= 24 and len(b) == 2 and int(b) <= 59
    hyphen_tail = nxt[:1] in "-–" and nxt[1:2].isalnum()
    if after in _TIME_AFTER or before == "at" and time_like:
        return None  # "at 10 30", "9 45 GMT"
    year = "." not in b and not suffix and (
        (_is_year(joined_digits) and before in _YEAR_CUES and after not in _UNITS)
        or (_is_year(joined_digits, 1900) and not time_like and not counted))
    if year:  # R6 "in 2 004", "December 2 001", "the classic 19 82 film", "200 1."
        return split("year split by a space", joined_digits)
    if time_like and not counted:
        return None  # "10 30"
    if _groups_malformed(a):  # "59,00 0", "1,9 50"
        return split("number split by a space", joined)
    if text[start - 1 : start] in _CURRENCY:  # "$4 0", "£17 0 a week"
        return split("amount split by a space", joined)
    single = len(a) == 1 and len(b) == 1
    if single and nxt[:1] in "-–" and nxt[1:2].isdigit():  # "1 9-13": a score cut in its first half
        return split("number split by a space", joined)
    if suffix in ("%", "bn", "m") and len(a) <= 2:  # "2 4%", "1 5bn": a unit binds one number
        return split("number split by a space", joined)
    if "." in b and len(a) <= 2:  # "1 7.25%", "£2 4.8bn"
        return split("number split by a space", joined)
    if len(a) <= 3 and len(b) == 3 and not suffix:  # R5 space-grouped thousands: "14 000"
        more = groups.group().split() if groups else []
        if len(a) == 3 and b != "000" and not more:
            return None  # "737 800", "747 400": model numbers with the hyphen stripped
        if not more and (any(c.isdigit() for c in after_raw) or _MODEL_AFTER.match(text, end)):
            return None  # "30 737 MAX 8 jets", "12 777 X9": a count, then a model (not "12 500 USD")
        grouped = ",".join([a, b, *more])
        return _Finding("NL103", f"thousands grouped with a space: '{shown}' reads {grouped} in English copy",
                        grouped)
    score = not quantity and not suffix and after not in MONTH_WORDS and (
        after in _SCORE_CUES or (not counted and any(w in _SCORE_CUES for w in words)))
    if score:
        return None  # "won 3 1", "a 5 4 vote"
    if b.startswith("0"):  # "2 0 goals", "1 0.", "3 0-year-old": no number is written "0" or "04"
        return split("number split by a space", joined)
    if _LIST_BEFORE.search(text, max(0, start - 4), start) or _LIST_AFTER.match(text, end):
        return None  # "3, 5 7 and 9"
    content_after = after and after not in _STOP and after_raw[0].islower()
    if single and (hyphen_tail or suffix or after in MONTH_WORDS or content_after):  # R3 "1 1 countries"
        return split("number split by a space", joined)
    if len(a) <= 2 and len(b) <= 2 and (counted or hyphen_tail):  # "2 50 acres", "14 5 people"
        return split("number split by a space", joined)
    return None


def _prose(doc: Document, block: Block) -> bool:
    return block.kind in ("paragraph", "quote") and block.span != doc.headline


def _hard_wrapped(doc: Document, block: Block) -> bool:
    """Prose wrapped at a fixed width: its newlines stand for spaces."""
    return doc.text.count("\n", block.span.start, block.span.end) > 1


def _paragraph_splits(doc: Document) -> Iterator[Violation]:
    """R1: a block ends in a bare number and the next block starts with digits."""
    text = doc.text
    blocks = doc.blocks
    for prev, nxt in zip(blocks, blocks[1:]):
        last, first = text[prev.span.end - 1], text[nxt.span.start]
        if not (last.isdigit() or last == ",") or not (first.isdigit() or first == ","):
            continue
        if not (_prose(doc, prev) and _prose(doc, nxt)) or text[prev.span.end : nxt.span.start].strip():
            continue
        tail = _BLOCK_TAIL.search(text, prev.span.start, prev.span.end)
        head = _BLOCK_HEAD.match(text, nxt.span.start, nxt.span.end)
        if tail is None or head is None:
            continue
        a, b = tail.group("a"), head.group()
        a_start = tail.start()
        if a_start > prev.span.start and (text[a_start - 1] in "./:_" or text[a_start - 1].isalnum()):
            continue  # "1.5", "10:3", "G7": a decimal, a time or a name, not a bare number
        if (a.endswith(",") or b.startswith(",")) and not _THREE_DIGITS.match(b):
            continue
        prev_text, next_text = doc.slice(prev.span), doc.slice(nxt.span)
        if not any(c.isalpha() for c in prev_text):
            continue  # a figure on its own: a table cell or a statistic, not a sentence
        if not any(c.isalpha() for c in next_text) and len(next_text.split()) > 1:
            continue  # a row of figures
        joined = (a + b).replace(",,", ",")
        if _NUMBERED_ITEM.match(next_text) and (_NUMBERED_ITEM.match(prev_text) or (
                _LIST_START.match(next_text) and not _is_year(joined))):
            continue  # a numbered list written as paragraphs ("Version 2" ⏎⏎ "1. Faster …")
        yield Violation(
            "NL101", Span(a_start, head.end()),
            f"number split across a paragraph break: '{a}' ⏎⏎ '{b}' probably reads {joined}",
            Fix(Span(tail.end(), head.start()), "", safe=False),
        )


def _line_splits(doc: Document) -> Iterator[Violation]:
    """A newline between digits inside a block that is otherwise one line (a ``<br>``, a bad join)."""
    text = doc.text
    for block in doc.blocks:
        if not _prose(doc, block) or "\n" not in doc.slice(block.span) or _hard_wrapped(doc, block):
            continue
        for m in _BREAK.finditer(text, block.span.start, block.span.end):
            a, b = m.group("a"), m.group("b").rstrip(",")
            if (a.endswith(",") or b.startswith(",")) and not _THREE_DIGITS.match(b):
                continue
            b_end = m.start("b") + len(b)
            line_a, line_b = line_of(text, m.start("a"), m.start("a")), line_of(text, b_end, b_end)
            if table_like(line_a) or table_like(line_b) or not any(c.isalpha() for c in line_a):
                continue
            if _NUMBERED_ITEM.match(line_b.lstrip()) and _NUMBERED_ITEM.match(line_a.lstrip()):
                continue
            joined = (a + b).replace(",,", ",")
            yield Violation("NL101", Span(m.start("a"), b_end),
                            f"number split across a line break: '{a}' ⏎ '{b}' probably reads {joined}",
                            Fix(Span(m.end("a"), m.start("b")), "", safe=False))


def _space_splits(doc: Document, code: str) -> Iterator[Violation]:
    """Digit pairs separated by blanks inside one block; only findings of ``code``.

    An HTML ``<br>`` between the halves is blanked to spaces by the loader, so the raw
    source decides: such a pair is a line break (NL101), whatever the classifier says.
    """
    if code == "NL101" and ("<" not in doc.source or "<br" not in doc.source.lower()):
        return
    for found in _pair_findings(doc):
        if found.code == code:
            yield found


@per_document
def _pair_findings(doc: Document) -> tuple[Violation, ...]:
    """Every digit pair's finding (NL101 for a ``<br>`` between the halves, else NL102/NL103).

    One scan of the text serves the three rules.
    """
    text, source = doc.text, doc.source
    starts = [b.span.start for b in doc.blocks]
    out: list[Violation] = []
    pos = 0
    while (hint := _PAIR_HINT.search(text, pos)) is not None:
        pos = hint.end() - 1
        begin = hint.start()
        while begin > 0 and (text[begin - 1].isdigit() or text[begin - 1] == ","):
            begin -= 1
        m = _PAIR.match(text, begin)
        if m is None or m.end("b") <= hint.start():
            continue
        pos = max(pos, m.end("b") - 1)  # ``b`` may be the first half of the next pair
        i = bisect.bisect_right(starts, m.start()) - 1
        if i < 0 or m.end() > doc.blocks[i].span.end or doc.blocks[i].kind == "code":
            continue  # the halves sit in different blocks (table cells, list items)
        a, sep, b, suffix = m.group("a"), m.group("sep"), m.group("b"), m.group("suf") or ""
        gap = Span(m.end("a"), m.start("b"))
        if "<br" in source[gap.start : gap.end].lower():
            out.append(Violation("NL101", Span(m.start(), m.end()),
                                 f"number split across a line break: '{a}' <br> '{b}' probably reads {a}{b}",
                                 Fix(gap, "", safe=False)))
            continue
        if "\n" in sep and not _hard_wrapped(doc, doc.blocks[i]):
            continue  # NL101's business
        if sep not in (", ", " ,"):
            sep = " "  # several blanks (markup blanked by the loader) or a wrapped line: one space
        found = classify_pair(text, a, sep, b, suffix, m.start(), m.end())
        if found is not None:
            out.append(Violation(found.code, Span(m.start(), m.end()), found.message,
                                 Fix(Span(m.start(), m.end()), found.replacement, safe=False)))
    return tuple(out)


@rule(code="NL101", name="number-split-by-break", severity="error", fixable=True)
def number_split_by_break(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A number broken in two by a paragraph break or a line break.

    ## What it catches
    A paragraph that ends in a bare number with no closing punctuation, followed by a
    paragraph that starts with digits (`representatives of 1` ⏎⏎ `1 countries`), and the
    same cut inside a paragraph at a single newline or an HTML `<br>`. The message gives
    the joined number; the fix (never applied unless asked) removes the break. Numbered
    lists, tables and figures standing alone in a paragraph are left alone; in
    hard-wrapped prose a newline counts as a space and NL102 judges the pair.

    ## Why it matters
    Scrapers and CMS imports split paragraphs at `<br>` tags, spans or injected ads. When
    the cut falls inside a number the story states the wrong figure ("1 countries") and
    a reader cannot tell what was meant.

    ## Example
    ```
    ... attended by representatives of 1

    1 countries, including China, Iran and Pakistan.
    ```
    is reported at the first `1`: it probably reads 11.

    ## How to silence
    `<!-- newslint: disable-next-line NL101 -->` above the paragraph, or `ignore: [NL101]`
    in the config for sources whose paragraphs are known to be intact.
    """
    yield from _paragraph_splits(doc)
    yield from _line_splits(doc)
    yield from _space_splits(doc, "NL101")


@rule(code="NL102", name="number-split-by-space", severity="warning", fixable=True)
def number_split_by_space(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """Digits of one number separated by a space, a comma and a space, or a space and a comma.

    ## What it catches
    `1 1 countries`, `9 5 million`, `£17 0 a week`, `59,00 0`, `14, 000`, `10 ,000`, and a
    year cut in two (`in 2 004`, `December 2 001`, `the 19 82 film`). It reports a pair only
    with a sign that it is one number: a malformed thousands group, a currency sign, a
    leading zero, a year, two single digits before a noun, a count noun or "more than"
    around them.

    It stays silent on fractions (`1 1/2`), scores and tallies (`won 3 1`, `a 5 4 vote`,
    `6-3 6-1`), times (`10 30`, `at 9 45`), stripped compounds (`24 7`, `9 11`, `737 800`),
    runs, lists and tables of figures, `March 3, 200 protesters` and `In 2017, 500 people`.

    ## Why it matters
    PDF extraction, OCR and machine translation break numbers at spaces. "9 5 million"
    may mean 95 million or a range; either way the figure is wrong in print.

    ## Example
    ```
    The number of mobile users rose from 9 5 million to 120 million.
    ```
    is reported at `9 5`: it probably reads 95.

    ## How to silence
    `<!-- newslint: disable-next-line NL102 -->` above the paragraph, or `ignore: [NL102]`
    in the config.
    """
    yield from _space_splits(doc, "NL102")


@rule(code="NL103", name="thousands-grouped-by-space", severity="warning", fixable=True)
def thousands_grouped_by_space(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """Thousands grouped with a space (`14 000`), a European convention left in English copy.

    ## What it catches
    One to three digits, a space (ordinary, no-break or narrow no-break) and a group of
    exactly three digits: `14 000 people`, `2 500`, `1 000 000`. Three-digit pairs such
    as `737 800` (aircraft variants) are left alone unless the second group is `000` or
    more groups follow. A year (`in 2 004`) is reported by NL102 instead.

    ## Why it matters
    Translated and syndicated copy keeps the source locale's separators; English news
    style writes `14,000`. A space inside a number can also be read as two numbers.

    ## Example
    ```
    Some 14 000 people attended the rally.
    ```
    is reported at `14 000`: it reads 14,000 in English copy.

    ## How to silence
    `ignore: [NL103]` in the config for copy that follows SI/ISO spacing on purpose, or
    `<!-- newslint: disable-next-line NL103 -->` above the paragraph.
    """
    yield from _space_splits(doc, "NL103")


RULES = (number_split_by_break, number_split_by_space, thousands_grouped_by_space)
