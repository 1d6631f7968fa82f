"""Pattern matching for YAML rules: compiled once per rules file, run once per document.

A rule's patterns are regular expressions (Python ``re``). Those without any regex
metacharacter (and every pattern of a ``literal: true`` rule) are plain words: all the
plain words of one rules file go into one Aho-Corasick automaton per case mode
(pyahocorasick), so a 500-entry lexicon costs one pass over the article, not 500
regex searches. The other patterns of a rule become one compiled alternation.

Both paths share the same word-boundary semantics: a match may not split a word, i.e.
it may not start right after a word character when its own first character is one,
nor end right before a word character when its own last character is one.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import ahocorasick

from ..document import Document
from ..violation import Span

#: Characters that make a pattern a regex rather than a plain word or phrase.
_META = frozenset(".^$*+?{}[]\\|()")
#: Word guards equivalent to the literal path's check (see the module docstring).
_START_GUARD = r"(?:(?<!\w)|(?!\w))"
_END_GUARD = r"(?:(?!\w)|(?<!\w))"
_NUMBERED_BACKREF = re.compile(r"(?<!\\)\\[1-9]")


def is_plain(pattern: str) -> bool:
    """True when ``pattern`` has no regex metacharacter, so it matches exactly itself."""
    return not any(c in _META for c in pattern)


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _lower_same_length(text: str) -> str:
    """``text.lower()`` without changing any offset: ``'İ'.lower()`` is two code points, of
    which the first is kept (as ``re.IGNORECASE`` does, so both paths agree)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower()[0] for c in text)


