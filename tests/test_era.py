"""Era inference (newslint.era): date, explicit years, "N years since", office-holders, entities.

Every text here is written for this file (no dev-set text).
"""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from newslint.era import (
    Era, Evidence, best_window, century_of, doc_era, infer_era, number_value, text_evidence, year_mentions,
)
from newslint.textscan import Cues
from newslint.loaders.plain import load_plain

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"


def doc(*paragraphs: str, date: dt.date | None = None):
    text = "Headline for the test\n\n" + "\n\n".join(paragraphs) + "\n"
    return load_plain("article.txt", text, date)


# -- the date wins ----------------------------------------------------------------------------
def test_date_gives_the_era_whatever_the_text_says():
    era = doc("The firm made a loss in 1999 and expects a profit in 2001.", date=dt.date(2018, 11, 9)).date and \
        infer_era(doc("The firm made a loss in 1999.", date=dt.date(2018, 11, 9)))
    assert (era.lo, era.hi, era.source, era.label) == (2018, 2018, "date", "2018")


def test_no_clue_at_all_gives_none():
    assert doc_era(doc("The committee met and agreed to meet again.")) is None


# -- explicit years ------------------------------------------------------------------------------
def test_past_and_future_years_bracket_the_era():
    era = doc_era(doc("Profits rose 8% in 2004, the company said.",
                      "It expects sales to slow in 2006 as rates rise."))
    assert era.source == "text"
    assert era.contains(2004) and era.contains(2005)
    assert era.lo >= 2004 and era.hi <= 2006


def test_a_lone_wrong_year_does_not_outvote_a_cluster():
    era = doc_era(doc("Sales rose in 2003 and again in 2004, the firm said.",
                      "It expects 1905 to be a difficult year, and plans growth in 2006."))
    assert era.lo >= 2003 and era.contains(2005)


def test_counts_and_clock_times_are_not_years():
    d = doc("By 1945 GMT the index had fallen. About 1,905 people and 2000m of cable were involved, "
            "and 1500 people left.")
    assert [m.year for m in year_mentions(d)] == []


def test_a_year_in_a_name_is_only_weak_evidence():
    d = doc("She wore a badge for the 2012 Olympic bid.")
    (m,) = year_mentions(d)
    assert m.named
    assert all(e.weight <= 0.5 for e in text_evidence(d) if e.kind == "year")


def test_tense_reads_the_comma_bounded_stretch_first():
    d = doc("The veteran, who retired in 1994, will coach the national team in 2005.")
    tenses = {m.year: m.tense for m in year_mentions(d)}
    assert tenses == {1994: "past", 2005: "future"}


# -- arithmetic -------------------------------------------------------------------------------------
def test_years_since_an_event_from_the_lexicon():
    era = doc_era(doc("Nearly 40 years have gone by since the Red Army invaded Afghanistan."))
    assert (era.lo, era.hi) == (2016, 2019)


def test_years_after_an_explicit_year_and_number_words():
    era = doc_era(doc("Thirty years after 1974, the island is still divided."))
    assert era.contains(2004) and era.lo >= 2004 and era.hi <= 2005


def test_years_ago_counts_from_the_year_in_the_sentence():
    era = doc_era(doc("The plant closed in 1985, 20 years ago, and the site is still empty."))
    assert era.contains(2005) and era.lo >= 2005


def test_anniversary_of_an_event():
    era = doc_era(doc("Veterans gathered for the 60th anniversary of VE Day."))
    assert era.contains(2005)


def test_number_words():
    assert number_value("thirty-five") == 35 and number_value("forty") == 40 and number_value("12") == 12
    assert number_value("many") is None


# -- office-holders ---------------------------------------------------------------------------------
def test_president_with_two_terms_gives_their_hull():
    era = doc_era(doc("President Trump spoke to reporters on Friday."))
    assert era.lo == 2017 and era.hi == 2029


def test_last_year_shifts_the_term_and_arithmetic_narrows_it():
    era = doc_era(doc("Last year, President Trump sent more troops.",
                      "Almost 30 years after its withdrawal from Afghanistan, Russia is back in Kabul."))
    assert (era.lo, era.hi) == (2018, 2019)


def test_former_office_holder_means_after_the_term_began():
    ev = [e for e in text_evidence(doc("Former President Bill Clinton opened the library.")) if e.kind == "office"]
    assert ev and ev[0].intervals == ((1994, 2100),)


def test_a_forename_picks_the_person():
    (ev,) = [e for e in text_evidence(doc("Foreign Minister Sergei Lavrov met his counterpart."))
             if e.kind == "office"]
    assert ev.intervals[0][0] == 2004


def test_a_surname_without_a_title_is_no_evidence():
    assert not [e for e in text_evidence(doc("Mr Blair met Mr Putin.")) if e.kind == "office"]


def _terms(surname: str, first: str, title: str) -> list[tuple[int, int]]:
    from newslint.era_data import lexicons
    people = [p for p in lexicons().surnames.keys[False][surname] if first in p.first]
    return [(t.start, t.end) for p in people for t in p.terms if title in t.titles]


