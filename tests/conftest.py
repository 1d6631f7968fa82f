"""Shared test helpers: where the repo and ../shared are, and a CLI runner."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpus" / "seed-article.txt"


def requires_shared(path: Path = SEED):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is absent (../shared/ is not beside the checkout)")


def run_cli(*args: str, cwd: Path | None = None, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run the real ``newslint`` CLI in a subprocess (as a user or CI would)."""
    return subprocess.run(
        [sys.executable, "-m", "newslint.cli", *args],
        cwd=cwd, input=stdin, capture_output=True, text=True, env=env, timeout=120,
    )


def run_json(*args: str, **kw) -> tuple[int, dict]:
    proc = run_cli(*args, "--format", "json", **kw)
    return proc.returncode, json.loads(proc.stdout)


# -- LanguageTool (NL9xx) ---------------------------------------------------------------
# Every test talks to a fake LanguageTool on 127.0.0.1 (tests/lt_fake.py): the registry-derived
# meta-tests need NL901-NL904's fixtures to fire. A real server named by NEWSLINT_LT_URL before
# the session is kept in lt_fake.REAL_URL for tests/grammar/test_real_languagetool.py.
def pytest_configure(config):
    import lt_fake

    lt_fake.REAL_URL = os.environ.get("NEWSLINT_LT_URL", "")
    os.environ["NEWSLINT_LT_URL"] = lt_fake.session().url


def pytest_unconfigure(config):
    import lt_fake

    lt_fake.stop_session()
