"""Era inference: the window of years ``[lo, hi]`` an article can date from.

With a date (front matter or ``--date``) the era is that year. Without one, every clue in
the text becomes *evidence*: a set of year intervals with a weight (domain.md §4):

* explicit years ("in 2004", "by 2006"), read by the tense of their clause: a past-tense
  year says "this year or a little later", a future one "this year or a little earlier";
* arithmetic: "almost 40 years since the Red Army invaded" → 1979 + 37..40;
* office-holders: "President Trump" → 2017-21 or 2025-29 (shifted by "last year", and
  "former President X" → after X took office);
* entities with known start years ("the euro", "blog", "Six Nations").

The window is the run of years with the largest total weight: a weighted interval vote,
swept once over the intervals' end points, so a lone wrong year cannot outvote a cluster of
consistent clues. Rules call :func:`infer_era` with ``without=`` to leave out the clue
they are judging (a year must not vouch for itself). Everything here is one linear pass
over the text plus a fixed-size sweep; nothing reads the clock.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from .document import Document
from .era_data import Event, Hit, Lexicons, Person, lexicons
from .textscan import FastPattern, clause_at, folded_text, per_document, sentence_at, tense_of
from .violation import Span

ERA_MIN, ERA_MAX = 1000, 2100

# -- weights of each kind of clue (see the module doc) --------------------------------------
W_YEAR, W_YEAR_BOUND, W_ENTITY, W_DECADE, W_OFFICE, W_ARITHMETIC = 1.0, 0.5, 2.0, 0.5, 2.0, 3.0
#: A year value counts at most this many times, however often it is repeated.
MAX_MENTIONS_PER_YEAR = 3


@dataclass(frozen=True, slots=True)
class Evidence:
    """One clue: the era lies in the union of ``intervals`` (inclusive years), with ``weight``."""

    kind: str  # date | year | decade | entity | office | arithmetic
    intervals: tuple[tuple[int, int], ...]
    weight: float
    span: Span | None
    note: str
    year: int | None = None  # the year a "year" clue mentions (for leaving it out)
    #: The interval's end is only a preference, not a bound (a past-tense year: "2004 or a bit later").
    soft_end: bool = False


@dataclass(frozen=True)
class Era:
    """An article's era: ``lo``/``hi`` are inclusive years, ``None`` when open-ended."""

    lo: int | None
    hi: int | None
    source: str  # "date" or "text"
    evidence: tuple[Evidence, ...] = ()
    #: ``hi`` is set by a clue that bounds the era (a date, a future year, a term of office,
    #: arithmetic), not only by the preference for recent past years.
    firm_hi: bool = True

    @property
    def label(self) -> str:
        if self.lo is not None and self.hi is not None:
            return str(self.lo) if self.lo == self.hi else f"{self.lo}-{self.hi}"
        if self.lo is not None:
            return f"{self.lo} or later"
        if self.hi is not None:
            return f"{self.hi} or earlier"
        return "unknown"

    def __str__(self) -> str:
        return self.label

    def contains(self, year: int, slack: int = 0) -> bool:
        lo = -10**9 if self.lo is None else self.lo - slack
        hi = 10**9 if self.hi is None else self.hi + slack
        return lo <= year <= hi


@dataclass(frozen=True, slots=True)
class YearMention:
    """An explicit year in the text and the tense of its clause (past, future or none)."""

    year: int
    span: Span
    sentence: Span
    tense: str
    named: bool = False  # the year names an event ("the 2012 Olympic bid"): weak era evidence


