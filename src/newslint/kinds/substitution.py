"""``substitution``: a wrong form and the right one, with a fix (Vale's substitution)."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..violation import Fix, Span, Violation
from .base import RuleDefinitionError, RuleKind, adapt_case, listing
from .matching import FileMatcher, is_plain

_GROUP_REF = re.compile(r"\\(?:(\d+)|g<(\w+)>)")


@dataclass(kw_only=True)
class Substitution(RuleKind):
    """Each key of ``swap`` is a wrong form (a pattern); its value is the right one.

    A value may list alternatives separated by ``|`` (then there is no fix) and may use
    ``\\1`` or ``\\g<name>`` to reuse the key's groups.
    """

    default_message: ClassVar[str] = "Use '{suggestion}' instead of '{match}'."
    fixable: ClassVar[bool] = True

    swap: dict[str, str]
    safe_fix: bool = False

    def prepare(self, matcher: FileMatcher) -> None:
        super().prepare(matcher)
        if not self.swap:
            raise RuleDefinitionError("needs at least one 'wrong: right' entry", "swap")
        keys = list(self.swap)
        self._swap = self.compile_patterns(matcher, keys, "swap", item_keys=keys)
        self._right = list(self.swap.values())
        for i, (wrong, right) in enumerate(self.swap.items()):
            if not right.strip():
                raise RuleDefinitionError(f"the replacement for {wrong!r} is empty", "swap", wrong, at_value=True)
            for ref in _GROUP_REF.finditer(right):
                number, name = ref.groups()
                own = self._swap.singles.get(i)
                if self.literal or is_plain(wrong) or own is None:
                    raise RuleDefinitionError(f"{right!r} refers to a group but {wrong!r} is plain text", "swap", wrong,
                                              at_value=True)
                if number is not None and int(number) > own.groups:
                    raise RuleDefinitionError(f"{right!r} refers to group {number}; {wrong!r} has {own.groups}",
                                              "swap", wrong, at_value=True)
                if name is not None and name not in own.groupindex:
                    raise RuleDefinitionError(f"{right!r} refers to group {name!r}, not in {wrong!r}", "swap", wrong,
                                              at_value=True)

    def check_unit(self, doc: Document, unit: Span) -> Iterator[Violation]:
        for hit in self.hits(doc, unit, self._swap):
            matched = doc.slice(hit.span)
            choices = [adapt_case(matched, c.strip()) for c in
                       self._swap.expand(doc, hit, self._right[hit.index]).split("|")]
            if matched in choices:
                continue
            fix = Fix(hit.span, choices[0], self.safe_fix) if len(choices) == 1 else None
            yield self.violation(doc, hit.span, suggestion="' or '".join(choices) if len(choices) > 1 else choices[0],
                                 fix=fix)

    def describe(self) -> list[str]:
        return ["Wrong → right:", "", *listing(f"`{w}` → `{r}`" for w, r in self.swap.items())]
