"""NL303 untranslated-dateline and NL304 untranslated-place: foreign city names in English copy.

Machine translation leaves the pivot language's place names standing: "MOSKVA –" for
"MOSCOW —", "Athen" for "Athens", "Den Haag" for "The Hague". The table of foreign names
comes from the GeoNames gazetteer (``tools/build_exonyms.py`` -> ``data/exonyms.json``),
filtered so that English variants ("Kiev", "Bombay"), English words ("Nice", "Bath") and
other places' English names never count as foreign.

A dateline is the strongest signal: a capitalised place at the head of the story is a place
and nothing else, so every name in the table counts there. In running text a foreign name
may be part of another name (the cruiser *Moskva*, Hotel Wien, FC Köln, Peking duck), so only
names rare in English are looked for, and only where they stand alone as a place.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..era import doc_era
from ..rule import rule
from ..textscan import folded_text
from ..violation import Fix, Span, Violation
from .lexicons import fold, lexicon_hits, lexicons_for

#: The first year in which a historical English exonym ("Peking") in a dateline is out of date.
MODERN_EXONYMS_FROM = 1995

#: Words after which a city name is something else: a ship, a river, a hotel, a club.
_NOT_A_PLACE_BEFORE = frozenset("""
    the cruiser ship warship flagship vessel frigate destroyer submarine liner ferry boat yacht tanker
    river hotel restaurant cafe café bar club team side brand label band magazine newspaper paper
    station operation codenamed named called dubbed film album song novel opera play
    """.split())
#: Capitalised words that may follow a city name and still leave it a place ("Athen Olympics").
_EVENT_AFTER = frozenset("""
    Olympics Olympic Games Marathon Summit Conference Convention Declaration Treaty Accord Agreement
    Talks Process Protocol Festival Motor Show Airport Stock Exchange Bourse Forum
    """.split())
#: A running-text name counts only as a place: after a locative preposition ("in Praha", "flights
#: to München"), possibly past an area adjective ("in central Praha") or as a later member of a list
#: ("to Köln, Nürnberg and Milano"). A bare subject ("Halep beat Williams") may be a person.
_LOCATIVE = r"in|at|to|from|near|outside|into|toward|towards|via|across|around|through|throughout|of|between|inside|beyond|within|nach|en"
_AREA = r"(?:central|northern|southern|eastern|western|north-western|north-eastern|south-western|south-eastern|downtown|greater|old|suburban|rural|outer|inner)\s+"
_CAP = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w’'.-]*"
_PLACE_BEFORE = re.compile(
    rf"\b(?:{_LOCATIVE})\s+(?:{_AREA})?(?:{_CAP}(?:\s+{_CAP}){{0,2}}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){{0,6}}$")
#: After the name: "München-based", "Moskau's mayor": a place too.
_PLACE_AFTER = re.compile(
    r"^(?:-(?:based|born|bound|area)\b|['’]s\s+(?:mayor|city|airport|residents|streets|centre|center|suburbs|outskirts|"
    r"city hall|council|metro|subway|port|harbou?r|old town|population|districts|neighbou?rhoods|stock exchange)\b)")
#: "Praga, on the east bank of the Vistula", "Praga, a district of ...": a writer explains an obscure
#: place that shares a famous city's foreign name; the famous city needs no explaining.
_EXPLAINED = re.compile(
    r"^,\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:district|suburb|town|village|neighbou?rhood|borough|quarter|"
    r"area|region|province|municipality|island|resort|county|commune|settlement|hamlet|parish|coast)\b|"
    r"(?:on|near|north|south|east|west|outside|just|across)\b)")
#: Titles before a personal name ("Mr Wien", "Coach Halep").
_HONORIFIC = frozenset("""Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Dame Lady Lord Madame Mme Mme. Herr Frau
    Senor Señor Senora Señora Signor Signora coach striker midfielder defender goalkeeper player rival""".split())
#: Capitalised words that start a sentence or a heading and so say nothing about a name after them.
_FUNCTION_WORDS = frozenset("""The A An In At To From Of On For With By And But Or As After Before Since When While If
    Near Outside Inside Into Across Around Through Between Beyond Within Via Toward Towards Like Unlike Than Both Neither
    Either Only Even Also From Until Under Over About""".split())
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\W*$")
_WORD_AFTER = re.compile(r"^\W*?([\w’'-]+)")
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»(\[\n]\s*$")
#: Club football and other league sport: there a city's own name is often a club's ("joined Köln",
#: "Köln, Nürnberg and Bayern"), so running text is left alone.
_SPORT = re.compile(r"\b(?:Bundesliga|Serie A|La Liga|Ligue 1|Eredivisie|Champions League|Europa League|Premier League|"
                    r"Conference League|UEFA|FIFA|striker|midfielder|goalkeeper|winger|on loan|"
                    r"transfer window|kick-off|equaliser|equalizer|stoppage time|relegat\w+)\b")


@rule(code="NL303", name="untranslated-dateline", severity="warning", fixable=True)
def untranslated_dateline(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """The dateline names its city in a foreign language: `MOSKVA –` for `MOSCOW –`.

    ## What it catches
    A dateline (the capitalised place that opens a wire story) spelled as the source
    language spells the city: `MOSKVA –`, `WIEN –`, `BRÜSSEL –`, `PRAHA –`, `DEN HAAG –`,
    `ÉDIMBOURG –`, `PÉKIN –`, `VARSHAVA –`. The names come from the GeoNames gazetteer: every
    foreign-language name of a city of 50,000 people or more (or a capital) that is not also an
    English name or the name of a comparable city (`PÉKIN` is Beijing's, though `PEKIN` is a town
    in Illinois), romanised Russian and Ukrainian names of big cities, and the names a rules
    file adds under `lexicons: places:`. Former English exonyms (`PEKING`,
    `OPORTO`, `LVOV`) were right in their day: they are reported only when the article's
    date (or a firm era) is 1995 or later, or unknown.

    ## Why it matters
    An untranslated dateline is the first word a reader sees, and the surest sign that the
    story is an unedited machine translation. It also breaks search and place tagging.

    ## Example
    ```
    MOSKVA – Russia's Foreign Minister Sergei Lavrov promised ...
    ```
    is reported with the fix `MOSCOW`. `WASHINGTON (AP) —` and `KABUL, Afghanistan —` are
    English and pass.

    ## How to silence
    `<!-- newslint: disable-next-line NL303 -->` above the paragraph, or `ignore: [NL303]`
    for a publication that keeps local datelines on purpose.
    """
    if doc.dateline is None:
        return
    place = doc.slice(doc.dateline)
    hit = lexicons_for(options).exonyms.lookup(place)
    if hit is None or (hit.accented and place.isascii()):
        return  # "PEKIN, Ill.": only "PÉKIN" is Beijing's foreign name
    if hit.historical:
        # "PEKING", "OPORTO", "LVOV": English datelines of their time, foreign only in modern copy.
        # Only a firm era counts (a date, a term of office): a past year alone says "then or later".
        era = doc_era(doc)
        if era is not None and era.hi is not None and era.firm_hi and era.hi < MODERN_EXONYMS_FROM:
            return
    english = hit.english.upper() if place.isupper() else hit.english
    yield Violation(
        "NL303", doc.dateline,
        f"dateline '{place}' is the foreign name of {hit.english}; English copy uses '{english}'",
        Fix(doc.dateline, english, safe=False),
    )


@rule(code="NL304", name="untranslated-place", severity="warning", fixable=True)
def untranslated_place(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A city is named in a foreign language in running text: `Athen`, `München`, `Warszawa`.

    ## What it catches
    A foreign-language name of a well-known city standing as a place in the text: "the Athen
    Olympics", "talks in Den Haag", "flights to München", "Firenze and Venice", "hotels in
    Genève", "partners in Varshava". Only names that are rare in English and common in some
    other language count, names spelled with letters English place names lack (`Genève`,
    `Nürnberg`, `Pékin`), and Russian or Ukrainian names of big cities romanised as machine
    translation leaves them (`Varshava`, `Vashington`, `Kiyev`), from the GeoNames gazetteer
    and word-frequency lists (no first names, no former English spellings such as `Kiev`),
    plus those a rules file adds under `lexicons: places:`. In a story whose dateline is
    itself a foreign name, the names kept for datelines only (`Milano`, `Torino`, `Tokio`, which
    English also uses for clubs, people or food) count too, right after a locative preposition
    ("flew to Milano"). The name must stand in a place
    slot: after a locative preposition (in, to, from, near, of ...), in a list with another
    city, before "-based" or "'s mayor", or before an event noun. It passes when it is part of another name (after
    "the", a ship, river, hotel or club noun, or next to another capitalised word), when it is
    a person's name anywhere in the article ("Simona Halep ... lost to Halep", "Mr Wien",
    "Konstantina, 34,"), when the writer explains it as a smaller place ("in Praga, a
    district of Warsaw"), and in club sport stories, where a city's own name is a club's
    ("the striker moved to Köln").

    ## Why it matters
    English copy uses English exonyms. A foreign city name is usually a word the translation
    engine did not translate, and readers may not recognise the place.

    ## Example
    ```
    He won gold at the Athen Olympics.
    ```
    is reported with the suggestion `Athens`. "The cruiser Moskva sank", "FC Köln won" and
    "Halep beat Williams" pass.

    ## How to silence
    `<!-- newslint: disable-next-line NL304 -->` above the paragraph, or `ignore: [NL304]`.
    """
    text = doc.text
    persons: dict[str, bool] = {}
    sport: bool | None = None
    lexicons = lexicons_for(options)
    exonyms = lexicons.exonyms
    # The exonyms come from the one pass over the text shared with NL301 and NL302.
    hits = lexicon_hits(doc, folded_text(doc), lexicons).places
    if doc.dateline is not None and _foreign_dateline(doc, exonyms):
        hits = _with_dateline_only_names(text, hits, exonyms)
    for start, end, hit in hits:
        if doc.dateline is not None and doc.dateline.overlaps(Span(start, end)):
            continue  # NL303's job
        if _part_of_a_name(text, start, end):
            continue
        if not (_place_context(text, start, end) or _listed_with_a_city(text, start, end, exonyms)):
            continue
        if _EXPLAINED.match(text[end:end + 60]):
            continue  # "in Praga, on the east bank of the Vistula": another, smaller place
        name = text[start:end]
        if name not in persons:
            persons[name] = _used_as_a_personal_name(text, name)
        if persons[name]:
            continue  # "Simona Halep ... lost to Halep", "Byron Wien ... Wien said"
        if sport is None:
            sport = bool(_SPORT.search(text))
        if sport:
            return  # a sports story: "moved to Köln" is the club
        span = Span(start, end)
        yield Violation(
            "NL304", span,
            f"'{hit.name}' is the foreign name of {hit.english}; English copy uses '{hit.english}'",
            Fix(span, hit.english, safe=False),
        )