# -- patterns (compiled once) ------------------------------------------------------------------
#: A four-digit year 1000-2099 standing alone (not "1,905", "2000m", "$1900", "1.2005", "1990s").
YEAR = re.compile(r"(?<![\w$£€¥#.,:])(1[0-9]{3}|20[0-9]{2})(?![\w%]|[.,:]\d)")
#: :data:`YEAR` scanned from its first digit (the look-behind first costs 4x).
YEARS = FastPattern(YEAR)
#: "the 1990s", "the 1900s" (a decade, or a century when it ends in 00).
DECADE = re.compile(r"(?<![\w$£€'’])(1[0-9]{2}0|20[0-9]0)s\b")
_DECADES = FastPattern(DECADE)  # likewise
#: Words after a number that make it a count, not a year ("1500 people", "1900 new jobs").
_COUNT_AFTER = re.compile(
    r"\s*(?:(?:new|more|extra|additional|fewer|other|full-time|part-time)\s+)?"
    r"(?:people|persons|jobs|staff|workers|employees|members|fans|troops|soldiers|police|officers|pupils|"
    r"students|children|votes|seats|points|runs|miles|"
    r"metres|meters|yards|feet|ft|km|kilometres|tonnes|tons|barrels|homes|houses|cars|vehicles|units|"
    r"copies|shares|calories|words|pages|acres|hectares|sq|square|cases|deaths|patients|visitors|users|"
    r"customers|subscribers|players|matches|hours|minutes|days|weeks|months|pounds|dollars|euros|yen|"
    r"kg|kilos|lb|cc|mph|bhp)\b")
#: A year in a name: "the 2012 Olympic bid", "the 2006 World Cup", "Euro 2004" (a capitalised word follows).
_NAME_AFTER = re.compile(r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December|The|A|In|But|And|He|She|It|They|We|I)\b)[A-Z][a-z]")
#: A clock time, never a year: "1945 GMT", "by 1700 local time".
_CLOCK_AFTER = re.compile(r"\s*(?:GMT|BST|CET|CEST|EST|EDT|PST|UTC|hrs|hours GMT|local time|h\b)")
_YEAR_PREP_BEFORE = re.compile(
    r"(?:\b(?:in|since|by|from|until|till|during|of|before|after|early|late|mid|the|January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\s+)$", re.IGNORECASE)





_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "one hundred": 100,
}
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
NUMBER = (rf"\d{{1,3}}|(?:{_TENS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|"
          r"a hundred|one hundred|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
          r"nineteen|ten|one|two|three|four|five|six|seven|eight|nine")
_QUALIFIER = (r"almost|nearly|about|around|some|roughly|approximately|more than|over|just over|just under|"
              r"less than|under|close to|fully|exactly|precisely|a full")
#: "nearly 40 years have gone by since", "30 years after", "20 years ago", "25 years on": found by
#: the cheap "years ... since" anchor, then the number is read backwards from it.
YEARS_REL = re.compile(r"\byears?\s+(?:(?:have|has|had)\s+)?(?:now\s+)?(?:(?:passed|elapsed|gone by)\s+)?"
                       r"(?P<rel>since|after|ago|on)\b")  # run on the folded (lower-case) text
_YEARS_REL = FastPattern(YEARS_REL)
YEARS_NUMBER = re.compile(rf"(?:\b(?P<q>{_QUALIFIER})\s+)?(?<!\d\s)\b(?P<n>{NUMBER})\s+$", re.IGNORECASE)
#: "the 25th anniversary of".
ANNIVERSARY = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\b", re.IGNORECASE)
_QUAL_RANGE = {
    "almost": (-3, 0), "nearly": (-3, 0), "just under": (-2, 0), "close to": (-3, 0), "less than": (-3, 0),
    "under": (-3, 0), "about": (-2, 2), "around": (-2, 2), "some": (-2, 2), "roughly": (-2, 2),
    "approximately": (-2, 2), "more than": (0, 4), "over": (0, 4), "just over": (0, 2),
}
FORMER = re.compile(r"\b(?:former|ex-|then|the late|late|one-time|onetime|previous|outgoing|retired)\s*"
                    r"(?:[A-Z][\w.'’-]*\s+){0,3}$", re.IGNORECASE)
