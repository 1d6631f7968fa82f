"""The linted files' text again, for output formats that count columns differently.

Diagnostics carry 1-based *code-point* columns. rdjson wants UTF-8 byte columns, Java
consumers (checkstyle) count UTF-16 code units, and the baseline and fingerprints need the
flagged text and its sentence. :class:`SourceFiles` re-reads a linted file exactly as the
engine did (UTF-8, BOM dropped, CRLF/CR → LF, so offsets and lines match) and converts.

A file that cannot be read back (standard input, a deleted file, or a file whose content no
longer matches the diagnostics, as when an editor lints an unsaved buffer) has no source:
callers then fall back to code-point columns and to the message as content.
"""
from __future__ import annotations

import bisect
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import InputError
from .violation import Diagnostic, Position, Span

if TYPE_CHECKING:
    from .engine import RunResult


class SourceText:
    """One file's normalised text with its line starts."""

    def __init__(self, text: str):
        self.text = text
        starts = [0]
        i = text.find("\n")
        while i != -1:
            starts.append(i + 1)
            i = text.find("\n", i + 1)
        self.line_starts = starts

    def line_span(self, line: int) -> Span:
        """Span of 1-based ``line`` without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return Span(start, end)

    def line(self, line: int) -> str:
        span = self.line_span(line)
        return self.text[span.start : span.end]

    def position(self, offset: int) -> Position:
        """1-based line and code-point column of ``offset``."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(i + 1, offset - self.line_starts[i] + 1)

    def offset(self, pos: Position) -> int:
        return self.line_starts[pos.line - 1] + pos.column - 1

    def utf8_column(self, pos: Position) -> int:
        """1-based UTF-8 byte column of a code-point position (what reviewdog counts)."""
        before = self.line(pos.line)[: pos.column - 1]
        return len(before.encode("utf-8", "surrogatepass")) + 1

    def utf16_column(self, pos: Position) -> int:
        """1-based UTF-16 code-unit column (what Java and JavaScript consumers count)."""
        before = self.line(pos.line)[: pos.column - 1]
        return len(before.encode("utf-16-le", "surrogatepass")) // 2 + 1

    def agrees_with(self, diagnostics: Iterable[Diagnostic]) -> bool:
        """Whether every diagnostic's offset and line/column fit this text."""
        n = len(self.line_starts)
        for d in diagnostics:
            if d.span.end > len(self.text) or not 1 <= d.start.line <= n:
                return False
            if self.offset(d.start) != d.span.start:
                return False
        return True


class SourceFiles:
    """Source text of a run's files by path, read once each, or ``None`` when unavailable."""

    def __init__(self, diagnostics_by_path: dict[str, list[Diagnostic]] | None = None, max_size: int = 5_000_000):
        self._by_path = diagnostics_by_path or {}
        self._max_size = max_size
        self._cache: dict[str, SourceText | None] = {}

    @classmethod
    def for_run(cls, run: "RunResult") -> "SourceFiles":
        by_path: dict[str, list[Diagnostic]] = {}
        for d in run.diagnostics:
            by_path.setdefault(d.path, []).append(d)
        max_size = run.config.max_file_size if run.config is not None else 5_000_000
        return cls(by_path, max_size)

    def get(self, path: str) -> SourceText | None:
        if path not in self._cache:
            self._cache[path] = self._read(path)
        return self._cache[path]

    def _read(self, path: str) -> SourceText | None:
        from .engine import read_text
        from .loaders import normalise_newlines

        if path == "-" or path.startswith("<") or not os.path.isfile(path):
            return None
        try:
            source = SourceText(normalise_newlines(read_text(path, self._max_size)))
        except InputError:
            return None
        return source if source.agrees_with(self._by_path.get(path, ())) else None


def display_path(path: str) -> str:
    """``path`` as CI tools want it: relative to the working directory when it is inside
    it (GitHub and GitLab resolve paths against the checkout), with ``/`` separators."""
    if path == "-" or path.startswith("<"):
        return path
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.relative_to(Path.cwd())
        except ValueError:
            return p.as_posix()
    return p.as_posix()
