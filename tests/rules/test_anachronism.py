"""NL401-NL403 anachronisms: fire on a century, year or state that cannot fit the article's era,
stay silent on the traps of domain.md §4.

Every fixture here is written for this file (no dev-set text).
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newslint import Config, Linter
from newslint.testing import assert_fires, assert_silent, lint

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"

#: A 2004-05 business story: the era comes from its years, figures and entities.
CONTEXT_2004 = ("Harbour Group said on Monday that profits rose 12% to 1.2bn euros in 2004, helped by its "
                "online sales. It expects a further rise in 2005.")
#: A 2018 story with no explicit year: the era comes from arithmetic and office-holders.
CONTEXT_2018 = ("It is nearly 40 years since the Red Army invaded Afghanistan. Last year, President "
                "Trump sent more troops to the country.")


def art(*paragraphs: str, headline: str = "Harbour Group results") -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


# -- NL401 century ---------------------------------------------------------------------------------
def test_century_in_a_present_tense_slot_fires_with_the_era_in_the_message():
    text = art(CONTEXT_2004, "The bank is in the 15th century cutting 2,000 jobs across Europe.")
    (d,) = assert_fires("NL401", text, at="15th century", count=1)
    assert "article's era (2004" in d.message and "currently" in d.message


def test_century_before_a_present_verb_fires():
    assert_fires("NL401", art(CONTEXT_2004, "The chairman in the 14th century has the final say on pay."),
                 at="14th century")


def test_sentence_initial_century_with_a_present_clause_fires():
    assert_fires("NL401", art(CONTEXT_2004, "In the 16th century, shoppers have to queue for the new phones."),
                 at="16th century")


def test_century_after_an_auxiliary_and_an_adverb_fires():
    assert_fires("NL401", art(CONTEXT_2004, "Mortgage rates are still in the 13th century rising."),
                 at="13th century")


def test_mangled_n_year_war_fires_with_the_arithmetic():
    text = art(CONTEXT_2018, "The envoy praised Moscow's comeback on the diplomatic front of the 17th "
               "century, as the Afghan conflict grinds on.")
    (d,) = assert_fires("NL401", text, at="17th century", count=1)
    assert "(2018-2019)" in d.message and "17-year war" in d.message and "2001" in d.message


def test_century_fires_with_a_date_and_no_other_clue():
    assert_fires("NL401", art("The band are in the 16th century touring Japan."), at="16th century",
                 date=dt.date(2005, 3, 1))


@pytest.mark.parametrize("phrase", ["sixteenth century", "XVI century", "16th Century"])
def test_spelled_out_and_roman_centuries_fire(phrase):
    assert_fires("NL401", art(CONTEXT_2004, f"The band are in the {phrase} touring Japan."), at=phrase)


def test_decade_in_a_present_tense_slot_fires_only_well_before_the_era():
    assert_fires("NL401", art(CONTEXT_2004, "The band are in the 1960s touring Japan."), at="1960s")
    assert_silent("NL401", art(CONTEXT_2004, "Prices are in the 1990s rising faster than wages."))
    assert_silent("NL401", art(CONTEXT_2004, "The band were in the 1960s touring Japan."))


def test_odd_characters_do_not_crash_the_rules():
    assert lint(art("İ century the XVII İ 15th Century ’s 1903/2004 by 1700 — 2 0 years ago."), "NL4") == []


@pytest.mark.parametrize("sentence", [
    "The village has a 17th-century church and a pub.",
    "Football has been played in the town since the 19th century.",
    "The castle dates back to the 12th century.",
    "In the 16th century the town was a major port.",
    "The tradition began in the 15th century and continues today.",
    "Life in the 16th century is hard to imagine for today's pupils.",
    "The 19th century economist Adam Smith is often quoted by the firm.",
    "The 19th century is often seen as the age of steam.",
    "Newton, the greatest scientist of the 17th century, is honoured today.",
    "We are not living in the 19th century, the chairman said.",
    "The policy is like something out of the 17th century.",
    "The studio 21st Century Fox released the film.",
    "Twentieth Century Fox is still to announce which format it will back.",
    "The 17th Amendment is on the agenda.",
    "The diplomatic front of the 17th century was a busy place.",
])
def test_century_traps_stay_silent(sentence):
    assert_silent("NL401", art(CONTEXT_2004, sentence))


def test_century_silent_when_the_article_mentions_years_of_that_century():
    assert_silent("NL401", art("The abbey was begun in 1420 and finished in 1466.",
                               "Pilgrims are in the 15th century arriving from all over Europe."))


def test_seed_trap_red_army_in_a_retrospective_sentence_is_silent():
    text = art(CONTEXT_2018, "It is nearly 40 years since the Red Army invaded Afghanistan and a decade of "
               "war began that ended with the retreat of the Soviet Union.")
    assert not [d for d in lint(text, "NL4")]


# -- NL402 year shift ------------------------------------------------------------------------------
def test_future_year_a_century_back_fires():
    text = art(CONTEXT_2004, "The company will open two plants in 1905 and hire 500 staff by 2006.")
    (d,) = assert_fires("NL402", text, at="1905", count=1)
    assert "1905" in d.message and "2005?" in d.message and "era (" in d.message


def test_min_score_option_raises_the_bar():
    text = art(CONTEXT_2004, "The company will open two plants in 1905 and hire 500 staff by 2006.")
    assert [d for d in lint(text, "NL402") if d.code == "NL402"]
    strict = Linter(Config(select=("NL402",), rules={"NL402": {"min_score": 50}}))
    assert not strict.lint_text(text, "a.txt").diagnostics


def test_past_year_with_an_entity_that_did_not_exist_fires():
    text = art(CONTEXT_2004, "The bank's broadband arm made a loss in 1903 as its rivals cut prices.")
    (d,) = assert_fires("NL402", text, at="1903")
    assert "broadband" in d.message


def test_financial_year_pair_fires():
    text = art(CONTEXT_2004, "Tax receipts for 1903/2004 came in below the Treasury's forecast.")
    assert_fires("NL402", text, at="1903")


def test_career_event_of_a_person_in_the_news_fires():
    text = art(CONTEXT_2004, "The striker, who joined the club in 1903, has signed a new deal.",
               headline="Striker signs new deal")
    assert_fires("NL402", text, at="1903")


def test_year_shift_fires_with_a_date_given():
    text = art("The carmaker will unveil its new model in 1906, its chief executive said.")
    assert_fires("NL402", text, at="1906", date=dt.date(2005, 5, 1))


def test_year_shift_with_no_era_clue_needs_the_future_tense():
    assert_fires("NL402", art("The council will vote on the plan in 1906."), at="1906")
    assert_silent("NL402", art("The council voted on the plan in 1906."))


@pytest.mark.parametrize("sentence", [
    "Harley-Davidson, which was founded in 1903, also reported higher sales.",
    "Sales have not been this low since 1904.",
    "It was the coldest winter since records began in 1910.",
    "Mr Smith's grandfather emigrated to Canada in 1905.",
    "The Wright brothers made the first powered flight in 1903.",
    "The film, set in 1905 Russia, opens next month.",
    "The theory of relativity, published in 1905, changed physics.",
    "The stadium will host its first match since it opened in 1905.",
    "Its chief executive said he expects 1900 new jobs this year.",
    "By 1700 GMT the shares had fallen 3%.",
    "The club last won the league title in 1905.",
])
def test_year_traps_stay_silent(sentence):
    assert_silent("NL402", art(CONTEXT_2004, sentence))


def test_year_silent_in_a_centenary_story():
    assert_silent("NL402", art("The firm marks its centenary this year with a profit of 2m euros in 2004.",
                               "It expects 1905 to be remembered as the year it began."))


def test_year_silent_in_a_history_feature_with_many_old_years():
    assert_silent("NL402", art("The line opened in 1898, was extended in 1901 and electrified in 1912.",
                               "Fares rose in 1904 as passenger numbers grew, and the line closed in 1963."))


# -- NL403 defunct state ----------------------------------------------------------------------------
def test_defunct_state_as_a_current_actor_fires():
    text = art(CONTEXT_2004, "On Tuesday West Germany's Bosch signed a deal to supply the plant.")
    (d,) = assert_fires("NL403", text, at="West Germany", count=1)
    assert "1949-1990" in d.message and "Germany?" in d.message and "(2004" in d.message


def test_soviet_union_in_the_present_tense_fires_with_a_date():
    assert_fires("NL403", art("The Soviet Union says it will send a delegation to the talks."),
                 at="Soviet Union", date=dt.date(2018, 11, 9))


@pytest.mark.parametrize("sentence", [
    "Countries of the former Soviet Union are growing fast.",
    "Growth slowed after the collapse of the Soviet Union.",
    "Ukraine, then part of the Soviet Union, declared independence.",
    "He defected from East Germany as a teenager.",
    "West Germany's Franz Beckenbauer lifted the trophy in 1974.",
    "He was born in the Soviet Union and moved to Israel.",
    "Klinsmann played for West Germany.",
])
def test_defunct_state_traps_stay_silent(sentence):
    assert_silent("NL403", art(CONTEXT_2004, sentence))


D2023 = dt.date(2023, 5, 10)


@pytest.mark.parametrize(("sentence", "name", "now"), [
    ("Upper Volta's army says it has retaken two towns in the north.", "Upper Volta", "Burkina Faso"),
    ("Belorussia has agreed to buy more Russian wheat next year.", "Belorussia", "Belarus"),
    ("Turkmenia says it will double its gas exports to China.", "Turkmenia", "Turkmenistan"),
    ("A new tram line opens in Alma-Ata on Friday, the mayor's office says.", "Alma-Ata", "Almaty"),
    ("Dnepropetrovsk is asking for more air defence, the city's mayor says.", "Dnepropetrovsk", "Dnipro"),
    ("Kirovograd's Mayor Andriy Raikovych says the heating plant will be repaired by winter.", "Kirovograd", "Kropyvnytskyi"),
    ("FYROM says it is ready to start accession talks with Brussels.", "FYROM", "North Macedonia"),
    ("The Former Yugoslav Republic of Macedonia has asked for an extra tranche of aid.",
     "Former Yugoslav Republic of Macedonia", "North Macedonia"),
    ("The European Community is sending observers to the vote.", "European Community", "the European Union"),
    ("The Organization of African Unity has suspended Mali's membership.", "Organization of African Unity",
     "the African Union"),
])
def test_renamed_states_cities_and_bodies_fire_as_current_actors(sentence, name, now):
    (d,) = assert_fires("NL403", art(sentence), at=name, count=1, date=D2023)
    assert f"{now}?" in d.message


@pytest.mark.parametrize("sentence", [
    "Thomas Sankara renamed Upper Volta as Burkina Faso.",
    "Drones struck the Dnipropetrovsk, Kharkiv and Sumy regions overnight.",
    "Strikes hit the Kirovohrad and Odesa oblasts on Monday.",
    "The Dnipropetrovsk governor says two people were hurt.",
    "Ministers met to mark the Declaration of Alma-Ata on primary care.",
    "The Alma-Ata Declaration is still cited by the WHO.",
    "The African Union replaced the Organisation of African Unity.",
    "Skopje says the country formerly known as FYROM has changed its number plates.",
    "Gorky Park says its ice rink opens on Saturday.",
    "The film recalls the Kingdom of Dahomey and its female soldiers.",
    "The Kampuchea Krom federation says it will appeal.",
])
def test_renamed_entities_traps_stay_silent(sentence):
    assert_silent("NL403", art(sentence), date=D2023)


def test_defunct_state_silent_when_the_era_is_before_its_end():
    assert_silent("NL403", art("West Germany's Bosch signed a deal to supply the plant."),
                  date=dt.date(1985, 1, 1))


# -- NL404 office-holder out of term -------------------------------------------------------------
D2018 = dt.date(2018, 11, 9)


def test_office_holder_out_of_term_fires_with_the_terms_and_era():
    text = art("President Obama said on Friday that the talks were a step forward.")
    (d,) = assert_fires("NL404", text, at="President Obama", count=1, date=D2018)
    assert "(2009-2017)" in d.message and "(2018)" in d.message and "former President Obama" in d.message


def test_office_holder_out_of_term_fires_on_an_inferred_firm_era():
    text = art(CONTEXT_2004, "Chancellor Kohl says the euro is too strong.")
    assert_fires("NL404", text, at="Chancellor Kohl")


@pytest.mark.parametrize("sentence", [
    "Former President Obama said on Friday that the talks were a step forward.",
    "Under President Clinton in 1998, similar talks failed.",
    "President Trump says he backs the talks.",
    "Last year, President Trump sent more troops.",
    "President Obama had hoped for such talks when he was in office.",
])
def test_office_holder_traps_stay_silent(sentence):
    assert_silent("NL404", art(sentence), date=D2018)


def test_either_namesake_may_hold_the_title():
    text = art("President Bush said on Monday he would veto the bill.")
    assert_silent("NL404", text, date=dt.date(1991, 5, 1))
    assert_silent("NL404", text, date=dt.date(2004, 5, 1))
    assert_fires("NL404", text, at="President Bush", date=dt.date(1997, 5, 1))


def test_office_holder_silent_on_an_open_era():
    assert_silent("NL404", art("Bloggers met online. President Clinton says the web is changing politics."))


# -- the seed article ----------------------------------------------------------------------------------
@pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is absent (../shared/ is not beside the checkout)")
def test_seed_article_reports_the_17th_century_and_nothing_else_of_the_family():
    text = SEED.read_text(encoding="utf-8")
    found = [d for d in lint(text, "NL4", path=str(SEED))]
    assert [(d.code, d.start.line, text[d.span.start:d.span.end]) for d in found] == [
        ("NL401", 7, "17th century")]
    assert "(2018-2019)" in found[0].message


def test_century_search_near_each_century_is_the_whole_text_search():
    import random

    from newslint.rules.anachronism import CENTURY, _centuries

    rng = random.Random(5)
    pieces = ["17th", "XVII", "twenty-first", "twenty first", "first", " ", "-", "century", "Century", "CENTURY",
              "centuryx", "the ", "a", "1", "st", "IX", "V"]
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        got = [m.span() for m in _centuries(text, text.lower())]
        assert got == [m.span() for m in CENTURY.finditer(text)], repr(text)
