"""NL401-NL404: context that makes a candidate history, a name or a comparison (and its near misses).

Every fixture here is written for this file (no dev-set or probe text).
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslint.testing import assert_fires, assert_silent

#: A 2004-05 business story: the era comes from its years and figures.
CONTEXT_2004 = ("Harbour Group said on Monday that profits rose 12% to 1.2bn euros in 2004, helped by its "
                "online sales. It expects a further rise in 2005.")


def art(*paragraphs: str, headline: str = "Harbour Group results") -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


# -- NL401 ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "The harbour by-laws, framed in the 18th century, are now seen as a brake on trade.",
    "Drafted in the 17th century, the charter gives the mayor a veto.",
    "Analysts say the port is in the 1970s again, with strikes and power cuts.",
    "Critics say the board is still in the 1950s when it comes to pay.",
])
def test_century_or_decade_of_a_participle_or_a_comparison_stays_silent(sentence):
    assert_silent("NL401", art(CONTEXT_2004, sentence))


def test_century_after_a_relative_clause_with_a_present_verb_still_fires():
    text = art(CONTEXT_2004, "The lender, which is in the 15th century closing branches, said profits fell.")
    assert_fires("NL401", text, at="15th century")


def test_no_era_reports_only_an_old_century():
    assert_silent("NL401", art('"We are in the 21st century, and the rules are not," said a campaigner.'))
    assert_silent("NL401", art("The society is in the 19th century holding its meetings in a hall."))
    assert_fires("NL401", art("The airline is in the 15th century cutting 900 jobs."), at="15th century")


# -- NL402 ---------------------------------------------------------------------------------------------
def test_fronted_past_tense_history_sentence_stays_silent_and_the_plain_slip_fires():
    lead = "Harbour Group said on Monday that its profits rose 12% to 1.2bn euros."
    date = dt.date(2008, 9, 15)
    history = "In 1907, the harbour board borrowed 4 million dollars to rebuild the quay."
    assert_silent("NL402", art(lead, history), date=date)
    slip = "The harbour board borrowed 4 million dollars in 1907 to rebuild the quay."
    assert_fires("NL402", art(lead, slip), at="1907", date=date)


def test_fronted_year_with_a_future_verb_still_fires():
    assert_fires("NL402", art(CONTEXT_2004, "In 1906, the group will open two plants in Poland."), at="1906")


def test_a_year_the_headline_repeats_is_the_story_subject():
    body = "Shipowners pledged 25 million dollars in 1904 to save the exchange, traders recalled."
    assert_silent("NL402", art(CONTEXT_2004, body, headline="Traders look back to 1904 as exchange wobbles"))
    assert_fires("NL402", art(CONTEXT_2004, body.replace(", traders recalled", "")), at="1904")


def test_a_year_named_as_an_event_elsewhere_is_a_comparison():
    text = art(CONTEXT_2004, "Doctors compare the outbreak with the 1904 cholera epidemic.",
               "Cholera killed 20 million people in 1904 across Asia.")
    assert_silent("NL402", text)


# -- NL403 ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Siam Steel Group said on Tuesday that profits rose.",
    "The governor of the Leningrad region says the new port will open next year.",
    "Tests show the cases are caused by the Zaire strain, the health ministry says.",
    "The Bank of Ceylon says it will raise its lending rate.",
    "Each GDR represents two ordinary shares, the company says.",
    "The Soviet Union remains a source of nostalgia for many pensioners, a poll shows.",
    "Shared kitchens are a legacy of the Soviet Union that landlords still exploit.",
])
def test_defunct_name_in_a_name_or_as_a_topic_stays_silent(sentence):
    assert_silent("NL403", art(CONTEXT_2004, sentence))


def test_defunct_state_acting_still_fires():
    assert_fires("NL403", art(CONTEXT_2004, "The Soviet Union is sending a delegation to the talks on Tuesday."),
                 at="Soviet Union")
    text = art(CONTEXT_2004, "Trade with Germany grew. The GDR says it will join the talks on Tuesday.")
    assert_fires("NL403", text, at="GDR")


# -- NL404 ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, year", [
    ("Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", 2023),
    ("Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.", 1997),
    ("President Luiz Inacio Lula da Silva said on Monday that the talks would go on.", 2023),
    ("Prime Minister Vladimir Putin said on Monday that the talks would go on.", 1999),
    ("Prime Minister Silvio Berlusconi said on Monday that the talks would go on.", 1994),
    ("Foreign Secretary David Cameron said on Monday that the talks would go on.", 2024),
])
def test_a_return_to_office_or_an_earlier_term_is_in_term(sentence, year):
    assert_silent("NL404", art(sentence), date=dt.date(year, 6, 1))


def test_between_two_terms_fires():
    text = art("Prime Minister Benjamin Netanyahu said on Monday that the talks would go on.")
    assert_fires("NL404", text, at="Prime Minister Benjamin Netanyahu", date=dt.date(2005, 6, 1))


def test_after_the_complete_table_only_a_final_career_fires():
    johnson = art("Prime Minister Boris Johnson said on Friday that the talks would go on.")
    assert_silent("NL404", johnson, date=dt.date(2027, 6, 1))  # might be back in office
    assert_fires("NL404", johnson, at="Prime Minister Boris Johnson", date=dt.date(2024, 6, 1))
    kohl = art("Chancellor Helmut Kohl said on Friday that the talks would go on.")
    assert_fires("NL404", kohl, at="Chancellor Helmut Kohl", date=dt.date(2027, 6, 1))


def test_two_office_clues_do_not_condemn_each_other():
    text = art("Prime Minister Vladimir Putin said on Monday that troops would go on. President Boris Yeltsin "
               "says he backs the plan.")
    assert_silent("NL404", text)


def test_an_office_clue_against_a_plain_era_fires():
    text = art(CONTEXT_2004, "Chancellor Helmut Kohl says the euro is too strong.")
    assert_fires("NL404", text, at="Chancellor Helmut Kohl")
