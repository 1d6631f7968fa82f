"""FastPattern must find exactly what ``re.finditer`` finds (it only finds it faster)."""
from __future__ import annotations

import random
import re

import pytest

from newslint import era
from newslint.textscan import FastPattern

PATTERNS = [
    era.YEAR, era.DECADE, era.YEARS_REL,
    r"\b(?:the\s+)(?P<d>1[0-9]{2}0)s\b",
    r"(?<![\w$])(1[0-9]{3})\b",
    r"\b(?:General|Secretary|Minister)\b",
    r"(?<=of )\d+",
]
ALPHABET = ["1", "9", "0", "2", "5", " ", "the ", "s", "$", "of ", "General", "Secretary", "years ", "since ",
            "ago", ".", "\n", "é", "😀", "x", "In 1905 ", "1990s", "almost 40 years "]


def _pattern(p):
    return p if isinstance(p, re.Pattern) else re.compile(p)


@pytest.mark.parametrize("pattern", PATTERNS, ids=lambda p: _pattern(p).pattern[:30])
def test_fastpattern_equals_finditer_on_random_text(pattern):
    compiled = _pattern(pattern)
    fast = FastPattern(compiled)
    rng = random.Random(20261129)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 40)))
        pos = rng.randint(0, len(text))
        expected = [(m.span(), m.groups()) for m in compiled.finditer(text, pos)]
        assert [(m.span(), m.groups()) for m in fast.finditer(text, pos)] == expected, text
        first = compiled.search(text, pos)
        got = fast.search(text, pos)
        assert (got and got.span()) == (first and first.span())
