"""A real third-party plugin package (tests/fixtures/plugin_pkg), built and installed with pip
into a throw-away venv: newslint finds it through the ``newslint`` entry-point group (no
monkeypatched registry), lists it, runs its rule and its YAML rule kind, and the plugin's own
test suite gets newslint's pytest fixture through the ``pytest11`` entry point."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO

FIXTURE = REPO / "tests" / "fixtures" / "plugin_pkg"
pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path, timeout: int = 180) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "PIP_"))}
    env.update(PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def venv(tmp_path_factory) -> Path:
    """A venv that sees the system site-packages (newslint, pluggy…) plus the installed plugin."""
    root = tmp_path_factory.mktemp("plugin_venv")
    pkg = root / "pkg"
    shutil.copytree(FIXTURE, pkg, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    # --without-pip: the system pip (visible through --system-site-packages) installs into the venv
    proc = _run(sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", root / "venv", cwd=root)
    assert proc.returncode == 0, proc.stderr
    python = root / "venv" / ("Scripts" if os.name == "nt" else "bin") / "python"
    proc = _run(python, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", pkg, cwd=root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return python


def test_newslint_plugins_lists_the_installed_package(venv, tmp_path):
    proc = _run(venv, "-m", "newslint.cli", "plugins", "--json", "--isolated", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    infos = {i["name"]: i for i in json.loads(proc.stdout)}
    info = infos["example"]
    assert info["version"] == "1.2.3"
    assert info["origin"] == "entry point (newslint-example-plugin)"
    assert info["rules"] == ["XP101"]
    assert {"newslint_rules", "newslint_rule_kinds"} <= set(info["hooks"])


def test_the_plugin_is_not_visible_outside_the_venv(tmp_path):
    proc = _run(sys.executable, "-m", "newslint.cli", "plugins", "--json", "--isolated", cwd=tmp_path)
    assert "example" not in {i["name"] for i in json.loads(proc.stdout)}


def test_its_rule_and_its_yaml_kind_fire_in_check(venv, tmp_path):
    (tmp_path / ".newslint.yml").write_text("select: [XP]\n", encoding="utf-8")
    (tmp_path / "rules.yml").write_text(
        "rules:\n  - {code: XP201, name: long-sentence, kind: word-count, max: 8}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(
        "Title\n\nIt was a very unique event. This sentence, however, goes on for far too many words.\n",
        encoding="utf-8")
    proc = _run(venv, "-m", "newslint.cli", "check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert proc.stdout.splitlines()[:2] == [
        "a.txt:3:10: XP101 'very unique': unique has no degrees; try 'unusual'",
        "a.txt:3:29: XP201 10 words in this sentence (at most 8).",
    ]
    blocked = _run(venv, "-m", "newslint.cli", "check", "--disable-plugin", "example", "a.txt", cwd=tmp_path)
    assert blocked.returncode == 2 and "unknown kind 'word-count'" in blocked.stderr  # its kind went with it


def test_the_plugins_own_tests_get_the_newslint_fixture(venv, tmp_path):
    shutil.copy(FIXTURE / "plugin_checks.py", tmp_path / "plugin_checks.py")
    proc = _run(venv, "-m", "pytest", "-q", "-p", "no:cacheprovider", "plugin_checks.py", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "2 passed" in proc.stdout


def test_a_broken_entry_point_is_reported_by_name_and_the_rest_runs(venv, tmp_path):
    """A distribution whose entry point names a module that is not there (a half-installed
    plugin): reported by its entry-point name; the example plugin and built-ins still run."""
    purelib = Path(_run(venv, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])",
                        cwd=tmp_path).stdout.strip())
    info = purelib / "newslint_broken-0.1.dist-info"
    info.mkdir()
    try:
        (info / "METADATA").write_text("Metadata-Version: 2.1\nName: newslint-broken\nVersion: 0.1\n", encoding="utf-8")
        (info / "entry_points.txt").write_text("[newslint]\nbroken = newslint_broken_missing\n", encoding="utf-8")
        (tmp_path / ".newslint.yml").write_text("select: [XP, NL501]\n", encoding="utf-8")
        (tmp_path / "a.txt").write_text("Title\n\nA very unique day.\n\nPublished by\n", encoding="utf-8")
        proc = _run(venv, "-m", "newslint.cli", "check", "a.txt", cwd=tmp_path)
        assert proc.returncode == 1, proc.stderr
        assert ("newslint: plugin 'broken': failed to import (newslint-broken): ModuleNotFoundError"
                in proc.stderr), proc.stderr
        assert {l.split(" ")[1] for l in proc.stdout.splitlines()[:-1]} == {"XP101", "NL501"}
        quiet = _run(venv, "-m", "newslint.cli", "check", "--disable-plugin", "broken", "a.txt", cwd=tmp_path)
        assert "broken" not in quiet.stderr and quiet.returncode == 1
    finally:
        shutil.rmtree(info)
