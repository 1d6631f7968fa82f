"""``occurrence``: a pattern must occur at least ``min`` and at most ``max`` times per unit."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..violation import Span, Violation
from .base import RuleDefinitionError, RuleKind
from .matching import FileMatcher


@dataclass(kw_only=True)
class Occurrence(RuleKind):
    """Count ``token`` in each unit of the scope (a sentence by default). Too many: the
    first match over ``max`` is reported. Too few: the unit itself is reported."""

    default_scope: ClassVar[str] = "sentence"
    default_message: ClassVar[str] = "{count} × '{token}' in this {scope} (allowed: {limits})."
    placeholders: ClassVar[frozenset[str]] = frozenset({"count", "min", "max", "token", "limits"})

    token: str
    min: int | None = None
    max: int | None = None

    def prepare(self, matcher: FileMatcher) -> None:
        super().prepare(matcher)
        if self.min is None and self.max is None:
            raise RuleDefinitionError("needs 'min', 'max' or both")
        for key in ("min", "max"):
            value = getattr(self, key)
            if value is not None and value < 0:
                raise RuleDefinitionError(f"'{key}' must be 0 or more", key)
        if self.min is not None and self.max is not None and self.min > self.max:
            raise RuleDefinitionError(f"'min' ({self.min}) is larger than 'max' ({self.max})", "min")
        self._token = self.compile_patterns(matcher, [self.token], "token")
        parts = [f"at least {self.min}" if self.min is not None else "",
                 f"at most {self.max}" if self.max is not None else ""]
        self._limits = " and ".join(p for p in parts if p)

    def check_unit(self, doc: Document, unit: Span) -> Iterator[Violation]:
        hits = self.hits(doc, unit, self._token)
        values = dict(count=len(hits), min=self.min, max=self.max, token=self.token, limits=self._limits)
        if self.max is not None and len(hits) > self.max:
            yield self.violation(doc, hits[self.max].span, **values)
        elif self.min is not None and len(hits) < self.min:
            yield self.violation(doc, unit, match=doc.slice(unit)[:60], **values)

    def describe(self) -> list[str]:
        return [f"`{self.token}`: {self._limits} per {self.scope}."]
