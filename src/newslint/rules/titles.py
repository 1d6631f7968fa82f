"""NL301 mistranslated-title: a title that is wrong for the body, country or organisation named.

Machine translation decomposes compounds and takes a word's commonest sense: Norwegian
*visetalsperson* becomes "Deputy Speaker", *høytstående* "high", German *Innenminister* a
British "Interior Minister". Following docs/domain.md §3a, each lexicon entry
(``data/titles.yml``) says which contexts make the title wrong and which make it right, and
the context is resolved from what is nearby: cue phrases (a ministry, a parliament, a
country) attached to the title, within a few words of it, in its paragraph or across the
document. "Speaker of the House", a parliament's Deputy Speaker, China's State Councilor
and the Justice Department's Special Counsel stay silent.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from ..document import Document
from ..rule import rule
from ..textscan import FastPattern, folded_text
from ..violation import Span, Violation
from .lexicons import (
    _WORD, NEEDS, CueIndex, Lexicons, TitleEntry, Titles, at_word_boundary, default_lexicons, lexicon_hits,
    lexicons_for, lower_same_length, word_spans,
)

_WHY = {
    "FF": "a false friend",
    "LIT": "a word-for-word translation",
    "CC": "a title this country does not have",
    "ORD": "in the source language's word order",
    "REG": "not the usual English form",
}
_PREV_WORD = re.compile(r"([\w’'-]+)\s+$")
#: Between a title and a cue placed after it: an optional name, then "of/at/for/from the".
#: Not "to/with/in the": "invited Speaker Mike Johnson to the White House", "Secretary of
#: State James Baker, in Germany" name where the person goes or is, not what the title is of.
_AFTER = re.compile(
    r"(?:,?\s+(?:[A-Z][\w’'.-]*|de|van|von|al|bin|el|la|le|da)){0,5}?,?\s+(?P<prep>of|at|for|from)\s+"
    r"(?:the\s+)?(?P<lead>(?:(?:[A-Z][\w.’']*|[a-z]+'s|[a-z]+’s)\s+){0,2})"
)
#: A personal name right after a title: "Speaker Mike Johnson", "Minister President Benjamin".
_NAME_AFTER = re.compile(r"\s+(?:(?:Sir|Dame|Dr|Lord|Lady|Mr|Mrs|Ms)\.?\s+)?[A-Z][a-z][\w’'.-]*")
#: Up to two name tokens between a title and a cue that follows it ("Minister President
#: Benjamin Netanyahu").
_NAME_GAP = re.compile(r"^(?:\s+[A-Z][\w’'.-]*){0,2}\s+$")
#: Possessive or hyphen after a cue: it modifies the next noun ("at the Foreign Office's
#: conference").
_POSSESSIVE = re.compile(r"['’]s\b|-[A-Za-z]")
#: A title that ends "of (the) NOUN" (chairman of the government, head of the board)...
#: (The optional word is a capitalised modifier, "of the Belarusian government": case-sensitive.)
_OF_END = re.compile(r"\bof (?:the )?(?-i:[A-Z][a-z]+ )?[\w-]+$", re.IGNORECASE)
_BODY = (r"(?:committee|commission|council|panel|task ?force|taskforce|agency|body|board|group|inquiry|review|"
         r"team|department|office|programme|program|fund|authority|scheme|delegation|unit|company|corporation|"
         r"bank|trust|institute|foundation|service|watchdog|regulator)s?\b")
#: ...followed by "'s <Name or body>", a hyphen or a body noun is part of a longer noun phrase:
#: "chairman of [the government's Joint Committee]", "chairman of [the government-owned bank]",
#: "head of [the board's audit committee]", "chairman of [the government advisory panel]".
_LONGER_NP = re.compile(
    r"-[A-Za-z]|['’]s\s+(?:[A-Z]|(?:[a-z]+\s+)?" + _BODY + r")|\s+(?:(?:advisory|expert|scientific|special|"
    r"independent|joint|working|steering)\s+)?" + _BODY
)
#: A writer glossing a foreign title: "formally the Marshal of the Sejm", "literally the president
#: of the government", "the formal title of President of the Council of Ministers", "the post is
#: called". Not a bare "called": in news it is mostly "phoned" ("Sanchez called the Minister of ...").
_GLOSS_BEFORE = re.compile(
    r"\b(?:literally|formally|officially|known as|so-called|(?:is|was|are|were) called|called it|styled|titled|"
    r"title of|translates? (?:as|to)|"
    r"translated as|rendered as|meaning)\s+(?:(?:the|a|an)\s+)?[\"“‘']?$")
_QUOTES = {'"': '"', "“": "”", "‘": "’", "'": "'"}
#: Between a cue and a title placed after it: "'s", a country adjective, "the".
_BEFORE_GAP = re.compile(r"^(?:['’]s)?(?:\s+(?:[A-Z][\w.’']*|deputy|chief|top|senior|the))*\s*$")


@rule(code="NL301", name="mistranslated-title", severity="warning")
def mistranslated_title(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A title that is wrong for its context: `Deputy Speaker ... of the State Department`.

    ## What it catches
    Titles a translation engine gets wrong, judged by the organisation, body or country
    named next to them: a ministry's "speaker" (spokesperson), "Special Counselor for
    Afghan Peace" (special envoy), "high government department official" (senior State
    Department official), the UN's "General Secretary" (Secretary-General), "US Foreign
    Minister" or "State Secretary" (Secretary of State), a British "Interior Minister" (Home
    Secretary), "chairman of the government" (prime minister), "Prime Minister of Germany"
    (Chancellor), "head of the board" (chief executive),
    a football club's "trainer" (manager), "General Major" (Major General), and the rest of
    the lexicon in `newslint/data/titles.yml` (a rules file's `lexicons: titles:` adds entries).

    ## Why it matters
    A wrong title misinforms: it gives a person a job they do not hold, or an office that
    does not exist in that country. It is also the clearest mark of unedited machine
    translation.

    ## Example
    ```
    "We are ready," said Deputy Speaker Robert Palladino of the State Department.
    ```
    is reported: a ministry has a deputy spokesperson. "Speaker of the House Nancy Pelosi",
    "Speaker Mike Johnson ... to the White House", "a keynote speaker at the Foreign Office",
    "the Duma's Deputy Speaker", "China's State Councilor Wang Yi", "Special Counsel Robert
    Mueller", "chairman of the government's vaccine committee" (a longer name) and "the
    Communist Party's General Secretary" pass, and so does a foreign title the writer
    explains ("formally the Marshal of the Sejm", "literally the president of the
    government", a title in quotes).

    ## How to silence
    `<!-- newslint: disable-next-line NL301 -->` above the paragraph, or `ignore: [NL301]`.
    """
    lexicons = lexicons_for(options)
    yield from check_titles(doc, lexicons.titles, lexicons)


