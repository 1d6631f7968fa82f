"""Helpers for the output-format tests: a tiny test rule and runs built with it.

The rule flags the typo ``teh`` (fix: ``the``) and points at the headline as a related
place, so every reporter has a fix and a related location to render. The article puts an
emoji, curly quotes and CJK text before the finding on the same line.
"""
from __future__ import annotations

import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from newslint import Config, Fix, Linter, Severity, Span, Violation, rule
from newslint.engine import RunResult
from newslint.plugins import get_plugins
from newslint.registry import Registry

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
SARIF_SCHEMA = SHARED / "schemas" / "sarif-schema-2.1.0.json"
RDJSON_SCHEMA = SHARED / "schemas" / "rdjson" / "DiagnosticResult.json"
LINK = "https://example.org/rules/TST001"

#: Line 3 has, before ``teh``: 😀 (1 code point, 4 UTF-8 bytes, 2 UTF-16 units), curly
#: quotes (3 bytes each), 中文 (3 bytes each). Counted by hand:
#:   code points before ``teh``: 10  -> column 11, exclusive end 14
#:   UTF-8 bytes before ``teh``: 21  -> column 22, exclusive end 25
#:   UTF-16 units before ``teh``: 11 -> column 12, exclusive end 15
ARTICLE = "Headline about 中文 news\n\n😀 “Hi” 中文 teh end.\n\nSecond paragraph has teh again.\n"
CP, CP_END = 11, 14
BYTES, BYTES_END = 22, 25
UTF16, UTF16_END = 12, 15
CLEAN = "Headline about the news\n\nA clean lead paragraph.\n"


@rule(code="TST001", name="test-typo", severity="warning", fixable=True, link=LINK)
def typo(doc, options: Mapping) -> list[Violation]:
    """The typo 'teh' (a test rule).

    ## What it catches
    The word `teh`.

    ## Why it matters
    It is a typo.

    ## Example
    `teh cat` is reported; `the cat` is not.

    ## How to silence
    Do not select TST001.
    """
    out = []
    start = doc.text.find("teh")
    while start != -1:
        related = (doc.headline,) if doc.headline is not None else ()
        out.append(Violation("TST001", Span(start, start + 3), "typo: 'teh', 100% sure",
                             Fix(Span(start, start + 3), "the", safe=True), related))
        start = doc.text.find("teh", start + 3)
    return out


def linter(severity: Severity | None = None) -> Linter:
    config = Config(severity={"TST001": severity} if severity else {})
    registry = Registry()
    registry.add("tests", typo)
    return Linter(config, get_plugins(config), registry)


def lint_files(tmp_path: Path, files: Mapping[str, str], monkeypatch: pytest.MonkeyPatch,
               severity: Severity | None = None) -> RunResult:
    """Write ``files`` under ``tmp_path``, chdir there and lint them by relative path."""
    monkeypatch.chdir(tmp_path)
    for name, text in files.items():
        Path(name).parent.mkdir(parents=True, exist_ok=True)
        Path(name).write_text(text, encoding="utf-8")
    return linter(severity).lint_paths(list(files))


def requires(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} is absent (../shared/ is not beside the checkout)")


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The real ``newslint`` CLI in a subprocess, as CI runs it."""
    return subprocess.run([sys.executable, "-m", "newslint.cli", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120)
