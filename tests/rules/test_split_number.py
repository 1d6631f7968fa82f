"""NL101-NL103 split numbers: fires on broken numbers, silent on the traps of domain.md §6.

Every fixture here is written for this file (no dev-set text).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint.testing import assert_fires, assert_silent, lint

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"

HEAD = "Harbour talks resume\n\n"


def art(*paragraphs: str) -> str:
    """A headline and the given paragraphs, blank-line separated (plain text)."""
    return HEAD + "\n\n".join(paragraphs) + "\n"


# -- NL101: paragraph and line breaks ------------------------------------------------------

def test_paragraph_break_inside_a_number_fires_and_gives_the_joined_number():
    text = art("The summit drew ministers from 1", "4 nations, the hosts said on Tuesday.")
    [d] = assert_fires("NL101", text, at="1\n\n4", count=1)
    assert "14" in d.message
    assert d.fix is not None and not d.fix.safe
    fixed = text[: d.fix.span.start] + d.fix.replacement + text[d.fix.span.end :]
    assert "from 14 nations" in fixed


@pytest.mark.parametrize("prev, nxt, joined", [
    ("Ticket sales reached 48,00", "0 by the end of the week.", "48,000"),
    ("The ferry line first opened in 19", "64 and closed a decade later.", "1964"),
    ("The port handled £3", "00,000 worth of cargo.", "300,000"),
    ("Officials said the 4", "1-year-old captain was unhurt.", "41"),
    ("Rovers went on to win 2", "1-19 in extra time.", "21"),
    ("The visitors trailed 10-1", "4 at the break.", "14"),
    ("Some 12,", "500 dockers joined the strike.", "12,500"),
    ("The terminal was last rebuilt in 200", "1. Traffic has since doubled.", "2001"),
])
def test_paragraph_break_shapes(prev, nxt, joined):
    text = art(prev, nxt)
    first_half = prev.rsplit(" ", 1)[-1].lstrip("£").split("-")[-1]
    [d] = assert_fires("NL101", text, at=first_half + "\n\n", count=1)
    assert joined in d.message


def test_line_break_inside_a_paragraph_fires():
    text = art("Crews worked for 3\n6 hours to clear the wreck from the channel.")
    assert_fires("NL101", text, at="3\n6", count=1)


def test_html_br_inside_a_number_fires():
    html = ("<html><body><h1>Harbour talks</h1>"
            "<p>Crews worked for 3<br>6 hours to clear the channel.</p></body></html>")
    found = [d for d in lint(html, "NL101", path="story.html") if d.code == "NL101"]
    assert len(found) == 1 and "36" in found[0].message


def test_markdown_paragraph_break_fires():
    md = "# Harbour talks\n\nThe summit drew ministers from 1\n\n4 nations on Tuesday.\n"
    found = [d for d in lint(md, "NL101", path="story.md") if d.code == "NL101"]
    assert len(found) == 1 and found[0].start.line == 3


@pytest.mark.parametrize("text", [
    # a paragraph that ends with punctuation before a number
    art("The vote was held on Friday.", "11 countries signed the accord."),
    # a legitimate count at the start of a paragraph
    art("Ministers met in the port city", "11 countries signed the accord on Monday."),
    # a numbered list written as paragraphs
    art("1. Buy 2", "2. Sell 3", "3. Hold"),
    art("The changes in version 2", "1. Faster loading of the ferry timetable."),
    # figures standing alone (a table flattened to paragraphs)
    art("Results by region:", "2004", "2005 1,200 1,450"),
    # a decimal, a time and a name ending in digits
    art("Growth was 2.5", "3 analysts disagreed."),
    art("The ferry left at 10:3", "0 passengers were aboard."),
    art("Leaders of the G7", "5 of them arrived late."),
    # the headline is not a paragraph of the story
    "Top 10\n\n2004 was a record year for the harbour.\n",
])
def test_paragraph_break_near_misses_are_silent(text):
    assert_silent("NL101", text)


def test_table_rows_on_separate_lines_are_silent():
    assert_silent("NL101", art("Scores by round\n1 4 2 3\n2 5 1 0\n3 0 2 2"))
    assert_silent("NL101", art("1\n2\n3"))


def test_hard_wrapped_prose_treats_the_newline_as_a_space():
    wrapped = ("The committee sat for three days and heard evidence from\n"
               "witnesses who had travelled from 1\n"
               "1 countries to take part in the inquiry into the collapse.")
    found = [d for d in lint(art(wrapped), "NL1") if d.code in ("NL101", "NL102")]
    assert len(found) == 1 and "11" in found[0].message
    assert_silent("NL101", art("The harbour master said the last ferry left at 10\n"
                               "30 and that all of the crew members were accounted for.\n"
                               "Nobody was hurt in the incident."))


# -- NL102: digits split by a space or a comma and a space ---------------------------------

@pytest.mark.parametrize("sentence, at, joined", [
    ("Delegates from 1 1 countries attended.", "1 1", "11"),
    ("The fund is worth 8 5 million euros.", "8 5", "85"),
    ("The tickets cost £4 5 each.", "4 5", "45"),
    ("Sales rose to 63,00 0 units.", "63,00 0", "63,000"),
    ("Officials counted 14, 000 protesters.", "14, 000", "14,000"),
    ("Officials counted 14 ,000 protesters.", "14 ,000", "14,000"),
    ("The bridge opened in 2 018 after delays.", "2 018", "2018"),
    ("The port was rebuilt in 19 87 by the council.", "19 87", "1987"),
    ("The firm was founded in 199 6.", "199 6", "1996"),
    ("He scored 3 0 goals last season.", "3 0", "30"),
    ("The 2 7-year-old skipper was praised.", "2 7", "27"),
    ("The ship is 4 6 metres long.", "4 6", "46"),
    ("The council approved 2 40 homes.", "2 40", "240"),
    ("More than 1 60 firms bid for the contract.", "1 60", "160"),
    ("Inflation stood at 1 2.5% in March.", "1 2.5", "12.5"),
    ("Shares fell 3 8% on Monday.", "3 8%", "38%"),
    ("The talks are set for 1 4 November.", "1 4", "14"),
    ("The hosts won 1 8-13 in the final.", "1 8", "18"),
    ("The 1 1 countries signed the accord.", "1 1", "11"),
    ("In June 1 2 ministers resigned.", "1 2", "12"),
])
def test_space_splits_fire(sentence, at, joined):
    text = art(sentence)
    [d] = assert_fires("NL102", text, at=at, count=1)
    assert joined in d.message
    assert d.fix is not None and d.fix.replacement.startswith(joined) and not d.fix.safe


@pytest.mark.parametrize("sentence", [
    "The recipe needs 1 1/2 cups of flour.",
    "The visitors won 3 1 in the end.",
    "The court ruled 5 4 against the port authority.",
    "It was a 5 4 vote in the chamber.",
    "She beat her rival 6-3 6-1 in the final.",
    "The ferry leaves at 10 30 every morning.",
    "The first service is 10 30 on Sundays.",
    "The desk is staffed 24 7 by volunteers.",
    "Security was tightened after 9 11 in the United States.",
    "The airline ordered a 737 800 for the route.",
    "The lottery numbers were 4 8 15 16 23 42.",
    "Scores were 3, 5 and 7 in the three rounds.",
    "On March 3, 200 protesters gathered at the gate.",
    "In 2017, 500 people were evacuated.",
    "Delegates from 11 countries attended.",
    "Read section 1 1 of the treaty.",
    "The clock read 9 45 GMT when the ship docked.",
    "One in 10 workers and 1 in 1,000 visitors were affected.",
    "The team lined up in a 4 4 2 formation.",
    "The crash closed Highway 61 12 miles north of the town.",
    "Mission Gemini 7 14 days in orbit was the record then.",
])
def test_space_near_misses_are_silent(sentence):
    text = art(sentence)
    assert_silent("NL102", text)
    assert_silent("NL103", text)


def test_a_table_row_of_figures_is_silent():
    assert_silent("NL102", art("Round 1 4 2 3 1 0"))


# -- NL103: thousands grouped with a space --------------------------------------------------

@pytest.mark.parametrize("sentence, at, grouped", [
    ("Some 14 000 people attended the rally.", "14 000", "14,000"),
    ("The budget is 1 000 000 euros.", "1 000", "1,000,000"),
    ("About 2\u00a0500 homes lost power.", "2\u00a0500", "2,500"),
    ("The firm paid 12 500 USD in fines.", "12 500", "12,500"),
])
def test_space_grouped_thousands_fire(sentence, at, grouped):
    [d] = assert_fires("NL103", art(sentence), at=at, count=1)
    assert grouped in d.message


def test_space_grouped_thousands_near_misses_are_silent():
    assert_silent("NL103", art("The airline flies the 747 400 on the route."))
    assert_silent("NL103", art("The ferry left at 10 30 with 14,000 tonnes aboard."))
    assert_silent("NL103", art("The carrier ordered 40 737 MAX 8 jets and 12 777 X9 freighters."))


def test_a_year_is_reported_by_nl102_not_nl103():
    text = art("The bridge opened in 2 004 after delays.")
    assert_fires("NL102", text, at="2 004", count=1)
    assert_silent("NL103", text)


# -- the reference article --------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is absent (../shared/ is not beside the checkout)")
def test_seed_article_gets_exactly_its_split_number():
    text = SEED.read_text(encoding="utf-8")
    found = [d for d in lint(text, "NL1", path=str(SEED)) if d.code.startswith("NL1")]
    assert [(d.code, d.start.line) for d in found] == [("NL101", text[: text.index("of 1\n")].count("\n") + 1)]
    assert "11" in found[0].message
    lines = text.splitlines()
    assert lines[found[0].start.line - 1].endswith("representatives of 1")
    assert lines[found[0].end.line - 1].startswith("1 countries")