def check_titles(doc: Document, titles: Titles, lexicons: Lexicons | None = None) -> Iterator[Violation]:
    """The rule's body, for any merged title lexicon (see ``lexicons.load_titles``); given the
    run's :class:`Lexicons` they belong to, the forms come from the NL3xx rules' shared pass."""
    text = doc.text
    low = folded_text(doc)
    if lexicons is None and titles is default_lexicons().titles:
        lexicons = default_lexicons()
    raw = lexicon_hits(doc, low, lexicons).titles if lexicons is not None else None
    hits = list(_candidates(text, titles, low, raw))
    if not hits:
        return
    cues = titles.cues.find(text)
    taken: list[Span] = []
    for start, end, entry in sorted(hits, key=lambda h: (h[0], -(h[1] - h[0]))):
        span = Span(start, end)
        if any(span.overlaps(t) for t in taken):
            continue
        if entry.not_after and _after_any(text, start, entry.not_after):
            continue
        if _OF_END.search(text, start, end) and _LONGER_NP.match(text, end):
            continue
        if _glossed(text, start, end):
            continue
        reason = _judge(doc, text, span, entry, cues)
        if reason is None:
            continue
        taken.append(span)
        found = text[start:end]
        why = _WHY.get(entry.why, "wrong here")
        note = f" ({entry.note})" if entry.note else ""
        yield Violation("NL301", span, f"'{found}'{reason} is {why}; English copy says '{entry.correct}'{note}")


def _glossed(text: str, start: int, end: int) -> bool:
    """Is the title explained as a foreign term rather than used: in quotes ("the 'President of the
    Government'") or after "literally", "formally", "known as", "the title of"?"""
    close = _QUOTES.get(text[start - 1]) if start else None
    if close is not None and text.startswith(close, end):
        return True
    return _GLOSS_BEFORE.search(text, max(0, start - 40), start) is not None


def _word_before(text: str, pos: int) -> str:
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    return m.group(1) if m else ""


#: Words looked past for an entry's ``not_after``: "Belgium's former vice-premier".
_MODIFIERS = frozenset({"former", "Former", "then", "new", "acting", "Acting", "outgoing", "first", "First"})


def _after_any(text: str, pos: int, words: frozenset[str]) -> bool:
    """Is the word before ``pos`` (or before a "former", "acting", ... there) one of ``words``?"""
    m = _PREV_WORD.search(text, max(0, pos - 30), pos)
    if m is None:
        return False
    if m.group(1) in words:
        return True
    if m.group(1) in _MODIFIERS:
        return _word_before(text, m.start()) in words
    return False


