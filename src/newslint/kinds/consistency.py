"""``consistency``: one article uses one of several variants (Vale's consistency)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..violation import Fix, Span, Violation
from .base import RuleDefinitionError, RuleKind, adapt_case, listing
from .matching import FileMatcher


@dataclass(kw_only=True)
class Consistency(RuleKind):
    """Each entry of ``variants`` is a group of patterns for one thing. Within a unit of
    the scope (the whole article by default) the first variant used wins; later uses of
    another variant of the same group are reported, pointing back at the first."""

    default_scope: ClassVar[str] = "document"
    default_message: ClassVar[str] = "'{match}' here but '{first}' earlier: use one form throughout."
    placeholders: ClassVar[frozenset[str]] = frozenset({"first"})
    fixable: ClassVar[bool] = True

    variants: list[list[str]]

    def prepare(self, matcher: FileMatcher) -> None:
        super().prepare(matcher)
        if not self.variants:
            raise RuleDefinitionError("needs at least one group of variants", "variants")
        self._groups = []
        for i, group in enumerate(self.variants):
            if len(group) < 2:
                raise RuleDefinitionError("a group needs at least two variants", "variants", i)
            self._groups.append(self.compile_patterns(matcher, group, "variants", item_keys=[i] * len(group)))

    def check_unit(self, doc: Document, unit: Span) -> Iterator[Violation]:
        for group in self._groups:
            hits = self.hits(doc, unit, group)
            if len(hits) < 2:
                continue
            first = hits[0]
            first_text = doc.slice(first.span)
            for hit in hits[1:]:
                if hit.index == first.index:
                    continue
                matched = doc.slice(hit.span)
                suggestion = adapt_case(matched, first_text)
                yield self.violation(doc, hit.span, suggestion=suggestion, first=first_text,
                                     related=(first.span,), fix=Fix(hit.span, suggestion, False))

    def describe(self) -> list[str]:
        return ["Groups of variants (use one per article):", "",
                *listing(" / ".join(f"`{v}`" for v in group) for group in self.variants)]
