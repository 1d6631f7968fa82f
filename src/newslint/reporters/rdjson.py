"""``rdjson``: reviewdog's Diagnostic Format (a ``DiagnosticResult``), for
``reviewdog -f=rdjson``.

Columns are 1-based UTF-8 *byte* columns with an exclusive end, as reviewdog counts them;
fixes become ``suggestions``. A file that cannot be read back (standard input) keeps its
code-point columns, which agree with bytes only for ASCII text.
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..sources import SourceFiles, SourceText, display_path
from ..violation import Position, Severity

if TYPE_CHECKING:
    from ..engine import RunResult
    from ..violation import Diagnostic

SEVERITIES = {Severity.ERROR: "ERROR", Severity.WARNING: "WARNING", Severity.INFO: "INFO"}


def _pos(source: SourceText | None, pos: Position) -> dict[str, int]:
    column = source.utf8_column(pos) if source is not None else pos.column
    return {"line": pos.line, "column": column}


def _range(source: SourceText | None, start: Position, end: Position) -> dict[str, Any]:
    return {"start": _pos(source, start), "end": _pos(source, end)}


def diagnostic(d: "Diagnostic", sources: SourceFiles, links: dict[str, str]) -> dict[str, Any]:
    source = sources.get(d.path)
    path = display_path(d.path)
    code: dict[str, str] = {"value": d.code}
    if d.code in links:
        code["url"] = links[d.code]
    out: dict[str, Any] = {
        "message": d.message,
        "location": {"path": path, "range": _range(source, d.start, d.end)},
        "severity": SEVERITIES[d.severity],
        "source": {"name": "newslint"},
        "code": code,
    }
    if d.fix is not None and source is not None:
        fix_range = _range(source, source.position(d.fix.span.start), source.position(d.fix.span.end))
        out["suggestions"] = [{"range": fix_range, "text": d.fix.replacement}]
    if d.related:
        out["related_locations"] = [
            {"location": {"path": path, "range": _range(source, pos, source.position(span.end)) if source
                          else {"start": _pos(None, pos)}}}
            for span, pos in d.related
        ]
    return out


class RdjsonReporter:
    name = "rdjson"

    def render(self, run: "RunResult") -> str:
        sources = SourceFiles.for_run(run)
        links = {}
        if run.registry is not None:
            links = {code: r.link for code, r in run.registry.rules.items() if r.link}
        doc = {
            "source": {"name": "newslint"},
            "diagnostics": [diagnostic(d, sources, links) for d in run.diagnostics],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
