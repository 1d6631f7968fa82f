"""``json``: a versioned document, described in docs/output.md and
``newslint/data/json-output.schema.json``.

Columns are 1-based code points; ``start``/``end`` are 0-based code-point offsets."""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..engine import RunResult
    from ..violation import Diagnostic

SCHEMA_VERSION = 1


def diagnostic_dict(d: "Diagnostic") -> dict[str, Any]:
    return {
        "path": d.path,
        "line": d.start.line,
        "column": d.start.column,
        "end_line": d.end.line,
        "end_column": d.end.column,
        "start": d.span.start,
        "end": d.span.end,
        "code": d.code,
        "severity": str(d.severity),
        "message": d.message,
        "fix": None if d.fix is None else {
            "start": d.fix.span.start, "end": d.fix.span.end, "replacement": d.fix.replacement, "safe": d.fix.safe,
        },
        "related": [{"line": p.line, "column": p.column, "start": s.start, "end": s.end} for s, p in d.related],
    }


class JsonReporter:
    name = "json"

    def render(self, run: "RunResult") -> str:
        from .. import __version__

        doc = {
            "version": SCHEMA_VERSION,
            "tool": {"name": "newslint", "version": __version__},
            "files": len(run.files),
            "violations": [diagnostic_dict(d) for d in run.diagnostics],
            "errors": [*run.errors, *(e for f in run.files for e in f.errors)],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
