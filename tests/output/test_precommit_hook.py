"""The pre-commit hook, driven by the real pre-commit, as a newsroom repository uses it.

pre-commit builds its own virtualenv and pip-installs newslint from this repository (so
this needs the package index and takes a while: marked slow, but run by default).

``pre-commit try-repo`` on a repository with uncommitted changes takes only *tracked*
files' changes (it runs ``git add -u``), so new untracked modules would be missing. The test
therefore snapshots the working tree (tracked and untracked, minus ignored files) into a
temporary git repository and points ``try-repo`` at that.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
GIT = shutil.which("git")
DEFECT = "Headline for a test\n\nA lead paragraph about the news.\n\nPublished by\n"
CLEAN = "Headline for a test\n\nA lead paragraph about the news.\n\nA second paragraph.\n"
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1"}


def _git(*args: str, cwd: Path, env: dict) -> str:
    return subprocess.run([GIT, *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def _project_files(env: dict) -> list[str]:
    """The working tree's files as git sees them (tracked and untracked, not ignored)."""
    if (REPO / ".git").exists():
        out = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO, env=env)
        return [p for p in out.split("\0") if p and (REPO / p).is_file()]
    ignored = {".git", ".venv", "__pycache__", ".pytest_cache", "build", "dist"}
    return [str(p.relative_to(REPO)) for p in REPO.rglob("*")
            if p.is_file() and not ignored.intersection(p.relative_to(REPO).parts)]


def _snapshot(dest: Path, env: dict) -> Path:
    for rel in _project_files(env):
        if rel.startswith(("tests/", "bench/")):  # not needed to install the package
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / rel, target)
    _git("init", "-q", cwd=dest, env=env)
    _git("add", "-A", cwd=dest, env=env)
    _git("commit", "-q", "-m", "snapshot", cwd=dest, env=env)
    return dest


def _articles_repo(path: Path, hook_repo: Path, env: dict) -> Path:
    path.mkdir()
    (path / "defect.txt").write_text(DEFECT, encoding="utf-8")
    (path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (path / "notes.py").write_text("print('not an article')\n", encoding="utf-8")  # not a hook file type
    # Only NL501 here: the test is about the hook, not about which rules exist today.
    (path / ".newslint.yml").write_text("select: [NL501]\n", encoding="utf-8")
    rev = _git("rev-parse", "HEAD", cwd=hook_repo, env=env).strip()
    config = {"repos": [{"repo": str(hook_repo), "rev": rev, "hooks": [{"id": "newslint"}]}]}
    (path / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git("init", "-q", cwd=path, env=env)
    _git("add", "-A", cwd=path, env=env)
    _git("commit", "-q", "-m", "articles", cwd=path, env=env)
    return path


def test_manifest_is_valid_for_pre_commit():
    from identify.identify import ALL_TAGS
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(REPO / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "newslint" and hook["language"] == "python" and hook["entry"] == "newslint check"
    assert hook["require_serial"] is True and hook["minimum_pre_commit_version"]
    assert set(hook["types_or"]) == {"plain-text", "markdown", "html"} <= ALL_TAGS


@pytest.mark.slow
@pytest.mark.skipif(GIT is None, reason="git is not installed")
def test_pre_commit_try_repo_runs_the_hook(tmp_path):
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home"),
           "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PRE_COMMIT_COLOR": "never"}
    snapshot = _snapshot(tmp_path / "newslint-src", env)
    articles = _articles_repo(tmp_path / "articles", snapshot, env)

    def try_repo(*files: str) -> subprocess.CompletedProcess:
        cmd = [sys.executable, "-m", "pre_commit", "try-repo", str(snapshot), "newslint", "--verbose",
               "--files", *files]
        return subprocess.run(cmd, cwd=articles, env=env, capture_output=True, text=True, timeout=900)

    failed = try_repo("defect.txt", "clean.txt", "notes.py")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "newslint" in failed.stdout and "Failed" in failed.stdout
    lines = failed.stdout.splitlines()
    assert any(line.startswith("defect.txt:5:1: NL501 ") for line in lines), failed.stdout
    assert not any(line.startswith(("clean.txt:", "notes.py:")) for line in lines), failed.stdout
    assert "in 1 of 2 files" in failed.stdout  # types_or kept notes.py away from newslint

    passed = try_repo("clean.txt")
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
