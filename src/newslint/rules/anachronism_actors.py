"""NL403-NL404 anachronisms of actors: a defunct state or an office-holder out of their time.

A state that had ceased to exist (West Germany, the Soviet Union) or a politician whose term
had ended ("President Obama said on Friday" in 2018) presented as acting *now*. The era comes
from :mod:`newslint.era`; retrospective sentences ("the former Soviet Union", "the collapse
of the Soviet Union", "under President Clinton in 1998") are left alone. Report, never fix.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..era import LAST_YEAR, YEARS, defunct_hits, doc_era, infer_era, office_mentions, year_spans
from ..era_data import lexicons
from ..textscan import Cues, sentence_at, words_in
from ..rule import rule
from ..violation import Span, Violation
from .anachronism import PRESENT_AUX, PRESENT_VERBS, contemporary_anchor, words_after

# -- NL403 ---------------------------------------------------------------------------------------
_DEFUNCT_BEFORE = re.compile(
    r"\b(?:former|ex|old|then|once|erstwhile|pre|what was|what used to be|the old|communist|"
    r"collapse of|fall of|break-?up of|dissolution of|demise of|end of|days of|times of|under|during|"
    r"until|before|since|in the|of the former)\s*[-–]?\s*(?:the\s+)?$",
    re.IGNORECASE)
#: Words in the sentence that make a defunct state's mention retrospective.
_DEFUNCT_CUE = Cues(
    "former|formerly|collaps*|fall|fell|break-up|breakup|broke|dissol*|demise|reunifi*|unifi*|split|"
    "disintegrat*|partition*|independence|independent|era|histor*|cold war|communis*|decade|decades|ago|invaded|"
    "invasion|withdrawal|withdrew|war|wartime|born|grew up|raised|childhood|captained|capped|final|finals|"
    "glory|legend*|heyday|veteran|retired|memor*|remember*|recall*|famous*|classic|defected|defector|"
    "dissident|exile|emigrated|fled|once|then|used to|soviet-era|post-soviet|successor|annex*|occupied|"
    "occupation|regime|satellite|bloc|iron curtain|berlin wall|played|world cup|olympics|caps|international|"
    "last leader|last president|last days|last years|legacy|legacies|nostalg*|relic*|symbol*|inherit*|"
    "regret*|sentimental|mourn*|heir|heirs|ghost|ghosts|shadow|revive|revival|restore|restoration|"
    "renam*|replaced|superseded|predecessor|predecessors")
#: After the name, a noun that makes it a modifier or part of a longer current name ("the Leningrad
#: region", "the Zaire strain", "Ceylon tea"): a place, a product, a species, not the state acting.
_NAME_NOUN_AFTER = re.compile(
    r"\s(?:region|regional|oblast|province|provincial|district|county|area|river|basin|gulf|strain|strains|"
    r"variant|species|virus|ebolavirus|tea|rice|rubber|cement|board|bank|group|airways|airlines|rail|railway|"
    r"railways|cup|trophy|prize|award|cat|cats|rug|rugs|carpet|carpets|siege|blockade|front|zoo|street|road|"
    r"avenue|square|station|hotel|club|team|school|university|institute|museum|orchestra|philharmonic|ballet|"
    r"symphony|metro|port|airport|military district|nuclear power plant|plant|branch|office|chapter|"
    r"lodge|edition|vintage|breed|model|brand|style|governor|governorate|declaration|protocol|protocols|"
    r"treaty|accord|accords|agreement|conference|summit|charter)\b")
#: After the name, the rest of a list of places closed by a plural noun the first one qualifies too:
#: "the Dnipropetrovsk, Zaporizhzhia and Kherson regions", "the Leningrad and Moscow oblasts".
_LIST_NOUN_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|&)\s*(?:the\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?){1,6},?\s+"
    r"(?:regions|oblasts|provinces|districts|counties|areas|basins|governorates)\b")
#: Before the name, an institution whose current name it ends ("the Bank of Ceylon").
_NAME_OF_BEFORE = re.compile(
    r"\b(?:Bank|University|College|Institute|Museum|Society|Company|Corporation|Church|Academy|Conservatory|"
    r"Club|Siege|Battle|Hotel|Order|Declaration|Protocol|Treaty|Accords?|Agreement|Conference|Summit|Charter|"
    r"Kingdom|Empire)\s+of\s+(?:the\s+)?$")
#: Linking verbs: "the Soviet Union remains a source of nostalgia" describes the state, it does not act.
_LINKING = frozenset("is are 's was were remains remain seems seem appears appear looks look stays stay lies lie "
                     "belongs belong exists exist lives live sits sit stands stand looms loom endures endure".split())
#: Of those, the ones a present-day year in the sentence overrides ("the 2006 World Cup in ...").
_SOFT_CUE = Cues("world cup|olympics|international|final|finals|played|caps|capped|classic|famous*")


_UNSET = object()
_ERA_AFTER = re.compile(r"[-–]\s?(?:era|born|style)|\s+era\b")
_OWNER_AFTER = re.compile(r"['’]s\s+[A-Z]")


@rule(code="NL403", name="defunct-state", severity="warning")
def defunct_state(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A state that no longer existed in the article's era, named as a current actor.

    ## What it catches
    `West Germany's Bosch opened the plant` in a 2004 story, `the Soviet Union` acting
    in 2018, `Zaire`, `Czechoslovakia`, `Swaziland` after they ceased to exist or were
    renamed (see `defunct:` in `newslint/data/eras.yml`). The article's era must begin
    after the state's end, and the sentence must present it as current: a possessive on a
    person or company, a present-tense verb, or no sign of history at all.

    ## Why it matters
    Machine translation and stale templates bring back old names ("Germany" → "West
    Germany"); a reader takes it for ignorance, or for a historical story.

    ## Example
    ```
    Airport contract

    Profits rose to 1.2bn euros in 2004. On Tuesday West Germany's Bosch signed a deal to
    supply the new plant.
    ```
    Reported: 'West Germany' (1949-1990) as a current actor is inconsistent with the
    article's era. Silent on `the former Soviet Union`, `the collapse of the Soviet Union`,
    `the Red Army invaded` in a retrospective sentence, `West Germany ... in 1974`; on the
    name inside a longer current name or before a noun it qualifies (`Siam Cement Group`,
    `the Leningrad region`, `the Zaire strain`, `the Bank of Ceylon`); on the state as a
    topic rather than an actor (`remains a source of nostalgia`, `a legacy of the Soviet
    Union`); and on `GDR` (also a depositary receipt) in an article that never mentions Germany.

    ## How to silence
    `<!-- newslint: disable-next-line NL403 -->` above the paragraph, or `ignore: [NL403]`.
    """
    text = doc.text
    hits = defunct_hits(doc)
    if not hits:
        return  # most articles: no era to infer
    era = doc_era(doc)
    if era is None or era.lo is None:
        return
    old_years = {y for y, _s, _e in year_spans(doc)}
    for hit in hits:
        ent = hit.item
        if era.lo <= ent.end + 2:
            continue
        sent = sentence_at(doc, hit.start)
        head = text[max(sent.start, hit.start - 40):hit.start]
        tail = text[hit.end:min(sent.end, hit.end + 12)]
        if _DEFUNCT_BEFORE.search(head) or _ERA_AFTER.match(tail):
            continue
        if _part_of_a_name(text, hit.start, hit.end, sent.start):
            continue  # "Siam Cement Group", "the Leningrad region", "the Bank of Ceylon"
        sent_years = [int(y.group(1)) for y in YEARS.finditer(text, sent.start, sent.end)]
        if any(y <= ent.end for y in sent_years):
            continue
        # The name's own words are no cue: "the Former Yugoslav Republic of Macedonia".
        words = words_in(doc, sent.start, hit.start) + words_in(doc, hit.end, sent.end)
        cue = _DEFUNCT_CUE.find(words)
        if cue and not (any(y > ent.end + 1 for y in sent_years) and _SOFT_CUE.find([cue])):
            continue
        score = 0
        if _OWNER_AFTER.match(tail):
            score += 2  # "West Germany's Bosch": the state owns a present-day person or firm
        nxt = words_after(text, hit.end, sent.end, 2)
        if nxt and (nxt[0][0].lower() in PRESENT_AUX or nxt[0][0].lower() in PRESENT_VERBS):
            # The state as the subject of an action ("says", "has sent", "is sending"); a linking
            # verb only describes it ("remains a symbol", "is a memory").
            if nxt[0][0].lower() not in _LINKING or (len(nxt) > 1 and nxt[1][0].lower().endswith("ing")):
                score += 2
        if contemporary_anchor(doc, sent, ent.end) or any(y > ent.end + 1 for y in sent_years):
            score += 1
        if not any(y <= ent.end for y in old_years):
            score += 1  # the article never goes back to the state's own time
        if era.lo >= ent.end + 10:
            score += 1  # and is from well after its end
        if score >= 2:
            yield Violation("NL403", Span(hit.start, hit.end),
                            f"'{text[hit.start:hit.end]}' ({ent.start}-{ent.end}) as a current actor is inconsistent "
                            f"with the article's era ({era.label}); {ent.now}?")


