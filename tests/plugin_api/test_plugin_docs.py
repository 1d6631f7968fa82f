"""docs/plugins.md documents every hook with its exact signature (datasette's rule), and each
hook's example is a working plugin: loaded as a local plugin and exercised here."""
from __future__ import annotations

import inspect
import re
import sys

import pytest

from conftest import REPO, run_cli
from newslint import Config, Linter, hookspecs
from newslint.testing import check_examples

DOC = (REPO / "docs" / "plugins.md").read_text(encoding="utf-8")
HOOKS = {name: fn for name, fn in vars(hookspecs).items()
         if name.startswith("newslint_") and callable(fn) and hasattr(fn, "newslint_spec")}


def _section(hook: str) -> str:
    start = DOC.index(f"### {hook}(")
    end = DOC.find("\n## ", start)
    nxt = DOC.find("\n### ", start + 1)
    return DOC[start: min(e for e in (end, nxt, len(DOC)) if e != -1)]


def _blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", text, re.DOTALL)


def test_the_hooks_are_found():
    assert {"newslint_rules", "newslint_rule_kinds", "newslint_configure", "newslint_load_document",
            "newslint_file_suffixes", "newslint_reporters"} <= set(HOOKS)


@pytest.mark.parametrize("hook", sorted(HOOKS))
def test_every_hook_is_documented_with_its_exact_signature(hook):
    params = ", ".join(inspect.signature(HOOKS[hook]).parameters)
    assert f"### {hook}({params})" in DOC, f"docs/plugins.md lacks a '### {hook}({params})' section"
    assert _blocks(_section(hook), "python"), f"the {hook} section has no python example"


def _load_example(tmp_path, hook: str, **config) -> tuple[Linter, object]:
    folder = tmp_path / "plugins"
    folder.mkdir(exist_ok=True)
    (folder / f"doc_{hook}.py").write_text(_blocks(_section(hook), "python")[0], encoding="utf-8")
    linter = Linter(Config(local_plugins=(folder,), **config))
    assert linter.errors == []
    plugin = linter.plugins.pm.get_plugin(f"local:doc_{hook}")
    assert hook in {h.name for h in linter.plugins.pm.get_hookcallers(plugin)}
    return linter, plugin


@pytest.mark.parametrize("hook", sorted(HOOKS))
def test_every_hook_example_loads_and_implements_its_hook(tmp_path, hook):
    linter, _ = _load_example(tmp_path, hook)
    result = linter.lint_text("Title\n\nA lead paragraph.\n", "a.txt")
    assert result.errors == ()


def test_configure_example(tmp_path):
    _, plugin = _load_example(tmp_path, "newslint_configure")
    assert plugin.SETTINGS["publication"] == "The Daily Example"


def test_rules_example(tmp_path):
    linter, _ = _load_example(tmp_path, "newslint_rules", select=("HX",))
    (d,) = linter.lint_text("Title\n\nIt was a disgrace!!!").diagnostics
    assert (d.code, d.fix.replacement, d.fix.safe) == ("HX101", "!", True)
    assert linter.registry["HX101"].sections()["How to silence"]


def test_rule_kinds_example_with_its_yaml(tmp_path):
    rules = tmp_path / "rules.yml"
    rules.write_text(_blocks(_section("newslint_rule_kinds"), "yaml")[0], encoding="utf-8")
    linter, _ = _load_example(tmp_path, "newslint_rule_kinds", select=("HX",), rules_files=(rules,))
    assert check_examples(rules, local_plugins=[tmp_path / "plugins"]) == []
    long = "Title\n\n" + " ".join(["word"] * 40) + "."
    (d,) = linter.lint_text(long).diagnostics
    assert d.message == "40 words in one sentence; the limit is 35."


def test_load_document_example(tmp_path):
    linter, _ = _load_example(tmp_path, "newslint_load_document")
    source = "<nitf><hl1>Talks open</hl1>\n<p>The minister spoke.</p></nitf>\n"
    doc = linter.load("story.nitf", source)
    assert doc.format == "nitf" and doc.slice(doc.headline) == "Talks open"
    assert doc.slice(doc.lead) == "The minister spoke." and len(doc.text) == len(source)
    assert ".nitf" in linter.plugins.file_suffixes()


def test_file_suffixes_example(tmp_path):
    linter, _ = _load_example(tmp_path, "newslint_file_suffixes")
    assert {".story", ".wire"} <= linter.plugins.file_suffixes()


def test_reporters_example(tmp_path):
    linter, _ = _load_example(tmp_path, "newslint_reporters", select=("NL501",))
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nLead.\n\nPublished by\n", encoding="utf-8")
    run = linter.lint_paths([str(article)])
    lines = linter.plugins.reporters()["tsv"]().render(run).splitlines()
    assert lines[0].startswith("path\tline") and lines[1].endswith("\tNL501\twarning\t" + run.diagnostics[0].message)


def test_testing_section_example_runs_under_pytest(tmp_path):
    """The 'Testing a plugin' example, with the rules example as its plugin, run by pytest:
    the fixtures come from the pytest11 entry point (no conftest.py)."""
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / "exclaim.py").write_text(_blocks(_section("newslint_rules"), "python")[0], encoding="utf-8")
    testing = DOC[DOC.index("## Testing a plugin"):DOC.index("## Blocking plugins")]
    (tmp_path / "test_doc_example.py").write_text(_blocks(testing, "python")[0], encoding="utf-8")
    import subprocess

    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_doc_example.py"],
                          cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout


def test_blocking_section_matches_the_cli():
    assert "--disable-plugin" in run_cli("check", "--help").stdout
    assert "disable-plugins" in DOC