def _foreign_dateline(doc: Document, exonyms: Any) -> bool:
    """Is the dateline a city's foreign name (what NL303 reports, but for a former English exonym)?"""
    place = doc.slice(doc.dateline)
    hit = exonyms.lookup(place)
    return hit is not None and not hit.historical and not (hit.accented and place.isascii())


#: A capitalised word where only a place stands: after "in", "near", "outside", "towards", or
#: "to" after a verb of travel ("in central Torino", "flew to Milano"). Not after "at", "from"
#: or a bare "to": "lost to Torino", "signed from Roma", "grants to Roma" name a club or people.
_LOCATIVE_NAME = re.compile(
    rf"(?:\b(?:in|near|outside|towards?)|\b(?:flew|flown|flies|fly|flying|travel+ed|travel+ing|travels?|went|goes|"
    rf"going|moved|moving|returned|returning|headed|heading|arrived|drove|driving|came|coming|trip|journey|"
    rf"visits?|visited|back)\s+to)\s+(?:{_AREA})?({_CAP})")


#: The word after a name (on the same line).
_NEXT_WORD = re.compile(r"[ \t]+([\w’'-]+)")
#: Lower-case words that may follow a place name ("to Milano and Genova", "in Torino last week");
#: any other lower-case word makes the name a modifier ("Roma communities", "Torino fans").
_AFTER_A_PLACE = frozenset("""and or but to in on at for with by from after before since until last this next
    where which that who was is were are has had have will would could yesterday today tomorrow tonight early
    late earlier later over during while as when amid via then again""".split())


