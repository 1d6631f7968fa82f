"""NL401-NL402 anachronisms: a century or a year that cannot fit the article's era.

The era comes from :mod:`newslint.era` (the date, else inferred from the text). Each rule
finds candidates, drops the known false-positive shapes (domain.md §4: "a 17th-century
church", "since the 19th century", "the former Soviet Union", "21st Century Fox", historical
features) and reports only what the context says is *current*. Report, never fix: the right
correction ("17-year war", "currently", "2005") needs the source. States and office-holders
out of their time are in :mod:`newslint.rules.anachronism_actors`.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..era import (
    NUMBER, Era, century_of, doc_era, entity_hits, entity_hits_in, event_hits, far_year_spans, infer_era,
    office_mentions, year_mentions, year_spans,
)
from ..textscan import (
    MONTHS, Cues, FastPattern, clause_at, folded_text, is_past_word, sentence_at, tense_of, words_in,
)
from ..rule import rule
from ..violation import Span, Violation

# -- shared word lists (compiled once) -----------------------------------------------------------
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}
#: "the 17th century", "the seventeenth century", "the XVII century", "the 17th-century".
CENTURY = re.compile(
    r"\b(?:(?P<num>\d{1,2})(?:st|nd|rd|th)|(?P<word>" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) +
    r")|(?P<roman>(?-i:[XVI]{2,6}|[XV]))(?:st|nd|rd|th)?)(?P<sep>[- ])(?P<c>[Cc]entury|CENTURY)\b",
    re.IGNORECASE)
_DECADE = FastPattern(r"\b(?:the\s+)(?P<d>1[0-9]{2}0)s\b")
#: The most characters a :data:`CENTURY` match holds before its "century" ("twenty-first ").
_CENTURY_LEAD = max(len(w) for w in _ORDINALS) + 1


def _centuries(text: str, folded: str) -> Iterator[re.Match]:
    """``CENTURY.finditer(text)``, searched only just before each "century" of the lower-case
    ``folded`` text. Speed: the pattern's leading ``\b`` and IGNORECASE make a whole-text scan
    try every position (~0.3 ms an article). Exact: a match ends with its only "century", and
    ``\b`` and the look-behind of a search from ``pos`` still see the text before it."""
    pos = 0
    at = folded.find("century")
    while at != -1:
        m = CENTURY.search(text, max(pos, at - _CENTURY_LEAD), at + 8)  # + 8: "\b" sees the next character
        if m is not None:
            yield m
            pos = m.end()
        at = folded.find("century", at + 7)

PRESENT_AUX = frozenset(
    "is are am has have does do can cannot can't will won't shall must may might should isn't aren't hasn't "
    "haven't doesn't don't 's 're 've".split())
PAST_AUX = frozenset("was were had did could would wasn't weren't hadn't didn't couldn't wouldn't".split())
#: Common present-tense verbs that may follow "X in the 15th century" where "currently" stood.
PRESENT_VERBS = frozenset("""
    live lives work works remain remains stand stands hold holds face faces need needs want wants say says
    make makes take takes get gets go goes come comes see sees know knows think thinks use uses find finds
    give gives tell tells run runs pay pays sell sells buy buys keep keeps play plays win wins lose loses
    lead leads own owns employ employs exclude excludes control controls earn earns spend spends account
    accounts represent represents dominate dominates produce produces operate operates provide provides
    offer offers happen happens exist exists seem seems appear appears look looks sit sits lie lies belong
    belongs include includes contain contains cost costs mean means allow allows require requires expect
    expects plan plans hope hopes stay stays serve serves hold holds enjoy enjoys rank ranks top tops trail
    trails lag lags earn earns charge charges manage manages struggle struggles rely relies depend depends
    """.split())
#: Adverbs that may sit between the century phrase and its verb.
_ADVERBS = frozenset("also still only now already often mostly largely usually generally just even not "
                     "currently".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
#: Temporal or comparative words before "the Nth century" that make it history or rhetoric.
_BEFORE_SUPPRESS = re.compile(
    r"(?:\b(?:since|from|until|till|through|throughout|during|by|to|into|before|after|between|around|circa|"
    r"as early as|as far back as|back to|dating|dates|date|origins? in|built in|founded in|established in|"
    r"built|founded|established|written|painted|composed|made|created|constructed|invented|discovered|"
    r"born|died|living in|lives in|live in|stuck in|belongs? in|back in|out of|like|worthy of|relic of|"
    r"throwback to|trapped in|mired in|turn of|end of|start of|beginning of|middle of|half of|part of|"
    r"early|mid|late)\s+(?:the\s+)?|\bthe\s+(?:early|mid|late|mid-)\s*)$",
    re.IGNORECASE)
#: Words in the sentence that mark history or heritage (domain.md §4 suppressors).
HISTORY_CUE = Cues(
    "histor*|medieval|mediaeval|empire|emperor|tsar|czar|dynasty|treaty of|centuries|ancient|monarch*|reign*|"
    "king|kings|pharaoh|crusade|crusades|renaissance|reformation|baroque|gothic|tudor|elizabethan|victorian|"
    "georgian|architect*|built|founded|dating|dates back|origin|origins|originally|tradition|traditions|"
    "traditional|heritage|castle|castles|cathedral|church|abbey|monaster*|palace|manuscript|manuscripts|paint*|"
    "poet|poetry|composer|archaeolog*|excavat*|ruins|legend*|myth*|*-old|museum|antique|antiquit*|vintage|era|ages|"
    "set in|opera|novel|period drama|costume drama|tale|exhibition|portrait|biopic")
#: Nouns that the period itself qualifies: "life in the 16th century is ...".
_PERIOD_TOPIC = re.compile(
    r"\b(?:life|living|people|society|women|men|children|medicine|science|art|music|literature|trade|travel|"
    r"religion|warfare|education|childhood|marriage|fashion|architecture|Europe|England|the world|cities|"
    r"towns|villages|farming|food|diet)\s+$", re.IGNORECASE)
#: Nouns a mangled "N-year war" sits on ("the diplomatic front of the 17th century").
_WAR_NOUN = re.compile(
    r"\b(?:front|forefront|frontline|war|wars|conflict|battle|fight|fighting|struggle|campaign|insurgency|"
    r"rebellion|uprising|revolt|occupation|crisis|stage|table)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_NOW_CUE = Cues(
    "today|now|currently|at present|this week|this month|this year|on monday|on tuesday|on wednesday|"
    "on thursday|on friday|on saturday|on sunday|monday's|tuesday's|wednesday's|thursday's|friday's|"
    "saturday's|sunday's|yesterday|tomorrow")

def _words_before(text: str, lo: int, pos: int, n: int) -> list[str]:
    return [m.group(0) for m in _WORD.finditer(text, max(lo, pos - 80), pos)][-n:]


def words_after(text: str, pos: int, hi: int, n: int) -> list[tuple[str, int]]:
    out = []
    for m in _WORD.finditer(text, pos, hi):
        out.append((m.group(0), m.start()))
        if len(out) == n:
            break
    return out


def _is_past_word(w: str) -> bool:
    lw = w.lower()
    return lw in PAST_AUX or is_past_word(lw)


def slot_tense(text: str, clause: Span, prep_start: int, end: int) -> str:
    """Tense of the verb the period phrase ``[prep_start, end)`` attaches to.

    ``present`` / ``past`` when an auxiliary or verb sits right before it ("are in the 16th
    century promoting") or is the first verb after it ("in the 12th century has"),
    ``attributive`` when a noun follows it directly ("the 19th century novel"), else ``none``.
    """
    before = [w.lower() for w in _words_before(text, clause.start, prep_start, 3)]
    while before and before[-1] in _ADVERBS:
        before.pop()  # "prices are still in the 15th century rising"
    if before:
        b = before[-1]
        if b in PRESENT_AUX:
            return "present"
        if b in PAST_AUX:
            return "past"
    if text[max(0, prep_start - 2):prep_start].strip() == ",":
        # Set off by commas ("The liner, in the 14th century off Mexico, is ..."): the verb
        # follows the closing comma.
        close = text.find(",", end, clause.end)
        if close != -1:
            end = close
    comma = text.startswith(",", end)
    after = words_after(text, end, clause.end, 10)
    for i, (w, pos) in enumerate(after):
        if i == 0 and not comma and text[end:pos].strip():
            return "none"  # punctuation right after the phrase: it ends a clause
        lw = w.lower()
        if lw in _ADVERBS:
            continue
        if lw in PRESENT_AUX or lw in PRESENT_VERBS:
            return "present"
        if _is_past_word(lw):
            return "past"
        if i == 0 and not comma:
            return "none" if w[0].isupper() or lw in ("and", "or", "but", "as", "when", "with", "in", "on",
                                                      "at", "for", "to", "of", "by", "that", "which", "who") \
                else "attributive"
        if not comma:
            return "none"
    return "none"


#: With no era at all, only a century this old can be reported (any news article is from the
#: 20th century or later, and the one before may still be "ours" for an article of the 1990s).
_UNDATED_MAX_CENTURY = 18
#: "the 1970s again", "the 1970s all over again": a comparison with the decade.
_AGAIN_AFTER = re.compile(r",?\s+(?:all over again|again|once more|once again)\b", re.IGNORECASE)
#: "still in the 1950s", "back in the 1970s", "stuck in the 1980s": rhetoric about a decade.
_STILL_BEFORE = re.compile(r"\b(?:still|back|stuck|living|trapped|frozen)\s+(?:firmly\s+|very\s+much\s+)?(?:in\s+)?$",
                           re.IGNORECASE)


def _participle_before(text: str, lo: int, prep_start: int) -> bool:
    """A past participle governs the period phrase: "drafted in the 19th century", or a clause set
    off by a comma and opened by one (", drafted largely by hand in the 19th century,")."""
    before = _words_before(text, lo, prep_start, 1)
    if before and before[0].lower() not in PAST_AUX and _is_past_word(before[0]):
        return True
    comma = text.rfind(",", lo, prep_start)
    if comma == -1:
        return False
    words = [w.lower() for w, _p in words_after(text, comma + 1, prep_start, 12)]
    if not words or words[0] in PAST_AUX or words[0] in ("said", "told", "ago", "last") or \
            not _is_past_word(words[0]):
        return False
    # No finite verb of its own between the participle and the period ("..., warned the bank is in").
    return not any(w in PRESENT_AUX or w in PAST_AUX or w in PRESENT_VERBS for w in words[1:])


#: A fighting noun right before "of the Nth century": the conflicts whose start the article may state.
_FIGHT_NOUN = re.compile(r"\b(?:war|wars|conflict|fighting|insurgency|rebellion|uprising|revolt|occupation|"
                         r"battle|struggle)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_FIGHT = (r"war|wars|conflict|fighting|fought|insurgency|insurgents|rebellion|rebels|uprising|revolt|revolution|"
          r"occupation|violence|unrest|jihadists?|militants?|intervention|offensive|invasion|civil war")
_START_YEAR = rf"(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?(?P<y>(?:19|20)\d{{2}})\b"
#: The article's own statement of a conflict's start: "the insurgency, which began in 2012", "fighting
#: jihadists since 2012", "Since 2012, the insurgency ...", "the 2012 uprising".
_CONFLICT_START = (
    re.compile(rf"\b(?:{_FIGHT})\b[^.;!?]{{0,60}}?\b(?:since|(?:began|begun|started|erupted|broke out|flared|"
               rf"beginning|starting|launched)(?:\s+up)?\s+in)\s+{_START_YEAR}", re.IGNORECASE),
    re.compile(rf"\b[Ss]ince\s+{_START_YEAR},?[^.;!?]{{0,60}}?\b(?:{_FIGHT})\b", re.IGNORECASE),
    re.compile(r"\bthe\s+(?P<y>(?:19|20)\d{2})\s+(?:[A-Za-z-]+\s+){0,2}?(?:uprising|rebellion|revolt|revolution|"
               r"invasion|insurgency|war|conflict|coup|offensive|intervention)\b", re.IGNORECASE),
)


def _war_arithmetic(doc: Document, era: Era, n: int, head: str = "") -> str | None:
    """The war whose start is the era's year minus ``n`` (a mangled "n-year war"), if any: a war
    of :data:`eras.yml` named in the article, or, on a fighting noun ("the insurgency of the 10th
    century"), a conflict whose start year the article itself states."""
    years = {y for y in (era.lo, era.hi) if y is not None}
    for hit in event_hits(doc, conflicts=True):
        for start in hit.item.years:
            if any(abs(y - n - start) <= 1 for y in years):
                return f"{start}, start of the {hit.item.name}"
    if not _FIGHT_NOUN.search(head):
        return None
    text = doc.text
    for pattern in _CONFLICT_START:
        for m in pattern.finditer(text):
            start = int(m.group("y"))
            if any(abs(y - n - start) <= 1 for y in years):
                return f"{start}: '{' '.join(m.group(0).split())}'"
    return None


def contemporary_anchor(doc: Document, sent: Span, after_year: int) -> bool:
    """An incumbent, a "now"/"today"/weekday, or an entity that only exists after ``after_year``."""
    if _NOW_CUE.find(words_in(doc, sent.start, sent.end)):
        return True
    if any(sent.start <= h.start < sent.end and h.item.start > after_year for h in entity_hits(doc)):
        return True
    return any(sent.start <= hit.start < sent.end and not former for hit, _p, _s, former in office_mentions(doc))


def _oldest_year_mentioned(doc: Document) -> int | None:
    return min((y for y, _s, _e in year_spans(doc)), default=None)


# -- NL401 ---------------------------------------------------------------------------------------
def _century_value(m: re.Match) -> int | None:
    if m.group("num"):
        return int(m.group("num"))
    if m.group("word"):
        return _ORDINALS.get(m.group("word").lower().replace(" ", "-")) or _ORDINALS.get(m.group("word").lower())
    roman = m.group("roman")
    if roman and all(ch in _ROMAN for ch in roman):
        total = 0
        for i, ch in enumerate(roman):
            v = _ROMAN[ch]
            total += -v if i + 1 < len(roman) and _ROMAN[roman[i + 1]] > v else v
        return total
    return None


_THE_BEFORE = re.compile(r"(?:\bthe\s+)?$")
_PREP_BEFORE = re.compile(r"\b([Ii]n|of)\s+$")


@rule(code="NL401", name="century-anachronism", severity="warning")
def century_anachronism(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A century (or decade) that cannot be the time of a present-day statement in the article.

    ## What it catches
    "The 17th century", "the 15th century" or "the 1900s" used for the article's own time:
    `The band are in the 16th century touring Japan` (machine translation of "currently"),
    or `Russia's return to the diplomatic front of the 17th century` in a 2018
    story (the source said "the 17-year war": 2018 − 17 = 2001, when the war began). A century
    is a candidate when it ends two or more centuries before the article's era (the date, or
    the era inferred from the text, see `newslint.era`); it is reported when the verb it sits
    on is in the present tense, or it sits on a war noun whose number matches the years since
    a war named in the article (a known conflict, or one whose start the article states: "the
    fighting began in 2015", "since 2012, the rebels ...", "the 2012 uprising").

    ## Why it matters
    Translation engines turn "currently", "at present" and "17-year" into centuries; the
    result is a false statement that a reader notices at once.

    ## Example
    ```
    Talks in Moscow

    Foreign Minister Sergei Lavrov marked Russia's return to the diplomatic front of the
    17th century. It is nearly 40 years since the Red Army invaded Afghanistan.
    ```
    Reported: "17th century" is inconsistent with the article's era (2016-2019). Silent on
    `a 17th-century church`, `since the 19th century`, `21st Century Fox`, `the 17th
    Amendment`, a past-tense historical sentence, a participle's time (`the rules, drafted
    in the 19th century, are ...`), a comparison (`Britain is in the 1970s again`), an
    article that mentions years of that century, and, when the article has no era clue at
    all, any century after the 18th (the article's own or the one before).

    ## How to silence
    `<!-- newslint: disable-next-line NL401 -->` above the paragraph, a `date:` in front
    matter (or `--date`) if the inferred era is wrong, or `ignore: [NL401]` for history pages.
    """
    text = doc.text
    matches: list[tuple[int, int, int, bool, str]] = []  # start, end, value, hyphenated, kind
    for m in _centuries(text, folded_text(doc)) if "entury" in text or "ENTURY" in text else ():
        c = _century_value(m)
        if c:
            matches.append((m.start(), m.end(), c, m.group("sep") == "-", "century"))
    for m in _DECADE.finditer(text) if "0s" in text else ():
        d = int(m.group("d"))
        if d % 100:  # "the 1900s" may mean the whole century: leave it
            matches.append((m.start("d"), m.end(), d, False, "decade"))
    # Every test that does not need the era comes first: the era is inferred (once) only for a
    # candidate that passes them all, so most articles never pay for it.
    era_known = False
    oldest = _oldest_year_mentioned(doc) if matches else None
    for start, end, c, hyphenated, kind in matches:
        phrase = text[start:end]
        if hyphenated or kind == "century" and not 1 <= c <= 21:
            continue
        # A name ("21st Century Fox", "Twentieth Century Fox"): capitalised Century + capitalised word.
        nxt = words_after(text, end, min(len(text), end + 30), 1)
        if "Century" in phrase and nxt and nxt[0][0][0].isupper() and text[end:nxt[0][1]] == " ":
            continue
        last_year = c * 100 if kind == "century" else c + 9
        if oldest is not None and oldest <= last_year:
            continue  # the article talks about that time itself
        sent = sentence_at(doc, start)
        if HISTORY_CUE.find(words_in(doc, sent.start, sent.end)):
            continue
        # The words before "the Nth century" (and its preposition).
        art = _THE_BEFORE.search(text[max(sent.start, start - 8):start])
        the_start = start - (len(art.group(0)) if art else 0)
        head = text[max(sent.start, the_start - 40):the_start]
        if _BEFORE_SUPPRESS.search(head):
            continue
        clause = clause_at(text, sent, the_start, end)
        prep = _PREP_BEFORE.search(head)
        if prep is None:
            continue  # a subject or an object ("The 19th century is seen as ..."), not the time of the clause
        prep_start = the_start - len(prep.group(0))
        if prep.group(1) in ("in", "In") and _PERIOD_TOPIC.search(head[:-len(prep.group(0))]):
            continue  # "Life in the 16th century is hard to imagine": the period itself is the topic
        in_slot = prep.group(1) in ("in", "In")
        if in_slot and _participle_before(text, clause.start, prep_start):
            continue  # "The rules, drafted in the 19th century, are ...": the participle's time, not the clause's
        if kind == "decade" and (_AGAIN_AFTER.match(text, end) or _STILL_BEFORE.search(text, clause.start, prep_start)):
            continue  # "Britain is in the 1970s again": a comparison, not the time of the clause
        if in_slot:
            # "The band are in the 16th century touring ...": where "currently" stood.
            if slot_tense(text, clause, prep_start, end) != "present":
                continue
        elif kind != "century" or not _WAR_NOUN.search(head):
            continue  # "of the Nth century" counts only on a war noun (below)
        if not era_known:
            era = doc_era(doc)
            lo = era.lo if era is not None else None
            era_known = True
        # A candidate ends two centuries (a decade: 30 years) or more before the era.
        if lo is not None and (c > century_of(lo) - 2 if kind == "century" else last_year > lo - 30):
            continue
        if kind == "decade" and lo is None:
            continue
        if lo is None and c > _UNDATED_MAX_CENTURY:
            continue  # no era: the 19th-21st centuries may be the article's own or the one before
        if in_slot:
            why = "a present-tense statement: a mistranslated 'currently'?"
        else:
            # "the diplomatic front of the 17th century": only a mangled "N-year war" (the
            # article's year minus N is the start of a war it names), never "the greatest
            # painter of the 17th century" or rhetoric.
            arith = _war_arithmetic(doc, era, c, head) if era is not None else None
            if arith is None:
                continue
            why = f"a mangled '{c}-year war'? ({arith})"
        label = era.label if era is not None else "unknown"
        yield Violation("NL401", Span(start, end),
                        f"'{phrase}' is inconsistent with the article's era ({label}): {why}")


# -- NL402 ---------------------------------------------------------------------------------------
_CURRENT_CUE = Cues(
    "this year|next year|current|currently|so far this year|financial year|fiscal|quarter|year-on-year|"
    "the year to|the year ending|full-year|half-year|the year's|for the year|last year|last month|last week|"
    "this month|this week|earlier this year|later this year")
_MONEY = re.compile(r"[$£€¥]\s?\d|\b\d[\d.,]*\s?(?:bn|billion|million|trillion)\b(?!\s+(?:people|persons|lives|deaths|"
                    r"dead|victims|men|women|children|soldiers|refugees|years))|\b\d[\d.]*%|"
                    r"\b(?:euros|dollars|yen|kroner|francs|roubles|rupees|yuan)\b", re.IGNORECASE)
_MONTH_BEFORE = re.compile(rf"\b(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?$|\b\d{{1,2}}\s+(?:{MONTHS})\s+$")
#: "the 27-year-old": a person's age now (not "aged 73", which is often an age back then).
_AGE = re.compile(r"\b(?P<n>\d{1,2})-year-old\b")
_YEAR_PAIR = re.compile(r"[/-](?P<b>\d{4}|\d{2})\b")
#: The year is the subject of a present or future verb: "1906 promises", "1906 will be", "1906 may see".
_YEAR_SUBJECT = re.compile(r"\s+(?:is|will|could|would|may|might|should|looks|promises|offers|brings|marks|"
                           r"sees|has|began|starts|looks)\b", re.IGNORECASE)
_OLD_CUE = Cues(
    "founded|founding|founder|foundation|established|formed|created|built|born|died|death|set up|history|historical|"
    "centenary|centennial|anniversary|century|centuries|records began|first held|inaugurat*|dating|dates back|"
    "origin|origins|oldest|era|victorian|edwardian|pioneer*|invented|invention|patented|opened in|began in|"
    "launched in|war|wartime|earthquake|ago|decades|generation|generations|grandfather|great-grandfather|"
    "ancestor|ancestors|heritage|archive*|vintage|old|to mark|marks the|marking|commemorat*|celebrat*|tribute|"
    "memorial|last won|last time|first time|last title|dates from|date from|dated|treaty|set in|recounts|depicts|"
    "biopic|story of|tale of|life of|portrays|first performed|first published|first staged|first shown|"
    "first played|first introduced|first opened|first appeared|first produced|premiered|published|discovered|"
    "composed|painted")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: "the first powered flight in 1903": a historical first.
_HISTORIC_FIRST = re.compile(
    r"\b(?:the|its|his|her|their)\s+first\s+(?!quarter|half)[^,.;:]{0,40}\bin\s+(?:(?:%s)\s+)?$" % MONTHS)
_MODERN_CENTURY = re.compile(r"\b(?:21st|twenty-first)[- ]century\b", re.IGNORECASE)
#: A centenary or "100 years" anywhere: the article is about the year a century back.
_CENTENARY = re.compile(r"\b(?:centenar\w*|centennial|(?:100|hundred)\s+years|a century|100th)\b", re.IGNORECASE)
#: Substrings of the lower-case text that every :data:`_CENTENARY` match holds. An IGNORECASE
#: search with a leading ``\b`` tries every position (~60 µs an article); these ``in`` tests
#: skip it in most articles. Exact: none of these letters has an odd case-insensitive twin
#: (as "ſ" is for "s" or "K" for "k").
_CENTENARY_NEEDS = ("centen", "100", "hundred", "century")


def _has_centenary(doc: Document) -> bool:
    folded = folded_text(doc)
    return any(k in folded for k in _CENTENARY_NEEDS) and _CENTENARY.search(doc.text) is not None


#: Before the year, a comparison with current figures: "more than in 1903", "compared with 1903 levels".
_COMPARISON_BEFORE = re.compile(r"\b(?:than(?: in)?|as in|compared (?:with|to)|versus|vs\.?|on)\s+$", re.IGNORECASE)
_COMPARISON_AFTER = re.compile(r"\s+(?:levels?|figures?)\b", re.IGNORECASE)
#: "The new captain, who made his debut in 1903": a career event of a person now in the news.
_PERSON_WHO = re.compile(
    r"(?:\b[Tt]he\s+(?:(?:former|new|veteran|young|current|\d{1,2}-year-old)\s+|[A-Z][\w'’-]+\s+){0,3}"
    r"(?:striker|midfielder|defender|goalkeeper|keeper|winger|forward|player|captain|coach|manager|boss|actor|"
    r"actress|singer|star|musician|rapper|presenter|minister|executive|chief|director|chairman|driver|rider|"
    r"champion|athlete|sprinter|runner|batsman|bowler|fly-half|scrum-half|full-back|centre|prop|lock|wing)"
    r"|\b\d{1,2}-year-old|\bM(?:r|rs|s|iss)\.?\s+[A-Z][\w'’-]+),\s+who\s+[^.;:]*$")


#: "the 1918 flu pandemic", "the 1907 panic": the year qualifies a noun, it names a past event.
_ATTRIBUTIVE = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:pandemic|epidemic|flu|panic|crash|crisis|war|"
                          r"revolution|uprising|earthquake|flood|floods|famine|depression|recession|strike|riots?|"
                          r"disaster|fire|election|referendum|treaty|law|act|season|final|tournament|games|"
                          r"olympics|match|voyage|expedition|race|film|novel|book|album|song|edition|original|"
                          r"model|version|outbreak|attack|bombing|massacre|coup|invasion|campaign)\b")
_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+of\s+$")
#: Of those, a disaster or upheaval: "the 1918 flu pandemic" is history wherever it stands.
_PAST_EVENT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}(?:pandemic|epidemic|panic|crash|revolution|uprising|"
                         r"earthquake|famine|depression|massacre|coup|invasion)\b")


def _year_is_a_topic(doc: Document, ym, mentions) -> bool:
    """The same year named elsewhere as a past event of its own: in the headline, as "the 1918 flu
    pandemic" or "the Panic of 1907". A slipped digit happens once; a year the headline or a
    named event repeats is what the story compares with."""
    text = doc.text
    head = doc.headline
    in_head = head is not None and head.start <= ym.span.start < head.end
    if text[max(0, ym.span.start - 4):ym.span.start].lower() == "the " and _PAST_EVENT.match(text, ym.span.end):
        return True
    for o in mentions:
        if o.year != ym.year or o.span == ym.span:
            continue
        if head is not None and (in_head or head.start <= o.span.start < head.end):
            return True  # the headline and the body name it: the story's subject
        if o.named or (text[max(0, o.span.start - 4):o.span.start].lower() == "the " and
                       _ATTRIBUTIVE.match(text, o.span.end)):
            return True
        if _OF_BEFORE.search(text, max(0, o.span.start - 30), o.span.start):
            return True
    return False


#: "In 1918, ...", "In June 1907, ...": a year put first in its sentence, set off by a comma.
_FRONTED = re.compile(rf"(?:[\"“‘']\s*)?In\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?$")


def _fronted_past(doc: Document, ym) -> bool:
    """A past-tense sentence that opens with "In <year>,": the way a story turns to history ("In
    1918, influenza killed ..."); it needs more present-day evidence to be a slipped year."""
    text = doc.text
    return ym.tense == "past" and text.startswith(",", ym.span.end) and \
        _FRONTED.fullmatch(text, ym.sentence.start, ym.span.start) is not None


def _witness(doc: Document, ym, era: Era | None) -> str | None:
    """Something in the year's sentence that cannot coexist with that year: a younger entity or person."""
    sent = ym.sentence
    y = ym.year
    witnesses = [h.item for h in entity_hits(doc) if sent.start <= h.start < sent.end and h.item.start > y + 5]
    if witnesses:
        w = max(witnesses, key=lambda e: e.start)
        return f"{w.name} did not exist before {w.start}"
    if era is not None and era.lo is not None:
        for m in _AGE.finditer(doc.text, sent.start, sent.end):
            age = int(m.group("n"))
            if era.lo - age > y + 5:
                return f"a {age}-year-old in the sentence was born after it"
    return None


def _year_context_score(doc: Document, ym, era: Era | None, witness: str | None) -> tuple[int, list[str]]:
    """How strongly the year's sentence speaks of the article's own time (and not of history)."""
    text = doc.text
    y = ym.year
    sent = ym.sentence
    clause = clause_at(text, sent, ym.span.start, ym.span.end)
    score, why = 0, []
    if ym.tense == "future":
        score += 2
        why.append("future tense")
    elif _YEAR_SUBJECT.match(text, ym.span.end):
        score += 2
        why.append("the year is the subject of a present-day verb")
    if _CURRENT_CUE.find(words_in(doc, clause.start, clause.end)):
        score += 1
        why.append("current-period wording")
    if _MONTH_BEFORE.search(text, max(sent.start, ym.span.start - 20), ym.span.start):
        score += 1
        why.append("a dated recent event")
    if _MONEY.search(text, clause.start, clause.end):
        score += 1
        why.append("current figures")
    if _COMPARISON_BEFORE.search(text, max(sent.start, ym.span.start - 25), ym.span.start) or \
            _COMPARISON_AFTER.match(text, ym.span.end):
        score += 1
        why.append("a comparison with current figures")
    if _PERSON_WHO.search(text, sent.start, ym.span.start):
        score += 2
        why.append("a career event of a person in today's news")
    pair = _YEAR_PAIR.match(text, ym.span.end)
    if pair and era is not None:
        b = pair.group("b")
        later = int(b) if len(b) == 4 else None
        if later is not None and later - y > 50 and era.contains(later, 2):
            score += 3
            why.append(f"paired with {later}")
    if witness:
        score += 3
        why.append(witness)
    mentions = year_mentions(doc)
    if any(abs(o.year - (y + 100)) <= 1 for o in mentions):
        score += 1
        why.append(f"{y + 100} is in the article")
    if era is not None and era.lo is not None:
        if era.hi is not None and era.contains(y + 100, 1):
            score += 2
        else:
            score += 1
        old = {o.year for o in mentions if o.year != y and o.year < era.lo - 30}
        recent = {o.year for o in mentions if o.year >= era.lo - 5}
        if len(old) >= 2:
            score -= 2 if len(old) >= len(recent) else 1
        elif not old:
            score += 1
    else:
        score += 1  # no other year at all: nothing historical in the article
    if _history_near(text, clause, ym.span.start, ym.span.end):
        # History near the year ("founded in 1905", "the first flight in 1903"): not reported,
        # unless the sentence names something that did not exist then and speaks of the present.
        if not witness or score < 5:
            return -10, why
    return score, why


#: "the highest in four decades", "its lowest level for a generation", "the worst in 40 years": a
#: present-day statistic measured against the past, not history ("decades" is an old-time cue).
_SPAN_RECORD = re.compile(
    r"\b(?:highest|lowest|biggest|largest|smallest|fastest|slowest|steepest|sharpest|strongest|weakest|"
    r"worst|best|hottest|coldest|wettest|driest|deepest|most|least|first time)\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:in|for|over)\s+(?:(?:more than|almost|nearly|over|about|around|at least|some|roughly|the past|"
    r"the last)\s+)?(?:a|\d{1,3}|%s|several|many|a few|a couple of)\s+(?:decades?|years?|generations?)\b"
    % NUMBER, re.IGNORECASE)


def _history_near(text: str, clause: Span, start: int, end: int) -> bool:
    """History words around the year at ``[start, end)`` in ``clause`` ("founded in", "the first ... in")."""
    lo = max(clause.start, start - 80)
    window = _MODERN_CENTURY.sub(" ", text[max(clause.start, lo - 14):min(clause.end, end + 40)])
    if "ecade" in window or "ears" in window or "eneration" in window:
        window = _SPAN_RECORD.sub(" ", window)
    return bool(_OLD_CUE.find([w.lower() for w in _WORD.findall(window)]) or _HISTORIC_FIRST.search(
        text, max(clause.start, start - 60), start))


def _only_history(doc: Document, year: int, start: int, end: int) -> bool:
    """The year at ``[start, end)`` has history around it and no possible witness: it scores -10
    whatever the era (see :func:`_year_context_score`), so its era need not be inferred."""
    text = doc.text
    sent = sentence_at(doc, start)
    if not _history_near(text, clause_at(text, sent, start, end), start, end):
        return False
    if _AGE.search(text, sent.start, sent.end):
        return False  # a person's age may date the sentence, depending on the era
    return not any(h.item.start > year + 5 for h in entity_hits_in(doc, sent.start, sent.end))


# -- NL402 forward: "in July 2122" in a 2022 story ---------------------------------------------
#: Right before the year, the time of its clause: "in", "during", "in July", "on 5 July", "1922 and".
_SLOT_BEFORE = re.compile(
    rf"(?:\b(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:{MONTHS})\.?\s+(?:\d{{1,2}},?\s+)?)?|"
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\.?,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?|"
    rf"\b(?:1[0-9]{{3}}|2[01][0-9]{{2}})\s+(?:and|or)\s+(?:in\s+)?)$")
#: A bound, not a time: "until September 2122", "by the end of March 2122".
_BOUND_BEFORE = re.compile(
    rf"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|through|to|[Bb]efore|from|[Aa]fter|between|beyond)\s+"
    rf"(?:the\s+(?:end|start|middle|beginning|close)\s+of\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{MONTHS})\.?,?\s+"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?$")
#: Anywhere in the article: a horizon of a century or more (a time capsule, a centenary, a 100-year
#: bond or lease, climate and population projections) makes a year a century ahead a real one.
_LONG_HORIZON = re.compile(
    r"\b(?:centur(?:y|ies)|centenar\w*|centennial|bicentenar\w*|bicentennial|tercentenar\w*|"
    r"(?:100|hundred)(?:[- ]years?|th)|time[- ]capsules?|from now|years'? time|climate change|"
    r"climate crisis|global warming|sea[- ]levels?|net[- ]zero|science[- ]fiction|sci-fi|dystopi\w+|"
    r"utopi\w+)\b", re.IGNORECASE)
#: In the year's sentence: a projection, a plan, a hope, a long-dated contract or a work of fiction.
_PROJECTION_CUE = Cues(
    "forecast*|project*|predict*|scenario*|estimat*|model*|future|futur*|generation*|plan|plans|planned|"
    "planning|target*|goal*|aim|aims|pledg*|strateg*|roadmap|ambition*|vision|envisag*|imagin*|dream*|hope*|"
    "anniversary|set in|film|films|movie|novel|novels|book|song|songs|album|game|episode|series|fiction|"
    "fictional|story|play|musical|prophe*|fantasy|descendants|grandchildren|lifetime|lifespan|life|lease*|"
    "bond|bonds|gilt*|matur*|expir*|climate|warming|emission*|carbon|glacier*|population*|demograph*|"
    "nuclear waste|waste|storage")


def _forward_shifts(doc: Document, min_score: int = 3) -> Iterator[Violation]:
    """Years a century after a firm era ("in July 2122" in a 2022 story): reported when the
    sentence tells of the present or the past (past tense, a month, "this year", figures).
    A projection, a plan or fiction in the sentence, a century-long horizon anywhere in the
    article, or "by"/"until" before the year (no time slot) leaves it alone. A future-tense
    year of that kind is reported only next to a clear one (a systematic slip)."""
    text = doc.text
    cands = [(y, a, b) for y, a, b in (*year_spans(doc), *far_year_spans(doc))
             if y >= 2030 and _SLOT_BEFORE.search(text, max(0, a - 24), a)
             and not _BOUND_BEFORE.search(text, max(0, a - 40), a)]
    if not cands:
        return
    head = doc.headline
    head_years = {y for y, s, _e in (*year_spans(doc), *far_year_spans(doc))
                  if head is not None and head.start <= s < head.end}
    eras: dict[int, Era | None] = {}
    strong: list[tuple[int, Span, str, str]] = []
    weak: list[tuple[int, Span, str]] = []
    horizon: bool | None = None
    for y, a, b in cands:
        if y in head_years:
            continue  # the headline names it, in any slot: the story's subject ("Letters to 2122")
        if y not in eras:
            era = doc.date and infer_era(doc) or infer_era(doc, without=lambda e, y=y: e.year == y)
            firm = era is not None and era.lo is not None and era.hi is not None and \
                (era.source == "date" or era.firm_hi and era.hi - era.lo <= 3)
            eras[y] = era if firm else None
        era = eras[y]
        if era is None or not era.lo - 2 <= y - 100 <= era.hi + 3:
            continue  # a century slip of a year of the era, or of one just ahead ("cut rates in 2124")
        sent = sentence_at(doc, a)
        if _PROJECTION_CUE.find(words_in(doc, sent.start, sent.end)):
            continue
        if horizon is None:
            horizon = _LONG_HORIZON.search(text) is not None
        if horizon:
            return
        clause = clause_at(text, sent, a, b)
        tense = tense_of(doc, clause, a, b)
        score, why = 0, []
        if tense == "past":
            score += 2
            why.append("past tense")
        if _MONTH_BEFORE.search(text, max(sent.start, a - 20), a):
            score += 2
            why.append("a dated event")
        if _CURRENT_CUE.find(words_in(doc, clause.start, clause.end)):
            score += 1
            why.append("current-period wording")
        if _MONEY.search(text, clause.start, clause.end):
            score += 1
            why.append("current figures")
        if tense != "future" and score >= max(2, min_score - 1):
            strong.append((y, Span(a, b), era.label, ", ".join(why)))
        else:
            weak.append((y, Span(a, b), era.label))
    if not strong:
        return
    for y, span, label, why in strong:
        yield Violation("NL402", span, f"year {y} is a century after the article's era ({label}) in a sentence "
                                       f"about the present or past ({why}); {y - 100}?")
    first = strong[0][0]
    for y, span, label in weak:
        yield Violation("NL402", span, f"year {y} is a century after the article's era ({label}), as is {first} "
                                       f"in the same article; {y - 100}?")


@rule(code="NL402", name="year-shift", severity="warning", options={"min_score": 3})
def year_shift(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A year about a century before the article's era, in a sentence about the article's own time.

    ## What it catches
    An event of the article's time moved back a century: `The carmaker will open two
    plants in 1906` in a 2004-05 story, `the bank earned 2bn euros in 1903`, `the phone
    launched in October 1903` next to 2004 figures. The era is the date, or is inferred from
    the rest of the text with this year left out (other years, "N years since", office-holders,
    entities such as the euro or the internet). A year is reported when year + 100 fits the
    era and its sentence is about the present: future tense, "this year"/"financial year",
    current figures, a month-dated event, or an entity that did not exist in that year.
    The same slip forward is reported too: `Unemployment stood at 3.6% in July 2122` in a
    2022 story, when the era is firm (the date, or a narrow inferred era) and the year's
    sentence is past tense, month-dated, "this year" or figures; a future-tense year of
    that kind only next to such a clear one.

    ## Why it matters
    A slipped digit ("2005" → "1905") or a mistranslated "last year" turns news into
    nonsense, and spell-checkers cannot see it.

    ## Example
    ```
    Carmaker upbeat

    The carmaker made a profit of 1.2bn euros in 2004. It will open two plants in 1906
    and hire 500 staff.
    ```
    Reported: year 1906 is a century before the article's era. Silent on `founded in 1905`,
    `the highest level since 1905` (but `in June 1922, the highest in four decades` is a
    present-day figure and is reported), on articles that mention many old years (history
    features, obituaries), and on a year the story compares with: one the headline and the
    body both name, or one named as an event (`the 1918 flu pandemic`, `the Panic of 1907`).
    A past-tense sentence that opens with the year (`In 1918, influenza killed ...`) is the
    usual turn to history and needs more present-day evidence. A year a century ahead is
    left alone after `by`/`until`, in a projection, plan or work of fiction (`sea levels
    could rise by 2122`, `a novel set in 2122`, a 100-year bond or lease), and in any
    article with a century-long horizon (a time capsule, a centenary, `100 years from now`).

    ## How to silence
    `<!-- newslint: disable-next-line NL402 -->` above the paragraph, or a `date:` in front
    matter if the inferred era is wrong. The option `min_score` (default 3) sets how much
    present-day evidence a year needs: `rules: {NL402: {min_score: 5}}` reports only the
    clearest cases.
    """
    text = doc.text
    min_score = options.get("min_score", 3)
    yield from _forward_shifts(doc, min_score)
    # Candidates from the cheap year scan. Most articles have none, and a year amid history
    # with nothing younger in its sentence scores -10 whatever the era: neither pays for the
    # tense of every year or for an era.
    candidates = {start for y, start, end in year_spans(doc)
                  if 1500 <= y < 1990 and not _SINCE_BEFORE.search(text[max(0, start - 7):start])
                  and not (min_score > -10 and _only_history(doc, y, start, end))}
    if not candidates:
        return
    mentions = year_mentions(doc)
    centenary: bool | None = None  # computed on the first candidate only
    eras: dict[int, Era | None] = {}
    for ym in mentions:
        y = ym.year
        if ym.span.start not in candidates:
            continue
        if y not in eras:  # the era without this year: a year must not vouch for itself
            eras[y] = infer_era(doc, without=lambda e, y=y: e.year == y)
        era = eras[y]
        known = era is not None and era.lo is not None
        witness = _witness(doc, ym, era)
        if not witness and _year_is_a_topic(doc, ym, mentions):
            continue  # "Bankers recall 1907" ... "In 1907, J.P. Morgan ...": the story's comparison
        if not known and (y < 1890 or ym.tense != "future" and not _YEAR_SUBJECT.match(text, ym.span.end)):
            continue  # no era clue at all: only a 20th-century year set in the future is evidence enough
        if known and (era.lo - y < 20 or y + 100 < era.lo - 8):
            continue  # not before the era, or older than a century slip can explain
        score, why = _year_context_score(doc, ym, era, witness)
        if score < min_score + (2 if _fronted_past(doc, ym) else 0):
            continue
        if known and not witness:
            # year + 100 must reach no further than the era's end, or a later year mentioned; an
            # era known only from below (entities) stands for its bound plus the lag of such
            # bounds, more when the sentence speaks plainly of the present.
            others = [m.year for m in mentions if m.year != y]
            if era.hi is not None and era.firm_hi:
                ceiling = era.hi + 8
            else:
                ceiling = era.lo + (70 if score >= 5 else 25)
            if y + 100 > max(ceiling, max(others, default=0) + 8):
                continue
        if centenary is None:
            centenary = _has_centenary(doc)
        if centenary and (not known or era.contains(y + 100, 3)):
            continue
        if True:
            label = era.label if known else "unknown: no date or era clue"
            yield Violation("NL402", ym.span,
                            f"year {y} is a century before the article's era ({label}) in a sentence about "
                            f"the present ({', '.join(why) or 'no history around it'}); {y + 100}?")


RULES = (century_anachronism, year_shift)
