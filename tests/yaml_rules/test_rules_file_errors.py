"""A broken rules file is one clear ``file:line:col: message`` line and exit code 2, never a
traceback: YAML syntax, unknown or duplicate keys, wrong types, bad regexes, duplicate codes."""
from __future__ import annotations

import re

import pytest

from conftest import run_cli
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.loader import default_rules_path, load_files

GOOD = """\
rules:
  - code: HS101
    name: hedging
    kind: existence
    tokens: [so to speak]
"""

# (what, rules.yml text, expected line, column, message fragment)
CASES = [
    ("yaml syntax", "rules:\n  - code: HS101\n    tokens: [a, b\n", 4, 1, "invalid YAML"),
    ("unknown key", GOOD + "    tokes: [x]\n", 6, 5, "unknown key 'tokes' in a existence rule; did you mean 'tokens'?"),
    ("wrong type: bool", GOOD + "    ignore-case: maybe\n", 6, 18, "'ignore-case' must be true or false"),
    ("wrong type: list", GOOD.replace("[so to speak]", "so to speak"), 5, 13, "'tokens' must be a list"),
    ("YAML reads no as false", "rules:\n  - {code: HS101, name: n, kind: substitution, swap: {yes: no}}\n", 2, 60,
     "'swap.yes' must be a string (quote it: YAML reads it as bool)"),
    ("invalid regex", GOOD.replace("[so to speak]", "\n      - fine\n      - '(unclosed'"), 7, 9,
     "invalid regular expression '(unclosed': missing ), unterminated subpattern at position 0"),
    ("duplicate code", GOOD + GOOD.replace("rules:\n", ""), 6, 11, "duplicate code HS101: already used by"),
    ("duplicate key", GOOD + "    name: again\n", 6, 5, "duplicate key 'name' (first at line 3)"),
    ("unknown kind", GOOD.replace("kind: existence", "kind: existance"), 4, 11,
     "unknown kind 'existance'; did you mean 'existence'?"),
    ("missing key", "rules:\n  - code: HS101\n    name: n\n    kind: existence\n", 2, 5, "a existence rule needs 'tokens'"),
    ("missing kind", "rules:\n  - code: HS101\n    name: n\n", 2, 5, "a rule needs 'kind'"),
    ("bad placeholder", GOOD + "    message: 'Avoid {word}'\n", 6, 14, "message uses {word}; allowed:"),
    ("bad severity", GOOD + "    severity: fatal\n", 6, 15, "severity 'fatal' must be one of info, warning, error"),
    ("bad scope", GOOD + "    scope: chapter\n", 6, 12, "scope 'chapter' must be one of"),
    ("bad code", GOOD.replace("HS101", "hs-1"), 2, 11, "code 'hs-1' must be 2-4 capitals and 3 digits"),
    ("unknown top key", GOOD + "rule: []\n", 6, 1, "unknown top-level key 'rule'"),
    ("rules not a list", "rules: {code: HS101}\n", 1, 8, "'rules' must be a list of rules"),
    ("bad group reference", "rules:\n  - {code: HS101, name: n, kind: substitution, swap: {'a(b)': 'x\\2'}}\n",
     2, 63, "refers to group 2; 'a(b)' has 1"),
    ("consistency group too small", "rules:\n  - {code: HS101, name: n, kind: consistency, variants: [[a, b], [c]]}\n",
     2, 66, "a group needs at least two variants"),
    ("occurrence limits", "rules:\n  - {code: HS101, name: n, kind: occurrence, token: x, min: 3, max: 1}\n", 2, 61,
     "'min' (3) is larger than 'max' (1)"),
    ("disable unknown", GOOD + "disable: [NL699]\n", 6, 11, "disable: 'NL699' matches no rule loaded before this file"),
    ("examples wrong key", GOOD + "    examples: {bad: [x], fine: [y]}\n", 6, 26, "unknown key 'fine' in 'examples'"),
]


@pytest.mark.parametrize("what, text, line, column, fragment", CASES, ids=[c[0] for c in CASES])
def test_error_names_file_line_and_column(tmp_path, what, text, line, column, fragment):
    path = tmp_path / "rules.yml"
    path.write_text(text, encoding="utf-8")
    loaded = load_files([default_rules_path(), path], BUILTIN_KINDS)
    assert loaded.errors, f"{what}: no error"
    err = loaded.errors[0]
    assert fragment in err.message, err
    assert (err.line, err.column) == (line, column), str(err)
    assert str(err).startswith(f"{err.path}:{line}:{column}: ")


def test_duplicate_code_across_files_names_both(tmp_path):
    (tmp_path / "a.yml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yml").write_text(GOOD, encoding="utf-8")
    loaded = load_files([tmp_path / "a.yml", tmp_path / "b.yml"], BUILTIN_KINDS)
    (err,) = loaded.errors
    assert err.path.endswith("b.yml") and err.line == 2
    assert re.search(r"already used by .*a\.yml:2$", err.message), err.message


def test_a_project_file_cannot_reuse_a_default_code(tmp_path):
    (tmp_path / "rules.yml").write_text(GOOD.replace("HS101", "NL601"), encoding="utf-8")
    loaded = load_files([default_rules_path(), tmp_path / "rules.yml"], BUILTIN_KINDS)
    (err,) = loaded.errors
    assert "duplicate code NL601: already used by newslint/rules.yml:" in err.message


def test_all_problems_are_collected(tmp_path):
    path = tmp_path / "rules.yml"
    path.write_text(GOOD + "    tokes: [x]\n" + GOOD.replace("rules:\n", "").replace("HS101", "HS102")
                    + "    severity: loud\n", encoding="utf-8")
    loaded = load_files([path], BUILTIN_KINDS)
    assert [(e.line, e.message.split(" ")[0]) for e in loaded.errors] == [(6, "unknown"), (11, "severity")]


# -- through the CLI: one line, exit 2, no traceback -----------------------------------------


def _project(tmp_path, rules_text: str):
    (tmp_path / ".newslint.yml").write_text("select: [HS]\n", encoding="utf-8")
    (tmp_path / "rules.yml").write_text(rules_text, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Title\n\nIt was, so to speak, over.\n", encoding="utf-8")


@pytest.mark.parametrize("what, text, line, column, fragment", [CASES[0], CASES[1], CASES[5], CASES[6]],
                         ids=[CASES[i][0] for i in (0, 1, 5, 6)])
def test_check_reports_a_broken_rules_file_in_one_line(tmp_path, what, text, line, column, fragment):
    _project(tmp_path, text)
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr and proc.stdout == ""
    first = proc.stderr.splitlines()[0]
    assert first.startswith(f"newslint: error: rules.yml:{line}:{column}: "), first
    assert fragment in first


def test_several_problems_point_to_check_rules(tmp_path):
    _project(tmp_path, GOOD + "    tokes: [x]\n" + GOOD.replace("rules:\n", "").replace("HS101", "HS102")
             + "    severity: loud\n")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("newslint: error: rules.yml:6:5: unknown key 'tokes'")
    assert "(and 1 more problem: run 'newslint check-rules')" in proc.stderr
    proc = run_cli("check-rules", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    lines = proc.stdout.splitlines()
    assert [l.split(": ")[0] for l in lines] == ["rules.yml:6:5", "rules.yml:11:15"], lines


def test_a_good_project_file_works(tmp_path):
    _project(tmp_path, GOOD)
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.startswith("a.txt:3:9: HS101 Avoid 'so to speak'.")
