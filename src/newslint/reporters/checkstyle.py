"""``checkstyle``: Checkstyle XML, for Jenkins Warnings NG, reviewdog ``-f=checkstyle`` and
other tools that read it.

One ``file`` element per linted file, one ``error`` per finding with ``line``, ``column``,
``severity`` (error/warning/info) and ``source`` (``newslint.CODE``). Columns are 1-based
UTF-16 code units, as Checkstyle itself and its Java consumers count them; a file that cannot
be read back keeps code-point columns.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..sources import SourceFiles, display_path
from .xmlout import element, serialise

if TYPE_CHECKING:
    from ..engine import RunResult

#: The Checkstyle format's version attribute, as Checkstyle 4.3+ writes it.
FORMAT_VERSION = "4.3"


class CheckstyleReporter:
    name = "checkstyle"

    def render(self, run: "RunResult") -> str:
        sources = SourceFiles.for_run(run)
        root = element("checkstyle", version=FORMAT_VERSION)
        for f in run.files:
            file_el = element("file", name=display_path(f.path))
            source = sources.get(f.path) if f.diagnostics else None
            for d in f.diagnostics:
                column = source.utf16_column(d.start) if source is not None else d.start.column
                file_el.append(element("error", line=d.start.line, column=column, severity=str(d.severity),
                                       message=d.message, source=f"newslint.{d.code}"))
            for e in f.errors:
                file_el.append(element("error", line=1, severity="error", message=e, source="newslint"))
            root.append(file_el)
        return serialise(root)
