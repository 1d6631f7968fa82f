"""``capitalization``: names that must be written with one exact casing."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..violation import Fix, Span, Violation
from .base import RuleDefinitionError, RuleKind, listing
from .matching import FileMatcher


@dataclass(kw_only=True)
class Capitalization(RuleKind):
    """Each of ``terms`` is matched whatever its case and reported when written with
    another casing ("Islamic state" for "Islamic State"). Terms are plain text. Use
    ``exceptions`` for the common-noun uses ("an Islamic state")."""

    default_message: ClassVar[str] = "Write '{suggestion}', not '{match}'."
    fixable: ClassVar[bool] = True

    terms: list[str]
    safe_fix: bool = False

    def prepare(self, matcher: FileMatcher) -> None:
        super().prepare(matcher)
        if not self.terms:
            raise RuleDefinitionError("needs at least one term", "terms")
        self._terms = self.compile_patterns(matcher, self.terms, "terms", ignore_case=True, literal=True)

    def check_unit(self, doc: Document, unit: Span) -> Iterator[Violation]:
        for hit in self.hits(doc, unit, self._terms):
            matched, term = doc.slice(hit.span), self.terms[hit.index]
            if matched != term:
                yield self.violation(doc, hit.span, suggestion=term, fix=Fix(hit.span, term, self.safe_fix))

    def describe(self) -> list[str]:
        return ["Names with one correct casing:", "", *listing(f"`{t}`" for t in self.terms)]
