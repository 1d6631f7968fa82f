"""NL201 repeated lead: teaser and full copies fire, pull quotes and paraphrases stay silent.

Every fixture here is written for this file (no dev-set text).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint.testing import assert_fires, assert_silent, lint

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"

HEADLINE = "Harbour strike ends after ten days"
LEAD = ("Dock workers in the northern port have voted to end a ten-day strike over pay, "
        "reopening the busiest ferry route in the region.")
SECOND = "The union said members had accepted a revised offer of a 4% rise this year and next."
THIRD = "Ferry operators said sailings would resume on Thursday morning."


def art(*paragraphs: str, headline: str = HEADLINE) -> str:
    return headline + "\n\n" + "\n\n".join(paragraphs) + "\n"


def _line(text: str, needle: str) -> int:
    return text[: text.index(needle)].count("\n") + 1


@pytest.mark.parametrize("teaser", [
    "Dock workers in the northern port have voted to end a ten-day strike…",
    "Dock workers in the northern port have voted to end a ten-day strike...",
    "Dock workers in the northern port have voted to end a ten-day strike […]",
    "Dock workers in the northern port have voted to end a ten-day strike [...]",
    "Dock workers in the northern port have voted to end a ten-day str…",  # cut mid-word
    "Dock workers in the northern port have voted…",  # short, but exactly the lead's start
    "Dock workers in the northern port have voted to end a ten-day strike Read more",
])
def test_truncated_teaser_fires_on_the_second_copy(teaser):
    text = art(teaser, LEAD, SECOND)
    [d] = assert_fires("NL201", text, at=LEAD, count=1)
    assert f"line {_line(text, teaser)}" in d.message
    assert [s.start for s, _ in d.related] == [text.index(teaser)]
    assert d.end.line == _line(text, LEAD)


@pytest.mark.parametrize("dateline", [
    "PORTMOUTH – ",
    "PORTMOUTH (AP) — ",
    "PORTMOUTH, Nov 9 (Reuters) - ",
    "PORTMOUTH, England — ",
])
def test_teaser_with_a_dateline_fires(dateline):
    teaser = dateline + "Dock workers in the northern port have voted to end a ten-day strike…"
    text = art(teaser, LEAD, SECOND)
    assert_fires("NL201", text, at=LEAD, count=1)


def test_dateline_on_the_body_copy_and_curly_apostrophes_fire():
    teaser = "The port's dock workers have voted to end a ten-day strike over pay…"
    body = "PORTMOUTH – The port’s dock workers have voted to end a ten-day strike over pay on Monday."
    text = art(teaser, body, SECOND)
    assert_fires("NL201", text, at="The port’s", count=1)


def test_exact_duplicate_paragraph_fires_and_fix_removes_one_copy():
    text = art(LEAD, LEAD, SECOND)
    second = text.index(LEAD, text.index(LEAD) + 1)
    [d] = assert_fires("NL201", text, count=1)
    assert d.span.start == second
    fixed = text[: d.fix.span.start] + d.fix.replacement + text[d.fix.span.end :]
    assert fixed.count(LEAD) == 1 and SECOND in fixed


def test_lead_sentence_repeated_at_the_start_of_the_next_paragraph_fires():
    text = art(LEAD, LEAD + " " + SECOND, THIRD)
    second = text.index(LEAD, text.index(LEAD) + 1)
    [d] = assert_fires("NL201", text, count=1)
    assert d.span.start == second and d.span.end == second + len(LEAD)


def test_near_copy_with_one_word_changed_fires():
    near = LEAD.replace("busiest", "largest")
    text = art(LEAD, near, SECOND)
    assert_fires("NL201", text, at=near, count=1)


def test_markdown_teaser_fires():
    md = ("# " + HEADLINE + "\n\n*Dock workers in the northern port have voted to end a ten-day strike…*\n\n"
          + LEAD + "\n\n" + SECOND + "\n")
    found = [d for d in lint(md, "NL201", path="story.md") if d.code == "NL201"]
    assert [d.start.line for d in found] == [5]


# -- near misses -------------------------------------------------------------------------------

def test_clean_story_is_silent():
    assert_silent("NL201", art(LEAD, SECOND, THIRD))


def test_headline_that_resembles_the_lead_is_silent():
    headline = "Dock workers in the northern port have voted to end a ten-day strike"
    assert_silent("NL201", art(LEAD, SECOND, THIRD, headline=headline))


def test_pull_quote_is_silent():
    quote_para = "“We have won a fair deal for every family in this town,” the union's branch secretary said."
    pull = "“We have won a fair deal for every family in this town”"
    assert_silent("NL201", art(LEAD, SECOND, pull, quote_para, THIRD))
    md = "# " + HEADLINE + "\n\n" + LEAD + "\n\n> " + pull + "\n\n" + quote_para + "\n"
    assert not [d for d in lint(md, "NL201", path="story.md") if d.code == "NL201"]


def test_quote_repeated_at_the_end_is_silent():
    quote_para = "“We have won a fair deal for every family in this town,” the union's branch secretary said."
    filler = [f"Paragraph {n} of the story adds detail about the dispute and the talks." for n in range(6)]
    assert_silent("NL201", art(LEAD, quote_para, SECOND, *filler, quote_para))


def test_summary_bullets_that_paraphrase_are_silent():
    bullets = "- Port workers end ten-day pay strike\n- Ferry route reopens on Thursday"
    standfirst = "Workers at the northern port have ended their strike after ten days, the union said."
    assert_silent("NL201", art(bullets, LEAD, SECOND))
    assert_silent("NL201", art(standfirst, LEAD, SECOND))


def test_different_sentences_sharing_an_opening_are_silent():
    one = "Dock workers in the northern port have voted to end a ten-day strike over pay."
    two = "Dock workers in the northern port have also voted to elect a new branch committee."
    assert_silent("NL201", art(one, two, THIRD))


def test_a_trailing_ellipsis_that_does_not_start_the_next_paragraph_is_silent():
    teaser = "What happens next at the port is anyone's guess…"
    assert_silent("NL201", art(LEAD, teaser, SECOND))


# -- the reference article --------------------------------------------------------------------

@pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is absent (../shared/ is not beside the checkout)")
def test_seed_article_gets_exactly_its_repeated_lead():
    text = SEED.read_text(encoding="utf-8")
    found = [d for d in lint(text, "NL2", path=str(SEED)) if d.code.startswith("NL2")]
    lines = text.splitlines()
    assert [d.code for d in found] == ["NL201"]
    d = found[0]
    assert lines[d.start.line - 1].startswith("Sitting between")
    teaser_line = next(i for i, line in enumerate(lines, 1) if line.startswith("MOSKVA"))
    assert [pos.line for _, pos in d.related] == [teaser_line]
    assert f"line {teaser_line}" in d.message
