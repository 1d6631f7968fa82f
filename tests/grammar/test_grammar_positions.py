"""LanguageTool counts UTF-16 code units; newslint reports code points. Both ends of every
match must land on the characters LanguageTool meant, whatever precedes them."""
from __future__ import annotations

import json
import random

import pytest
from grammar_helpers import lint, lt  # noqa: F401 - lt, no_lt_url are fixtures

from newslint.grammar.payload import Paragraph, make_paragraph, utf16_len
from newslint.loaders.plain import load_plain
from newslint.violation import Span


def _where(text: str, needle: str, nth: int = 0) -> tuple[int, int, int]:
    """(line, column, offset) of the nth occurrence of needle, in code points, 1-based."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1, at


ARTICLE = (
    "Talks resume in Moscow 🇷🇺\n"
    "\n"
    "😀😀 Officials in Москва and 北京 said “the talks” would go on; teh agenda is long.\n"
    "𝒳𝒳 marks the spot 🙂 and goverment aides agreed.\n"
    "\n"
    "Ünïcödé café — he go to the 𠀋 summit, teh envoy said ,  later.\n"
)


def test_columns_are_code_points_after_emoji_astral_and_non_latin_text(lt):
    result = lint(ARTICLE, select=("NL9",))
    assert not result.unavailable and not result.errors
    got = {(d.code, d.start.line, d.start.column, ARTICLE[d.span.start:d.span.end]) for d in result.diagnostics}
    expected = set()
    for code, needle, nth in [("NL902", "teh", 0), ("NL902", "goverment", 0), ("NL901", "go", 1),
                              ("NL902", "teh", 1), ("NL903", "𝒳𝒳", 0)]:
        line, col, _ = _where(ARTICLE, needle if needle != "go" else "go to", 0 if needle == "go" else nth)
        expected.add((code, line, col, needle))
    # the space before the comma and the double space after it, on the last line
    line, col, _ = _where(ARTICLE, " ,  later")
    expected |= {("NL903", line, col, " "), ("NL903", line, col + 2, "  ")}
    assert got == expected
    # LanguageTool really was told UTF-16 offsets: the last line's "teh" is far from its code-point offset
    raw = lt.checks()[0]["data"]
    assert "😀😀" in raw


def test_a_match_spanning_astral_characters_ends_after_them(lt):
    text = "Headline\n\nThe sign read 𝒳𝒳𝒳 in gold.\n"
    [d] = lint(text, select=("NL903",)).diagnostics
    assert text[d.span.start:d.span.end] == "𝒳𝒳𝒳"  # 3 code points, 6 UTF-16 units
    assert (d.start.column, d.end.column) == (15, 18)


def test_markup_is_sent_as_markup_and_offsets_still_point_into_the_file(lt):
    text = "Headline\n\nOfficials said <!-- checked: 😀 --> teh talks ended.\n"
    result = lint(text, select=("NL9",))
    [d] = result.diagnostics  # no double-space finding around the blanked comment
    assert (d.code, text[d.span.start:d.span.end]) == ("NL902", "teh")
    sent = lt.checks()[0]["data"]
    assert '{"markup": "<!-- checked: 😀 -->"}' in sent


def test_markdown_article_positions(lt):
    text = "# Talks resume\n\n> A quote from the envoy:\n> he go home 😀.\n\n- teh list item\n"
    result = lint(text, path="article.md", select=("NL9",))
    got = sorted((d.code, d.start.line, d.start.column) for d in result.diagnostics)
    assert got == [("NL901", *_where(text, "go home")[:2]), ("NL902", *_where(text, "teh")[:2])]
    # the second line's "> " is inside the block: sent as markup, not as text
    assert {"markup": ">"} in json.loads(lt.checks()[0]["data"])["annotation"]


def test_utf16_to_code_point_conversion_matches_python_for_random_text():
    rng = random.Random(7)
    alphabet = "ab ,.é€Жあ😀𝒳🇳🇴\u200d𠀋"
    for _ in range(200):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40)))
        doc = load_plain("x.txt", s + "\n")
        p: Paragraph = make_paragraph(doc, Span(0, len(s)))
        assert p.units16 == utf16_len(s) == len(s.encode("utf-16-le")) // 2
        for cp in range(len(s) + 1):
            assert p.to_code_points(utf16_len(s[:cp])) == cp


def test_installed_language_tool_python_match_converts_start_but_not_length():
    """What newslint works around (read from ltp 3.x's match.py): ``Match`` moves the offset
    from UTF-16 to code points, keeps the UTF-16 length, and does it through class
    attributes shared by all threads. newslint reads the raw JSON instead. If this test
    fails after an upgrade, re-read language_tool_python/match.py."""
    ltp_match = pytest.importorskip("language_tool_python.match")
    text = "😀 𝒳𝒳 end"
    raw = {"message": "m", "replacements": [], "offset": 3, "length": 4,
           "context": {"text": text, "offset": 3, "length": 4}, "sentence": text,
           "rule": {"id": "X", "issueType": "typographical", "category": {"id": "TYPOGRAPHY", "name": "T"}}}
    m = ltp_match.Match(dict(raw), text)
    assert m.offset == 2  # converted: 😀 is 2 units, 1 code point
    assert m.error_length == 4  # not converted: 𝒳𝒳 is 4 units, 2 code points