def splits_word(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` starts or ends inside a word."""
    if start > 0 and _is_word(text[start - 1]) and _is_word(text[start]):
        return True
    return end < len(text) and _is_word(text[end]) and _is_word(text[end - 1])


@dataclass(frozen=True, slots=True)
class Hit:
    """One match: its span and the index of the pattern (in the rule's list) that made it."""

    start: int
    end: int
    index: int

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


class PatternError(ValueError):
    """A pattern that does not compile; ``index`` is its position in the rule's list."""

    def __init__(self, index: int, message: str):
        self.index = index
        super().__init__(message)


def compile_pattern(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Compile one user pattern, or raise ValueError with a short reason."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        where = f" at position {exc.pos}" if exc.pos is not None else ""
        raise ValueError(f"invalid regular expression {pattern!r}: {exc.msg}{where}") from None


@dataclass
class PatternSet:
    """A rule's list of patterns, matched with the rule's case and boundary settings."""

    matcher: "FileMatcher"
    patterns: tuple[str, ...]
    ignore_case: bool
    word_boundaries: bool
    slot: int = -1  # this set's id in the file's automaton (-1: no plain words)
    regex: re.Pattern[str] | None = None  # the regex patterns as one alternation
    regex_order: list[int] = field(default_factory=list)  # pattern index of each alternative, in order
    apart: list[tuple[int, re.Pattern[str]]] = field(default_factory=list)  # run alone: \\1-style back-references
    singles: dict[int, re.Pattern[str]] = field(default_factory=dict)  # pattern index -> own regex

    def find(self, doc: Document, unit: Span) -> list[Hit]:
        """Non-overlapping matches inside ``unit``: leftmost first, then longest."""
        hits: list[Hit] = []
        if self.slot >= 0:
            hits.extend(self.matcher.literal_hits(doc, self.slot, unit))
        if self.regex is not None:
            for m in self.regex.finditer(doc.text, unit.start, unit.end):
                if m.end() > m.start():
                    hits.append(Hit(m.start(), m.end(), self._which(doc.text, m.start(), unit.end)))
        for index, regex in self.apart:
            hits.extend(Hit(m.start(), m.end(), index) for m in regex.finditer(doc.text, unit.start, unit.end)
                        if m.end() > m.start())
        if len(hits) < 2:
            return hits
        hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
        out: list[Hit] = []
        last_end = -1
        for h in hits:
            if h.start >= last_end:
                out.append(h)
                last_end = h.end
        return out

    def _which(self, text: str, start: int, end: int) -> int:
        """The alternative that matched at ``start``: the first whose own regex matches there.
        (Named groups per alternative would say it directly, but they make ``re`` up to 70
        times slower on a 500-entry alternation; this runs only on hits.)"""
        for index in self.regex_order:
            if self.singles[index].match(text, start, end):
                return index
        return self.regex_order[0]

    def expand(self, doc: Document, hit: Hit, template: str) -> str:
        """``template`` with ``\\1``-style group references filled from ``hit``'s pattern."""
        single = self.singles.get(hit.index)
        if single is None or "\\" not in template:
            return template
        m = single.match(doc.text, hit.start, hit.end)
        return m.expand(template) if m else template


class FileMatcher:
    """Every pattern set of one rules file; plain words share one automaton per case mode."""

    def __init__(self) -> None:
        self._words: list[dict[str, list[tuple[int, int]]]] = [{}, {}]  # [exact, lowered] word -> [(slot, index)]
        self._slots: list[PatternSet] = []
        self._automata: list[ahocorasick.Automaton | None] = [None, None]
        self._cache_doc: Document | None = None
        self._cache: dict[int, list[Hit]] = {}

    def patterns(self, patterns: Sequence[str], *, ignore_case: bool = False, word_boundaries: bool = True,
                 literal: bool = False) -> PatternSet:
        """Register a rule's patterns; raises :class:`PatternError` naming a bad one."""
        flags = re.IGNORECASE if ignore_case else 0
        ps = PatternSet(self, tuple(patterns), ignore_case, word_boundaries)
        parts: list[str] = []
        plain: list[tuple[int, str]] = []
        for i, pattern in enumerate(patterns):
            if not isinstance(pattern, str) or not pattern.strip():
                raise PatternError(i, "empty pattern")
            if literal or is_plain(pattern):
                plain.append((i, pattern))
                continue
            try:
                compile_pattern(pattern, flags)  # report errors against the pattern as written
            except ValueError as exc:
                raise PatternError(i, str(exc)) from None
            try:
                single = re.compile(self._guard(pattern, word_boundaries), flags)
            except re.error as exc:  # e.g. a global "(?i)", which must start the whole expression
                raise PatternError(i, f"pattern {pattern!r} cannot be embedded: {exc.msg} "
                                      f"(use 'ignore-case', or a scoped flag such as '(?i:...)')") from None
            ps.singles[i] = single
            if _NUMBERED_BACKREF.search(pattern):  # group numbers shift inside an alternation
                ps.apart.append((i, single))
                continue
            ps.regex_order.append(i)
            parts.append(f"(?:{pattern})")
        if parts:
            try:
                ps.regex = re.compile(self._guard("|".join(parts), word_boundaries), flags)
            except re.error:  # e.g. one group name in two patterns: run them one by one
                ps.apart.extend((i, ps.singles[i]) for i in ps.regex_order)
                ps.regex_order = []
        if plain:
            ps.slot = len(self._slots)
            table = self._words[1 if ignore_case else 0]
            for i, word in plain:
                key = _lower_same_length(word) if ignore_case else word
                table.setdefault(key, []).append((ps.slot, i))
            self._automata = [None, None]
        self._slots.append(ps)
        return ps

    @staticmethod
    def _guard(pattern: str, word_boundaries: bool) -> str:
        return f"{_START_GUARD}(?:{pattern}){_END_GUARD}" if word_boundaries else pattern

    def _automaton(self, mode: int) -> ahocorasick.Automaton | None:
        if self._automata[mode] is None and self._words[mode]:
            a = ahocorasick.Automaton()
            for word, owners in self._words[mode].items():
                a.add_word(word, (len(word), tuple(owners)))
            a.make_automaton()
            self._automata[mode] = a
        return self._automata[mode]

    def compile(self) -> None:
        """Build the automata now (else on first use)."""
        self._automaton(0)
        self._automaton(1)

    def literal_hits(self, doc: Document, slot: int, unit: Span) -> list[Hit]:
        """The plain-word hits of pattern set ``slot`` inside ``unit`` (one scan per document)."""
        if self._cache_doc is not doc:
            self._scan(doc)
        hits = self._cache.get(slot, ())
        if not hits:
            return []
        lo = bisect.bisect_left(hits, unit.start, key=lambda h: h.start)
        out = []
        for h in hits[lo:]:
            if h.start >= unit.end:
                break
            if h.end <= unit.end:
                out.append(h)
        return out

    def _scan(self, doc: Document) -> None:
        found: dict[int, list[Hit]] = {}
        text = doc.text
        for mode in (0, 1):
            automaton = self._automaton(mode)
            if automaton is None:
                continue
            haystack = _lower_same_length(text) if mode else text
            for end_index, (length, owners) in automaton.iter(haystack):
                end = end_index + 1
                start = end - length
                boundary_ok = None
                for slot, index in owners:
                    if self._slots[slot].word_boundaries:
                        if boundary_ok is None:
                            boundary_ok = not splits_word(text, start, end)
                        if not boundary_ok:
                            continue
                    found.setdefault(slot, []).append(Hit(start, end, index))
        for hits in found.values():
            hits.sort(key=lambda h: (h.start, h.end))
        self._cache_doc, self._cache = doc, found
