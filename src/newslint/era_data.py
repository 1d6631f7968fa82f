"""The era-anchoring lexicons of ``data/eras.yml``, loaded once and matched with Aho-Corasick.

Entities with a start year, defunct political entities, office-holders' terms, dated events
and wars. :func:`lexicons` builds every automaton once per process; ``Lexicon.find`` then
scans a text in one linear pass (pyahocorasick), whatever the size of the lexicon, and
``Lexicons.scan`` finds the phrases of several lexicons (of one case) in a single pass: a
pass costs ~20 ns a character however many phrases it looks for.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any, ClassVar

import ahocorasick

from .datafiles import read_yaml


@dataclass(frozen=True, slots=True)
class Entity:
    """Something that exists from ``start`` (until ``end``, for a defunct state)."""

    name: str
    start: int
    end: int | None = None
    now: str | None = None
    #: Words one of which must be in the article for a match to count (an ambiguous acronym).
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    """One office held from ``start`` to ``end`` (inclusive), under any of ``titles``."""

    titles: tuple[str, ...]
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Person:
    """An office-holder: every term of every listed title (``final``: never back in office)."""

    surname: str
    first: tuple[str, ...]
    terms: tuple[Term, ...]
    final: bool = False
    #: Prepared at load for the per-mention tests of ``era``: every title of every term (no
    #: repeats), and the forenames longest first.
    titles: tuple[str, ...] = field(init=False, repr=False, compare=False)
    first_longest: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "titles", tuple(dict.fromkeys(t for term in self.terms for t in term.titles)))
        object.__setattr__(self, "first_longest", tuple(sorted(self.first, key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Event:
    """A dated event ("the Red Army invaded" Afghanistan, 1979); ``context``: one must be in the sentence."""

    name: str
    years: tuple[int, ...]
    context: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    item: Any


class Lexicon:
    """Whole-word phrase matching, case-sensitive or not per phrase, in one pass per case."""

    def __init__(self, phrases: Iterable[tuple[str, Any, bool]]):
        #: (key, items) per case, in insertion order: ``Lexicons`` merges them into shared automata.
        self.keys: dict[bool, dict[str, list[Any]]] = {False: {}, True: {}}
        for phrase, item, nocase in phrases:
            key = phrase.lower() if nocase else phrase
            keys = self.keys[nocase]
            items = keys.get(key)
            if items is None:
                items = keys[key] = []
            items.append(item)
        #: This lexicon's own automata (exact, folded), built on the first ``find``: the rules scan
        #: with ``Lexicons.scan``'s merged ones, so building these at load would be wasted time.
        self._autos: tuple[ahocorasick.Automaton, ahocorasick.Automaton] | None = None

    def _automata(self) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
        if self._autos is None:
            autos = []
            for nocase in (False, True):
                auto = ahocorasick.Automaton()
                for key, items in self.keys[nocase].items():
                    auto.add_word(key, (len(key), items))
                if len(auto):
                    auto.make_automaton()
                autos.append(auto)
            self._autos = (autos[0], autos[1])
        return self._autos

    def find(self, text: str, folded: str | None = None) -> list[Hit]:
        """Every whole-word occurrence in ``text`` (``folded``: its same-length lower-case form)."""
        hits: list[Hit] = []
        exact, nocase = self._automata()
        for auto, hay in ((exact, text), (nocase, folded if folded is not None else fold(text))):
            if not len(auto):
                continue
            for last, (n, items) in auto.iter(hay):
                start = last - n + 1
                if _is_word_edge(text, start - 1) and _is_word_edge(text, last + 1):
                    hits.extend(Hit(start, last + 1, it) for it in items)
        hits.sort(key=lambda h: (h.start, -h.end))
        return hits


def _is_word_edge(text: str, i: int) -> bool:
    return i < 0 or i >= len(text) or not (text[i].isalnum() or text[i] == "_")


def fold(text: str) -> str:
    """``text`` in lower case, keeping its length (so offsets stay valid)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True)
