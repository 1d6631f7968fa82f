"""Meta-tests derived from the registry: every rule is documented, has a fixture pair that
fires and stays silent, and docs/rules.md is what the registry renders."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint import Config, Linter
from newslint.docgen import render_rules
from newslint.rule import CODE, DOC_SECTIONS

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "rules"
LINTER = Linter(Config(select=("ALL",)))
RULES = list(LINTER.registry)
CODES = [r.code for r in RULES]


def test_registry_has_the_built_in_families():
    assert {"NL001", "NL002", "NL501"} <= set(CODES)


@pytest.mark.parametrize("code", CODES)
def test_rule_is_documented(code):
    r = LINTER.registry[code]
    assert CODE.match(r.code) and r.summary and not r.summary.endswith(":")
    sections = r.sections()
    assert list(sections)[: len(DOC_SECTIONS)] == list(DOC_SECTIONS), f"{code}: doc sections {list(sections)}"
    assert all(sections[s] for s in DOC_SECTIONS), f"{code}: an empty doc section"


def _fixture(code: str, kind: str) -> Path:
    found = sorted(FIXTURES.glob(f"{code}.{kind}.*"))
    assert found, f"missing fixture {FIXTURES}/{code}.{kind}.txt (or .md)"
    return found[0]


def _lint(code: str, path: Path):
    # NL001 reports directives that suppress nothing: it needs the suppressed rule to run too.
    linter = Linter(Config(select=(code, "NL501") if code == "NL001" else (code,)))
    result = linter.lint_file(str(path))
    assert not result.errors, result.errors
    return [d for d in result.diagnostics if d.code == code]


@pytest.mark.parametrize("code", [c for c in CODES if c != "NL001"])
def test_rule_fires_on_its_fixture(code):
    assert _lint(code, _fixture(code, "fires")), f"{code} did not fire on its fixture"


@pytest.mark.parametrize("code", CODES)
def test_rule_silent_on_its_near_miss_fixture(code):
    found = _lint(code, _fixture(code, "silent"))
    assert not found, [(d.start.line, d.message) for d in found]


def test_nl001_fires_on_its_fixture_when_selected():
    assert [d.code for d in _lint("NL001", _fixture("NL001", "fires"))] == ["NL001"]


def test_docs_rules_md_is_generated_from_the_registry():
    expected = render_rules(Linter(Config()))
    actual = (REPO / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "docs/rules.md is stale: run python -m newslint.docgen > docs/rules.md"
