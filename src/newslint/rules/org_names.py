"""NL302 inconsistent-org-name: one organisation named several ways in one article.

Machine translation renders a name afresh each time it meets it: the reference article says
"High Peace Council", "High Council of Peace" and "right-wing peace council" for one body.
Two sources of variants, both judged within the article:

* the article itself: every capitalised name ending in an organisation noun ("Treasury
  Select Committee", "Labour Party") and every "Head of Name" form ("Committee of Treasury
  Select", "Party of Labour") is reduced to its bag of content words; a bag that occurs in
  both word orders is one organisation named two ways, and the rarer order (on a tie, the
  "of" order, which English uses less) is reported with the first mention of the other as
  related information. Heads whose two orders are both normal English ("Ministry of
  Defence" / "Defence Ministry") are skipped;
* a lexicon (``data/org_names.yml``) of known MT variants: reported when another form of
  the same organisation is in the article, or always when the organisation has no such name
  ("US Foreign Ministry", "League of Champions").
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from ..document import Document
from ..rule import rule
from ..textscan import FastPattern, folded_text
from ..violation import Span, Violation
from .lexicons import (
    Lexicons, Orgs, at_word_boundary, default_lexicons, default_titles, lexicon_hits, lexicons_for, lower_same_length,
)

_CAP = r"[A-Z][\w’'&-]*"
_STOP = frozenset("of for the and & de".split())
#: Sentence-initial or function words that are capitalised but not part of a name.
_NOT_NAME = frozenset("""The A An This That These Those Its His Her Their Our My Your In On At For From By With
    And But Or As When While If After Before Since During Under Over Into Mr Mrs Ms Dr Sir Lord Lady""".split())


@dataclass(frozen=True, slots=True)
class _Mention:
    span: Span
    bag: frozenset[str]   # content words, lower-cased, apostrophes dropped
    of_form: bool         # "Council of Peace" (True) or "Peace Council" (False)


@cache
def _head_pattern(heads: frozenset[str]) -> FastPattern:
    """The heads as one pattern, scanned from their first letters (a leading ``\\b`` costs 3x)."""
    return FastPattern(r"\b(?:" + "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True)) + r")\b")


_OF_TAIL = re.compile(rf"\s+of\s+(?:the\s+)?({_CAP}(?:[ \t]+{_CAP}){{0,3}})")
_CAP_WORD = re.compile(_CAP + "$")


def _words_before(text: str, pos: int, most: int = 5) -> list[tuple[str, int]]:
    """Up to ``most`` capitalised words directly before ``pos`` (same line), with offsets."""
    out: list[tuple[str, int]] = []
    i = pos
    while len(out) < most:
        j = i
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == i and i != pos:
            break
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        word = text[k:j]
        if not word or not _CAP_WORD.match(word):
            break
        out.append((word, k))
        i = k
    out.reverse()
    while out and out[0][0] in _NOT_NAME:
        out.pop(0)
    return out


@cache
def _places() -> frozenset[str]:
    """Country and nationality words: "Communist Party of China" and "China's Communist Party" are both fine."""
    phrases = default_titles().cues.phrases
    return frozenset(p.lower() for kind in ("non_uk_country", "uk", "us") for p in phrases.get(kind, ()))


def _word(w: str) -> str:
    """'Council’s' -> 'council', "Students'" -> 'students'."""
    w = w.lower()
    for suffix in ("'s", "’s"):
        if w.endswith(suffix):
            w = w[: -len(suffix)]
    return w.replace("’", "").replace("'", "")


#: Home-nation words, which the country cues leave out.
_NATIONS = frozenset("england english scotland scottish wales welsh ireland irish british northern".split())


def _qualifier(text: str, words: list[tuple[str, int]], places: frozenset[str]) -> frozenset[str] | None:
    """What dropping ``words`` (the capitalised words before a name) leaves out: their country
    words if every one is a country, a nation or a possessive ("China's", "United States",
    "Welsh"), or a word capitalised only because it opens the sentence ("Several"); None when
    they make another name of it ("Imperial College", "National")."""
    if not words:
        return frozenset()
    if _SENTENCE_OPEN.search(text, max(0, words[0][1] - 4), words[0][1]):
        words = words[1:]
        if not words:
            return frozenset()
    names = [_word(w) for w, _ in words]
    if " ".join(names) in places or words[-1][0].endswith(_POSSESSIVE):  # "United Nations'"
        return frozenset([" ".join(names)])
    if all(n in places or n in _NATIONS for n in names):
        return frozenset(names)
    return None


_POSSESSIVE = ("'s", "’s", "s'", "s’")
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?\n][\"”’']?\s*|[\"“‘(]\s*)$")


def _content(words: list[str]) -> list[str]:
    return [_word(w) for w in words if w.lower() not in _STOP]


@rule(code="NL302", name="inconsistent-org-name", severity="warning")
def inconsistent_org_name(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """One organisation named several ways in one article: `High Council of Peace` and `High Peace Council`.

    ## What it catches
    An organisation's name whose words come back reordered later in the same article
    ("Treasury Select Committee" ... "Committee of Treasury Select", "Labour Party" ...
    "Party of Labour"), and known machine-translation variants of a name used in the article
    ("right-wing peace council" next to "High Peace Council"). Names an organisation does
    not have at all ("US Foreign Ministry", "League of Champions") are reported wherever they
    occur. The first mention of the other form is given as related information. The known
    variants are in `newslint/data/org_names.yml`; a rules file's `lexicons: org-names:` adds more.

    ## Why it matters
    Readers take two names for two organisations. Inconsistent naming is a terminology
    error (MQM) and a sign that each sentence was translated on its own.

    ## Example
    ```
    Kabul sent the High Peace Council. ... said Habiba Sarabi of the High Council of Peace.
    ```
    reports "High Council of Peace". "Ministry of Defence" next to "Defence Ministry", and
    "Communist Party of China" next to "China's Communist Party", pass; so do two bodies
    whose names share words but differ by more than a country or possessor in front
    ("National Union of Students" and "Imperial College Students' Union"), or name
    different countries.

    ## How to silence
    `<!-- newslint: disable-next-line NL302 -->` above the paragraph, or `ignore: [NL302]`.
    """
    lexicons = lexicons_for(options)
    yield from check_org_names(doc, lexicons.orgs, lexicons)


def check_org_names(doc: Document, orgs: Orgs, lexicons: Lexicons | None = None) -> Iterator[Violation]:
    """The rule's body, for any merged organisation lexicon (see ``lexicons.load_orgs``); given
    the run's :class:`Lexicons` they belong to, the variants come from the NL3xx shared pass."""
    text = doc.text
    reported: list[Span] = []
    low = folded_text(doc)
    if lexicons is None and orgs is default_lexicons().orgs:
        lexicons = default_lexicons()
    hits = lexicon_hits(doc, low, lexicons) if lexicons is not None else None
    for v in _lexicon_variants(text, orgs, low, hits.orgs if hits is not None else None):
        reported.append(v.span)
        yield v
    for v in _reordered(text, orgs, hits.heads if hits is not None else None):
        if not any(v.span.overlaps(r) for r in reported):
            reported.append(v.span)
            yield v


