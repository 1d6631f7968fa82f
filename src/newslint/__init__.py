"""newslint: a linter for news copy, built as a plugin framework.

Public API: ``hookimpl`` and ``rule`` for plugin authors; ``Document``, ``Violation``,
``Fix``, ``Span``, ``Severity`` for rules; ``lint_text``/``lint_paths``/``Linter`` and
``Config`` for scripts and CI.
"""
from __future__ import annotations

import pluggy

__version__ = "0.1.0"

hookimpl = pluggy.HookimplMarker("newslint")

from .config import Config, load_config  # noqa: E402
from .document import Document  # noqa: E402
from .engine import FileResult, Linter, RunResult, lint_paths, lint_text  # noqa: E402
from .rule import Rule, rule  # noqa: E402
from .violation import Diagnostic, Fix, Severity, Span, Violation  # noqa: E402

__all__ = [
    "__version__", "hookimpl", "rule", "Rule", "Document", "Violation", "Diagnostic", "Fix", "Span", "Severity",
    "Config", "load_config", "Linter", "FileResult", "RunResult", "lint_text", "lint_paths",
]
