"""NL201 repeated lead: the lead sentence printed twice near the top of the story.

Auto-blogs print the feed description (dateline + truncated lead + "…", WordPress's
``wp_trim_excerpt`` " […]") above the body; CMS imports duplicate the lead paragraph.
Following docs/domain.md §5, only the first few paragraphs after the headline are compared
(a constant number of pairs, never all sentences against all sentences): each paragraph is
normalised (NFKC, one apostrophe/quote/dash, casefolded word tokens, dateline and trailing
ellipsis stripped) and matched by equality, by token prefix for a truncated teaser, and by
``difflib.SequenceMatcher(autojunk=False)`` for near copies.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import islice
from typing import Any

from ..document import DATELINE, Document
from ..rule import rule
from ..sentences import split_sentences
from ..violation import Fix, Span, Violation

#: How many body paragraphs (after the headline) may hold either copy.
WINDOW = 4
#: How far apart (in paragraphs) the two copies may be.
REACH = 2
#: Fewest word tokens for a full-sentence copy, a truncated teaser, a fuzzy copy.
MIN_EXACT, MIN_TEASER, MIN_FUZZY = 6, 4, 8
FUZZY_RATIO = 0.9
#: Only the start of a paragraph matters: tokens read per paragraph, characters searched for "…".
WINDOW_CHARS, TAIL_CHARS = 500, 40

_TRUNCATION = re.compile(
    r"(?:\s*(?:…|\.{3,}|\[\s*(?:…|\.{3})\s*\]|\(\s*(?:…|\.{3})\s*\)|\bread more\b|\bcontinue reading\b)[\s»›>:]*)+$",
    re.IGNORECASE,
)
_TOKEN = re.compile(r"\w+(?:['’‘`]\w+)*")
_APOSTROPHE_CHARS = "’‘`´"
_TRAILING = " \t\n»›>:"
_TRUNCATION_ENDS = ("…", "...", "]", ")", "more", "reading")
_QUOTES = "\"'“”‘’«»„"
_BULLETS = "-*•–—·▪"


@dataclass(frozen=True, slots=True)
class _Para:
    """One paragraph near the top: its span, where its words start, and its normalised words."""

    span: Span
    start: int  # after any dateline
    end: int  # before any truncation mark
    tokens: tuple[str, ...]
    first_len: int  # words in the first sentence
    truncated: bool
    quoted: bool


def _normalise(text: str) -> str:
    if text.isascii():
        return text.lower()
    # ``str.replace`` per apostrophe: ``translate`` with a dict looks up every character in Python.
    text = unicodedata.normalize("NFKC", text)
    for apostrophe in _APOSTROPHE_CHARS:
        if apostrophe in text:
            text = text.replace(apostrophe, "'")
    return text.casefold()


def _paragraph(doc: Document, span: Span) -> _Para:
    text = doc.text
    start, end = span.start, span.end
    dl = DATELINE.match(text, start, end)
    if dl and len(dl.group("place").strip()) >= 3:
        start = dl.end()
    truncated = False
    # Cheap pre-check on the paragraph's last characters: ``text[start:end].rstrip(_TRAILING)
    # .lower().endswith(_TRUNCATION_ENDS)`` without copying the paragraph (lower-casing never
    # shortens a character, so the last 7 characters hold the longest ending, "reading").
    tail = end
    while tail > start and text[tail - 1] in _TRAILING:
        tail -= 1
    if text[max(start, tail - 7):tail].lower().endswith(_TRUNCATION_ENDS):
        cut = _TRUNCATION.search(text, max(start, end - TAIL_CHARS), end)
        if cut is not None:
            truncated, end = True, cut.start()
    stop = min(end, start + WINDOW_CHARS)
    first = next(split_sentences(text, Span(start, stop)), None) if start < stop else None
    mid = first.end if first is not None else stop
    head = _TOKEN.findall(_normalise(text[start:mid]))
    rest = _TOKEN.findall(_normalise(text[mid:stop]))
    if stop < end and rest:
        rest.pop()  # the window may have cut the last word
    return _Para(span, start, end, tuple(head + rest), len(head), truncated, start < end and text[start] in _QUOTES)


def _token_end(doc: Document, para: _Para, count: int) -> int:
    """Offset just after the ``count``-th word of ``para`` (words counted as in ``tokens``)."""
    end = para.start
    for end_match in islice(_TOKEN.finditer(doc.text, para.start, para.end), count):
        end = end_match.end()
    return end


def _prefix_edits(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """Word edits needed to make ``a`` a prefix of ``b`` (difflib opcodes, no autojunk)."""
    if a == b[: len(a)]:
        return 0
    sm = SequenceMatcher(None, a, b[: len(a) + 1], autojunk=False)
    edits = 0
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            edits += max(i2 - i1, j2 - j1)
    # a trailing insertion in ``b`` just means ``b`` goes on: not an edit
    last = sm.get_opcodes()[-1]
    if last[0] == "insert" and last[1] == len(a):
        edits -= last[4] - last[3]
    return edits


@dataclass(frozen=True, slots=True)
class _Match:
    kind: str  # "exact", "teaser", "near"
    length: int  # tokens of the second copy that repeat the first


def _compare(first: _Para, second: _Para, first_len: int, second_len: int) -> _Match | None:
    """Does ``second`` repeat the lead of ``first``? ``*_len``: first-sentence token counts."""
    a, b = first.tokens, second.tokens
    if not a or not b:
        return None
    if first.truncated:  # a teaser: its words, but the last (maybe cut) one, start ``b``
        if len(a) < MIN_TEASER or len(b) < len(a):
            return None
        last_cut = a[-1] != b[len(a) - 1]
        edits = _prefix_edits(a[:-1] if last_cut else a, b)
        if last_cut and not b[len(a) - 1].startswith(a[-1]):
            edits += 1
        return _Match("teaser", len(a)) if edits <= (1 if len(a) >= MIN_FUZZY else 0) else None
    # the lead sentence (or the whole first paragraph) again at the start of ``b``
    for n in dict.fromkeys((len(a), first_len)):
        if n < MIN_EXACT or a[:n] != b[:n]:
            continue
        if n in (len(b), second_len) or (n == len(a) and n >= MIN_FUZZY):
            return _Match("exact", n)
    n = first_len
    if n >= MIN_FUZZY and second_len >= MIN_FUZZY:
        if len(set(a[:n]) & set(b[: n + 5])) < FUZZY_RATIO * len(set(a[:n])) - 1:
            return None  # cheap bound: too few shared words for a near copy
        sm = SequenceMatcher(None, a[:n], b[: n + 5], autojunk=False)
        similar = sm.real_quick_ratio() >= FUZZY_RATIO and sm.quick_ratio() >= FUZZY_RATIO and sm.ratio() >= FUZZY_RATIO
        if similar and abs(second_len - n) <= max(2, n // 10):
            return _Match("near", min(second_len, len(b)))
    return None


#: Words too common to show that two paragraph openings are the same.
_COMMON = frozenset("""the a an and but or of in on at to for by with from as is was are were be been it its
    he she they we i you his her their this that these those said says will would has have had not""".split())
#: Words read from a paragraph's opening for the cheap pre-check; characters holding them.
KEY_WORDS, KEY_CHARS = 6, 80


def _key(doc: Document, span: Span) -> frozenset[str]:
    """The uncommon words among the first few of a paragraph (after any dateline): two copies
    of a lead (exact, teaser or near copy) share at least one, so only paragraphs that do are
    read in full. A key of fewer than two words is compared anyway."""
    text, start = doc.text, span.start
    dl = DATELINE.match(text, start, span.end)
    if dl and len(dl.group("place").strip()) >= 3:
        start = dl.end()
    words = _TOKEN.findall(_normalise(text[start:min(span.end, start + KEY_CHARS)]), 0)[:KEY_WORDS]
    return frozenset(words) - _COMMON


def _candidates(doc: Document) -> list[Span]:
    spans: list[Span] = []
    for block in doc.blocks:
        if doc.body is None or block.span.start < doc.body.start:
            continue
        if len(spans) >= WINDOW:
            break
        if block.kind not in ("paragraph",):
            continue  # headings (a headline-like standfirst), pull quotes, bullets
        lead = doc.text[block.span.start:min(block.span.end, block.span.start + 2)]
        if lead[:1] in _BULLETS and lead[1:2] == " ":
            continue
        spans.append(block.span)
    return spans


@rule(code="NL201", name="repeated-lead", severity="error", fixable=True)
def repeated_lead(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """The lead sentence printed twice: as a teaser (cut off with …) or a full copy.

    ## What it catches
    Among the first paragraphs after the headline, a paragraph that repeats an earlier
    one's lead: exactly, as a teaser truncated with `…`, `...`, `[…]` or "Read more", or
    as a near copy (difflib ratio ≥ 0.9), with or without a dateline such as `MOSKVA –`,
    `WASHINGTON (AP) —` or `LONDON, Nov 9 (Reuters) -` on either copy. The second copy
    is reported and the first is named (its line, and as the related location). The fix
    (never applied unless asked) deletes the teaser or the redundant copy.

    The headline is never compared with the lead; block quotes (pull quotes), bullets,
    paraphrased summaries and a quote repeated at the end of the story are not reported.

    ## Why it matters
    Auto-blogs and CMS imports print the feed's excerpt above the body, so the reader
    meets the same sentence twice in the first lines: the most visible sign of scraped
    copy.

    ## Example
    ```
    MOSKVA – Sitting between Afghan delegates and the Taliban, Lavrov promised…

    Sitting between Afghan delegates and the Taliban, Lavrov promised to work for peace.
    ```
    The second paragraph is reported as repeating the teaser on line 1.

    ## How to silence
    `<!-- newslint: disable-next-line NL201 -->` above the second copy, or `ignore: [NL201]`
    in the config for templates that print a standfirst on purpose.
    """
    spans = _candidates(doc)
    if len(spans) < 2:
        return
    keys = [_key(doc, span) for span in spans]
    paras: dict[int, _Para] = {}  # read in full only when a pair's keys meet

    def para(k: int) -> _Para:
        if k not in paras:
            paras[k] = _paragraph(doc, spans[k])
        return paras[k]

    reported: set[int] = set()
    for i in range(len(spans)):
        for j in range(i + 1, min(len(spans), i + 1 + REACH)):
            # Two keys of two words or more that share none: not copies (a one-word key may be
            # the one word a teaser changed or cut).
            if j in reported or (len(keys[i]) > 1 and len(keys[j]) > 1 and keys[i].isdisjoint(keys[j])):
                continue
            first, second = para(i), para(j)
            found = _compare(first, second, first.first_len, second.first_len)
            if found is None:
                continue
            whole_first = first.truncated or found.length >= len(first.tokens)
            if (first.quoted or second.quoted) and i > 0:
                continue  # a quotation repeated below the lead: a pull quote, not a teaser
            reported.add(j)
            end = _token_end(doc, second, found.length)
            sentence = next(split_sentences(doc.text, Span(second.start, second.span.end)), None)
            if sentence is not None and sentence.end >= end:
                end = sentence.end
            line = doc.position(first.span.start).line
            what = {"teaser": "the truncated teaser", "exact": "the lead", "near": "the lead (near copy)"}[found.kind]
            if whole_first:  # the earlier copy is nothing but the repeat: delete it, with its blank lines
                stop = first.span.end
                while stop < len(doc.text) and doc.text[stop].isspace():
                    stop += 1
                fix = Fix(Span(first.span.start, stop), "", safe=False)
            else:
                fix = Fix(Span(second.span.start, second.span.end), "", safe=False) if end >= second.span.end else None
            yield Violation(
                "NL201", Span(second.start, end),
                f"repeated lead: this repeats {what} on line {line}; keep one copy",
                fix, (first.span,),
            )
            break


RULES = (repeated_lead,)
