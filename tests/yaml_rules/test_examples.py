"""Rule examples keep a house style honest: ``newslint check-rules`` and ``check --strict``
fail when a rule misses its own bad example or reports a good one."""
from __future__ import annotations

import pytest

from conftest import run_cli
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.loader import example_document, load_files
from newslint.testing import assert_examples, check_examples

RULE = """\
rules:
  - code: HS101
    name: hedging
    kind: existence
    tokens: [so to speak]
    examples:
      bad:
        - It was, so to speak, over.
        - {bad}
      good:
        - It was over.
        - {good}
"""


def _write(tmp_path, bad="So to speak, yes.", good="Speak up.", config="select: [HS]\n"):
    (tmp_path / "rules.yml").write_text(RULE.format(bad=bad, good=good), encoding="utf-8")
    (tmp_path / ".newslint.yml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nNothing to report.\n", encoding="utf-8")


def test_check_rules_passes_on_the_default_house_style(tmp_path):
    proc = run_cli("check-rules", "--isolated", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout == ""
    assert "0 problems" in proc.stderr and "examples checked" in proc.stderr


def test_a_bad_example_that_no_longer_fires_is_an_error(tmp_path):
    _write(tmp_path, bad="Speaking of which, no.")  # the rule is case-sensitive and wants "so to speak"
    proc = run_cli("check-rules", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stdout.splitlines() == [
        "rules.yml:9:11: HS101 hedging does not fire on its bad example 'Speaking of which, no.'"]


def test_a_good_example_that_fires_is_an_error(tmp_path):
    _write(tmp_path, good="As it were, so to speak.")
    proc = run_cli("check-rules", "rules.yml", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "rules.yml:9:11: HS101 hedging does not fire on its bad example 'So to speak, yes.'",
        "rules.yml:12:11: HS101 hedging fires on its good example 'As it were, so to speak.': Avoid 'so to speak'."]


def test_check_strict_checks_examples_on_load(tmp_path):
    _write(tmp_path)  # "So to speak, yes." is a broken bad example (capital S)
    plain = run_cli("check", "a.txt", cwd=tmp_path)
    assert plain.returncode == 0, plain.stderr  # examples are not checked without --strict
    strict = run_cli("check", "--strict", "a.txt", cwd=tmp_path)
    assert strict.returncode == 2
    assert strict.stderr.splitlines()[0] == (
        "newslint: error: rules.yml:9:11: HS101 hedging does not fire on its bad example 'So to speak, yes.'")
    _write(tmp_path, config="select: [HS]\nstrict: true\n")
    assert run_cli("check", "a.txt", cwd=tmp_path).returncode == 2


def test_check_strict_passes_when_examples_hold(tmp_path):
    _write(tmp_path, bad="It was so to speak done.")
    assert run_cli("check", "--strict", "a.txt", cwd=tmp_path).returncode == 0


def test_testing_helpers_report_the_same(tmp_path):
    _write(tmp_path)
    problems = check_examples(tmp_path / "rules.yml")
    assert len(problems) == 1 and problems[0].endswith("does not fire on its bad example 'So to speak, yes.'")
    with pytest.raises(AssertionError, match="does not fire"):
        assert_examples(tmp_path / "rules.yml")
    assert_examples()  # the default house style


def test_examples_are_placed_in_the_rule_scope():
    lead = example_document("A sentence.", "lead")
    assert lead.slice(lead.lead) == "A sentence." and lead.slice(lead.headline) == "Example"
    head = example_document("A headline", "headline")
    assert head.slice(head.headline) == "A headline" and head.lead is None
    whole = example_document("Title\n\nLead.\n\nBody.", "body")
    assert whole.slice(whole.headline) == "Title" and len(whole.blocks) == 3


def test_headline_scope_examples(tmp_path):
    path = tmp_path / "r.yml"
    path.write_text("""\
rules:
  - code: HS201
    name: headline-question
    kind: existence
    scope: headline
    word-boundaries: false
    tokens: ['\\?$']
    examples:
      bad: ["Is this the end?"]
      good: ["Title\\n\\nIs this the end?"]
""", encoding="utf-8")
    loaded = load_files([path], BUILTIN_KINDS, check_examples=True)
    assert not loaded.errors and not loaded.example_errors and loaded.examples_checked == 2