def _candidates(text: str, titles: Titles, low: str | None = None,
                raw: Iterable[tuple[int, Any]] | None = None) -> Iterator[tuple[int, int, TitleEntry]]:
    """Every form of the lexicon in ``text`` (``low``: its same-length lower case), then every regex match.

    One automaton pass finds the forms and which ``needs`` words are present (``raw``: that
    pass's hits, when made already); a regex entry runs only when one of its words is,
    scanned with its :class:`FastPattern`.
    """
    low = lower_same_length(text) if low is None else low
    scan = titles.scan if titles.scan is not None else titles.forms
    present: dict[str, list[int]] = {}  # ``needs`` word -> where it ends
    if raw is None and scan is not None:
        raw = scan.iter(low)
    if raw is not None:
        entries = titles.entries
        n_text = len(text)
        for end_idx, values in raw:
            for key_len, (i, form) in values:
                if i == NEEDS:
                    present.setdefault(form, []).append(end_idx)
                    continue
                start, end = end_idx - key_len + 1, end_idx + 1
                entry = entries[i]
                # at_word_boundary, inlined: this loop runs for every form in every article.
                if (start and text[start - 1].isalnum()) or (end < n_text and text[end].isalnum()):
                    continue
                if entry.case_sensitive and text[start:end].replace("\n", " ") != form:
                    continue
                yield start, end, entry
    # (With the scan, only the entries that need no word or one present: most need a word.)
    for i in titles.regex_entries if titles.scan is None else titles.regex_entries_for(present):
        entry = titles.entries[i]
        if entry.needs and titles.scan is not None:
            ends = [e for n in entry.needs for e in present.get(n, ())]
            if ends:
                finder = titles.finder(i)
                yield from ((a, b, entry) for a, b in _matches_near(text, finder.pattern, ends, finder))
            continue
        if entry.needs and not any(n in low for n in entry.needs):
            continue
        for m in titles.finder(i).finditer(text):
            yield m.start(), m.end(), entry


#: A title regex's match holds one of its ``needs`` words: it is looked for this far around them.
NEAR = 120


def _matches_near(text: str, regex: re.Pattern, ends: list[int],
                  finder: FastPattern | None = None) -> Iterator[tuple[int, int]]:
    """``regex``'s matches around the given offsets (windows that overlap are merged), each
    checked on the whole text (a window's edge could change what a lookahead or ``\\b``
    sees). A regex run over a few hundred characters instead of the article: the entries
    whose words are common ("minister", "government") cost several times less. ``finder``
    (``regex`` as a :class:`FastPattern`, same matches) scans a window without trying the
    leading look-behinds at every position ("(?<!fitness )(?<!personal )...trainer")."""
    scan = (finder or regex).finditer
    seen: set[tuple[int, int]] = set()
    n_text = len(text)
    ends.sort()
    lo, hi = max(0, ends[0] - NEAR), min(n_text, ends[0] + NEAR)
    windows: list[tuple[int, int]] = []
    for end in ends[1:]:
        if end - NEAR <= hi:
            hi = min(n_text, end + NEAR)
        else:
            windows.append((lo, hi))
            lo, hi = max(0, end - NEAR), min(n_text, end + NEAR)
    windows.append((lo, hi))
    for lo, hi in windows:
        for m in scan(text, lo, hi):
            full = regex.match(text, m.start())
            if full is not None and full.span() not in seen:
                seen.add(full.span())
                yield full.span()


def _judge(doc: Document, text: str, span: Span, entry: TitleEntry, cues: CueIndex) -> str | None:
    """Why the title is wrong here (a message fragment), or None when it is not."""
    lo, hi = _window(text, span, entry.window)
    if entry.right:
        if entry.right_scope == "paragraph":
            block = doc.block_at(span.start)
            r_lo, r_hi = (block.span.start, block.span.end) if block else (lo, hi)
        elif entry.right_scope == "document":
            r_lo, r_hi = 0, len(text)
        else:
            r_lo, r_hi = lo, hi
        if entry.right & _kinds_outside(cues, r_lo, r_hi, span):
            return None
    if entry.right_document and entry.right_document & {h[2] for h in cues.hits if not _inside(h, span)}:
        return None
    if entry.mode == "always":
        return ""
    if entry.mode == "window":
        near = [h for h in cues.within(lo, hi) if h[2] in entry.wrong and not _inside(h, span)]
        return f" (next to '{text[near[0][0]:near[0][1]]}')" if near else None
    if entry.mode == "document":
        kind = next((k for k in entry.wrong if cues.count(k) >= entry.min_cues), None)
        return f" (in a story with {kind.replace('_', ' ')} cues)" if kind else None
    # attached. A capitalised title before a personal name is the office's own title ("Speaker
    # Mike Johnson"): a cue after the name behind "at/for/from" ("... at the White House")
    # attaches only in a story with no "right" cue anywhere.
    via = _VIA
    if entry.right and _named(text, span) and entry.right & _kinds_outside(cues, 0, len(text), span):
        via = ("of",)
    cue = _attached(text, span, cues, entry.wrong, via)
    return f" (next to '{text[cue[0]:cue[1]]}')" if cue else None


