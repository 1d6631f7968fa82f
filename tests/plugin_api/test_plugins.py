"""Plugins: broken ones are reported by name while the other rules run; plugins can be
blocked; codes are unique across built-ins, YAML rules and plugins; a plugin's rule kind
works in rules.yml like a built-in one; ``rules``/``rule``/``plugins`` show them all."""
from __future__ import annotations

import json
import textwrap

import pytest

from conftest import run_cli
from newslint import Config, Linter
from newslint.errors import ConfigError
from newslint.plugins import get_plugins

ARTICLE = "Title\n\nIt was a very unique day.\n\nPublished by\n"  # NL501 fires on the last line

GOOD_PLUGIN = '''
from newslint import Span, Violation, hookimpl, rule

__version__ = "2.0"


@rule(code="LP101", name="very-unique")
def very_unique(doc, options):
    """"Very unique".

    ## What it catches
    "very unique".

    ## Why it matters
    Unique has no degrees.

    ## Example
    `a very unique day`

    ## How to silence
    `ignore: [LP101]`.
    """
    i = doc.text.find("very unique")
    if i >= 0:
        yield Violation("LP101", Span(i, i + 11), "'very unique'")


@hookimpl
def newslint_rules():
    return [very_unique]
'''

KIND_PLUGIN = '''
from dataclasses import dataclass
from typing import ClassVar

from newslint import hookimpl
from newslint.kinds import RuleKind


@dataclass(kw_only=True)
class Shouting(RuleKind):
    """Words in capitals longer than ``min-length``."""

    default_message: ClassVar[str] = "'{match}' is shouting."
    min_length: int = 4

    def prepare(self, matcher):
        super().prepare(matcher)
        self._words = self.compile_patterns(matcher, [rf"[A-Z]{{{self.min_length},}}"], "min-length")

    def check_unit(self, doc, unit):
        for hit in self.hits(doc, unit, self._words):
            yield self.violation(doc, hit.span, suggestion=doc.slice(hit.span).capitalize())


@hookimpl
def newslint_rule_kinds():
    return {"shouting": Shouting}
'''