LAST_YEAR = re.compile(r"\blast year\b", re.IGNORECASE)


def number_value(word: str) -> int | None:
    w = word.lower().strip()
    if w.isdigit():
        return int(w)
    if w in _NUMBER_WORDS:
        return _NUMBER_WORDS[w]
    parts = re.split(r"[- ]", w)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return None




#: The lexicons every article is scanned for (NL403, NL404); the others only when an era is inferred.
_ACTORS = ("defunct", "surnames")
_OTHERS = tuple(n for n in Lexicons.names if n not in _ACTORS)


@per_document
def _actor_hits(doc: Document) -> dict[str, list[Hit]]:
    """Defunct states and office-holders' surnames (case-sensitive), in one pass over the text."""
    known = _exact_hits.peek(doc)
    if known is not None:  # the pass over every lexicon has found them already
        return {name: known[name] for name in _ACTORS if name in known}
    return lexicons().scan(doc.text, None, nocase=False, names=_ACTORS)


@per_document
def _exact_hits(doc: Document) -> dict[str, list[Hit]]:
    """Every lexicon's case-sensitive phrases: one pass over the text for all of them (a pass
    costs the same however many phrases it looks for), or for the others when the actors'
    own pass has been made."""
    actors = _actor_hits.peek(doc)
    if actors is not None:
        return {**lexicons().scan(doc.text, None, nocase=False, names=_OTHERS), **actors}
    return lexicons().scan(doc.text, None, nocase=False, names=Lexicons.names)


@per_document
def _folded_hits(doc: Document) -> dict[str, list[Hit]]:
    """The case-insensitive phrases of every era lexicon, in one pass over the folded text."""
    return lexicons().scan(doc.text, folded_text(doc), nocase=True)


def lexicon_hits(doc: Document, name: str) -> list[Hit]:
    """``lexicons().<name>.find(doc.text)``, from the shared passes (a case a lexicon lacks is not scanned)."""
    lex = lexicons()
    hits: list[Hit] = []
    if lex.has_case(name, False):
        hits.extend((_actor_hits if name in _ACTORS else _exact_hits)(doc).get(name, ()))
    if lex.has_case(name, True):
        hits.extend(_folded_hits(doc).get(name, ()))
    hits.sort(key=_hit_order)
    return hits


def _hit_order(h: Hit) -> tuple[int, int]:
    return h.start, -h.end


@per_document
def entity_hits(doc: Document) -> tuple[Hit, ...]:
    """Entities with a start year (``era_data.Entity``) named in the text."""
    return tuple(lexicon_hits(doc, "entities"))


def entity_hits_in(doc: Document, lo: int, hi: int) -> list[Hit]:
    """The :func:`entity_hits` that start in ``[lo, hi)``; scans only that stretch when the
    whole text has not been scanned yet (a rule's test on one sentence)."""
    known = entity_hits.peek(doc)
    if known is not None:
        return [h for h in known if lo <= h.start < hi]
    lex = lexicons()
    end = min(len(doc.text), hi + _longest_entity())
    hits: list[Hit] = []
    for nocase in (False, True):
        if lex.has_case("entities", nocase):
            hits.extend(lex.scan(doc.text, folded_text(doc) if nocase else None, nocase, ("entities",),
                                 lo, end).get("entities", ()))
    hits = [h for h in hits if h.start < hi]
    hits.sort(key=_hit_order)
    return hits


@functools.cache
def _longest_entity() -> int:
    return max((len(k) for nocase in (False, True) for k in lexicons().entities.keys[nocase]), default=0)


@per_document
def defunct_hits(doc: Document) -> tuple[Hit, ...]:
    """Defunct states (``era_data.Entity`` with an end) named in the text (with their context words)."""
    present: dict[tuple[str, ...], bool] = {}  # each entity's context looked for once, not per hit
    out = []
    for h in lexicon_hits(doc, "defunct"):
        ctx = h.item.context
        if ctx and ctx not in present:
            present[ctx] = any(_word_re(c).search(doc.text) for c in ctx)
        if not ctx or present[ctx]:
            out.append(h)
    return tuple(out)