def _with_dateline_only_names(text: str, hits: list, exonyms: Any) -> list:
    """``hits`` and the dateline-only names (foreign names English also uses for people, clubs
    or food: "Milano", "Torino", "Tokio") that stand right after a locative preposition. In a
    story whose dateline is already left in the source language, "flew to Milano" is the same
    untranslated city, not the club."""
    taken = {(a, b) for a, b, _ in hits}
    extra = []
    for m in _LOCATIVE_NAME.finditer(text):
        name = m.group(1).rstrip(".’'")
        start = m.start(1)
        end = start + len(name)
        if (start, end) in taken or not name[:1].isupper() or name.isupper():
            continue
        hit = exonyms.lookup(name)
        if hit is None or hit.historical or (hit.accented and name.isascii()) or fold(hit.english) == fold(name):
            continue
        after = _NEXT_WORD.match(text, end)
        if after is not None and (after.group(1)[:1].isdigit() or (
                after.group(1)[:1].islower() and after.group(1) not in _AFTER_A_PLACE)):
            continue  # a modifier or a club, not a place: "Roma communities", "Torino fans", "in Torino 2-1"
        extra.append((start, end, hit))
    return sorted(hits + extra, key=lambda h: (h[1], h[0])) if extra else hits


def _place_context(text: str, start: int, end: int) -> bool:
    """Does the name at [start, end) stand where a place stands: after a locative preposition
    (past an area adjective or earlier list members), before "-based" or "'s mayor", or as the
    attribute of an event ("the Athen Olympics")?"""
    before = text[max(0, start - 120):start]
    if _PLACE_BEFORE.search(before):
        return True
    after = text[end:end + 40]
    if _PLACE_AFTER.match(after):
        return True
    nxt = _WORD_AFTER.match(after)
    return bool(nxt) and nxt.group(1) in _EVENT_AFTER and after[: nxt.start(1)].strip() == ""


