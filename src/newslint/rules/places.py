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
from ..rule import rule
from ..textscan import folded_text
from ..violation import Fix, Span, Violation
from .lexicons import lexicon_hits, lexicons_for

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
_WORD_BEFORE = re.compile(r"([\w’'.-]+)\W*$")
_WORD_AFTER = re.compile(r"^\W*?([\w’'-]+)")
_SENTENCE_END = re.compile(r"[.!?:;\"“”«»(\[\n]\s*$")


@rule(code="NL303", name="untranslated-dateline", severity="warning", fixable=True)
def untranslated_dateline(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """The dateline names its city in a foreign language: `MOSKVA –` for `MOSCOW –`.

    ## What it catches
    A dateline (the capitalised place that opens a wire story) spelled as the source
    language spells the city: `MOSKVA –`, `WIEN –`, `BRÜSSEL –`, `PRAHA –`, `DEN HAAG –`,
    `ÉDIMBOURG –`. The names come from the GeoNames gazetteer: every foreign-language name
    of a city of 50,000 people or more (or a capital) that is not also an English name, and
    the names a rules file adds under `lexicons: places:`.

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
    if hit is None:
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
    A foreign-language name of a well-known city standing alone as a place in the text:
    "the Athen Olympics", "talks in Den Haag", "flights to München". Only names that are rare
    in English and common in some other language count (from the GeoNames gazetteer and
    word-frequency lists), plus those a rules file adds under `lexicons: places:`, and only
    where they are not part of another name: after "the", a ship, river, hotel or club noun,
    or next to another capitalised word, they pass.

    ## Why it matters
    English copy uses English exonyms. A foreign city name is usually a word the translation
    engine did not translate, and readers may not recognise the place.

    ## Example
    ```
    He won gold at the Athen Olympics.
    ```
    is reported with the suggestion `Athens`. "The cruiser Moskva sank" and "FC Köln won"
    pass.

    ## How to silence
    `<!-- newslint: disable-next-line NL304 -->` above the paragraph, or `ignore: [NL304]`.
    """
    text = doc.text
    # The exonyms come from the one pass over the text shared with NL301 and NL302.
    for start, end, hit in lexicon_hits(doc, folded_text(doc), lexicons_for(options)).places:
        if doc.dateline is not None and doc.dateline.overlaps(Span(start, end)):
            continue  # NL303's job
        if _part_of_a_name(text, start, end):
            continue
        span = Span(start, end)
        yield Violation(
            "NL304", span,
            f"'{hit.name}' is the foreign name of {hit.english}; English copy uses '{hit.english}'",
            Fix(span, hit.english, safe=False),
        )


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
        if prev[:1].isupper() or prev[:1].isdigit():
            return True  # "Torpedo Moskva", "Byron Wien", "1. FC Köln"
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
