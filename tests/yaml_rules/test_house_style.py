"""newslint's default house style (the repo's rules.yml, NL6xx): where it is found, how a
project adds to it and switches it off, and that it fires on MT idioms and not on clean news."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib

import pytest

from conftest import REPO, SEED, SHARED, requires_shared, run_cli
from newslint import Config, Linter
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.loader import default_rules_path, load_files

CLEAN = SHARED / "corpus" / "dev" / "clean"


def _house_rules():
    loaded = load_files([default_rules_path()], BUILTIN_KINDS)
    assert not loaded.errors
    return loaded.rules


def test_default_rules_come_from_the_repo_file_in_a_checkout():
    assert default_rules_path() == REPO / "rules.yml"
    assert not (REPO / "src" / "newslint" / "rules.yml").exists(), "rules.yml must not be duplicated into src/"
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]["rules.yml"] == "newslint/rules.yml"


def test_an_installed_package_uses_its_packaged_rules_yml(tmp_path):
    """The wheel layout (newslint/rules.yml beside the code) wins over any checkout."""
    site = tmp_path / "site"
    shutil.copytree(REPO / "src" / "newslint", site / "newslint", ignore=shutil.ignore_patterns("__pycache__"))
    packaged = (REPO / "rules.yml").read_text(encoding="utf-8").replace("name: expand-assistance", "name: packaged-copy")
    (site / "newslint" / "rules.yml").write_text(packaged, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(site)}
    proc = subprocess.run([sys.executable, "-m", "newslint.cli", "rule", "NL601", "--isolated"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("# NL601 packaged-copy"), proc.stdout[:200]
    assert "From: newslint/rules.yml (newslint/rules.yml:" in proc.stdout


def test_every_house_rule_has_good_and_bad_examples_and_a_code_in_nl6():
    rules = _house_rules()
    assert len(rules) >= 9
    for entry in rules:
        assert entry.rule.code.startswith("NL6"), entry.rule.code
        ex = entry.kind.examples
        assert ex and ex.bad and ex.good, f"{entry.rule.code} needs bad and good examples"


def test_rules_and_rule_commands_show_yaml_rules(tmp_path):
    proc = run_cli("rules", "--json", "--isolated", cwd=tmp_path)
    rows = {r["code"]: r for r in json.loads(proc.stdout)}
    assert rows["NL601"]["plugin"] == "newslint/rules.yml" and rows["NL601"]["enabled"]
    assert rows["NL611"]["enabled"] is False  # opt-in (default-enabled: false)
    proc = run_cli("rule", "nl604", "--isolated", cwd=tmp_path)
    assert proc.returncode == 0
    for heading in ("## What it catches", "## Why it matters", "## Example", "## How to silence"):
        assert heading in proc.stdout
    assert "`Talibans` → `Taliban`" in proc.stdout and "The Talibans issued a statement" in proc.stdout


# -- a project's rules add to the default and can switch it off --------------------------------


def _project(tmp_path, rules_text, ignore=()):
    (tmp_path / "rules.yml").write_text(rules_text, encoding="utf-8")
    return Linter(Config(rules_files=(tmp_path / "rules.yml",), ignore=ignore))


ARTICLE = "Title\n\nThe Talibans said it would unlikely help, so to speak.\n"


def _codes(linter):
    return sorted({d.code for d in linter.lint_text(ARTICLE).diagnostics})


def test_project_rules_add_to_the_house_style(tmp_path):
    linter = _project(tmp_path, "rules:\n  - {code: HS101, name: hedge, kind: existence, tokens: [so to speak]}\n")
    assert _codes(linter) == ["HS101", "NL604", "NL606"]


def test_project_rules_can_disable_house_rules(tmp_path):
    linter = _project(tmp_path, "disable: [NL604]\nrules: []\n")
    assert _codes(linter) == ["NL606"]
    linter = _project(tmp_path, "disable: [NL6]\n")
    assert _codes(linter) == []


def test_config_ignore_switches_house_rules_off(tmp_path):
    linter = _project(tmp_path, "rules: []\n", ignore=("NL606",))
    assert _codes(linter) == ["NL604"]


def test_config_rules_yml_beside_the_config_is_picked_up(tmp_path):
    (tmp_path / ".newslint.yml").write_text("select: [HS, NL6]\n", encoding="utf-8")
    (tmp_path / "rules.yml").write_text(
        "disable: [NL606]\nrules:\n  - {code: HS101, name: hedge, kind: existence, tokens: [so to speak]}\n",
        encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert [l.split(" ")[1] for l in proc.stdout.splitlines()[:-1]] == ["NL604", "HS101"], proc.stdout


# -- the MT idioms: on the reference article, and silence on clean news ---------------------------


@requires_shared()
def test_each_idiom_fires_on_the_reference_article():
    text = SEED.read_text(encoding="utf-8")
    found = Linter(Config(select=("NL6",))).lint_text(text, str(SEED)).diagnostics
    got = {d.code: text[d.span.start:d.span.end] for d in found}
    assert got == {
        "NL601": "expand all possible help", "NL602": "added he", "NL603": "In front of the conversation",
        "NL604": "Talibans", "NL605": "shelf of secrecy", "NL606": "would unlikely give",
        "NL607": "Heavy strained", "NL608": "on terms of anonymity", "NL609": "Islamic state",
    }
    fixes = {d.code: d.fix.replacement for d in found}
    assert fixes["NL602"] == "he added" and fixes["NL603"] == "Ahead of the talks"
    assert fixes["NL607"] == "Heavily strained" and fixes["NL609"] == "Islamic State"


@requires_shared(CLEAN)
def test_house_style_is_silent_on_the_clean_dev_articles():
    files = sorted(str(p) for p in CLEAN.glob("*.txt"))
    assert len(files) == 200
    proc = run_cli("check", "--isolated", "--select", "NL6", "--format", "json", *files)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["violations"] == []


@pytest.mark.parametrize("code", ["NL601", "NL602", "NL603", "NL604", "NL605", "NL606", "NL607", "NL608", "NL609"])
def test_each_idiom_rule_fires_and_is_silent_on_its_near_misses(code):
    entry = next(e for e in _house_rules() if e.rule.code == code)
    from newslint.kinds.loader import example_document

    for text in entry.kind.examples.bad:
        assert list(entry.kind.check(example_document(text, entry.kind.scope))), (code, text)
    for text in entry.kind.examples.good:
        assert not list(entry.kind.check(example_document(text, entry.kind.scope))), (code, text)
