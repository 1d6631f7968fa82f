"""``sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

Columns are 1-based code points (``columnKind: unicodeCodePoints``), end column exclusive.
Rules are described in ``tool.driver.rules`` from their docs; ``ruleId`` is the rule code.
``partialFingerprints["newslint/v1"]`` is a content hash (code, path, flagged text, its
sentence, occurrence), so alerts survive lines moving. ``primaryLocationLineHash`` is left
to the upload action, which computes it and warns when a tool sets it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..fingerprint import findings
from ..rule import Rule
from ..sources import SourceFiles, display_path
from ..violation import Severity

if TYPE_CHECKING:
    from ..engine import RunResult
    from ..violation import Diagnostic

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "newslint/v1"
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for ``path`` (resolved against ``%SRCROOT%``)."""
    return quote(display_path(path), safe="/")


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    sections = rule.sections()
    full = sections.get("What it catches") or rule.summary
    out: dict[str, Any] = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": full},
        "help": {"text": rule.doc or rule.summary, "markdown": rule.doc or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.default_enabled},
        "properties": {"fixable": rule.fixable},
    }
    if rule.link:
        out["helpUri"] = rule.link
    return out


def _unknown_descriptor(code: str) -> dict[str, Any]:
    """A code reported without a rule in the registry (a library caller's own diagnostics)."""
    return {"id": code, "shortDescription": {"text": code}}


def _rules(run: "RunResult") -> list[dict[str, Any]]:
    """Descriptors of the enabled rules and of every code that was reported."""
    registry = run.registry
    codes = {d.code for d in run.diagnostics}
    if registry is not None and run.config is not None:
        codes |= {r.code for r in registry.enabled(run.config)}
    out = []
    for code in sorted(codes):
        if registry is not None and code in registry:
            out.append(rule_descriptor(registry[code]))
        else:
            out.append(_unknown_descriptor(code))
    return out


def _region(start, end) -> dict[str, int]:
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def _location(path: str, region: dict[str, int]) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": {"uri": artifact_uri(path), "uriBaseId": SRCROOT},
                                 "region": region}}


def _result(d: "Diagnostic", index: int, fingerprint: str, sources: SourceFiles) -> dict[str, Any]:
    out: dict[str, Any] = {
        "ruleId": d.code,
        "ruleIndex": index,
        "level": LEVELS[d.severity],
        "message": {"text": d.message},
        "locations": [_location(d.path, _region(d.start, d.end))],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
    }
    source = sources.get(d.path)
    if d.related:
        out["relatedLocations"] = [
            {"id": i, **_location(d.path, _region(pos, source.position(span.end)) if source else
                                  {"startLine": pos.line, "startColumn": pos.column})}
            for i, (span, pos) in enumerate(d.related)
        ]
    if d.fix is not None and source is not None:
        deleted = _region(source.position(d.fix.span.start), source.position(d.fix.span.end))
        out["fixes"] = [{
            "description": {"text": f"Replace with '{d.fix.replacement}'" if d.fix.replacement else "Delete"},
            "artifactChanges": [{
                "artifactLocation": {"uri": artifact_uri(d.path), "uriBaseId": SRCROOT},
                "replacements": [{"deletedRegion": deleted, "insertedContent": {"text": d.fix.replacement}}],
            }],
        }]
    return out


def _notifications(run: "RunResult") -> list[dict[str, Any]]:
    errors = [*run.errors, *(e for f in run.files for e in f.errors)]
    return [{"level": "error", "message": {"text": e}} for e in errors]


class SarifReporter:
    name = "sarif"

    def render(self, run: "RunResult") -> str:
        from .. import __version__

        rules = _rules(run)
        index = {r["id"]: i for i, r in enumerate(rules)}
        sources = SourceFiles.for_run(run)
        results = [_result(f.diagnostic, index[f.diagnostic.code], f.fingerprint, sources)
                   for f in findings(run.diagnostics, sources)]
        log = {
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [{
                "tool": {"driver": {"name": "newslint", "version": __version__, "semanticVersion": __version__,
                                    "rules": rules}},
                "invocations": [{"executionSuccessful": not run.input_errors,
                                 "toolExecutionNotifications": _notifications(run)}],
                "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }],
        }
        return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
