"""``github``: GitHub Actions workflow commands, shown as annotations on the run and the PR.

    ::warning file=news/a.md,line=3,col=11,endLine=3,endColumn=14,title=NL501::message

Severity maps to ``error``/``warning``/``notice``. Columns are 1-based code points, end
column exclusive (GitHub does not document its unit; it shows columns only for one-line
findings). Values are escaped as GitHub's runner expects: ``%``, CR and LF in the message;
also ``:`` and ``,`` in properties.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..sources import display_path
from ..violation import Severity

if TYPE_CHECKING:
    from ..engine import RunResult
    from ..violation import Diagnostic

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message (after ``::``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (``file=``, ``title=``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(d: "Diagnostic") -> str:
    props = [
        ("file", display_path(d.path)),
        ("line", str(d.start.line)),
        ("col", str(d.start.column)),
        ("endLine", str(d.end.line)),
        ("endColumn", str(d.end.column)),
        ("title", d.code),
    ]
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{COMMANDS[d.severity]} {joined}::{escape_data(d.message)}"


class GithubReporter:
    name = "github"

    def render(self, run: "RunResult") -> str:
        lines = [annotation(d) for d in run.diagnostics]
        lines += [f"::error title=newslint::{escape_data(e)}"
                  for e in (*run.errors, *(e for f in run.files for e in f.errors))]
        return "".join(line + "\n" for line in lines)