_LISTED_AFTER = re.compile(rf"^\s*(?:,\s*|\s+(?:and|or)\s+)({_CAP})")
_LISTED_BEFORE = re.compile(rf"({_CAP})(?:\s*,\s*|\s+(?:and|or)\s+)$")


def _listed_with_a_city(text: str, start: int, end: int, exonyms: Any) -> bool:
    """Is the name coordinated with another city, English or foreign ("Firenze and Venice")?"""
    names = exonyms.city_names
    for m in (_LISTED_AFTER.match(text[end:end + 40]), _LISTED_BEFORE.search(text[max(0, start - 40):start])):
        if m and fold(m.group(1)) in names and len(m.group(1)) > 3:
            return True
    return False


_PERSON_AFTER = re.compile(r",\s+(?:who\b|aged\s+\d|\d{1,3}\s*,|an?\s+\d{1,3}-year-old\b)")
_PREV_WORD = re.compile(r"([\w’'.-]+)[ \t]+$")
_NAME_CHAR = re.compile(r"[\w’'-]")


def _whole_word_spans(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands as a whole word (no letter, digit, apostrophe or hyphen either side)."""
    i = text.find(name)
    while i != -1:
        j = i + len(name)
        if not (i and _NAME_CHAR.match(text, i - 1)) and not (j < len(text) and _NAME_CHAR.match(text, j)):
            yield i, j
        i = text.find(name, i + 1)


def _used_as_a_personal_name(text: str, name: str) -> bool:
    """Is ``name`` somewhere in the text a person's name: after a title ("Mr Wien") or a forename
    ("Simona Halep", "Byron Wien"), or before an age or "who" ("Konstantina, 34,")?"""
    for start, end in _whole_word_spans(text, name):
        before = text[max(0, start - 40):start]
        after = text[end:end + 40]
        if _PERSON_AFTER.match(after):
            return True
        prev = _PREV_WORD.search(before)
        if not prev:
            continue
        word = prev.group(1)
        if word in _HONORIFIC:
            return True
        if (word[:1].isupper() and not word.isupper() and word not in _FUNCTION_WORDS
                and word.lower() not in _NOT_A_PLACE_BEFORE and word.isalpha()):
            return True
    return False


def _part_of_a_name(text: str, start: int, end: int) -> bool:
    """Is the city name at [start, end) part of a longer name or not a place at all?"""
    before = text[max(0, start - 40):start]
    after = text[end:end + 40]
    nxt_m = _WORD_AFTER.match(after)
    attributive = bool(nxt_m) and nxt_m.group(1) in _EVENT_AFTER  # "the Athen Olympics"
    m = _WORD_BEFORE.search(before)
    if m and not _SENTENCE_END.search(before):
        prev = m.group(1)
        if prev.lower() in _NOT_A_PLACE_BEFORE and not (attributive and prev.lower() == "the"):
            return True
        if (prev[:1].isupper() or prev[:1].isdigit()) and "," not in before[m.end(1):]:
            return True  # "Torpedo Moskva", "Byron Wien", "1. FC Köln" (not "Köln, Nürnberg")
        if before.rstrip().endswith(("-", "–")) and not before.endswith(" "):
            return True
    m = nxt_m
    if m and after[: m.start(1)].strip() in ("", "-"):
        nxt = m.group(1)
        if nxt[:1].isupper() and nxt not in _EVENT_AFTER:
            return True  # "Praha Hotel", "Moskva River"
        if nxt.lower() in ("river", "canal", "hotel", "club", "region", "oblast"):
            return True
    return False


RULES = (untranslated_dateline, untranslated_place)