@per_document
def year_spans(doc: Document) -> tuple[tuple[int, int, int], ...]:
    """``(year, start, end)`` of every explicit year in the text (not counts or clock times).

    The cheap part of :func:`year_mentions`: rules read it to find their candidates before
    paying for the tense of every year.
    """
    return _spans(doc.text, _year_matches(doc.text))


#: The two shapes a :data:`YEAR` can start with, each led by a literal: ``re`` finds a literal
#: prefix ~5x faster than the character class that leads the alternation (or :data:`YEARS`).
_YEAR_STARTS = (re.compile(r"1[0-9]{3}"), re.compile(r"20[0-9]{2}"))


def _year_matches(text: str) -> Iterator[re.Match]:
    """``YEAR.finditer(text)``, matched only where one of :data:`_YEAR_STARTS` starts. Exact: a
    year is four digits with no word character before them, so it cannot start inside the
    four digits of an earlier (non-overlapping) hit of its own shape, and years never overlap."""
    starts = [m.start() for rx in _YEAR_STARTS for m in rx.finditer(text)]
    starts.sort()
    match = YEAR.match
    for p in starts:
        m = match(text, p)
        if m is not None:
            yield m


#: A year of the next century ("2122"): beyond :data:`ERA_MAX`, never an era clue, but a rule
#: may judge one (a year slipped a century forward).
FAR_YEAR = re.compile(r"(?<![\w$£€¥#.,:])(21[0-9]{2})(?![\w%]|[.,:]\d)")
_FAR_YEARS = FastPattern(FAR_YEAR)


@per_document
def far_year_spans(doc: Document) -> tuple[tuple[int, int, int], ...]:
    """``(year, start, end)`` of every year 2100-2199 in the text, filtered as :func:`year_spans`."""
    return _spans(doc.text, _FAR_YEARS.finditer(doc.text))


def _spans(text: str, matches: Iterable[re.Match]) -> tuple[tuple[int, int, int], ...]:
    out: list[tuple[int, int, int]] = []
    for m in matches:
        start, end = m.span()
        if _CLOCK_AFTER.match(text, end):
            continue
        if _COUNT_AFTER.match(text, end) and not _YEAR_PREP_BEFORE.search(text, max(0, start - 12), start):
            continue
        out.append((int(m.group(1)), start, end))
    return tuple(out)


@per_document
def year_mentions(doc: Document) -> tuple[YearMention, ...]:
    """Every explicit year in the text, with the tense of its clause."""
    text = doc.text
    out: list[YearMention] = []
    for year, start, end in year_spans(doc):
        sent = sentence_at(doc, start)
        clause = clause_at(text, sent, start, end)
        out.append(YearMention(year, Span(start, end), sent, tense_of(doc, clause, start, end),
                               named=bool(_NAME_AFTER.match(text, end))))
    return tuple(out)


# -- evidence ----------------------------------------------------------------------------------
def _year_evidence(mentions: Iterable[YearMention]) -> Iterator[Evidence]:
    seen: dict[int, int] = {}
    for ym in mentions:
        seen[ym.year] = seen.get(ym.year, 0) + 1
        if seen[ym.year] > MAX_MENTIONS_PER_YEAR:
            continue
        y = ym.year
        if ym.named:  # "the 2012 Olympic bid", "the 1989 Hillsborough disaster": near, either side
            yield Evidence("year", ((y - 8, y + 15),), W_YEAR_BOUND, ym.span, f"{y} (in a name)", y, soft_end=True)
        elif ym.tense == "past":
            yield Evidence("year", ((y, y + 2),), W_YEAR, ym.span, f"{y} (past)", y, soft_end=True)
            yield Evidence("year", ((y, ERA_MAX),), W_YEAR_BOUND, ym.span, f"{y} (past)", y)
        elif ym.tense == "future":
            yield Evidence("year", ((y - 3, y),), W_YEAR, ym.span, f"{y} (future)", y)
            yield Evidence("year", ((ERA_MIN, y),), W_YEAR_BOUND, ym.span, f"{y} (future)", y)
        else:
            yield Evidence("year", ((y - 2, y + 2),), W_YEAR, ym.span, str(y), y)


