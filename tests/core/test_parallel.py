"""Parallel runs: ``jobs`` N or "auto", forked workers that inherit the Linter, spawn where fork is unsafe."""
from __future__ import annotations

import os
import sys
import threading

import pytest

from conftest import run_cli
from newslint import Config, Linter
from newslint.config import config_from_mapping
from newslint.parallel import FILES_PER_WORKER, worker_count
from newslint.errors import ConfigError

DEFECT = "Headline\n\nA lead paragraph.\n\nPublished by\n"
CLEAN = "Headline\n\nA lead paragraph.\n\nAnother paragraph.\n"


def _cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def test_worker_count_explicit_and_auto():
    assert worker_count(1, 10_000) == 1
    assert worker_count(4, 2) == 2  # never more workers than files
    assert worker_count(0, FILES_PER_WORKER - 1) == 1  # a pre-commit hook's few files: serial
    assert worker_count(0, 100 * FILES_PER_WORKER) == _cpus()


def test_jobs_config_accepts_auto_and_rejects_zero(tmp_path):
    assert config_from_mapping(tmp_path / "c.yml", {"jobs": "auto"}).jobs == 0
    assert config_from_mapping(tmp_path / "c.yml", {"jobs": 3}).jobs == 3
    with pytest.raises(ConfigError, match="'jobs' must be a whole number >= 1 or 'auto'"):
        config_from_mapping(tmp_path / "c.yml", {"jobs": 0})


def _tree(tmp_path, n):
    for i in range(n):
        (tmp_path / f"a{i:03d}.txt").write_text(DEFECT if i % 3 else CLEAN, encoding="utf-8")
    return [str(tmp_path)]


def _summary(run):
    return [(f.path, [(d.code, d.start.line, d.start.column) for d in f.diagnostics]) for f in run.files]


def test_fork_and_spawn_workers_give_the_serial_result(tmp_path, monkeypatch):
    import newslint.parallel as parallel

    paths = _tree(tmp_path, 24)
    linter = Linter(Config(select=("NL5",)))
    serial = _summary(linter.lint_paths(paths, 1))
    assert sum(len(d) for _, d in serial) == 16
    used = []
    for safe, way in ((True, "_fork_join"), (False, "_spawn_pool")):
        # The test session may run helper threads (the fake LanguageTool server): choose the way here.
        monkeypatch.setattr(parallel, "fork_is_safe", lambda safe=safe: safe)
        real = getattr(parallel, way)
        monkeypatch.setattr(parallel, way, lambda *a, real=real, way=way: used.append(way) or real(*a))
        assert _summary(linter.lint_paths(paths, 2)) == serial
    assert used == ["_fork_join", "_spawn_pool"]


def test_fork_is_safe_only_without_other_threads():
    import subprocess

    code = ("import threading; from newslint.parallel import fork_is_safe; a = fork_is_safe(); "
            "e = threading.Event(); t = threading.Thread(target=e.wait); t.start(); b = fork_is_safe(); "
            "e.set(); t.join(); print(a, b)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60).stdout.split()
    assert out == [str(hasattr(os, "fork") and sys.platform != "darwin"), "False"]


def test_cli_jobs_auto_output_identical_to_serial(tmp_path):
    _tree(tmp_path, 2 * FILES_PER_WORKER + 3)
    auto = run_cli("check", "--isolated", "--select", "NL5", "--jobs", "auto", str(tmp_path))
    serial = run_cli("check", "--isolated", "--select", "NL5", "--jobs", "1", str(tmp_path))
    default = run_cli("check", "--isolated", "--select", "NL5", str(tmp_path))
    assert auto.returncode == serial.returncode == default.returncode == 1
    assert auto.stdout == serial.stdout == default.stdout and serial.stdout.count("NL501") == 68


def test_cli_jobs_rejects_zero(tmp_path):
    proc = run_cli("check", "--jobs", "0", str(tmp_path))
    assert proc.returncode == 2 and "'0' is not a whole number >= 1 or 'auto'" in proc.stderr


def test_fork_join_parent_lints_a_share_and_recovers_a_dead_childs(tmp_path):
    from newslint.parallel import _fork_join

    parent = os.getpid()
    seen_by: dict[str, int] = {}

    def lint(path):
        if os.getpid() != parent and path == "f8":
            os._exit(3)  # a child dies mid-share (killed, out of memory)
        seen_by[path] = os.getpid()
        return path.upper()

    paths = [f"f{i}" for i in range(10)]
    out = _fork_join(lint, paths, 3)
    assert sorted(out) == sorted(p.upper() for p in paths)  # every file once, none lost
    # shares after the first file: [f1 f4 f7] here, [f2 f5 f8] and [f3 f6 f9] in two children
    here = {p for p, pid in seen_by.items() if pid == parent}
    assert here == {"f0", "f1", "f4", "f7", "f2", "f5", "f8"}  # the dead child's share linted again here


def test_fork_join_interrupted_here_leaves_no_child_behind(monkeypatch):
    from newslint.parallel import _fork_join

    parent = os.getpid()

    def lint(path):
        if os.getpid() == parent and path == "f4":
            raise KeyboardInterrupt  # Ctrl-C while this process lints its own share
        return path

    import newslint.parallel as parallel

    forked: list[int] = []
    fork_child = parallel._fork_child

    def recording(lint, share):
        child = fork_child(lint, share)
        forked.append(child[0])
        return child

    monkeypatch.setattr(parallel, "_fork_child", recording)
    with pytest.raises(KeyboardInterrupt):
        _fork_join(lint, [f"f{i}" for i in range(10)], 3)
    assert len(forked) == 2
    for pid in forked:
        with pytest.raises(ChildProcessError):  # stopped and reaped: no zombie left
            os.waitpid(pid, os.WNOHANG)


def test_fork_join_few_files_many_workers():
    from newslint.parallel import _fork_join

    assert _fork_join(str.upper, [], 4) == []
    assert sorted(_fork_join(str.upper, ["a", "b"], 4)) == ["A", "B"]