class Lexicons:
    entities: Lexicon       # -> Entity (things that exist from a start year)
    defunct: Lexicon        # -> Entity with an end (West Germany, Soviet Union)
    surnames: Lexicon       # -> Person
    events: Lexicon         # -> Event
    conflicts: Lexicon      # -> Event (years: the war's possible start years)
    #: Several lexicons' phrases of one case in one automaton: key -> (length, [(lexicon, items)]),
    #: built on first use for each (case, lexicons) asked for.
    _merged: dict[tuple[bool, tuple[str, ...]], ahocorasick.Automaton | None] = field(
        default_factory=dict, repr=False, compare=False)
    #: The last year for which ``offices`` lists every term (a later return is unknown).
    offices_through: int = 0

    names: ClassVar[tuple[str, ...]] = ("entities", "defunct", "surnames", "events", "conflicts")

    def _automaton(self, nocase: bool, names: tuple[str, ...]) -> ahocorasick.Automaton | None:
        key = (nocase, names)
        if key not in self._merged:
            merged: dict[str, list[tuple[str, list[Any]]]] = {}
            for name in names:
                for phrase, items in getattr(self, name).keys[nocase].items():
                    merged.setdefault(phrase, []).append((name, items))
            auto = ahocorasick.Automaton()
            for phrase, groups in merged.items():
                auto.add_word(phrase, (len(phrase), groups))
            if len(auto):
                auto.make_automaton()
            self._merged[key] = auto if len(auto) else None
        return self._merged[key]

    def has_case(self, name: str, nocase: bool) -> bool:
        """Whether lexicon ``name`` has phrases matched without (``nocase``) or with case."""
        return bool(getattr(self, name).keys[nocase])

    def scan(self, text: str, folded: str | None, nocase: bool, names: tuple[str, ...] = names,
             start: int = 0, end: int | None = None) -> dict[str, list[Hit]]:
        """The whole-word hits of one case of the lexicons ``names``, in one pass: ``{name: hits}``.

        A lexicon's hits are those of ``Lexicon.find`` for that case, in the same order
        (the automaton's); merge both cases and sort to get ``find``'s result. With
        ``start``/``end``, only the hits inside ``text[start:end]``.
        """
        auto = self._automaton(nocase, names)
        out: dict[str, list[Hit]] = {}
        if auto is None:
            return out
        hay = (folded if folded is not None else fold(text)) if nocase else text
        n_text = len(text)
        for last, (n, groups) in auto.iter(hay, start, n_text if end is None else end):
            first = last - n + 1
            # ``_is_word_edge`` on both sides, inlined: this loop sees every hit in every article.
            if (first == 0 or not (text[first - 1].isalnum() or text[first - 1] == "_")) and \
                    (last + 1 >= n_text or not (text[last + 1].isalnum() or text[last + 1] == "_")):
                for name, items in groups:
                    hits = out.get(name)
                    if hits is None:
                        hits = out[name] = []
                    hits.extend(Hit(first, last + 1, it) for it in items)
        return out


def _load() -> dict[str, Any]:
    return read_yaml("eras.yml")


def _phrases(rows: list[dict], make) -> Iterator[tuple[str, Any, bool]]:
    for row in rows:
        item = make(row)
        for phrase in row["match"]:
            yield str(phrase), item, bool(row.get("nocase", False))


@cache
def lexicons() -> Lexicons:
    """All era lexicons, built once per process."""
    data = _load()
    entities = Lexicon(_phrases(data["entities"], lambda r: Entity(r["name"], int(r["start"]))))
    defunct = Lexicon(_phrases(
        data["defunct"], lambda r: Entity(r["name"], int(r["start"]), int(r["end"]), r.get("now"),
                                          tuple(r.get("context") or ()))))
    people = [
        Person(str(r["surname"]), tuple(str(f) for f in r.get("first") or ()),
               tuple(Term(tuple(t["title"]), int(t["years"][0]), int(t["years"][1])) for t in r["terms"]),
               bool(r.get("final", False)))
        for r in data["offices"]
    ]
    surnames = Lexicon((p.surname, p, False) for p in people)
    events = Lexicon(
        (str(phrase), Event(r["name"], (int(r["year"]),), tuple(r.get("context") or ())), True)
        for r in data["events"] for phrase in r["match"]
    )
    conflicts = Lexicon(
        (str(phrase), Event(r["name"], tuple(int(y) for y in r["start"]), tuple(r.get("context") or ())), True)
        for r in data["conflicts"] for phrase in r["match"]
    )
    return Lexicons(entities, defunct, surnames, events, conflicts,
                    offices_through=int(data.get("offices_complete_through", 0)))
