"""The headline families stay silent on ordinary, correct news copy.

``tests/fixtures/corpus/clean/`` holds 142 short articles written for newslint's tests (none
from the dev set): politics, business, sport, science, culture, obituaries and world news
from 1995 to 2025, wire datelines, scores and figures, historical features, correct titles
and office-holders, English exonyms and foreign-looking English names, and the traps that
tempt each family (a 17th-century palace, the 1918 flu pandemic, Speaker Mike Johnson,
Simona Halep, Siam Cement). Every finding of NL1-NL4 on them would be a false alarm, with the
article's date and without it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint.document import parse_date
from newslint.testing import lint

CORPUS = Path(__file__).parent.parent / "fixtures" / "corpus" / "clean"
DATES = dict(line.split("\t") for line in (CORPUS / "dates.tsv").read_text(encoding="utf-8").splitlines() if line)
#: Findings that are right although the copy is otherwise clean.
KNOWN = {
    # "Party of Regions" and "Regions Party" in one article: one party named two ways.
    ("c24_kiev_2014.txt", "NL302"),
}


def test_every_article_has_a_date():
    assert sorted(DATES) == sorted(p.name for p in CORPUS.glob("*.txt")) and len(DATES) >= 100


@pytest.mark.parametrize("name", sorted(DATES))
@pytest.mark.parametrize("dated", [True, False], ids=["dated", "undated"])
def test_headline_families_are_silent(name, dated):
    text = (CORPUS / name).read_text(encoding="utf-8")
    date = parse_date(DATES[name].strip()) if dated else None
    found = [d for d in lint(text, ("NL1", "NL2", "NL3", "NL4"), path=name, date=date)
             if (name, d.code) not in KNOWN]
    assert not found, "\n".join(f"{name}:{d.start.line}:{d.start.column}: {d.code} {d.message}" for d in found)
