"""The document model: parts of a news article, spans, positions, loaders."""
from __future__ import annotations

import datetime as dt

import pytest

from newslint import Linter
from newslint.errors import InputError
from newslint.loaders import normalise_newlines
from newslint.violation import Span

ARTICLE = """Categories: world

Talks open in Moscow

MOSKVA – Delegates met on Friday. Mr. Lavrov spoke first…

Delegates met on Friday in the U.S. capital. Gen. Smith said "We are ready." Then he left.

The talks end today.
"""


@pytest.fixture(scope="module")
def linter():
    return Linter()


def test_plain_text_parts(linter):
    doc = linter.load("a.txt", ARTICLE)
    assert doc.slice(doc.residue[0]) == "Categories: world"
    assert doc.slice(doc.headline) == "Talks open in Moscow"
    assert doc.slice(doc.dateline) == "MOSKVA"
    assert doc.slice(doc.lead).startswith("MOSKVA – Delegates met")
    assert doc.slice(doc.body).endswith("The talks end today.")
    assert len(doc.paragraphs) == 5
    assert [doc.slice(p) for p in doc.body_paragraphs][-1] == "The talks end today."


def test_sentences_respect_news_abbreviations(linter):
    doc = linter.load("a.txt", ARTICLE)
    sents = [doc.slice(s) for s in doc.sentences]
    assert "Delegates met on Friday in the U.S. capital." in sents
    assert 'Gen. Smith said "We are ready."' in sents
    assert "Then he left." in sents
    assert "MOSKVA – Delegates met on Friday." in sents


def test_positions_are_one_based_code_points(linter):
    text = "Head 😀\n\nBody “quoted” 中文 target\n"
    doc = linter.load("a.txt", text)
    off = text.index("target")
    pos = doc.position(off)
    assert (pos.line, pos.column) == (3, text.split("\n")[2].index("target") + 1)
    assert doc.position(0).line == 1 and doc.position(0).column == 1


def test_bom_and_crlf_keep_lines_and_columns():
    assert normalise_newlines("\ufeffa\r\nb\rc") == "a\nb\nc"


def test_front_matter_is_parsed_and_blanked(linter):
    text = "---\ntitle: Talks\ndate: 2018-11-09\nsource_lang: nb\ndesk: world\n---\nHeadline\n\nBody text here.\n"
    doc = linter.load("a.txt", text)
    assert doc.meta["title"] == "Talks" and doc.meta["desk"] == "world" and doc.meta["source_lang"] == "nb"
    assert doc.date == dt.date(2018, 11, 9)
    assert len(doc.text) == len(text) and "title" not in doc.text
    assert doc.slice(doc.headline) == "Headline"


def test_bad_front_matter_is_an_input_error_with_line(linter):
    with pytest.raises(InputError) as err:
        linter.load("a.md", "---\ntitle: [unclosed\n---\nBody\n")
    assert "a.md:" in str(err.value) and "front matter" in str(err.value)


def test_markdown_headings_paragraphs_and_code_blocks(linter):
    text = "# Headline here\n\nLead paragraph.\n\n```\ncode 1\n\n1 countries\n```\n\n> A pull quote.\n\n- item\n"
    doc = linter.load("a.md", text)
    assert doc.format == "markdown"
    assert doc.slice(doc.headline) == "Headline here"
    assert doc.slice(doc.lead) == "Lead paragraph."
    assert "countries" not in doc.text and len(doc.text) == len(text)
    kinds = [(b.kind, doc.slice(b.span)) for b in doc.blocks]
    assert ("quote", "A pull quote.") in kinds and ("item", "item") in kinds


def test_html_blocks_and_markup_blanked(linter):
    text = "<html><body><h1>Headline</h1><p>Lead <b>text</b>.</p><script>var x = 1;</script></body></html>"
    doc = linter.load("a.html", text)
    assert doc.slice(doc.headline) == "Headline"
    assert "Lead" in doc.slice(doc.lead) and "<b>" not in doc.text and "var x" not in doc.text
    assert len(doc.text) == len(text)