_CAPITAL_AFTER = re.compile(r" (?!(?:I|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                            r"March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]")


def _part_of_a_name(text: str, start: int, end: int, lo: int) -> bool:
    """The defunct name inside a longer current name, or qualifying a noun after it."""
    if _NAME_NOUN_AFTER.match(text, end) or _LIST_NOUN_AFTER.match(text, end):
        return True
    if _CAPITAL_AFTER.match(text, end):
        return True  # a capitalised word right after it: "Siam Cement Group", "Ceylon Electricity Board"
    return bool(_NAME_OF_BEFORE.search(text, max(lo, start - 30), start))


# -- NL404 ---------------------------------------------------------------------------------------
#: Words that put an office-holder in the past: "under President Clinton", "at the time".
_TERM_PAST_CUE = Cues(
    "under|during|then|at the time|era|administration|administrations|when|while|ago|years|decade|decades|"
    "history|historic|predecessor|predecessors|successor|succeeded|late|memoir|memoirs|legacy|in office|"
    "former|previous|previously|once|used to|recalled|recalls|remember*")
#: The sentence reports what the office-holder does now.
_NOW_REPORT = re.compile(
    r"\b(?:says|said on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"(?:told|said|announced|warned|urged|called)\b[^.]{0,40}\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|this week|today|yesterday)|is|are|has|have|will|plans|wants|hopes|today|"
    r"this week|currently)\b")


