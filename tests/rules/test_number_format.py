"""NL701-NL702 number formats of the source language: fires on continental thousands and
decimal commas, silent on the English decimals, codes and lists that share their shape.

Every fixture here is written for this file (no dev-set or probe text).
"""
from __future__ import annotations

import pytest

from newslint.testing import assert_fires, assert_silent

HEAD = "Harbour talks resume\n\n"


def art(*paragraphs: str) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n"


def _fixed(text: str, d) -> str:
    assert d.fix is not None and not d.fix.safe
    return text[: d.fix.span.start] + d.fix.replacement + text[d.fix.span.end :]


# -- NL701: a dot as the thousands separator -----------------------------------------------

@pytest.mark.parametrize("sentence, at, fixed", [
    ("Organisers said 9.000 volunteers had signed up.", "9.000", "9,000 volunteers"),
    ("The storm damaged 4.500 homes along the coast.", "4.500", "4,500 homes"),
    ("The region lost 1.200 industrial jobs last year.", "1.200", "1,200 industrial"),
    ("Nearly 15.000 Afghan families were resettled.", "15.000", "15,000 Afghan"),
    ("The new terminal cost 3.400.000 euros.", "3.400.000", "3,400,000 euros"),
    ("The fine was raised to 2.500 euros.", "2.500", "2,500 euros"),
    ("About 700.000 people", "700.000", "700,000 people"),
    ("The refit will cost 2.750,5 million lira.", "2.750,5", "2,750.5 million"),
    ("Police counted 20.000 to 25.000 protesters.", "20.000", "20,000 to"),
    ("The city has 1.250.000 residents.", "1.250.000", "1,250,000 residents"),
])
def test_continental_thousands_fire_with_a_fix(sentence, at, fixed):
    text = art(sentence)
    found = assert_fires("NL701", text, at=at)
    d = next(d for d in found if d.span.start == text.index(at))
    assert d.severity.name == "WARNING"
    assert fixed in _fixed(text, d)


@pytest.mark.parametrize("sentence", [
    "Oil output reached 2.845 billion barrels.",          # a scale word: an English decimal
    "She won the sprint in 10.715 seconds.",               # a timing
    "Mortgage rates rose to 3.875 per cent.",              # a rate
    "The ten-year yield climbed to 4.125% on Friday.",
    "Diesel sold for €1.649 a litre in the city.",         # a unit price
    "The pound rose to 1.165 euros on Monday.",            # an exchange rate
    "The rupee weakened to 82.975 rupees per dollar.",
    "He is averaging 1.375 goals per game.",               # an average
    "The pitcher finished with an ERA of 2.875 this year.",
    "The gymnast scored 14.850 on the beam.",              # a score
    "The index gained 1.425 points by noon.",
    "Shares closed at 2.375 euros in Milan.",              # a share price
    "Download version 4.12.1 from the website.",           # a version
    "Traffic was routed through 172.100.200.250 overnight.",  # an IP address
    "The agreement was signed on 14.02.2020 in Vienna.",   # a date
    "The timing gap was 0.125 seconds.",
    "See section 2.400 of the harbour code.",              # a reference
    "He ran the 1.500 metres and the 5.000 metres.",       # a distance
    "The 1.000 Guineas is run in May.",                    # a name, not a count
    "The tender was worth 3.125 in the index.",
    "Results\n\nTeam A\t1.250\t3.000 points\nTeam B\t1.125\t2.000 people",
])
def test_continental_thousands_silent_on_english_decimals_and_codes(sentence):
    assert_silent("NL701", art(sentence))


# -- NL702: a comma as the decimal mark ------------------------------------------------------

@pytest.mark.parametrize("sentence, at, fixed", [
    ("The deal is worth 3,4 billion euros.", "3,4", "3.4 billion"),
    ("The city borrowed $2,7 million last year.", "2,7", "$2.7 million"),
    ("Prices rose 4,25 per cent in March.", "4,25", "4.25 per cent"),
    ("Unemployment fell to 6,1% in June.", "6,1", "6.1%"),
    ("Exports were 1,5 times higher than in 2019.", "1,5", "1.5 times"),
    ("The new tunnel is 11,3 km long.", "11,3", "11.3 km"),
    ("Growth slowed to 0,4 percent.", "0,4", "0.4 percent"),
    ("The club paid €8,5m for the striker.", "8,5", "€8.5m"),
])
def test_decimal_comma_fires_with_a_fix(sentence, at, fixed):
    text = art(sentence)
    [d] = assert_fires("NL702", text, at=at, count=1)
    assert fixed in _fixed(text, d)


@pytest.mark.parametrize("sentence", [
    "Gates 1,2 and 3 were closed.",                       # a list without spaces
    "In 2020,30 ships were turned away.",                 # a year, a comma, a count
    "Read pages 4,5 for the details.",                    # a label
    "Fees rose to 12,500 euros.",                         # English thousands
    "The bill is 12,000 times longer.",
    "On May 3,5 million people voted.",                   # a date with a missing space
    "They won 3,1 in the final.",                         # a score
    "Rovers won 2,1 points clear of the pack.",
    "The auction reached 48,00 0 pounds.",                # a split number (NL102's business)
    "The vote was 5,2 with one abstention.",
    "The budget grew by 1.5 billion euros.",              # already English
    "Scores\n\nA\t1,5 points\t2,5 points\nB\t3,5 points\t4,5 points",
])
def test_decimal_comma_silent(sentence):
    assert_silent("NL702", art(sentence))


def test_the_two_rules_do_not_report_the_same_number():
    text = art("The refit will cost 2.750,5 million lira, and 1,5 billion more next year.")
    [d701] = assert_fires("NL701", text, count=1)
    [d702] = assert_fires("NL702", text, count=1)
    assert not d701.span.overlaps(d702.span)
