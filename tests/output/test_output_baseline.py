"""Baselines: record today's findings; later runs report only new ones, and stay stable
when lines move above a recorded finding."""
from __future__ import annotations

import json

import pytest
from format_helpers import ARTICLE, lint_files, run_cli

from newslint.baseline import BaselineError, filter_baseline, read_baseline, write_baseline


def _found(run):
    return [(d.start.line, d.start.column) for d in run.diagnostics]


def test_only_new_findings_are_reported_even_after_lines_move(tmp_path, monkeypatch):
    run = lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch)
    assert write_baseline(run, "baseline.json") == 2
    assert _found(filter_baseline(run, "baseline.json")) == []

    with_new = ARTICLE + "\nA new paragraph with teh fresh typo.\n"
    run = lint_files(tmp_path, {"article.txt": with_new}, monkeypatch)
    assert len(run.diagnostics) == 3
    assert _found(filter_baseline(run, "baseline.json")) == [(7, 22)]

    moved = "Inserted above.\n\nAnd more.\n\n" + with_new
    run = lint_files(tmp_path, {"article.txt": moved}, monkeypatch)
    assert len(run.diagnostics) == 3
    assert _found(filter_baseline(run, "baseline.json")) == [(11, 22)]


def test_occurrences_are_counted(tmp_path, monkeypatch):
    text = "Headline\n\nSame teh line.\n\nSame teh line.\n"
    write_baseline(lint_files(tmp_path, {"a.txt": text}, monkeypatch), "b.json")
    assert read_baseline("b.json") and list(read_baseline("b.json").values()) == [2]
    third = text + "\nSame teh line.\n"
    run = filter_baseline(lint_files(tmp_path, {"a.txt": third}, monkeypatch), "b.json")
    assert len(run.diagnostics) == 1


def test_editing_the_flagged_sentence_resurfaces_it(tmp_path, monkeypatch):
    write_baseline(lint_files(tmp_path, {"a.txt": ARTICLE}, monkeypatch), "b.json")
    edited = ARTICLE.replace("Second paragraph has teh again.", "Second paragraph still has teh again.")
    run = filter_baseline(lint_files(tmp_path, {"a.txt": edited}, monkeypatch), "b.json")
    assert _found(run) == [(5, 28)]


def test_paths_are_relative_to_the_baseline_file(tmp_path, monkeypatch):
    run = lint_files(tmp_path, {"news/a.txt": ARTICLE}, monkeypatch)
    write_baseline(run, "news/baseline.json")
    assert {k[0] for k in read_baseline("news/baseline.json")} == {"a.txt"}
    monkeypatch.chdir(tmp_path / "news")  # same files reached from another directory
    from format_helpers import linter

    again = linter().lint_paths(["a.txt"])
    assert filter_baseline(again, "baseline.json").diagnostics == []


def test_other_files_are_not_hidden(tmp_path, monkeypatch):
    write_baseline(lint_files(tmp_path, {"a.txt": ARTICLE}, monkeypatch), "b.json")
    run = lint_files(tmp_path, {"a.txt": ARTICLE, "copy.txt": ARTICLE}, monkeypatch)
    assert {d.path for d in filter_baseline(run, "b.json").diagnostics} == {"copy.txt"}


@pytest.mark.parametrize(("content", "message"), [
    (None, "no such baseline file"),
    ("{not json", "invalid JSON"),
    ('{"findings": []}', "not a newslint baseline"),
    ('{"tool": "newslint", "version": 99, "key_version": 1, "findings": []}', "write it again"),
])
def test_bad_baseline_files_are_one_clear_error(tmp_path, content, message):
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=message):
        read_baseline(path)


def test_cli_write_baseline_then_baseline(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Headline\n\nA lead paragraph.\n\nPublished by\n", encoding="utf-8")
    common = ("check", "--isolated", "--select", "NL501", "a.txt")

    proc = run_cli(*common, "--write-baseline", "base.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "recorded 1 finding in base.json" in proc.stderr
    assert json.loads((tmp_path / "base.json").read_text())["findings"][0]["code"] == "NL501"

    article.write_text("Headline\n\nA lead paragraph.\n\nMore news.\n\nPublished by\n", encoding="utf-8")
    proc = run_cli(*common, "--baseline", "base.json", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "1 finding hidden by baseline base.json" in proc.stderr

    article.write_text("Categories: world\n\nHeadline\n\nA lead paragraph.\n\nMore news.\n\nPublished by\n",
                       encoding="utf-8")
    proc = run_cli(*common, "--baseline", "base.json", cwd=tmp_path)
    assert proc.returncode == 1
    (finding,) = proc.stdout.splitlines()[:-1]  # only the new residue line, not the recorded one
    assert finding.startswith("a.txt:1:1: NL501 ")


def test_cli_missing_baseline_exits_2_with_one_line(tmp_path):
    (tmp_path / "a.txt").write_text("Headline\n\nLead.\n", encoding="utf-8")
    proc = run_cli("check", "--isolated", "a.txt", "--baseline", "nope.json", cwd=tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "newslint: error: nope.json: no such baseline file (create it with --write-baseline)"]