def _decade_evidence(doc: Document) -> Iterator[Evidence]:
    if "0s" not in doc.text:
        return
    for m in _DECADES.finditer(doc.text):
        d = int(m.group(1))
        if d >= 1900 and d % 100:
            yield Evidence("decade", ((d, ERA_MAX),), W_DECADE, Span(m.start(), m.end()), f"the {d}s")


def _entity_evidence(doc: Document) -> Iterator[Evidence]:
    seen: set[str] = set()
    for hit in entity_hits(doc):
        ent = hit.item
        if ent.name in seen:
            continue
        seen.add(ent.name)
        yield Evidence("entity", ((ent.start, ERA_MAX),), W_ENTITY, Span(hit.start, hit.end),
                       f"{ent.name} ({ent.start}-)")


@per_document
def office_mentions(doc: Document) -> tuple[tuple[Hit, Person, list[tuple[int, int]], bool], ...]:
    """Titled office-holders: (surname hit, person, terms' year intervals, ``former``)."""
    return tuple(_office_mentions(doc))


_FORENAME_BEFORE = re.compile(r"[A-Z][a-z]+\s$")


def _office_mentions(doc: Document) -> Iterator[tuple[Hit, Person, list[tuple[int, int]], bool]]:
    text = doc.text
    for hit in lexicon_hits(doc, "surnames"):
        person: Person = hit.item
        # Speed: a term needs one of its titles in ``before`` (below), which lies within the 90
        # characters before the name; most surnames ("Brown", "Martin") have none there, and
        # skip the sentence look-up.
        lo = max(0, hit.start - 90)
        if not any(text.find(t, lo, hit.start) != -1 for t in person.titles):
            continue
        sent = sentence_at(doc, hit.start)
        before = text[max(sent.start, lo):hit.start]
        # Forenames right before the surname ("Sergei Lavrov", "George W Bush").
        first = ""
        for f in person.first_longest:
            if before.endswith(f + " "):
                first = f
                break
        if person.first and not first and _FORENAME_BEFORE.search(before) and \
                _title_start(before, person.titles) is None:
            continue  # another forename: another person of that surname
        head = before[: len(before) - len(first) - 1] if first else before
        spans: list[tuple[int, int]] = []
        former = False
        for term in person.terms:
            start = _title_start(head, term.titles)
            if start is not None:
                former = former or bool(FORMER.search(head, 0, start))
                spans.append((term.start, term.end))
        if spans:
            yield hit, person, spans, former


#: What may follow a title before the name: "for Afghan Peace", "of the Interior", a comma.
_AFTER_TITLE = re.compile(r"(?:\s+(?:for|of|to|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?,?\s+$")


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


def _title_start(head: str, titles: tuple[str, ...]) -> int | None:
    """Where the leftmost of ``titles`` starts that ends ``head`` (the text before a name):
    "President ", "Special Counselor for Afghan Peace, "; None if none does.

    The regex search ``\b(?:title|...)`` + :data:`_AFTER_TITLE` would say the same, but a
    fresh process would compile one such regex per office-holder met (~0.35 ms each, ~15 ms
    over a run), so each title is found with ``str.find`` and only what follows is a regex.
    """
    best: int | None = None
    for title in titles:
        at = head.find(title)
        while at != -1 and (best is None or at < best):
            # ``\b`` before the title: a word character on one side of ``at`` only.
            boundary = (at > 0 and _is_word(head[at - 1])) != (at < len(head) and _is_word(head[at]))
            if boundary and _AFTER_TITLE.match(head, at + len(title)):
                best = at
                break
            at = head.find(title, at + 1)
    return best