@pytest.mark.parametrize("surname, first, title, year", [
    ("Lula", "Luiz Inacio", "President", 2023), ("Netanyahu", "Benjamin", "Prime Minister", 1997),
    ("Netanyahu", "Benjamin", "Prime Minister", 2023), ("Putin", "Vladimir", "Prime Minister", 1999),
    ("Berlusconi", "Silvio", "Prime Minister", 1994), ("Prodi", "Romano", "Prime Minister", 1997),
    ("Trump", "Donald", "President", 2025), ("Cameron", "David", "Foreign Secretary", 2024),
])
def test_office_table_lists_returns_and_earlier_terms(surname, first, title, year):
    assert any(a <= year <= b for a, b in _terms(surname, first, title))


def test_office_table_is_well_formed():
    from newslint.era_data import lexicons
    lex = lexicons()
    assert lex.offices_through >= 2025
    for people in lex.surnames.keys[False].values():
        for p in people:
            assert p.terms and all(1900 < t.start <= t.end <= lex.offices_through + 6 and t.titles for t in p.terms)


# -- entities -----------------------------------------------------------------------------------------
def test_entities_give_a_lower_bound():
    era = doc_era(doc("Bloggers and podcast makers met to discuss the euro."))
    assert era.lo == 2004 and era.hi is None and era.label == "2004 or later"


# -- leaving a clue out ------------------------------------------------------------------------------
def test_without_drops_the_clue_being_judged():
    d = doc("Fees rose in 2004 and will rise again in 2005.", "The fund lost money in 1904.")
    assert infer_era(d).contains(2004)
    assert infer_era(d, without=lambda e: e.year == 1904).contains(2004)
    assert infer_era(d, without=lambda e: e.kind == "year") is None


def test_best_window_is_the_run_with_most_weight():
    ev = [Evidence("year", ((2000, 2010),), 1.0, None, ""), Evidence("year", ((2004, 2006),), 1.0, None, ""),
          Evidence("year", ((1900, 1905),), 1.0, None, "")]
    assert best_window(ev)[:2] == (2004, 2006)
    assert best_window([]) is None


def test_era_label_and_contains():
    assert Era(2018, 2019, "text").label == "2018-2019"
    assert Era(2004, None, "text").label == "2004 or later"
    assert Era(None, 1991, "text").label == "1991 or earlier"
    assert Era(2004, 2005, "text").contains(2006, slack=1) and not Era(2004, 2005, "text").contains(2007)
    assert century_of(2018) == 21 and century_of(1900) == 19 and century_of(1901) == 20


def test_cues_match_words_phrases_prefixes_and_suffixes():
    cues = Cues("will|going to|histor*|*-old")
    assert cues.find(["it", "is", "going", "to", "rain"]) == "going to"
    assert cues.find(["historians"]) == "historians" and cues.find(["century-old"]) == "century-old"
    assert cues.find(["going", "home"]) is None


@pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is absent (../shared/ is not beside the checkout)")
def test_seed_article_era_is_inferred_without_a_date():
    d = load_plain(str(SEED), SEED.read_text(encoding="utf-8"))
    era = doc_era(d)
    assert (era.lo, era.hi) == (2018, 2019)
    kinds = {e.kind for e in era.evidence}
    assert {"arithmetic", "office"} <= kinds


# -- the era lexicons ---------------------------------------------------------------------------
def test_lexicon_find_builds_its_own_automata_on_demand():
    from newslint.era_data import Lexicon

    lex = Lexicon([("West Germany", "wg", False), ("e-mail", "em", True)])
    hits = lex.find("West Germany sent an E-mail; West Germanys no.")
    assert [(h.start, h.end, h.item) for h in hits] == [(0, 12, "wg"), (21, 27, "em")]


def test_title_start_is_the_regex_search_it_replaces():
    import random

    from newslint.era import _AFTER_TITLE, _title_start

    titles = ("President", "Prime Minister", "Minister", "Special Envoy", "PM")
    reference = re.compile(r"\b(?:%s)" % "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
                           + _AFTER_TITLE.pattern)
    words = ["President", "Prime", "Minister", "PM", "Special", "Envoy", "former", "of", "for", "the", "Peace",
             "Afghan", "Interior", "ex-President", "Presidents", "said", "XPM", ",", "\n"]
    rng = random.Random(7)
    for _ in range(3000):
        head = " ".join(rng.choice(words) for _ in range(rng.randint(0, 7))).replace(" ,", ",")
        head += rng.choice([" ", ", ", "  ", "", "\n"])
        m = reference.search(head)
        assert _title_start(head, titles) == (m.start() if m else None), repr(head)


def test_year_matches_are_the_year_patterns_matches():
    import random

    from newslint.era import YEAR, _year_matches

    rng = random.Random(11)
    pieces = ["1", "2", "0", "9", "19", "20", "2019", "1999", "12000", " ", ",", ".", ":", "$", "%", "a", "-", "s"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert [m.span() for m in _year_matches(text)] == [m.span() for m in YEAR.finditer(text)], repr(text)
