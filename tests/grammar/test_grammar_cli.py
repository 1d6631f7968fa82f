"""``newslint check --grammar`` as a user runs it: a real process talking HTTP to the fake
LanguageTool, lint-format lines at the right line and column, and the notice and exit
code 2 when there is no server."""
from __future__ import annotations

import os
import socket
import subprocess
import sys

from grammar_helpers import lt, write  # noqa: F401 - lt, no_lt_url are fixtures

ARTICLE = ("Categories: world\n"
           "\n"
           "Talks in Moscow 😀\n"
           "\n"
           "😀 Teh talks ended on Friday, officials said.\n"
           "Zamir Kabulov said he go home.\n")


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NEWSLINT_LT_URL"}
    env.update(extra)
    return env


def run_cli(*args: str, cwd, env) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newslint.cli", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


def test_check_grammar_reports_languagetool_matches_in_lint_format(lt, tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    proc = run_cli("check", "--grammar", "--isolated", "story.txt", cwd=tmp_path, env=_env(NEWSLINT_LT_URL=lt.url))
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[:-1] == [
        "story.txt:1:1: NL501 CMS residue 'Categories: world' above the headline; delete it",
        "story.txt:5:3: NL902 Possible spelling mistake found; suggestion: 'the' (LanguageTool MORFOLOGIK_RULE_EN_US)",
        "story.txt:6:23: NL901 The pronoun 'he' must be used with a third-person verb; suggestion: 'goes' "
        "(LanguageTool HE_VERB_AGR)",
    ]
    assert proc.stderr == ""


def test_without_grammar_nothing_is_sent(lt, tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    proc = run_cli("check", "--isolated", "story.txt", cwd=tmp_path, env=_env(NEWSLINT_LT_URL=lt.url))
    assert "NL90" not in proc.stdout and lt.requests == []


def test_config_file_turns_grammar_on(lt, tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    write(tmp_path, ".newslint.yml", f"grammar:\n  enabled: true\n  url: {lt.url}\n  disabled-rules: [HE_VERB_AGR]\n")
    proc = run_cli("check", "story.txt", cwd=tmp_path, env=_env())
    assert [line.split()[1] for line in proc.stdout.splitlines()[:-1]] == ["NL501", "NL902"], proc.stderr
    assert lt.checks()[0]["disabledRules"] == "HE_VERB_AGR"


def test_pyproject_grammar_section(lt, tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    write(tmp_path, "pyproject.toml",
          f'[tool.newslint]\nselect = ["NL9"]\n\n[tool.newslint.grammar]\nenabled = true\nurl = "{lt.url}"\n'
          f'disabled-categories = ["TYPOS"]\n')
    proc = run_cli("check", "story.txt", cwd=tmp_path, env=_env())
    assert [line.split()[1] for line in proc.stdout.splitlines()[:-1]] == ["NL901"], proc.stderr


def test_no_server_prints_one_notice_keeps_other_findings_and_exits_2(tmp_path):
    for i in range(3):
        write(tmp_path, f"story{i}.txt", ARTICLE)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = run_cli("check", "--grammar", "--isolated", ".", cwd=tmp_path,
                   env=_env(NEWSLINT_LT_URL=f"http://127.0.0.1:{port}"))
    assert proc.returncode == 2
    assert [line.split()[1] for line in proc.stdout.splitlines()[:-1]] == ["NL501"] * 3
    notices = [line for line in proc.stderr.splitlines() if line]
    assert len(notices) == 1, proc.stderr
    assert notices[0].startswith("newslint: grammar checks (NL901-NL904) not run: ")
    assert "cannot be reached" in notices[0] and notices[0].endswith("(3 files affected)")
    assert "Traceback" not in proc.stderr


def test_no_server_in_json_output(tmp_path):
    import json

    write(tmp_path, "story.txt", ARTICLE)
    proc = run_cli("check", "--grammar", "--isolated", "--format", "json", "story.txt", cwd=tmp_path,
                   env=_env(PATH=str(tmp_path), LTP_PATH=str(tmp_path / "lt")))
    assert proc.returncode == 2
    report = json.loads(proc.stdout)
    assert [v["code"] for v in report["violations"]] == ["NL501"]
    assert any("Java is not installed" in e for e in report["errors"])


def test_exit_zero_does_not_hide_an_unavailable_backend(tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    proc = run_cli("check", "--grammar", "--isolated", "--exit-zero", "story.txt", cwd=tmp_path,
                   env=_env(PATH=str(tmp_path), LTP_PATH=str(tmp_path / "lt")))
    assert proc.returncode == 2


def test_bad_grammar_key_is_a_config_error(tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    write(tmp_path, ".newslint.yml", "grammar:\n  enabled: true\n  servr: http://x\n")
    proc = run_cli("check", "story.txt", cwd=tmp_path, env=_env())
    assert proc.returncode == 2
    assert "'grammar.servr' is not a known key" in proc.stderr and "Traceback" not in proc.stderr


def test_grammar_with_the_plugin_disabled_is_an_error(tmp_path):
    write(tmp_path, "story.txt", ARTICLE)
    proc = run_cli("check", "--grammar", "--isolated", "--disable-plugin", "newslint.grammar", "story.txt",
                   cwd=tmp_path, env=_env())
    assert proc.returncode == 2 and "grammar plugin" in proc.stderr


def test_rules_listing_shows_the_grammar_rules_off(tmp_path):
    proc = run_cli("rules", "--isolated", cwd=tmp_path, env=_env())
    rows = [line.split()[:4] for line in proc.stdout.splitlines() if line.startswith("NL9")]
    assert rows == [["NL901", "lt-grammar", "warning", "off"], ["NL902", "lt-spelling", "warning", "off"],
                    ["NL903", "lt-typography", "info", "off"], ["NL904", "lt-style", "info", "off"]]
