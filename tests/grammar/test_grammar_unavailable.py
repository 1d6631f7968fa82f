"""No backend, or a bad one: one notice naming the cause and the fix, bounded time, the
other rules' findings intact, exit code 2 (in test_cli.py), never a traceback."""
from __future__ import annotations

import shutil
import socket
import time
from pathlib import Path

import pytest
from grammar_helpers import grammar_linter, lint, lt, no_lt_url, write  # noqa: F401 - lt, no_lt_url are fixtures

from newslint import Config, Linter
from newslint.grammar import backend

#: NL501 (CMS residue) fires on the first line whatever LanguageTool does.
ARTICLE = "Categories: world\n\nTalks in Moscow\n\nTeh talks ended on Friday.\n\nOfficials said he go home.\n"


def _check_other_rules_and_notice(result) -> str:
    assert [d.code for d in result.diagnostics] == ["NL501"]
    assert not result.errors, result.errors  # not a crash: a notice
    [message] = result.unavailable
    assert "Traceback" not in message and "\n" not in message
    assert message.startswith("grammar checks (NL901-NL904) not run: ") and "Fix: " in message
    return message


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server(lt, monkeypatch):
    monkeypatch.setenv("NEWSLINT_LT_URL", f"http://127.0.0.1:{_closed_port()}")
    message = _check_other_rules_and_notice(lint(ARTICLE, timeout=2))
    assert "cannot be reached" in message and "NEWSLINT_LT_URL" in message


def test_server_answering_500(lt):
    lt.mode = "500"
    message = _check_other_rules_and_notice(lint(ARTICLE, timeout=2))
    assert "answered with an error" in message and "Internal Server Error" in message


def test_hanging_check_times_out_quickly_and_once(lt, tmp_path):
    lt.mode = "hang"
    paths = [write(tmp_path, f"a{i}.txt", ARTICLE.replace("Friday", f"day {i}")) for i in range(6)]
    linter = grammar_linter(timeout=0.5, workers=2)
    started = time.monotonic()
    run = linter.lint_paths(paths)
    elapsed = time.monotonic() - started
    assert elapsed < 3, f"took {elapsed:.1f}s"  # not 6 files x 0.5 s x retries
    assert run.unavailable == {next(iter(run.unavailable)): 6}
    assert "did not answer within 0.5 s" in next(iter(run.unavailable))
    assert [d.code for d in run.diagnostics] == ["NL501"] * 6
    assert len(lt.checks()) <= 2  # the first failure closes the backend: the queue is not sent
    assert run.exit_code(Config().fail_on) == 2


def test_hanging_languages_endpoint_times_out(lt):
    lt.languages_mode = "hang"
    started = time.monotonic()
    message = _check_other_rules_and_notice(lint(ARTICLE, timeout=0.5))
    assert time.monotonic() - started < 3
    assert "did not answer within 0.5 s" in message


def test_unsupported_language(lt):
    message = _check_other_rules_and_notice(lint(ARTICLE, language="xx-YY"))
    assert "does not support language 'xx-YY'" in message and "grammar.language" in message


def test_no_java_no_server(no_lt_url, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no java on it
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    message = _check_other_rules_and_notice(lint(ARTICLE))
    assert "no LanguageTool server is configured and Java is not installed" in message
    assert "docker run" in message and "NEWSLINT_LT_URL" in message
    assert not (tmp_path / "lt").exists()  # nothing downloaded, nothing created


@pytest.mark.skipif(not shutil.which("java"), reason="needs java on PATH")
def test_java_but_no_languagetool_files(no_lt_url, monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(tmp_path / "elsewhere" / "LanguageTool-6.8"))
    message = _check_other_rules_and_notice(lint(ARTICLE))
    assert f"no LanguageTool files are in {tmp_path / 'lt'}" in message
    assert "set LTP_PATH" in message
    assert not (tmp_path / "lt").exists()


@pytest.mark.skipif(not shutil.which("java"), reason="needs java on PATH")
def test_broken_local_languagetool_fails_fast(no_lt_url, monkeypatch, tmp_path):
    folder = tmp_path / "lt" / "LanguageTool-6.8"
    folder.mkdir(parents=True)
    (folder / "languagetool-server.jar").write_bytes(b"not a jar")
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    started = time.monotonic()
    message = _check_other_rules_and_notice(lint(ARTICLE))
    assert time.monotonic() - started < 20  # ltp alone would try ~900 ports
    assert "the local LanguageTool did not start" in message


def test_notice_once_per_run_for_many_files(no_lt_url, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    paths = [write(tmp_path, f"a{i}.txt", ARTICLE) for i in range(3)]
    run = grammar_linter().lint_paths(paths)
    assert len(run.unavailable) == 1 and list(run.unavailable.values()) == [3]
    assert [e for e in run.errors if "grammar" in e] == [f"{next(iter(run.unavailable))} (3 files)"]


def test_public_api_only_when_asked_by_name(no_lt_url, monkeypatch, tmp_path):
    """Text goes to the public API only with ``public-api: true``; never by default."""
    from newslint.grammar import client

    calls = []

    class Recorder:
        def __init__(self, **kw):
            calls.append(kw)
            raise RuntimeError("stop here: no network in tests")

    monkeypatch.setattr(client, "PublicLanguageTool", Recorder)
    monkeypatch.setenv("PATH", str(tmp_path))
    lint(ARTICLE)  # default: no server, no Java -> notice, and no public API
    assert calls == []
    message = _check_other_rules_and_notice(lint(ARTICLE, public_api=True))
    assert len(calls) == 1 and "public LanguageTool API" in message


def test_grammar_off_sends_nothing_and_does_not_import_languagetool(lt, tmp_path):
    """The default: no request, whatever the environment says."""
    run = Linter(Config()).lint_paths([write(tmp_path, "a.txt", ARTICLE)])
    assert [d.code for d in run.diagnostics if d.code.startswith("NL9")] == []
    assert lt.requests == []


def test_import_of_language_tool_python_happens_only_when_grammar_runs(lt, tmp_path):
    import subprocess
    import sys

    article = write(tmp_path, "a.txt", ARTICLE)
    code = ("import sys; from newslint import Config, Linter; "
            "grammar = sys.argv[2] == 'on'; c = Config().with_grammar() if grammar else Config(); "
            "r = Linter(c).lint_paths([sys.argv[1]]); "
            "print('language_tool_python' in sys.modules, sorted({d.code for d in r.diagnostics}))")
    off = subprocess.run([sys.executable, "-c", code, article, "off"], capture_output=True, text=True, timeout=60)
    on = subprocess.run([sys.executable, "-c", code, article, "on"], capture_output=True, text=True, timeout=60)
    assert off.stdout.split()[0] == "False", off.stderr
    assert on.stdout.split()[0] == "True" and "NL902" in on.stdout, on.stderr
    cli = subprocess.run([sys.executable, "-X", "importtime", "-c", "import newslint.cli"],
                         capture_output=True, text=True, timeout=60)
    assert "language_tool" not in cli.stderr


def test_reset_closes_pools(lt):
    lint(ARTICLE)
    assert backend._BACKENDS
    backend.reset()
    assert not backend._BACKENDS


def test_the_docs_named_in_notices_exist():
    assert (Path(__file__).resolve().parents[2] / "docs" / "grammar.md").is_file()
