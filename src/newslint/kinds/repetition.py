"""``repetition``: a word or phrase written twice in a row ("the the", "in the in the")."""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import ClassVar

from ..document import Document
from ..violation import Fix, Span, Violation
from .base import RuleDefinitionError, RuleKind
from .matching import FileMatcher, Hit, compile_pattern

#: A word for repetition purposes: letters, with an inner apostrophe ("don't"); numbers
#: are left out on purpose (scores such as "6-4 4-6" repeat digits legitimately).
_WORD = r"[^\W\d_]+(?:['’][^\W\d_]+)?"


@dataclass(kw_only=True)
class Repetition(RuleKind):
    """Report the second copy of a word, or of a phrase of up to ``max-words`` words,
    that follows itself. With ``tokens``, only those words or phrases count. The fix
    deletes the copy. Use ``exceptions`` for legitimate doubles ("had had")."""

    default_message: ClassVar[str] = "'{match}' is repeated."
    fixable: ClassVar[bool] = True

    max_words: int = 1
    tokens: list[str] | None = None  # None: any word

    def prepare(self, matcher: FileMatcher) -> None:
        super().prepare(matcher)
        if not 1 <= self.max_words <= 6:
            raise RuleDefinitionError("'max-words' must be between 1 and 6", "max-words")
        self.tokens = list(self.tokens or [])
        word = _WORD
        if self.tokens:
            for i, t in enumerate(self.tokens):
                try:
                    compile_pattern(re.escape(t) if self.literal else t)
                except ValueError as exc:
                    raise RuleDefinitionError(str(exc), "tokens", i) from None
            word = "|".join(f"(?:{re.escape(t) if self.literal else t})" for t in self.tokens)
        # One regex with a back-reference: an automaton cannot express "the same word again".
        phrase = f"(?:{word})(?:\\s+(?:{word})){{0,{self.max_words - 1}}}"
        self._pattern = re.compile(f"(?<!\\w)(?P<first>{phrase})(?P<copy>\\s+(?P=first))(?!\\w)",
                                   re.IGNORECASE if self.ignore_case else 0)

    def check_unit(self, doc: Document, unit: Span) -> Iterator[Violation]:
        found = []
        for m in self._pattern.finditer(doc.text, unit.start, unit.end):
            copy = m.group("copy")
            start = m.start("copy") + (len(copy) - len(copy.lstrip()))
            found.append(Hit(start, m.end(), 0))
        if found and self._exceptions is not None:
            shields = self._exceptions.find(doc, unit)
            found = [h for h in found if not any(s.start <= h.start and h.end <= s.end for s in shields)]
        for hit in found:
            first_end = hit.start
            while first_end > unit.start and doc.text[first_end - 1].isspace():
                first_end -= 1
            yield self.violation(doc, hit.span, fix=Fix(Span(first_end, hit.end), "", False))

    def describe(self) -> list[str]:
        what = ", ".join(f"`{t}`" for t in self.tokens) if self.tokens else "any word"
        return [f"{what} (phrases of up to {self.max_words} words) written twice in a row."]