def _lexicon_variants(text: str, orgs: Orgs, low: str | None = None,
                      raw: Iterable[tuple[int, Any]] | None = None) -> Iterator[Violation]:
    """Known variants (``raw``: the automaton's hits on the lower-cased text, when found already)."""
    if orgs.variants is None:
        return
    low = lower_same_length(text) if low is None else low
    found = []
    for end_idx, values in raw if raw is not None else orgs.variants.iter(low):
        for key_len, var in values:
            start, end = end_idx - key_len + 1, end_idx + 1
            seen = text[start:end].replace("\n", " ")  # as lexicon_hits reads it: hard wraps are spaces
            if at_word_boundary(text, start, end) and seen[1:] == var.variant[1:]:
                found.append((start, end, var))  # as written, but for the first letter's case
    if not found:
        return
    for start, end, var in found:
        canonical = _first(text, var.canonical)
        others = {v.variant.lower() for s, e, v in found if v.canonical == var.canonical} - {var.variant.lower()}
        if not (var.always or canonical is not None or others):
            continue
        related = (canonical,) if canonical is not None else ()
        if canonical is None and not others:  # "League of Champions", "OTAN": no such English name
            message = f"'{text[start:end]}' is not an English name of this organisation; English copy says '{var.canonical}'"
        else:
            message = f"'{text[start:end]}' is a variant of '{var.canonical}' elsewhere in the article; use one name"
        yield Violation("NL302", Span(start, end), message, related=related)


