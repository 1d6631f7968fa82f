"""``gitlab``: a GitLab Code Quality report (``artifacts:reports:codequality``).

Each finding has ``description``, ``check_name`` (the code), a content ``fingerprint``
(stable when lines move above it), ``severity`` (error → major, warning → minor,
info → info) and ``location.path`` / ``location.lines.begin`` (GitLab shows lines only).
"""
from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..fingerprint import Finding, findings
from ..sources import SourceFiles
from ..violation import Severity

if TYPE_CHECKING:
    from ..engine import RunResult

SEVERITIES = {Severity.ERROR: "major", Severity.WARNING: "minor", Severity.INFO: "info"}


def issue(f: Finding) -> dict[str, Any]:
    d = f.diagnostic
    return {
        "type": "issue",
        "description": f"{d.code} {d.message}",
        "check_name": d.code,
        "fingerprint": f.fingerprint,
        "severity": SEVERITIES[d.severity],
        "categories": ["Style"],
        "location": {"path": f.path, "lines": {"begin": d.start.line, "end": d.end.line}},
    }


class GitlabReporter:
    name = "gitlab"

    def render(self, run: "RunResult") -> str:
        issues = [issue(f) for f in findings(run.diagnostics, SourceFiles.for_run(run))]
        return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