@rule(code="NL404", name="office-holder-out-of-term", severity="warning")
def office_holder_out_of_term(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A politician given a title they did not hold in the article's era.

    ## What it catches
    `President Obama said on Friday` in a 2018 story, `Chancellor Kohl says` in 2004: a title
    before a name (see `offices:` in `newslint/data/eras.yml`) whose terms of office all lie
    outside the article's era. The era must be firm: the article's date, or a window the
    text bounds on both sides (other years, "N years since", other office-holders); the
    title's own clue is left out, and an era inferred from the text must also hold without
    any office-holder (two titles that contradict each other never condemn each other) and
    miss the term by more than a year. The sentence must report the person acting now
    (present tense, "said on Friday", "this week") and must not look back ("under", "then",
    a year within the term, "former"). The table lists every term of each title (returns to
    office, earlier premierships) up to `offices_complete_through`; after that year only a
    career marked `final` is reported.

    ## Why it matters
    A stale title misinforms the reader and is a tell-tale of recycled or mistranslated copy:
    it should read "former President Obama".

    ## Example
    ```
    ---
    date: 2018-11-09
    ---
    Talks in Moscow

    President Obama said on Friday that the talks were a step forward.
    ```
    Reported: 'President Obama' (2009-2017) is inconsistent with the article's era (2018).
    Silent on `former President Obama`, `under President Clinton in 1998`, and when the
    article's era is unknown or open-ended.

    ## How to silence
    `<!-- newslint: disable-next-line NL404 -->` above the paragraph, or write "former".
    """
    text = doc.text
    by_hit: dict[int, tuple[Any, list[tuple[int, int]], bool, bool]] = {}
    plain: Any = _UNSET
    for hit, person, spans, former in office_mentions(doc):
        # "President Bush" may be either Bush: the title fits if any namesake's term fits.
        _, known, was_former, final = by_hit.get(hit.start, (hit, [], False, True))
        by_hit[hit.start] = (hit, known + spans, was_former or former, final and person.final)
    through = lexicons().offices_through
    for hit, spans, former, final in by_hit.values():
        if former:
            continue
        # The sentence's own tests first: the era (inferred without this clue) only for a survivor.
        sent = sentence_at(doc, hit.start)
        sent_years = [int(y.group(1)) for y in YEARS.finditer(text, sent.start, sent.end)]
        if any(a <= y <= b for y in sent_years for a, b in spans):
            continue  # "President Clinton in 1998": about the term itself
        if _TERM_PAST_CUE.find(words_in(doc, sent.start, sent.end)):
            continue
        if not _NOW_REPORT.search(text, hit.end, sent.end):
            continue
        era = infer_era(doc, without=lambda e, s=hit.start: e.kind == "office" and e.span is not None
                        and e.span.start == s)
        if era is None or era.lo is None or era.hi is None or not era.firm_hi:
            continue
        shift = 1 if LAST_YEAR.search(text, sent.start, sent.end) else 0
        # An inferred era is only a window of likely years: a term must miss it by more than a year.
        margin = 0 if era.source == "date" else 1
        if _overlaps(spans, era.lo, era.hi, shift, margin):
            continue  # the term overlaps the era
        if era.lo > max(b for _a, b in spans) + shift and era.lo > through and not final:
            continue  # after the table's last complete year the person may be back in office
        if era.source != "date":
            # The era must rest on something other than office-holders: two titles that
            # contradict each other (one of them stale, or missing from the table) must not
            # condemn each other.
            if plain is _UNSET:  # the era without any office-holder: one per document
                plain = infer_era(doc, without=lambda e: e.kind == "office")
            if plain is None or (plain.lo is None and plain.hi is None) or \
                    _overlaps(spans, plain.lo, plain.hi, shift, margin):
                continue
        start = _title_start(text, sent.start, hit.start)
        terms = ", ".join(f"{a}-{b}" for a, b in sorted(spans))
        yield Violation("NL404", Span(start, hit.end),
                        f"'{text[start:hit.end]}' ({terms}) as an incumbent is inconsistent with the article's era "
                        f"({era.label}); 'former {text[start:hit.end]}'?")


def _overlaps(spans: list[tuple[int, int]], lo: int | None, hi: int | None, shift: int, margin: int) -> bool:
    """Whether a term (shifted by ``shift`` years, widened by ``margin``) meets the era ``[lo, hi]``."""
    lo = -10**9 if lo is None else lo
    hi = 10**9 if hi is None else hi
    return any(a + shift - margin <= hi and lo <= b + shift + margin for a, b in spans)


_TITLE_WORDS = re.compile(r"(?:\b[A-Z][\w'’.-]*\s+|\b(?:of|for|the)\s+)*$")


def _title_start(text: str, lo: int, name_start: int) -> int:
    """Where the capitalised title before a name begins ("Foreign Minister Sergei Lavrov")."""
    m = _TITLE_WORDS.search(text, max(lo, name_start - 60), name_start)
    start = m.start() if m else name_start
    while start < name_start and not text[start].isupper():
        start = text.find(" ", start, name_start) + 1 or name_start
    return start


RULES = (defunct_state, office_holder_out_of_term)
