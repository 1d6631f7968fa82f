"""NL401-NL402: a year slipped a century forward, a present-day "highest in N decades", and a
mangled "N-year war" counted from a start year the article itself states (with near misses).

Every fixture here is written for this file (no dev-set or probe text).
"""
from __future__ import annotations

import datetime as dt

import pytest

from newslint.testing import assert_fires, assert_silent

D2021 = dt.date(2021, 10, 14)
D2024 = dt.date(2024, 3, 8)
#: The first paragraph of a 2021 retail story (the era also comes from --date in most tests).
LEAD = "Northgate Stores said on Thursday that sales rose 4% in the third quarter."


def art(*paragraphs: str, headline: str = "Northgate Stores trading update") -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


# -- NL402: a century forward ---------------------------------------------------------------------
@pytest.mark.parametrize("sentence, year", [
    ("The chain closed 40 shops in March 2121, the company said.", "2121"),
    ("Its debt stood at 3.2bn pounds at the end of September 2121.", "2121"),
    ("Shoppers returned to the high street in 2121 after the lockdowns ended.", "2121"),
])
def test_a_year_a_century_after_the_date_in_a_past_or_dated_sentence_fires(sentence, year):
    (d,) = assert_fires("NL402", art(LEAD, sentence), at=year, count=1, date=D2021)
    assert "century after" in d.message and "2021?" in d.message


def test_a_future_year_a_century_ahead_fires_only_next_to_a_clear_slip():
    text = art(LEAD, "Profits fell in July 2121, the company said.",
               "The chief executive expects margins to recover in 2122 at the latest.")
    found = assert_fires("NL402", text, count=2, date=D2021)
    assert "as is 2121" in found[1].message and "2022?" in found[1].message
    # Alone, a future year a century ahead is left alone (a plan, a forecast).
    assert_silent("NL402", art(LEAD, "The chief executive expects margins to recover in 2122 at the latest."),
                  date=D2021)


def test_a_forward_slip_needs_a_firm_era():
    assert_silent("NL402", art("The chain closed 40 shops in March 2121, the company said."))


@pytest.mark.parametrize("sentence", [
    "A time capsule sealed in the wall on Thursday will be opened in 2121.",
    "By 2121 the town could have twice as many homes, planners said.",
    "The ground lease, signed in 1998, runs until 2121.",
    "The club marked the day by naming the stand it hopes will still be full in 2121.",
    "Her novel, set in 2121, sold 200,000 copies last year.",
    "The government sold bonds maturing in 2121 on Tuesday.",
    "Motion 2121 was passed by the council in October.",
    "Flight 2121 landed safely in Leeds in October.",
    "Researchers warned in a report that in 2121 the bay would be under water.",
])
def test_projections_names_and_fiction_a_century_ahead_stay_silent(sentence):
    assert_silent("NL402", art(LEAD, sentence), date=D2021)


def test_a_century_horizon_anywhere_in_the_article_silences_a_forward_year():
    text = art(LEAD, "The firm celebrates its centenary next spring.",
               "Staff buried letters in March 2121 for their successors, it said.")
    assert_silent("NL402", text, date=D2021)


# -- NL402: "the highest in four decades" is a present-day statistic -------------------------------
def test_a_year_with_a_highest_in_decades_statistic_fires():
    text = art("Rents in the capital rose 11% in August 1921, the steepest rise in three decades, the agency said.",
               headline="Rents soar")
    assert_fires("NL402", text, at="1921", date=D2021)


def test_a_year_with_decades_of_history_stays_silent():
    text = art("Rents in the capital rose 11% in August 1921, after decades of stagnation, records show.",
               headline="Rents soar")
    assert_silent("NL402", text, date=D2021)


# -- NL401: a mangled "N-year war" whose start the article states ------------------------------------
def test_century_on_a_fighting_noun_counts_from_a_start_year_in_the_article():
    text = art("Gunmen attacked a market in the north on Saturday, the latest raid in the insurgency of "
               "the 9th century.", "The fighting began in 2015, when armed groups crossed the border.",
               headline="Market attacked")
    (d,) = assert_fires("NL401", text, at="9th century", count=1, date=D2024)
    assert "9-year war" in d.message and "2015" in d.message


def test_since_year_before_the_conflict_noun_is_a_start_too():
    text = art("Troops retook a river town on Monday, a rare gain in the rebellion of the 6th century.",
               "Since 2018, the rebels have held most of the province.", headline="Town retaken")
    assert_fires("NL401", text, at="6th century", date=D2024)


@pytest.mark.parametrize("start", [
    "The festival began in 2015 and draws crowds every summer.",  # not a conflict
    "The fighting began in 2019, when armed groups crossed the border.",  # 2024 - 9 is not 2019
])
def test_century_on_a_fighting_noun_without_a_matching_conflict_start_stays_silent(start):
    text = art("Scholars met on Saturday to discuss the wars of the 9th century in the region.", start,
               headline="Scholars meet")
    assert_silent("NL401", text, date=D2024)


def test_a_known_conflict_with_context_counts_its_start():
    text = art("Mali's army said on Friday it had repelled an attack on a base, the latest in the "
               "Islamist insurgency of the 11th century.", headline="Base attacked")
    assert_fires("NL401", text, at="11th century", date=D2024)
    # Without the country, "Islamist insurgency" names no known conflict.
    assert_silent("NL401", text.replace("Mali's army", "The army"), date=D2024)


def test_a_year_the_headline_names_in_any_slot_is_the_subject():
    import datetime

    from newslint.testing import assert_fires, assert_silent

    body = "\n\nThe council said inflation rose to 3.6 percent in July 2122, the highest in a decade.\n"
    day = datetime.date(2022, 9, 1)
    assert_fires("NL402", "Inflation rises again" + body, at="2122", date=day)
    assert_silent("NL402", "Letters to 2122" + body, date=day)