def test_units_by_scope(linter):
    doc = linter.load("a.txt", ARTICLE)
    assert doc.units("headline") == (doc.headline,)
    assert doc.units("document") == (Span(0, len(doc.text)),)
    assert len(doc.units("sentence")) == len(doc.sentences)
    with pytest.raises(ValueError):
        doc.units("chapter")


@pytest.mark.parametrize("lead, place", [
    ("MOSKVA – Delegates met.", "MOSKVA"),
    ("WASHINGTON (AP) — Delegates met.", "WASHINGTON"),
    ("LONDON, Nov 9 (Reuters) - Delegates met.", "LONDON"),
    ("ODESA, Ukraine, May 2 (Reuters) - Delegates met.", "ODESA"),
    ("SHANGHAI, Oct. 4 (Xinhua) -- Delegates met.", "SHANGHAI"),
    ("GRAZ, 5. Mai (APA) - Delegates met.", "GRAZ"),
    ("KAZAN, June 8. /TASS/. Delegates met.", "KAZAN"),
    ("Lyon (AFP) - Delegates met.", "Lyon"),
    ("GRAZ (dpa) - Delegates met.", "GRAZ"),
    ("SÃO PAULO (Reuters) - Delegates met.", "SÃO PAULO"),
])
def test_dateline_shapes_of_the_agencies(linter, lead, place):
    doc = linter.load("a.txt", f"Headline\n\n{lead}\n\nMore.\n")
    assert doc.dateline is not None and doc.slice(doc.dateline) == place


@pytest.mark.parametrize("lead", [
    "Mr Hale (pictured) - who met them - said so.",
    "Lyon - the city of silk - is busy.",
    "The minister - who met them - said so.",
    "Mr Johnson (Conservative) - who met them - said so.",
    "Senator Warren (D-Mass.) -- who met them -- said so.",
])
def test_no_dateline_in_ordinary_openings(linter, lead):
    assert linter.load("a.txt", f"Headline\n\n{lead}\n\nMore.\n").dateline is None


def test_one_paragraph_per_line_when_a_file_has_no_blank_lines(linter):
    lead = "LYON – The council met on Friday to approve the new tram line, officials said in a statement."
    doc = linter.load("a.txt", f"Tram line approved\n{lead}\n{'The work starts in May and ends in two years. ' * 3}\n")
    assert [doc.slice(b.span)[:10] for b in doc.blocks] == ["Tram line ", "LYON – The", "The work s"]
    assert doc.slice(doc.headline) == "Tram line approved" and doc.slice(doc.dateline) == "LYON"


def test_hard_wrapped_paragraphs_stay_whole(linter):
    doc = linter.load("a.txt", "Tram line approved\nThe council met on Friday\nto approve the line.\n")
    assert len(doc.blocks) == 1  # short lines and no blank line: one wrapped block, as before
    url = "https://example.org/" + "a" * 100
    doc = linter.load("a.txt", f"Tram line approved\nThe council met on Friday\nto approve {url}\nand more.\n")
    assert len(doc.blocks) == 1  # one long line (a URL) in wrapped text
    doc = linter.load("a.txt", "Tram line approved\n\nThe council met on Friday\nto approve the line.\n")
    assert [doc.slice(b.span) for b in doc.blocks] == ["Tram line approved", "The council met on Friday\nto approve the line."]


def test_block_sentences_are_the_documents_sentences(linter):
    doc = linter.load("a.txt", ARTICLE)
    assert tuple(s for i in range(len(doc.blocks)) for s in doc.block_sentences(i)) == doc.sentences


def test_sentence_at_joins_a_paragraph_cut_by_a_stray_break(linter):
    from newslint.textscan import sentence_at

    text = "Headline\n\nThe council signed a lease of 1\n\n5 years on Friday. Work starts soon.\n"
    doc = linter.load("a.txt", text)
    joined = sentence_at(doc, text.index("5 years"))
    assert doc.slice(joined) == "The council signed a lease of 1\n\n5 years on Friday."
    assert doc.slice(sentence_at(doc, text.index("Work"))) == "Work starts soon."
