"""What every YAML rule has (Vale's ``Definition``), and the base class of rule kinds.

A kind is a dataclass: its fields are exactly the YAML keys it accepts (``ignore_case``
is written ``ignore-case``). The loader decodes a rule strictly into it, calls
:meth:`RuleKind.prepare` once to validate and compile, and wraps it in an ordinary
:class:`newslint.Rule` whose check is :meth:`RuleKind.check`.

A plugin kind subclasses :class:`RuleKind`, adds its own fields and implements
``check_unit(doc, unit)`` (or ``check(doc)`` for a whole-document rule).
"""
from __future__ import annotations

import string
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from ..document import SCOPES, Document
from ..rule import CODE, NAME
from ..violation import Fix, Severity, Span, Violation
from .matching import FileMatcher, Hit, PatternError, PatternSet

SEVERITIES = ("info", "warning", "error")


class RuleDefinitionError(ValueError):
    """A problem with one key of a YAML rule; the loader turns it into ``file:line:col``.

    :param key: the rule's YAML key (``"swap"``), or ``None`` for the rule as a whole.
    :param item: an index (list) or a key (mapping) inside that key's value.
    :param at_value: with a mapping ``item``, point at its value rather than its key.
    """

    def __init__(self, message: str, key: str | None = None, item: int | str | None = None, at_value: bool = False):
        self.message, self.key, self.item, self.at_value = message, key, item, at_value
        super().__init__(message)


@dataclass(kw_only=True)
class Examples:
    """Text the rule must report on (``bad``) and must leave alone (``good``)."""

    bad: list[str] = field(default_factory=list)
    good: list[str] = field(default_factory=list)


def yaml_key(field_name: str) -> str:
    """The YAML spelling of a dataclass field: ``ignore_case`` → ``ignore-case``."""
    return field_name.replace("_", "-")


def adapt_case(matched: str, replacement: str) -> str:
    """Give ``replacement`` the capitalisation of ``matched`` (ALL CAPS, or a capital first letter)."""
    if not replacement or not matched:
        return replacement
    letters = [c for c in matched if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return replacement.upper()
    if matched[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


class _Values(dict):
    def __missing__(self, key: str) -> str:  # an unfilled placeholder prints as itself
        return "{" + key + "}"


@dataclass(kw_only=True)
class RuleKind:
    """The keys every YAML rule has; subclasses add their kind's keys as fields."""

    #: Scope used when the rule gives none.
    default_scope: ClassVar[str] = "paragraph"
    #: Message used when the rule gives none.
    default_message: ClassVar[str] = "'{match}'"
    #: Names a message template may use, besides ``match``, ``suggestion`` and ``scope``.
    placeholders: ClassVar[frozenset[str]] = frozenset()
    #: Whether the kind's findings carry a fix.
    fixable: ClassVar[bool] = False

    code: str
    name: str
    kind: str
    message: str = ""
    severity: str = "warning"
    scope: str = ""
    ignore_case: bool = False
    word_boundaries: bool = True
    literal: bool = False
    exceptions: list[str] = field(default_factory=list)
    link: str | None = None
    description: str = ""
    why: str = ""
    examples: Examples | None = None
    default_enabled: bool = True

    # -- set-up -------------------------------------------------------------------------
    def prepare(self, matcher: FileMatcher) -> None:
        """Validate the common keys and compile the exceptions. Subclasses call it first."""
        if not CODE.match(self.code):
            raise RuleDefinitionError(f"code {self.code!r} must be 2-4 capitals and 3 digits, e.g. HS101", "code")
        if not NAME.match(self.name):
            raise RuleDefinitionError(f"name {self.name!r} must be lower-case words joined by '-'", "name")
        if self.severity.lower() not in SEVERITIES:
            raise RuleDefinitionError(f"severity {self.severity!r} must be one of {', '.join(SEVERITIES)}", "severity")
        self.scope = self.scope or self.default_scope
        if self.scope not in SCOPES:
            raise RuleDefinitionError(f"scope {self.scope!r} must be one of {', '.join(SCOPES)}", "scope")
        self.message = self.message or self.default_message
        allowed = {"match", "suggestion", "scope", *self.placeholders}
        try:
            fields = [f for _, f, _, _ in string.Formatter().parse(self.message) if f is not None]
        except ValueError as exc:
            raise RuleDefinitionError(f"message template: {exc}", "message") from None
        for name in fields:
            if name not in allowed:
                raise RuleDefinitionError(
                    f"message uses {{{name}}}; allowed: {', '.join('{' + a + '}' for a in sorted(allowed))}", "message")
        self._exceptions = self.compile_patterns(matcher, self.exceptions, "exceptions") if self.exceptions else None

    def compile_patterns(self, matcher: FileMatcher, patterns: Sequence[str], key: str, *,
                         ignore_case: bool | None = None, literal: bool | None = None,
                         item_keys: Sequence[int | str] | None = None) -> PatternSet:
        """Register ``patterns`` (the value of YAML ``key``) with the file's matcher."""
        try:
            return matcher.patterns(
                patterns,
                ignore_case=self.ignore_case if ignore_case is None else ignore_case,
                word_boundaries=self.word_boundaries,
                literal=self.literal if literal is None else literal,
            )
        except PatternError as exc:
            item = item_keys[exc.index] if item_keys is not None else exc.index
            raise RuleDefinitionError(str(exc), key, item) from None

    # -- running ------------------------------------------------------------------------
    def check(self, doc: Document) -> Iterator[Violation]:
        """All findings in ``doc``: by default ``check_unit`` over each unit of the scope."""
        for unit in doc.units(self.scope):
            yield from self.check_unit(doc, unit)

    def check_unit(self, doc: Document, unit: Span) -> Iterable[Violation]:
        """Findings inside one unit (a sentence, a paragraph, the headline…)."""
        raise NotImplementedError(f"rule kind {type(self).__name__} must implement check_unit or check")

    def run(self, doc: Document, options: Any = None) -> Iterator[Violation]:
        """The :class:`newslint.Rule` check function."""
        return self.check(doc)

    def hits(self, doc: Document, unit: Span, patterns: PatternSet) -> list[Hit]:
        """``patterns``' matches in ``unit``, minus those inside a match of ``exceptions``."""
        found = patterns.find(doc, unit)
        if found and self._exceptions is not None:
            shields = self._exceptions.find(doc, unit)
            if shields:
                found = [h for h in found if not any(s.start <= h.start and h.end <= s.end for s in shields)]
        return found

    def violation(self, doc: Document, span: Span, *, suggestion: str = "", fix: Fix | None = None,
                  related: tuple[Span, ...] = (), match: str | None = None, **values: Any) -> Violation:
        """A :class:`Violation` with this rule's message filled in."""
        filled = _Values(values, match=doc.slice(span) if match is None else match, suggestion=suggestion,
                         scope=self.scope)
        return Violation(self.code, span, self.message.format_map(filled), fix, related)

    # -- documentation ------------------------------------------------------------------
    def describe(self) -> list[str]:
        """Markdown lines for the rule's "What it catches" section (kind-specific)."""
        return []

    @property
    def severity_value(self) -> Severity:
        return Severity.parse(self.severity)


def listing(pairs: Iterable[str], limit: int = 12) -> list[str]:
    """A Markdown bullet list of at most ``limit`` entries, with "… and N more"."""
    items = list(pairs)
    lines = [f"- {p}" for p in items[:limit]]
    if len(items) > limit:
        lines.append(f"- … and {len(items) - limit} more")
    return lines