def plugin_dir(tmp_path, **modules: str):
    folder = tmp_path / "plugins"
    folder.mkdir(exist_ok=True)
    for name, source in modules.items():
        (folder / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    return folder


def linter(tmp_path, *, select=("ALL",), rules_files=(), disable=(), **modules) -> Linter:
    folder = plugin_dir(tmp_path, **modules)
    return Linter(Config(select=select, local_plugins=(folder,), rules_files=tuple(rules_files),
                         disable_plugins=tuple(disable)))


def codes(lt: Linter, text: str = ARTICLE) -> list[str]:
    return sorted({d.code for d in lt.lint_text(text).diagnostics})


# -- a good local plugin ---------------------------------------------------------------------


def test_local_plugin_rule_runs_with_the_built_ins(tmp_path):
    lt = linter(tmp_path, select=("LP", "NL501"), good=GOOD_PLUGIN)
    assert lt.errors == []
    assert codes(lt) == ["LP101", "NL501"]
    assert lt.registry.plugin_of["LP101"] == "local:good"


# -- broken plugins are reported by name; the rest still runs ---------------------------------


BROKEN = {
    "import error": ("import nonexistent_module_xyz\n", "plugin 'local:bad': failed to import",
                     "ModuleNotFoundError"),
    "wrong hook signature": ("from newslint import hookimpl\n\n@hookimpl\ndef newslint_rules(config, colour):\n    return []\n",
                             "plugin 'local:bad'", "colour"),
    "hook that raises": ("from newslint import hookimpl\n\n@hookimpl\ndef newslint_rules():\n    raise RuntimeError('nope')\n",
                         "plugin 'local:bad': newslint_rules failed: RuntimeError: nope", ""),
    "not a rule": ("from newslint import hookimpl\n\n@hookimpl\ndef newslint_rules():\n    return ['LP999']\n",
                   "plugin 'local:bad': newslint_rules returned str, not a Rule", ""),
    "kind hook that raises": ("from newslint import hookimpl\n\n@hookimpl\ndef newslint_rule_kinds():\n    return 1 / 0\n",
                              "plugin 'local:bad': newslint_rule_kinds failed: ZeroDivisionError", ""),
}


@pytest.mark.parametrize("what", list(BROKEN))
def test_broken_plugin_is_reported_and_others_run(tmp_path, what):
    source, message, detail = BROKEN[what]
    lt = linter(tmp_path, select=("LP", "NL501"), good=GOOD_PLUGIN, bad=source)
    errors = "\n".join(lt.errors)
    assert message in errors and detail in errors, errors
    assert codes(lt) == ["LP101", "NL501"]


def test_unknown_hook_name_is_reported(tmp_path):
    lt = linter(tmp_path, select=("LP", "NL501"), good=GOOD_PLUGIN,
                typo="from newslint import hookimpl\n\n@hookimpl\ndef newslint_rulez():\n    return []\n")
    assert any("local:typo" in e and "newslint_rulez" in e for e in lt.errors), lt.errors
    assert codes(lt) == ["LP101", "NL501"]


def test_a_rule_that_raises_is_reported_with_its_code_and_plugin(tmp_path):
    crashing = GOOD_PLUGIN.replace('"LP101"', '"LP102"').replace("very-unique", "crashes").replace(
        '    i = doc.text.find("very unique")', '    raise ValueError("bad state")\n    i = 0')
    lt = linter(tmp_path, select=("LP", "NL501"), good=GOOD_PLUGIN, crash=crashing)
    result = lt.lint_text(ARTICLE, "a.txt")
    assert sorted({d.code for d in result.diagnostics}) == ["LP101", "NL501"]
    assert result.errors == ("a.txt: rule LP102 (local:crash) crashed: ValueError: bad state",)


def test_broken_plugin_through_the_cli(tmp_path):
    plugin_dir(tmp_path, good=GOOD_PLUGIN, bad="raise ImportError('half-installed')\n")
    (tmp_path / ".newslint.yml").write_text("local-plugins: [plugins]\nselect: [LP]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert "newslint: plugin 'local:bad': failed to import" in proc.stderr and "half-installed" in proc.stderr
    assert "LP101" in proc.stdout


# -- blocking plugins by name ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["local:good", "good"])
def test_config_disable_plugins_blocks_a_local_plugin(tmp_path, name):
    lt = linter(tmp_path, select=("LP", "NL501"), disable=(name,), good=GOOD_PLUGIN)
    assert codes(lt) == ["NL501"]
    assert dict(lt.plugins.pm.list_name_plugin()).get("local:good") is None  # blocked names map to None


def test_disable_plugin_blocks_a_builtin(tmp_path):
    lt = linter(tmp_path, select=("LP", "NL501"), disable=("newslint.rules",), good=GOOD_PLUGIN)
    assert codes(lt) == ["LP101"]


def test_cli_disable_plugin(tmp_path):
    plugin_dir(tmp_path, good=GOOD_PLUGIN)
    (tmp_path / ".newslint.yml").write_text("local-plugins: [plugins]\nselect: [LP, NL501]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    on = run_cli("check", "a.txt", cwd=tmp_path)
    off = run_cli("check", "--disable-plugin", "local:good", "a.txt", cwd=tmp_path)
    assert "LP101" in on.stdout and "NL501" in on.stdout
    assert "LP101" not in off.stdout and "NL501" in off.stdout


# -- codes are unique across built-ins, YAML rules and plugins ----------------------------------------


def test_plugin_code_clashing_with_a_builtin_names_both(tmp_path):
    clash = GOOD_PLUGIN.replace("LP101", "NL501")
    with pytest.raises(ConfigError) as info:
        linter(tmp_path, clash=clash)
    msg = str(info.value)
    assert "NL501" in msg and "newslint_local_clash" in msg and "newslint.rules.cms_residue" in msg, msg


def test_yaml_code_clashing_with_a_plugin_names_both(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text("rules:\n  - {code: LP101, name: dup, kind: existence, tokens: [x]}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        linter(tmp_path, rules_files=[rules], good=GOOD_PLUGIN)
    msg = str(info.value)
    assert "rule code LP101 (" in msg and "rules.yml:2" in msg and "newslint_local_good" in msg, msg


def test_two_plugins_with_one_code(tmp_path):
    with pytest.raises(ConfigError, match=r"LP101 .*clashes with LP101"):
        linter(tmp_path, a_one=GOOD_PLUGIN, b_two=GOOD_PLUGIN)


def test_clash_through_the_cli_is_exit_2_in_one_line(tmp_path):
    plugin_dir(tmp_path, clash=GOOD_PLUGIN.replace("LP101", "NL501"))
    (tmp_path / ".newslint.yml").write_text("local-plugins: [plugins]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("newslint: error: ") and "clashes with NL501" in proc.stderr


# -- a plugin's rule kind in rules.yml ----------------------------------------------------------------


SHOUT_RULES = """\
rules:
  - code: LP201
    name: no-shouting
    kind: shouting
    min-length: 5
    examples:
      bad: [The MINISTER spoke.]
      good: [The UN spoke.]
"""


def test_a_plugin_kind_works_like_a_builtin_kind(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text(SHOUT_RULES, encoding="utf-8")
    lt = linter(tmp_path, select=("LP2",), rules_files=[rules], kinds=KIND_PLUGIN)
    text = "Title\n\nThe MINISTER and the NATO chief.\n\n<!-- newslint: disable-next-line LP201 -->\nAGAIN here."
    (d,) = lt.lint_text(text).diagnostics
    assert (d.code, d.message) == ("LP201", "'MINISTER' is shouting.")
    assert lt.registry["LP201"].origin.endswith("rules.yml:2")
    assert "## How to silence" in lt.registry["LP201"].doc
    # examples, select/ignore and the CLI commands treat it like any rule
    (tmp_path / ".newslint.yml").write_text("local-plugins: [plugins]\nrules-files: [rules.yml]\n", encoding="utf-8")
    assert run_cli("check-rules", cwd=tmp_path).returncode == 0
    proc = run_cli("rule", "LP201", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.startswith("# LP201 no-shouting") and "MINISTER" in proc.stdout
    assert Linter(Config(select=("LP2",), ignore=("LP201",), local_plugins=(tmp_path / "plugins",),
                         rules_files=(rules,))).lint_text(text).diagnostics == ()


def test_a_plugin_kind_key_typo_is_reported_with_line_and_column(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text(SHOUT_RULES.replace("min-length", "min-lenght"), encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        linter(tmp_path, rules_files=[rules], kinds=KIND_PLUGIN)
    assert info.value.line == 5 and info.value.column == 5
    assert "unknown key 'min-lenght' in a shouting rule; did you mean 'min-length'?" in info.value.message


def test_a_plugin_cannot_replace_a_builtin_kind(tmp_path):
    hijack = KIND_PLUGIN.replace('{"shouting": Shouting}', '{"existence": Shouting}')
    lt = linter(tmp_path, select=("NL601",), hijack=hijack)
    assert any("local:hijack" in e and "rule kind 'existence' is already defined by newslint.kinds" in e
               for e in lt.errors), lt.errors
    kinds = get_plugins(Config(local_plugins=(tmp_path / "plugins",))).rule_kinds()
    assert kinds["existence"].__module__ == "newslint.kinds.existence"


# -- listing: rules, rule CODE, plugins -----------------------------------------------------------------


def test_rules_rule_and_plugins_list_plugin_rules(tmp_path):
    plugin_dir(tmp_path, good=GOOD_PLUGIN)
    (tmp_path / ".newslint.yml").write_text("local-plugins: [plugins]\n", encoding="utf-8")
    rows = {r["code"]: r for r in json.loads(run_cli("rules", "--json", cwd=tmp_path).stdout)}
    assert rows["LP101"]["plugin"] == "local:good" and rows["NL501"]["plugin"] == "newslint.rules"
    assert rows["NL601"]["plugin"] == "newslint/rules.yml"
    for code, origin in (("LP101", "local:good"), ("NL501", "newslint.rules"), ("NL601", "newslint/rules.yml")):
        proc = run_cli("rule", code, cwd=tmp_path)
        assert proc.returncode == 0 and f"From: {origin} (" in proc.stdout
        assert all(f"## {s}" in proc.stdout for s in ("What it catches", "Why it matters", "Example", "How to silence"))
    infos = {i["name"]: i for i in json.loads(run_cli("plugins", "--json", cwd=tmp_path).stdout)}
    assert infos["local:good"]["version"] == "2.0" and infos["local:good"]["rules"] == ["LP101"]
    assert infos["local:good"]["origin"].startswith("local (")