def _office_evidence(doc: Document) -> Iterator[Evidence]:
    by_hit: dict[int, tuple[Hit, list[tuple[int, int]], bool]] = {}
    for hit, _person, spans, former in office_mentions(doc):
        # "President Bush" names either Bush: the clue is the union of both men's terms.
        _, known, was_former = by_hit.get(hit.start, (hit, [], False))
        by_hit[hit.start] = (hit, known + spans, was_former or former)
    seen: set[tuple] = set()
    for hit, spans, former in by_hit.values():
        surname = doc.text[hit.start:hit.end]
        sent = sentence_at(doc, hit.start)
        shift = 1 if LAST_YEAR.search(doc.text, sent.start, sent.end) else 0
        if former:
            intervals: tuple[tuple[int, int], ...] = ((min(a for a, _ in spans) + 1, ERA_MAX),)
            note = f"former {surname} (after {min(a for a, _ in spans)})"
        else:
            intervals = tuple(sorted({(a + shift, b + shift) for a, b in spans}))
            note = f"{surname} in office ({', '.join(f'{a}-{b}' for a, b in intervals)})"
        if (surname, intervals) in seen:
            continue
        seen.add((surname, intervals))
        yield Evidence("office", intervals, W_OFFICE, Span(hit.start, hit.end), note)


def event_hits(doc: Document, conflicts: bool = False) -> tuple[Hit, ...]:
    """Dated events (or wars) named in the text whose context words are in their sentence."""
    return _conflict_hits(doc) if conflicts else _event_hits(doc)


def _hits_in_context(doc: Document, hits: Iterable[Hit], whole_doc: bool) -> tuple[Hit, ...]:
    out: list[Hit] = []
    for hit in hits:
        ev: Event = hit.item
        if ev.context:
            scope = Span(0, len(doc.text)) if whole_doc else sentence_at(doc, hit.start)
            if not any(_word_re(c).search(doc.text, scope.start, scope.end) for c in ev.context):
                continue
        out.append(hit)
    return tuple(out)


@per_document
def _event_hits(doc: Document) -> tuple[Hit, ...]:
    return _hits_in_context(doc, lexicon_hits(doc, "events"), whole_doc=False)


@per_document
def _conflict_hits(doc: Document) -> tuple[Hit, ...]:
    return _hits_in_context(doc, lexicon_hits(doc, "conflicts"), whole_doc=True)


@functools.cache
def _word_re(word: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(word)}\b")


def _arithmetic_evidence(doc: Document) -> Iterator[Evidence]:
    text = doc.text
    folded = folded_text(doc)
    for r in _YEARS_REL.finditer(folded) if "year" in folded else ():
        m = YEARS_NUMBER.search(text, max(0, r.start() - 40), r.start())
        if m is None:
            continue
        n = number_value(m.group("n"))
        if n is None or n > 200 or n == 0:
            continue
        q = (m.group("q") or "").lower()
        lo_off, hi_off = _QUAL_RANGE.get(q, (0, 1))
        sent = sentence_at(doc, m.start())
        rel = r.group("rel").lower()
        anchor: int | None = None
        what = ""
        end = r.end()
        if rel in ("since", "after"):
            tail_end = min(sent.end if sent.end > end else end + 100, end + 100)
            ym = YEARS.search(text, end, tail_end)
            ev = next((h for h in event_hits(doc) if end <= h.start < tail_end), None)
            if ev is not None and (ym is None or ev.start < ym.start()):
                anchor, what = ev.item.years[0], ev.item.name
            elif ym is not None and ym.start() - end < 40:
                anchor, what = int(ym.group(1)), ym.group(1)
        else:  # "20 years ago", "20 years on": the nearest explicit year before it in the sentence
            found = list(YEARS.finditer(text, sent.start, m.start()))
            if found:
                anchor, what = int(found[-1].group(1)), found[-1].group(1)
        if anchor is None:
            continue
        base = anchor + n
        yield Evidence("arithmetic", ((base + lo_off, base + hi_off),), W_ARITHMETIC, Span(m.start(), r.end()),
                       f"{text[m.start():r.end()]} {what} → {base + lo_off}-{base + hi_off}")
    for m in ANNIVERSARY.finditer(folded) if "anniversary" in folded else ():
        n = int(m.group("n"))
        ym = YEARS.search(text, m.end(), m.end() + 60)
        ev = next((h for h in event_hits(doc) if m.end() <= h.start < m.end() + 60), None)
        anchor = ev.item.years[0] if ev is not None else (int(ym.group(1)) if ym else None)
        if anchor is not None:
            base = anchor + n
            yield Evidence("arithmetic", ((base - 1, base),), W_ARITHMETIC, Span(m.start(), m.end()),
                           f"{m.group(0)} ({anchor}) → {base}")


