"""``text``: ``path:line:col: CODE message``, one per line, then a summary line.

Columns are 1-based code points (what an editor's "go to column" counts for Python and
most editors on BMP text)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..violation import Severity

if TYPE_CHECKING:
    from ..engine import RunResult


def summary(run: "RunResult") -> str:
    diags = run.diagnostics
    n_files = len(run.files)
    if not diags:
        return f"No problems found in {n_files} file{'s' if n_files != 1 else ''}."
    counts = {s: sum(1 for d in diags if d.severity == s) for s in Severity}
    parts = ", ".join(f"{counts[s]} {s}" for s in reversed(Severity) if counts[s])
    with_problems = len({d.path for d in diags})
    return (f"Found {len(diags)} problem{'s' if len(diags) != 1 else ''} ({parts}) "
            f"in {with_problems} of {n_files} file{'s' if n_files != 1 else ''}.")


class TextReporter:
    name = "text"

    def render(self, run: "RunResult") -> str:
        lines = [f"{d.path}:{d.start.line}:{d.start.column}: {d.code} {d.message}" for d in run.diagnostics]
        lines.append(summary(run))
        return "\n".join(lines) + "\n"
