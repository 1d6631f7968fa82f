"""Baselines for legacy archives: record today's findings, then report only new ones.

    newslint check archive/ --write-baseline .newslint-baseline.json
    newslint check archive/ --baseline .newslint-baseline.json

Findings are matched on content, never on line numbers: the code, the path (relative to the
baseline file's folder), the flagged text and its sentence, and how many times that same
finding occurs in the file (see :mod:`newslint.fingerprint`). Lines inserted or deleted above
a recorded finding do not bring it back; a third copy of a finding recorded twice is new.
"""
from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import NewslintError
from .fingerprint import KEY_VERSION, Finding, findings
from .sources import SourceFiles

if TYPE_CHECKING:
    from .engine import RunResult

BASELINE_VERSION = 1


class BaselineError(NewslintError):
    """The baseline file cannot be read or written (exit code 2)."""

    def __init__(self, path: str | Path, message: str):
        self.path, self.message = str(path), message
        super().__init__(f"{path}: {message}")


def _relative_to(folder: Path) -> Callable[[str], str]:
    """Map a diagnostic's path to its path from ``folder`` (``/`` separators)."""

    def path_of(path: str) -> str:
        if path == "-" or path.startswith("<"):
            return path
        absolute = os.path.abspath(path)
        try:
            return Path(os.path.relpath(absolute, folder)).as_posix()
        except ValueError:  # another drive (Windows)
            return Path(absolute).as_posix()

    return path_of


def _findings(run: "RunResult", baseline: str | Path) -> list[Finding]:
    folder = Path(os.path.abspath(baseline)).parent
    return findings(run.diagnostics, SourceFiles.for_run(run), _relative_to(folder))


def write_baseline(run: "RunResult", path: str | Path) -> int:
    """Record every finding of ``run`` in the baseline file ``path``; return how many."""
    entries: dict[tuple[str, str, str], dict[str, Any]] = {}
    found = _findings(run, path)
    for f in found:
        d = f.diagnostic
        entry = entries.setdefault((f.path, d.code, f.key), {
            "path": f.path, "code": d.code, "key": f.key, "count": 0,
            "line": d.start.line, "message": d.message,  # for people reading the file; not matched
        })
        entry["count"] += 1
    doc = {
        "version": BASELINE_VERSION,
        "key_version": KEY_VERSION,
        "tool": "newslint",
        "findings": [entries[k] for k in sorted(entries)],
    }
    try:
        Path(path).write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        raise BaselineError(path, f"cannot write baseline: {exc.strerror or exc}") from None
    return len(found)


def read_baseline(path: str | Path) -> dict[tuple[str, str, str], int]:
    """The recorded findings: ``(path, code, key) -> count``."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(path, "no such baseline file (create it with --write-baseline)") from None
    except OSError as exc:
        raise BaselineError(path, f"cannot read baseline: {exc.strerror or exc}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(path, f"not a newslint baseline (invalid JSON: {exc})") from None
    if not isinstance(doc, dict) or doc.get("tool") != "newslint" or not isinstance(doc.get("findings"), list):
        raise BaselineError(path, "not a newslint baseline (expected an object with 'tool' and 'findings')")
    if doc.get("version") != BASELINE_VERSION or doc.get("key_version") != KEY_VERSION:
        raise BaselineError(path, f"baseline version {doc.get('version')}/{doc.get('key_version')} is not the one "
                                  f"this newslint writes ({BASELINE_VERSION}/{KEY_VERSION}); write it again")
    out: dict[tuple[str, str, str], int] = {}
    for i, e in enumerate(doc["findings"]):
        try:
            key = (str(e["path"]), str(e["code"]), str(e["key"]))
            count = int(e["count"])
        except (KeyError, TypeError, ValueError):
            raise BaselineError(path, f"finding #{i + 1} lacks path, code, key or count") from None
        out[key] = out.get(key, 0) + count
    return out


def filter_baseline(run: "RunResult", path: str | Path) -> "RunResult":
    """A copy of ``run`` without the findings recorded in the baseline ``path``."""
    recorded = read_baseline(path)
    dropped = {id(f.diagnostic) for f in _findings(run, path)
               if f.occurrence < recorded.get((f.path, f.diagnostic.code, f.key), 0)}
    files = [replace(f, diagnostics=tuple(d for d in f.diagnostics if id(d) not in dropped)) for f in run.files]
    return replace(run, files=files)