def _window(text: str, span: Span, n: int) -> tuple[int, int]:
    """From the ``n``-th word before the span (counting the word it starts in) to the ``n``-th
    word after it, as :func:`_window_of` finds them in the text's :func:`word_spans`.

    Found by scanning only around the span (a title is judged in a few articles, but the word
    list of a whole article costs ~0.1 ms). A scan starts where no word is cut (after a
    non-word character), so it meets the very words the whole-text scan does."""
    if n < 1:
        words = word_spans(text)
        return _window_of(span, n, words, [w[0] for w in words])
    # lo: the start of the (n+1)-th last word starting at or before span.start (or of the first word).
    back = 16 * (n + 1)
    while True:
        a = max(0, span.start - back)
        while a > 0 and _WORD_CHAR.match(text, a - 1):
            a -= 1
        starts = [m.start() for m in _WORD.finditer(text, a, span.start + 1)]
        if len(starts) > n or a == 0:
            break
        back *= 4
    lo = starts[-(n + 1)] if len(starts) > n else (starts[0] if starts else span.start)
    # hi: the end of the n-th word starting at or after span.end (or of the text's last word).
    b = span.end
    while b > 0 and _WORD_CHAR.match(text, b - 1):
        b -= 1
    last = None
    count = 0
    for last in _WORD.finditer(text, b):
        if last.start() >= span.end:
            count += 1
            if count == n:
                break
    hi = last.end() if last is not None else span.end
    return min(lo, span.start), max(hi, span.end)


#: A character of :func:`lexicons.word_spans`' words (``_WORD``).
_WORD_CHAR = re.compile(r"[\w’'-]")


def _window_of(span: Span, n: int, words: list[tuple[int, int]], starts: list[int]) -> tuple[int, int]:
    """The window of :func:`_window` in a whole text's ``words`` (``starts``: their starts)."""
    i = bisect.bisect_right(starts, span.start) - 1
    j = bisect.bisect_left(starts, span.end)
    lo = words[max(0, i - n)][0] if words else span.start
    hi = words[min(len(words) - 1, j + n - 1)][1] if words and j + n - 1 >= 0 else span.end
    return min(lo, span.start), max(hi, span.end)


def _inside(hit: tuple[int, int, str], span: Span) -> bool:
    return span.start <= hit[0] and hit[1] <= span.end


def _kinds_outside(cues: CueIndex, lo: int, hi: int, span: Span) -> set[str]:
    """Cue kinds in [lo, hi), not counting a cue that is the title itself ("Speaker")."""
    return {h[2] for h in cues.within(lo, hi) if (h[0], h[1]) != (span.start, span.end)}


def _named(text: str, span: Span) -> bool:
    """A capitalised title followed by a personal name ("Speaker Mike Johnson")."""
    return text[span.start].isupper() and _NAME_AFTER.match(text, span.end) is not None


def _attached_before(text: str, span: Span, cues: CueIndex, kinds: frozenset[str]) -> tuple[int, int, str] | None:
    """A cue of ``kinds`` right before the title, in its own noun phrase ("Kremlin speaker")."""
    for hit in reversed(cues.within(max(0, span.start - 60), span.start)):
        if hit[2] in kinds and _BEFORE_GAP.match(text[hit[1]:span.start]):
            return hit
    return None


_VIA = ("of", "at", "for", "from")


def _attached(text: str, span: Span, cues: CueIndex, kinds: frozenset[str],
              via: tuple[str, ...] = _VIA) -> tuple[int, int, str] | None:
    """A cue of ``kinds`` right before the title, or after it (and a name) behind 'of the'
    (or another preposition of ``via``)."""
    hit = _attached_before(text, span, cues, kinds)
    if hit:
        return hit
    for hit in cues.within(span.end, span.end + 80):  # the name right after it: "Education Minister Ruth Kelly"
        if hit[0] <= span.end + 40 and hit[2] in kinds and _NAME_GAP.match(text[span.end:hit[0]] or " "):
            return hit
    m = _AFTER.match(text, span.end, min(len(text), span.end + 80))
    if m:
        # The cue starts right after "of the", or after up to two words ("of the US State Department").
        for hit in cues.within(m.start("lead"), m.end() + 60) if m.group("prep") in via else ():
            if hit[0] <= m.end() and hit[2] in kinds:
                if m.group("prep") != "of" and _POSSESSIVE.match(text, hit[1]):
                    continue  # "a speaker at the Foreign Office's conference"
                return hit
    return None


RULES = (mistranslated_title,)
