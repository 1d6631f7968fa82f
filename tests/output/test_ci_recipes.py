"""The recipes in docs/ci.md and README.md, run as written: the changed-files recipe, the
Python API example, and the YAML snippets users copy."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CI_DOC = REPO / "docs" / "ci.md"
README = REPO / "README.md"
MARKER = "<!-- tested by tests/output/test_ci_recipes.py -->"
DEFECT = "Headline for a test\n\nA lead paragraph about the news.\n\nPublished by\n"
GIT = shutil.which("git")
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1"}


def fenced_blocks(text: str, lang: str) -> list[str]:
    return re.findall(rf"^```{lang}\n(.*?)^```", text, re.DOTALL | re.MULTILINE)


def doc_block(lang: str) -> str:
    """The fenced block right after the "tested by" marker, in ``lang``."""
    text = CI_DOC.read_text(encoding="utf-8")
    for part in text.split(MARKER)[1:]:
        m = re.match(rf"\s*```{lang}\n(.*?)^```", part, re.DOTALL | re.MULTILINE)
        if m:
            return m.group(1)
    raise AssertionError(f"docs/ci.md has no tested {lang} block")


def _env(tmp_path: Path) -> dict[str, str]:
    """PATH with a ``newslint`` that runs this interpreter's newslint (CI does not activate the venv)."""
    shim = tmp_path / "bin"
    shim.mkdir(exist_ok=True)
    script = shim / "newslint"
    script.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m newslint.cli "$@"\n', encoding="utf-8")
    script.chmod(0o755)
    return {**os.environ, **GIT_ENV, "PATH": f"{shim}{os.pathsep}{os.environ.get('PATH', '')}"}


def _git(*args: str, cwd: Path, env: dict) -> None:
    subprocess.run([GIT, *args], cwd=cwd, env=env, check=True, capture_output=True)


@pytest.mark.skipif(GIT is None or shutil.which("bash") is None, reason="needs git and bash")
def test_changed_files_recipe_lints_only_the_branch_changes(tmp_path):
    env = _env(tmp_path)
    origin = tmp_path / "origin"
    origin.mkdir()
    (origin / "old.txt").write_text(DEFECT, encoding="utf-8")  # a legacy defect, untouched on the branch
    (origin / "gone.md").write_text(DEFECT.replace("news", "gone"), encoding="utf-8")  # deleted on the branch
    (origin / "moved.md").write_text(DEFECT.replace("news", "moves"), encoding="utf-8")  # moved on the branch
    (origin / ".newslint.yml").write_text("select: [NL501]\n", encoding="utf-8")
    _git("init", "-q", "-b", "main", cwd=origin, env=env)
    _git("add", "-A", cwd=origin, env=env)
    _git("commit", "-q", "-m", "archive", cwd=origin, env=env)
    work = tmp_path / "work"
    _git("clone", "-q", str(origin), str(work), cwd=tmp_path, env=env)
    _git("checkout", "-q", "-b", "feature", cwd=work, env=env)
    recipe = doc_block("sh")

    (work / "script.py").write_text("print('not an article')\n", encoding="utf-8")
    _git("add", "-A", cwd=work, env=env)
    _git("commit", "-q", "-m", "no article", cwd=work, env=env)
    nothing = subprocess.run(["bash", "-c", recipe], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert nothing.returncode == 0 and nothing.stdout == "", nothing.stdout + nothing.stderr

    (work / "new story.txt").write_text("Another story\n\nSomething else happened today.\n\nPosted by\n",
                                        encoding="utf-8")
    (work / "gone.md").unlink()
    (work / "desk").mkdir()
    _git("mv", "moved.md", "desk/moved.md", cwd=work, env=env)
    _git("add", "-A", cwd=work, env=env)
    _git("commit", "-q", "-m", "new story", cwd=work, env=env)
    proc = subprocess.run(["bash", "-c", recipe], cwd=work, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0, proc.stdout + proc.stderr  # xargs passes the failure on (as 123)
    findings = sorted(line.split(":")[0] for line in proc.stdout.splitlines()[:-1])
    assert findings == ["desk/moved.md", "new story.txt"], proc.stdout + proc.stderr


def test_python_api_example_runs(tmp_path):
    script = tmp_path / "ci_lint.py"
    script.write_text(doc_block("python"), encoding="utf-8")
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(DEFECT, encoding="utf-8")
    (tmp_path / ".newslint.yml").write_text("select: [NL501]\n", encoding="utf-8")

    proc = subprocess.run([sys.executable, str(script), "articles"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr  # NL501 is a warning: printed, not failing
    assert proc.stdout.splitlines()[0].startswith("articles/a.txt:5:1: warning NL501 ")
    assert "draft: ['NL501']" in proc.stdout

    (tmp_path / ".newslint.yml").write_text("select: [NL501]\nseverity: {NL501: error}\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, str(script), "articles"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 1 and "error NL501" in proc.stdout, proc.stdout + proc.stderr


def _pre_commit_configs() -> list[str]:
    blocks = [b for doc in (README, CI_DOC) for b in fenced_blocks(doc.read_text(encoding="utf-8"), "yaml")]
    return [b for b in blocks if b.lstrip().startswith("repos:")]


def test_pre_commit_snippets_are_valid_configs(tmp_path):
    from pre_commit.clientlib import load_manifest

    hook_ids = {h["id"] for h in load_manifest(str(REPO / ".pre-commit-hooks.yaml"))}
    snippets = _pre_commit_configs()
    assert len(snippets) >= 2, "README.md and docs/ci.md should both show the .pre-commit-config.yaml snippet"
    for i, snippet in enumerate(snippets):
        path = tmp_path / f"config{i}.yaml"
        path.write_text(snippet, encoding="utf-8")
        proc = subprocess.run([sys.executable, "-m", "pre_commit", "validate-config", str(path)],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, snippet + proc.stdout + proc.stderr
        assert {h["id"] for r in yaml.safe_load(snippet)["repos"] for h in r["hooks"]} <= hook_ids


def test_ci_workflow_examples_are_yaml_using_real_formats():
    from newslint.reporters import BUILTIN_REPORTERS

    blocks = [yaml.safe_load(b) for b in fenced_blocks(CI_DOC.read_text(encoding="utf-8"), "yaml")]
    text = yaml.safe_dump(blocks)
    for fmt in re.findall(r"--format (\w+)", text):
        assert fmt in BUILTIN_REPORTERS
    assert "github/codeql-action/upload-sarif@v3" in text and "codequality" in text
