"""A rule that raises or a plugin that fails to import is reported by name; the rest runs."""
from __future__ import annotations

from conftest import run_cli

CRASHING = '''
from newslint import hookimpl, rule

@rule(code="XX901", name="always-crashes")
def crash(doc, options):
    """Crashes.

    ## What it catches
    Nothing.
    ## Why it matters
    Tests.
    ## Example
    None.
    ## How to silence
    Ignore XX901.
    """
    raise RuntimeError("boom")

@hookimpl
def newslint_rules():
    return [crash]
'''

DEFECT = "Headline\n\nA lead paragraph.\n\nPublished by\n"


def make_project(tmp_path, plugin_source, name="crashy.py"):
    (tmp_path / ".git").mkdir()
    (tmp_path / "plugins").mkdir()
    (tmp_path / "plugins" / name).write_text(plugin_source)
    (tmp_path / ".newslint.yml").write_text("local-plugins: [plugins]\n")
    article = tmp_path / "a.txt"
    article.write_text(DEFECT)
    return article


def test_crashing_rule_reported_other_rules_run(tmp_path):
    article = make_project(tmp_path, CRASHING)
    proc = run_cli("check", str(article))
    assert f"{article}:5:1: NL501" in proc.stdout
    errs = [l for l in proc.stderr.splitlines() if "XX901" in l]
    assert len(errs) == 1 and "crashed" in errs[0] and str(article) in errs[0] and "boom" in errs[0]
    assert "Traceback" not in proc.stderr
    verbose = run_cli("check", "--verbose", str(article))
    assert "Traceback" in verbose.stderr and "RuntimeError: boom" in verbose.stderr


def test_plugin_import_error_reported_by_name(tmp_path):
    article = make_project(tmp_path, "import not_a_module_anywhere\n", name="broken.py")
    proc = run_cli("check", str(article))
    assert proc.returncode == 1 and f"{article}:5:1: NL501" in proc.stdout
    line = [l for l in proc.stderr.splitlines() if "broken" in l]
    assert len(line) == 1 and "ModuleNotFoundError" in line[0] and "Traceback" not in proc.stderr


def test_disabled_plugin_is_not_loaded(tmp_path):
    article = make_project(tmp_path, CRASHING)
    proc = run_cli("check", "--disable-plugin", "local:crashy", str(article))
    assert "XX901" not in proc.stderr and proc.returncode == 1


def test_a_message_quoting_a_line_break_stays_on_one_line():
    from newslint.testing import lint

    text = "Talks\n\nThe visit was agreed by the Foreign Ministry's deputy\nspeaker Maria Ivanova on Monday.\n"
    [d] = [d for d in lint(text, "NL301") if d.code == "NL301"]
    assert "\n" not in d.message and "'deputy speaker'" in d.message
