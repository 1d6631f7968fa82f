"""What rules yield (Violation) and what reporters receive (Diagnostic).

Rules speak in code-point offsets into ``Document.text``; the engine stamps each
violation with path, 1-based line/column and severity to make a Diagnostic.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum


class Severity(IntEnum):
    """Ordered severities: ``--fail-on`` compares against these."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown severity {value!r} (expected info, warning or error)") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open ``[start, end)`` range of code-point offsets into ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, offset: int) -> bool:
        return self.start <= offset < self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``span`` with ``replacement``. ``safe`` fixes may be applied without review."""

    span: Span
    replacement: str
    safe: bool = False


@dataclass(frozen=True, slots=True)
class Violation:
    """One finding, as a rule reports it: no path, line or severity yet.

    ``related`` points at other places that explain the finding (the first copy of a
    repeated lead, the first spelling of an organisation's name).
    """

    code: str
    span: Span
    message: str
    fix: Fix | None = None
    related: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Position:
    """A 1-based line and 1-based code-point column."""

    line: int
    column: int


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """A violation located in a file, with its effective severity: the reporters' input."""

    path: str
    code: str
    severity: Severity
    message: str
    span: Span
    start: Position
    end: Position
    fix: Fix | None = None
    related: tuple[tuple[Span, Position], ...] = field(default=())

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.start.line, self.start.column, self.code)
