"""Applying fixes: only when asked (``--fix``/``--diff``), never overlapping, and written
atomically (a temporary file in the same folder, then ``os.replace``) so that nothing a
user wrote is lost if the run is interrupted."""
from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass

from .violation import Diagnostic, Fix


@dataclass(frozen=True)
class FixOutcome:
    path: str
    original: str
    fixed: str
    applied: int
    skipped: int  # overlapping or unsafe fixes left for a human

    @property
    def changed(self) -> bool:
        return self.fixed != self.original


def apply_fixes(text: str, fixes: Iterable[Fix], unsafe: bool = False) -> tuple[str, int, int]:
    """Apply non-overlapping fixes to ``text`` (newline-normalised). Returns (text, applied, skipped)."""
    chosen: list[Fix] = []
    skipped = 0
    for fix in sorted(fixes, key=lambda f: (f.span.start, f.span.end)):
        if not (fix.safe or unsafe):
            skipped += 1
            continue
        if chosen and fix.span.start < chosen[-1].span.end:
            skipped += 1  # overlaps a fix already chosen: the next run will see it again
            continue
        chosen.append(fix)
    out, pos = [], 0
    for fix in chosen:
        out.append(text[pos : fix.span.start])
        out.append(fix.replacement)
        pos = fix.span.end
    out.append(text[pos:])
    return "".join(out), len(chosen), skipped


def fix_file(path: str, diagnostics: Iterable[Diagnostic], unsafe: bool = False) -> FixOutcome:
    """Compute the fixed text of ``path`` (as newline-normalised text) from its diagnostics."""
    from .loaders import normalise_newlines

    with open(path, encoding="utf-8-sig", newline="") as fh:
        raw = fh.read()
    text = normalise_newlines(raw)
    fixed, applied, skipped = apply_fixes(text, (d.fix for d in diagnostics if d.fix is not None), unsafe)
    return FixOutcome(path, text, fixed, applied, skipped)


def write_atomically(path: str, outcome: FixOutcome) -> None:
    """Write the fixed text, keeping the file's BOM and line endings (CRLF stays CRLF)."""
    with open(path, "rb") as fh:
        raw = fh.read()
    bom = raw.startswith(b"\xef\xbb\xbf")
    newline = "\r\n" if b"\r\n" in raw else "\n"
    data = outcome.fixed.replace("\n", newline)
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".newslint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
            fh.write(data)
        os.chmod(tmp, os.stat(path).st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def unified_diff(outcome: FixOutcome) -> str:
    return "".join(difflib.unified_diff(
        outcome.original.splitlines(keepends=True), outcome.fixed.splitlines(keepends=True),
        fromfile=f"a/{outcome.path}", tofile=f"b/{outcome.path}"))
