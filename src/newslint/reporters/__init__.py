"""Output formats. Each is one module with a reporter class; this plugin offers them.

A reporter has a ``name`` and ``render(run) -> str``; the CLI writes the string. A new
format is one file plus one line in :data:`BUILTIN_REPORTERS` (or a plugin's
``newslint_reporters`` hook).
"""
from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, ClassVar, Protocol

from .. import hookimpl

if TYPE_CHECKING:
    from ..engine import RunResult

#: format name -> "module:Class" (imported when the hook is called, not at start-up).
BUILTIN_REPORTERS = {
    "text": "newslint.reporters.text:TextReporter",
    "json": "newslint.reporters.json:JsonReporter",
    "sarif": "newslint.reporters.sarif:SarifReporter",
    "github": "newslint.reporters.github:GithubReporter",
    "rdjson": "newslint.reporters.rdjson:RdjsonReporter",
    "gitlab": "newslint.reporters.gitlab:GitlabReporter",
    "junit": "newslint.reporters.junit:JunitReporter",
    "checkstyle": "newslint.reporters.checkstyle:CheckstyleReporter",
}


class Reporter(Protocol):
    name: ClassVar[str]

    def render(self, run: "RunResult") -> str:
        """Return the whole report for a run."""
        ...


@hookimpl
def newslint_reporters() -> dict[str, type]:
    out = {}
    for name, target in BUILTIN_REPORTERS.items():
        module, _, cls = target.partition(":")
        out[name] = getattr(importlib.import_module(module), cls)
    return out
