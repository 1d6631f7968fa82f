"""``existence``: words or patterns that must not appear (Vale's existence)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..violation import Span, Violation
from .base import RuleDefinitionError, RuleKind, listing
from .matching import FileMatcher


@dataclass(kw_only=True)
class Existence(RuleKind):
    """Report every match of any of ``tokens``."""

    default_message: ClassVar[str] = "Avoid '{match}'."

    tokens: list[str]

    def prepare(self, matcher: FileMatcher) -> None:
        super().prepare(matcher)
        if not self.tokens:
            raise RuleDefinitionError("needs at least one token", "tokens")
        self._tokens = self.compile_patterns(matcher, self.tokens, "tokens")

    def check_unit(self, doc: Document, unit: Span) -> Iterator[Violation]:
        for hit in self.hits(doc, unit, self._tokens):
            yield self.violation(doc, hit.span)

    def describe(self) -> list[str]:
        return ["Any of:", "", *listing(f"`{t}`" for t in self.tokens)]