@per_document
def text_evidence(doc: Document) -> tuple[Evidence, ...]:
    """Every era clue in the text (the date is not one: :func:`infer_era` handles it)."""
    return (*_year_evidence(year_mentions(doc)), *_decade_evidence(doc), *_entity_evidence(doc),
            *_office_evidence(doc), *_arithmetic_evidence(doc))


def best_window(evidence: Iterable[Evidence], min_score: float = 0.9) -> tuple[int, int, float] | None:
    """The run of years with the greatest total weight, as ``(lo, hi, score)``."""
    points: dict[int, float] = {}
    for ev in evidence:
        for a, b in ev.intervals:
            a, b = max(a, ERA_MIN), min(b, ERA_MAX)
            if a <= b:
                points[a] = points.get(a, 0.0) + ev.weight
                points[b + 1] = points.get(b + 1, 0.0) - ev.weight
    if not points:
        return None
    # Sweep the breakpoints: the score is constant on [x_i, x_{i+1}).
    xs = sorted(points)
    runs: list[tuple[int, int, float]] = []
    score = 0.0
    for x, nxt in zip(xs, xs[1:]):
        score += points[x]
        runs.append((x, nxt - 1, score))
    best = max(r[2] for r in runs)
    if best < min_score:
        return None
    # Tied best runs (an office held twice, "President Bush" for either Bush) give their hull.
    tied = [r for r in runs if r[2] > best - 1e-9]
    return tied[0][0], tied[-1][1], best


def infer_era(doc: Document, without: Callable[[Evidence], bool] | None = None) -> Era | None:
    """The article's era: its date's year, else the best window of the text's evidence.

    ``without`` drops clues (e.g. the year a rule is judging). ``None`` when there is no clue.
    """
    if doc.date is not None:
        y = doc.date.year
        return Era(y, y, "date", (Evidence("date", ((y, y),), 100.0, None, f"date {doc.date.isoformat()}"),))
    evidence = [e for e in text_evidence(doc) if without is None or not without(e)]
    window = best_window(evidence)
    if window is None:
        return None
    lo, hi, _ = window
    used = tuple(e for e in evidence if any(a <= lo and hi <= b for a, b in e.intervals))
    firm = any(not e.soft_end and any(a <= lo and hi <= b < ERA_MAX for a, b in e.intervals) for e in used)
    return Era(None if lo == ERA_MIN else lo, None if hi == ERA_MAX else hi, "text", used, firm)


@per_document
def doc_era(doc: Document) -> Era | None:
    """:func:`infer_era` with every clue, cached per document."""
    return infer_era(doc)


def century_of(year: int) -> int:
    """The ordinal century of ``year`` (2018 → 21, 1900 → 19)."""
    return (year - 1) // 100 + 1
