"""Suppression directives: the same comment syntax in plain text, Markdown and HTML."""
from __future__ import annotations

import pytest

from newslint.testing import lint

BODY = "Headline\n\nA lead paragraph.\n\n{before}Published by{after}\n"


def codes(text, path="a.txt", select=("NL501",)):
    return [(d.code, d.start.line) for d in lint(text, select, path=path)]


def test_unsuppressed_fires():
    assert codes(BODY.format(before="", after="")) == [("NL501", 5)]


@pytest.mark.parametrize("path", ["a.txt", "a.md"])
def test_disable_enable_range(path):
    text = "Headline\n\n<!-- newslint: disable NL501 -->\n\nA lead paragraph.\n\nPublished by\n"
    assert codes(text, path) == []
    text = ("Headline\n\n<!-- newslint: disable NL501 -->\n\nA lead.\n\n<!-- newslint: enable NL501 -->\n\n"
            "Published by\n")
    assert codes(text, path) == [("NL501", 9)]


@pytest.mark.parametrize("path", ["a.txt", "a.md", "a.html"])
def test_disable_next_line(path):
    if path.endswith("html"):
        text = ("<h1>Headline</h1>\n<p>A lead paragraph.</p>\n<!-- newslint: disable-next-line NL501 -->\n"
                "<p>Published by</p>\n")
        assert codes(text, path) == []
        assert codes(text.replace("NL501", "NL101"), path) == [("NL501", 4)]
    else:
        text = BODY.format(before="<!-- newslint: disable-next-line NL501 -->\n", after="")
        assert codes(text, path) == []


def test_disable_next_paragraph_and_line_and_file():
    text = BODY.format(before="<!-- newslint: disable-next-paragraph all -->\n\n", after="")
    assert codes(text) == []
    text = BODY.format(before="", after=" <!-- newslint: disable-line NL501 -->")
    assert codes(text) == []
    text = "<!-- newslint: disable-file NL5 -->\n" + BODY.format(before="", after="")
    assert codes(text) == []


def test_other_codes_are_not_suppressed():
    text = BODY.format(before="<!-- newslint: disable-next-line NL101 -->\n", after="")
    assert codes(text) == [("NL501", 6)]


def test_directive_without_codes_is_reported():
    text = BODY.format(before="<!-- newslint: disable-next-line -->\n", after="")
    found = codes(text, select=("NL501", "NL002"))
    assert ("NL002", 5) in found and ("NL501", 6) in found


def test_unused_directive_is_opt_in_nl001():
    text = "Headline\n\n<!-- newslint: disable-next-line NL501 -->\nA fine lead paragraph.\n"
    assert codes(text, select=("NL501",)) == []
    assert codes(text, select=("NL501", "NL001")) == [("NL001", 3)]
