"""Reading news text for the era rules: words, sentences, clauses and tense cues.

Helpers shared by :mod:`newslint.era` and the anachronism rules. Cue lists are matched
against a window's words with set look-ups (:class:`Cues`), not with big ``re``
alternations, which cost ~1 ms per article in CPython; per-document results are cached
with :func:`per_document`; :class:`FastPattern` scans for a regex that opens with
look-arounds at the speed of its first literal or character class.
"""
from __future__ import annotations

import bisect
import re
import sys
from collections.abc import Callable, Iterator
from re import _compiler as _sre_compiler  # CPython's own regex compiler (3.11+): see FastPattern
from re import _constants as _sre_constants
from re import _parser as _sre_parser
from typing import Any

from .document import Document
from .era_data import fold
from .violation import Span

#: Month names and abbreviations, lower case (the number rules read the word before a figure).
MONTH_WORDS = frozenset(
    """january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
#: Words ending in "s" that are no plural nouns ("3 jobs" counts, "3 was" does not).
NOT_PLURAL = frozenset(
    """was has does goes says makes takes gets seems looks comes plays this thus plus less unless
    across whereas always perhaps sometimes besides towards afterwards its yes news series species
    means""".split()
)
MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
          "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")

class Cues:
    """A list of cue words and phrases, tested against a window's words by set look-ups.

    Written as ``"will|going to|histor*|*-old"``: ``word``, ``two words``, ``prefix*``,
    ``*suffix``. Big ``re`` alternations with IGNORECASE cost ~1 ms per article in CPython;
    these look-ups cost a few microseconds per window.
    """

    def __init__(self, spec: str):
        self.words: set[str] = set()
        self.phrases: dict[str, list[tuple[str, ...]]] = {}
        prefixes, suffixes = [], []
        for item in (i.strip() for i in spec.split("|")):
            if not item:
                continue
            if " " in item:
                parts = tuple(item.split())
                self.phrases.setdefault(parts[0], []).append(parts)
            elif item.endswith("*"):
                prefixes.append(item[:-1])
            elif item.startswith("*"):
                suffixes.append(item[1:])
            else:
                self.words.add(item)
        self.prefixes, self.suffixes = tuple(prefixes), tuple(suffixes)

    def find(self, words: list[str]) -> str | None:
        """The first cue in ``words`` (lower-case tokens), or ``None``."""
        for i, cue in self.iter(words):
            return cue
        return None

    def iter(self, words: list[str]) -> Iterator[tuple[int, str]]:
        """Every cue in ``words`` with the index of its first word."""
        for i, w in enumerate(words):
            if w in self.words or (self.prefixes and w.startswith(self.prefixes)) or \
                    (self.suffixes and w.endswith(self.suffixes)):
                yield i, w
                continue
            for parts in self.phrases.get(w, ()):
                if tuple(words[i:i + len(parts)]) == parts:
                    yield i, " ".join(parts)
                    break


#: Future, plan or forecast near a year: the year lies ahead of the article.
FUTURE = Cues(
    "will|won't|shall|going to|is to|are to|set to|due|expects|expect|expected|expecting|forecast|forecasts|"
    "forecasting|predicts|predict|predicting|projected|projecting|plans to|plan to|planned to|planning|"
    "aims to|aim to|aiming|hopes to|hope to|hoped to|hoping|intends|intend to|intending|targets|targeting|"
    "scheduled|would|may|might|next|upcoming|coming|outlook|prospects|ahead|looking to|preparing to|"
    "poised to|on course to|on track to|seeking to|likely to|unlikely to|*'ll")
PAST_WORDS = frozenset(
    """was were had did ago last earlier previously former formerly said told made took gave got went came saw
    won lost rose fell grew began became left paid sold bought led met held brought built ran spent struck
    thought wrote found kept broke chose drew drove fought flew knew meant spoke stood threw withdrew overtook
    shot sank sent beat""".split())
_NOT_PAST_ED = frozenset(
    """expected planned scheduled projected predicted intended targeted forecasted need speed feed seed bleed
    breed proceed exceed succeed indeed red bed shed wed hundred mixed limited listed based united related
    detailed advanced experienced talented qualified skilled dedicated armed seeded ranked unseeded
    unbeaten""".split())
_BY_BEFORE = re.compile(rf"\bby\s+(?:(?:the\s+)?(?:end|start|middle|close|spring|summer|autumn|winter|"
                        rf"{MONTHS})(?:\s+of)?\s+)?$", re.IGNORECASE)
_SEGMENT_BREAK = re.compile(r",|\b(?:and|but|while|whereas|although|though|because)\b")
_NOT_PAST_AFTER = frozenset("is are am be being been has have 's 're 've to will would get gets".split())
#: Words kept in their case: the month "May" and the name "Will" are no modal verbs.
_KEEP_CASE = frozenset({"May", "Will"})
_TOKEN = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def is_past_word(word: str) -> bool:
    """``word`` (lower case) is a past-tense verb form or a past marker ("was", "ago", "invaded")."""
    return word in PAST_WORDS or (len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED)

_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s")

# -- per-document cache ------------------------------------------------------------------------
def per_document(fn: Callable[[Document], Any]) -> Callable[[Document], Any]:
    """Cache ``fn(doc)`` on the document itself, as :func:`functools.cached_property` does.

    Document is frozen and unhashable (its meta is a dict), but it has a ``__dict__``: the
    value lives and dies with the document, and a hit costs one dict look-up.
    """
    key = f"_per_document.{fn.__module__}.{fn.__qualname__}"

    def wrapper(doc: Document) -> Any:
        cache = doc.__dict__
        if key in cache:
            return cache[key]
        value = cache[key] = fn(doc)
        return value

    def peek(doc: Document, default: Any = None) -> Any:
        """The cached value, or ``default`` when it has not been computed for ``doc``."""
        return doc.__dict__.get(key, default)

    wrapper.__doc__ = fn.__doc__
    wrapper.__qualname__ = fn.__qualname__
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn  # type: ignore[attr-defined]
    wrapper.peek = peek  # type: ignore[attr-defined]
    return wrapper


# -- fast regex scanning -----------------------------------------------------------------------
_ZERO_WIDTH_OPS = (_sre_constants.AT, _sre_constants.ASSERT, _sre_constants.ASSERT_NOT)


def _locator(rx: re.Pattern) -> re.Pattern | None:
    """``rx`` without its leading look-arounds and anchors (``\\b``, ``(?<!...)``), or None.

    CPython's ``re`` skips ahead to a pattern's first literal or character class only when
    the pattern *starts* with one; a leading ``\\b`` or look-behind makes it try every
    position (3-5x slower). The rest of the pattern matches wherever the whole one does, so
    it finds the candidates and the whole pattern confirms each. Built with ``re``'s own
    parser and compiler (private modules: any failure just means no locator).
    """
    if not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _sre_parser.parse(rx.pattern, rx.flags)
        lead = 0
        while lead < len(parsed.data) and parsed.data[lead][0] in _ZERO_WIDTH_OPS:
            lead += 1
        if lead == 0 or lead == len(parsed.data) or parsed.getwidth()[0] == 0:
            return None
        parsed.data = parsed.data[lead:]
        parsed.width = None
        return _sre_compiler.compile(parsed, rx.flags)
    except Exception:  # noqa: BLE001 - an optimisation only: fall back to the pattern itself
        return None


class FastPattern:
    """A compiled pattern with the ``finditer``/``search`` results of ``re``, found faster.

    For a pattern that opens with look-arounds (``(?<![\\w$])(1[0-9]{3})``, ``\\bGeneral``),
    the rest of it is searched for and the whole pattern is matched at each hit; the
    matches are exactly those of ``pattern.finditer`` (the pattern never matches empty).
    """

    __slots__ = ("pattern", "_locate", "_match")

    def __init__(self, pattern: re.Pattern | str, flags: int = 0):
        self.pattern = re.compile(pattern, flags) if isinstance(pattern, str) else pattern
        locator = _locator(self.pattern)
        self._locate = locator.search if locator is not None else None
        self._match = self.pattern.match

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match]:
        locate, match = self._locate, self._match
        if locate is None:
            yield from self.pattern.finditer(text, pos, endpos)
            return
        while (hit := locate(text, pos, endpos)) is not None:
            p = hit.start()
            m = match(text, p, endpos)
            if m is None:
                pos = p + 1
            else:
                yield m
                pos = m.end()

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        for m in self.finditer(text, pos, endpos):
            return m
        return None


# -- text helpers ------------------------------------------------------------------------------
@per_document
def folded_text(doc: Document) -> str:
    """The text in lower case, same length, with line breaks read as spaces: a phrase of a
    lexicon matches across the line break of hard-wrapped copy ("Deputy⏎Speaker")."""
    return fold(doc.text).replace("\n", " ")


def sentence_at(doc: Document, offset: int) -> Span:
    """The sentence holding ``offset`` (or the paragraph-less span around it).

    A sentence that a stray paragraph break cut in two ("a lease of 1⏎⏎5 years from the end of
    2007", a split number) is joined again: a paragraph that starts with a digit or a
    lower-case letter continues the previous one when that one has no closing punctuation.
    Only the blocks needed are split into sentences, not the whole document.
    """
    b = doc.block_index(offset)
    if b < 0:
        return Span(offset, offset)
    sents = doc.block_sentences(b)
    i = bisect.bisect_right(doc.block_sentence_starts(b), offset) - 1
    if not (i >= 0 and sents[i].start <= offset <= sents[i].end):
        return Span(offset, offset)
    sent = sents[i]
    text = doc.text
    if text[sent.start].isdigit() or text[sent.start].islower():
        prev = sents[i - 1] if i > 0 else _last_sentence_before(doc, b)
        if prev is not None:
            gap = text[prev.end:sent.start]
            if "\n" in gap and text[prev.end - 1] not in ".!?\"”’:)":
                return Span(prev.start, sent.end)
    return sent


def _last_sentence_before(doc: Document, block: int) -> Span | None:
    for b in range(block - 1, -1, -1):
        sents = doc.block_sentences(b)
        if sents:
            return sents[-1]
    return None


_NUMERIC_TOKEN = re.compile(r"[^\sA-Za-z]*\d[^\sA-Za-z]*")
_NONSPACE = re.compile(r"\S+")


def line_of(text: str, start: int, end: int) -> str:
    """The whole line(s) holding ``text[start:end]``."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return text[ls : le if le != -1 else len(text)]


def table_like(line: str) -> bool:
    """A row of a table or a list of figures: tabs or pipes, or mostly numbers."""
    if "\t" in line or "|" in line:
        return True
    tokens = _NONSPACE.findall(line)
    numeric = sum(1 for t in tokens if _NUMERIC_TOKEN.fullmatch(t))
    return numeric >= 4 and numeric * 2 > len(tokens)


def clause_at(text: str, sentence: Span, start: int, end: int) -> Span:
    """The clause of ``sentence`` around ``[start, end)``: cut at ';', ':' and spaced dashes."""
    lo, hi = sentence.start, sentence.end
    for m in _CLAUSE_BREAK.finditer(text, sentence.start, sentence.end):
        if m.end() <= start:
            lo = m.end()
        elif m.start() >= end:
            hi = m.start()
            break
    return Span(lo, max(lo, hi))


def words_in(doc: Document, lo: int, hi: int) -> list[str]:
    """The lower-case words of ``doc.text[lo:hi]`` ("May" and "Will" keep their capital)."""
    return [w if w in _KEEP_CASE else w.lower().replace("’", "'") for w in _TOKEN.findall(doc.text, lo, hi)]


def _tense_in(doc: Document, lo: int, hi: int, start: int) -> str:
    """``future`` if a future cue is among the words of ``[lo, hi)``, else ``past`` or ``none``."""
    before = words_in(doc, lo, start)
    if _BY_BEFORE.search(doc.text, max(lo, start - 30), start):
        return "future"  # "by 2010", "by the end of 2006", "by summer 2006"
    words = before + words_in(doc, start, hi)
    if FUTURE.find(words):
        return "future"
    # A participle after "be"/"has" is a passive or a perfect ("is expected to be boosted",
    # "have risen"): not a past tense.
    if any(is_past_word(w) and not (i and words[i - 1] in _NOT_PAST_AFTER) for i, w in enumerate(words)):
        return "past"
    return "none"


def tense_of(doc: Document, clause: Span, start: int, end: int) -> str:
    """``future``, ``past`` or ``none`` for the words around ``[start, end)`` in ``clause``.

    The stretch around the year between commas and conjunctions is read first ("The veteran,
    who retired in 1994, will coach" is past for 1994; "sales rose in 2004 and it expects
    growth in 2005" is past for 2004); if it has no tense cue, the clause around it.
    """
    text = doc.text
    lo, hi = max(clause.start, start - 90), min(clause.end, end + 50)
    seg_lo, seg_hi = lo, hi
    for m in _SEGMENT_BREAK.finditer(text, lo, hi):
        if m.end() <= start:
            seg_lo = m.end()
        elif m.start() >= end:
            seg_hi = m.start()
            break
    tense = _tense_in(doc, seg_lo, seg_hi, start)
    if tense == "none" and (seg_lo, seg_hi) != (lo, hi):
        tense = _tense_in(doc, lo, hi, start)
    return tense
