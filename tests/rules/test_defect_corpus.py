"""The headline families and NL7 on 64 short articles with defects written for the tests.

``tests/fixtures/corpus/defects/`` holds machine-translation-style copy (none from the dev
set): foreign datelines of many agencies, untranslated places, mistranslated titles from
German, Spanish, French, Russian, Chinese and a dozen more source languages, renamed
organisations, split numbers and source-language number formats, anachronisms in 2020s stories. ``expected.tsv`` lists every
finding, by file, line, code and the text flagged: the run must report exactly those (a
defect missed or a new finding fails the test, which then shows both lists).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint.document import parse_date
from newslint.testing import lint

CORPUS = Path(__file__).parent.parent / "fixtures" / "corpus" / "defects"
DATES = dict(line.split("\t") for line in (CORPUS / "dates.tsv").read_text(encoding="utf-8").splitlines() if line)


def _expected() -> dict[str, list[tuple[int, str, str]]]:
    out: dict[str, list[tuple[int, str, str]]] = {name: [] for name in DATES}
    for line in (CORPUS / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, lineno, code, flagged = line.split("\t")
            out[name].append((int(lineno), code, flagged))
    return out


EXPECTED = _expected()


def test_corpus_is_complete():
    assert sorted(DATES) == sorted(p.name for p in CORPUS.glob("*.txt")) and len(DATES) == 64
    assert sum(map(len, EXPECTED.values())) >= 90
    # d28 (a lead repeated as a different translation of the same sentence) is a known miss
    assert [name for name, rows in EXPECTED.items() if not rows] == ["d28_repeat_mt_synonyms.txt"]


@pytest.mark.parametrize("name", sorted(DATES))
def test_findings_are_the_expected_ones(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    found = [(d.start.line, d.code, text[d.span.start:d.span.end] if d.start.line == d.end.line else "")
             for d in lint(text, ("NL1", "NL2", "NL3", "NL4", "NL7"), path=name, date=parse_date(DATES[name].strip()))]
    assert sorted(found) == sorted(EXPECTED[name])
