"""The CLI end to end, in a subprocess, as a user or CI runs it."""
from __future__ import annotations

import json
import re

import pytest

from conftest import SEED, requires_shared, run_cli, run_json

LINE = re.compile(r"^(?P<path>.+?):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]{2,4}\d{3}) (?P<msg>.+)$")
DEFECT = "Headline\n\nA lead paragraph.\n\nPublished by\n"
CLEAN = "Headline\n\nA lead paragraph.\n\nAnother paragraph.\n"


def write(tmp_path, name, text):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


@requires_shared()
def test_reference_article_lint_format_and_exit_1():
    proc = run_cli("check", str(SEED))
    assert proc.returncode == 1, proc.stderr
    lines = proc.stdout.strip().splitlines()
    findings = [LINE.match(l) for l in lines[:-1]]
    assert findings and all(findings), lines
    assert all(m["path"] == str(SEED) for m in findings)
    keys = [(int(m["line"]), int(m["col"]), m["code"]) for m in findings]
    assert keys == sorted(keys)
    assert ("NL501" in {m["code"] for m in findings}) and (1, 1, "NL501") in keys
    assert lines[-1].startswith("Found ")


def test_version():
    proc = run_cli("--version")
    assert proc.returncode == 0 and re.search(r"\d+\.\d+\.\d+", proc.stdout)


def test_python_dash_m_newslint(tmp_path):
    import subprocess
    import sys

    bad = write(tmp_path, "bad.txt", DEFECT)
    proc = subprocess.run([sys.executable, "-m", "newslint", "check", "--isolated", str(bad)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1 and f"{bad}:5:1: NL501" in proc.stdout
    usage = subprocess.run([sys.executable, "-m", "newslint", "--help"], capture_output=True, text=True, timeout=120)
    assert usage.stdout.startswith("Usage: newslint ")


def test_exit_codes(tmp_path):
    clean, defect = write(tmp_path, "clean.txt", CLEAN), write(tmp_path, "bad.txt", DEFECT)
    assert run_cli("check", "--isolated", str(clean)).returncode == 0
    assert run_cli("check", "--isolated", str(defect)).returncode == 1
    assert run_cli("check", "--isolated", "--exit-zero", str(defect)).returncode == 0
    assert run_cli("check", "--isolated", "--fail-on", "error", str(defect)).returncode == 0
    assert run_cli("check", "--isolated", str(tmp_path / "missing.txt")).returncode == 2
    assert run_cli("check", "--isolated", "--format", "nope", str(clean)).returncode == 2
    assert run_cli("check", "--isolated", "--date", "yesterday", str(clean)).returncode == 2


def test_select_ignore(tmp_path):
    defect = write(tmp_path, "bad.txt", DEFECT)
    assert run_cli("check", "--isolated", "--ignore", "NL501", str(defect)).returncode == 0
    assert run_cli("check", "--isolated", "--select", "NL5", str(defect)).returncode == 1
    assert run_cli("check", "--isolated", "--select", "NL1", str(defect)).returncode == 0
    assert run_cli("check", "--isolated", "--select", "NL5", "--ignore", "NL501", str(defect)).returncode == 0
    # the longer prefix wins
    assert run_cli("check", "--isolated", "--select", "NL501", "--ignore", "NL5", str(defect)).returncode == 1


def test_stdin_with_filename():
    proc = run_cli("check", "--isolated", "-", "--stdin-filename", "desk/story.txt", stdin=DEFECT)
    assert proc.returncode == 1
    assert proc.stdout.startswith("desk/story.txt:5:1: NL501 ")


def test_directory_and_glob_expansion(tmp_path):
    write(tmp_path, "a.txt", DEFECT)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.md", "# Headline\n\nLead.\n\nPublished by\n")
    write(tmp_path, "notes.bin", "x")
    code, out = run_json("check", "--isolated", str(tmp_path))
    assert code == 1 and out["files"] == 2
    code, out = run_json("check", "--isolated", str(tmp_path / "*.txt"))
    assert out["files"] == 1


def test_json_output_shape(tmp_path):
    defect = write(tmp_path, "bad.txt", DEFECT)
    code, out = run_json("check", "--isolated", str(defect))
    assert out["version"] == 1 and out["tool"]["name"] == "newslint"
    v = out["violations"][0]
    assert {k: v[k] for k in ("line", "column", "end_line", "end_column", "code", "severity")} == {
        "line": 5, "column": 1, "end_line": 5, "end_column": 13, "code": "NL501", "severity": "warning"}
    assert v["fix"]["replacement"] == ""


def test_jobs_2_output_identical_to_jobs_1(tmp_path):
    for i in range(12):
        write(tmp_path, f"a{i:02d}.txt", DEFECT if i % 3 else CLEAN)
    one = run_cli("check", "--isolated", "--jobs", "1", str(tmp_path))
    two = run_cli("check", "--isolated", "--jobs", "2", str(tmp_path))
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and one.stdout.count("NL501") == 8


def test_statistics_and_quiet(tmp_path):
    defect = write(tmp_path, "bad.txt", DEFECT)
    proc = run_cli("check", "--isolated", "--quiet", "--statistics", str(defect))
    assert "Found" not in proc.stdout
    assert re.search(r"^\s+1\s+NL501\s+cms-residue$", proc.stdout, re.M), proc.stdout


def test_rules_rule_and_plugins_commands():
    proc = run_cli("rules", "--isolated")
    assert proc.returncode == 0 and re.search(r"^NL501\s+cms-residue\s+warning\s+on\s+", proc.stdout, re.M)
    proc = run_cli("rule", "nl501", "--isolated")
    assert proc.returncode == 0 and "## What it catches" in proc.stdout and "## How to silence" in proc.stdout
    assert run_cli("rule", "NL999", "--isolated").returncode == 2
    proc = run_cli("plugins", "--json", "--isolated")
    plugins = {p["name"]: p for p in json.loads(proc.stdout)}
    assert plugins["newslint.rules"]["origin"] == "builtin"
    assert "NL501" in plugins["newslint.rules"]["rules"]
    assert "newslint_rules" in plugins["newslint.rules"]["hooks"]


@pytest.mark.parametrize(
    "name, content, expect",
    [
        ("missing.txt", None, "no such file or directory"),
        ("empty.txt", b"", None),
        ("binary.txt", b"\x89PNG\x00\x00\x01", "binary file"),
        ("latin1.txt", "Headline\n\nCaf\u00e9 society.\n".encode("latin-1"), "not valid UTF-8"),
        ("emptydir", "dir", "no article files"),
    ],
)
def test_bad_input_one_line_and_the_run_goes_on(tmp_path, name, content, expect):
    good = write(tmp_path, "good.txt", DEFECT)
    target = tmp_path / name
    if content == "dir":
        target.mkdir()
    elif content is not None:
        target.write_bytes(content)
    proc = run_cli("check", "--isolated", str(target), str(good))
    assert "Traceback" not in proc.stderr
    assert f"{good}:5:1: NL501" in proc.stdout  # the other file was still linted
    if expect is None:  # an empty file is read fine: a notice, no error
        assert proc.returncode == 1 and "empty file" in proc.stderr
    else:
        assert proc.returncode == 2
        lines = [l for l in proc.stderr.splitlines() if expect in l]
        assert len(lines) == 1 and str(target) in lines[0], proc.stderr


def test_file_over_size_limit_is_skipped_with_a_message(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:  # 50 MB, written in chunks
        chunk = "Word " * 200_000
        for _ in range(50):
            fh.write(chunk)
    proc = run_cli("check", "--isolated", str(big))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert str(big) in proc.stderr and "max-file-size" in proc.stderr