def _first(text: str, name: str) -> Span | None:
    i = text.find(name)
    while i != -1 and not at_word_boundary(text, i, i + len(name)):
        i = text.find(name, i + 1)
    return Span(i, i + len(name)) if i != -1 else None


def _reordered(text: str, orgs: Orgs, found: list[tuple[int, int]] | None = None) -> Iterator[Violation]:
    """Names built on a head that reappear with their words reordered (``found``: the heads'
    spans, when the NL3xx shared pass found them already)."""
    heads = orgs.heads - orgs.alternating_heads
    if not heads:
        return
    if found is None:
        found = [m.span() for m in _head_pattern(frozenset(heads)).finditer(text)]
    places = _places()
    # Premodified names, every suffix with a modifier: "Welsh Students Rugby Football Union" also
    # counts as "Students Rugby Football Union". "of" names: "(High) Council of Peace".
    # A name's words may be matched without a country or possessive in front of it ("China's
    # Communist Party" ~ "Communist Party of China"), never without other words: "Imperial
    # College Students' Union" and "National Union of Students" are two bodies. The country
    # dropped (or named in an "of" tail) is kept as the name's qualifier, and two names with
    # different qualifiers ("United States Conference of Catholic Bishops", "Catholic Bishops'
    # Conference of England") are two bodies too.
    # Only an "of" name whose tail is more than a place can be reported, and only against a
    # premodified name whose words are its words: for speed, the "of" names are found first
    # (most articles have none: done) and only premodified names on a head among their words are built.
    tails = [_OF_TAIL.match(text, h_end) for _, h_end in found]
    of_names: list[tuple[list[tuple[str, int]], str, int, list[str], int]] = []
    wanted: set[str] = set()  # every word of an "of" name
    for (h_start, h_end), tail in zip(found, tails):
        tail_words = _content(tail.group(1).split()) if tail else []
        if not tail_words or (len(tail_words) == 1 and tail_words[0] in places):
            continue  # "Communist Party of China", "Council of Europe"
        before = _words_before(text, h_start)
        head = _word(text[h_start:h_end])
        of_names.append((before, head, h_start, tail_words, tail.end(1)))
        wanted.update(_content([w for w, _ in before]), tail_words, (head,))
    if not of_names:
        return
    premods: dict[frozenset[str], list[tuple[Span, frozenset[str]]]] = {}
    for (h_start, h_end), tail in zip(found, tails):
        head = _word(text[h_start:h_end])
        if head not in wanted:
            continue  # its names share no "of" name's words
        before = _words_before(text, h_start)
        tail_words = _content(tail.group(1).split()) if tail else []
        own_place = frozenset(tail_words) if tail_words and all(
            w in places or w in _NATIONS for w in tail_words) else frozenset()  # "... of England and Wales"
        for k in range(len(before)):
            dropped = _qualifier(text, before[:k], places)
            if dropped is None:
                continue  # "United" alone is no qualifier, "United Nations'" is
            content = _content([w for w, _ in before[k:]])
            if content:
                premods.setdefault(frozenset(content + [head]), []).append(
                    (Span(before[k][1], h_end), dropped | own_place))
    if not premods:
        return
    ofs: list[tuple[Span, frozenset[str], Span, int]] = []  # span, bag, first same-body name, how many
    for pre, head, head_start, tail, end in of_names:
        for k in range(len(pre) + 1):
            qualifier = _qualifier(text, pre[:k], places)
            if qualifier is None:
                continue
            bag = frozenset(_content([w for w, _ in pre[k:]]) + [head] + tail)
            same = [span for span, q in premods.get(bag, ()) if not (q and qualifier and q != qualifier)]
            if len(bag) >= 2 and same:
                ofs.append((Span(pre[k][1] if k < len(pre) else head_start, end), bag, same[0], len(same)))
                break
    counts = Counter(bag for _, bag, _, _ in ofs)
    for span, bag, first, premodified in ofs:
        if counts[bag] > premodified:
            continue  # the "of" order is the article's usual one
        yield Violation(
            "NL302", span,
            f"'{text[span.start:span.end]}' reorders '{text[first.start:first.end]}', "
            f"named so elsewhere in the article; use one name",
            related=(first,),
        )


RULES = (inconsistent_org_name,)
