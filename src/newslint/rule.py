"""A rule: its code, name, doc and defaults, declared once, next to its check.

    @rule(code="NL501", name="cms-residue", severity="warning")
    def cms_residue(doc: Document, options: Mapping) -> Iterator[Violation]:
        '''Summary line.

        ## What it catches
        ...
        ## Why it matters
        ...
        ## Example
        ...
        ## How to silence
        ...
        '''
"""
from __future__ import annotations

import inspect
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .document import Document
from .violation import Severity, Violation

CODE = re.compile(r"^[A-Z]{2,4}[0-9]{3}$")
NAME = re.compile(r"^[a-z][a-z0-9-]*$")
#: The sections every rule's doc must have, in this order.
DOC_SECTIONS = ("What it catches", "Why it matters", "Example", "How to silence")

Check = Callable[[Document, Mapping[str, Any]], Iterable[Violation]]


@dataclass(frozen=True)
class Rule:
    """Everything newslint knows about one rule. ``check(doc, options)`` yields Violations."""

    code: str
    name: str
    check: Check
    summary: str
    doc: str
    severity: Severity = Severity.WARNING
    fixable: bool = False
    default_enabled: bool = True
    options: Mapping[str, Any] = field(default_factory=dict)
    origin: str = ""
    link: str | None = None

    def __post_init__(self) -> None:
        if not CODE.match(self.code):
            raise ValueError(f"rule code {self.code!r} must be 2-4 capitals and 3 digits, e.g. NL101")
        if not NAME.match(self.name):
            raise ValueError(f"rule name {self.name!r} must be lower-case words joined by '-'")

    def sections(self) -> dict[str, str]:
        """The doc's ``## Heading`` sections by heading."""
        return doc_sections(self.doc)


def doc_sections(doc: str) -> dict[str, str]:
    out: dict[str, str] = {}
    current = None
    for line in doc.splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            out[current] = ""
        elif current is not None:
            out[current] += line + "\n"
    return {k: v.strip() for k, v in out.items()}


def rule(
    code: str,
    name: str,
    severity: str | Severity = Severity.WARNING,
    fixable: bool = False,
    default_enabled: bool = True,
    options: Mapping[str, Any] | None = None,
    link: str | None = None,
) -> Callable[[Check], Rule]:
    """Turn a check function into a :class:`Rule`; its docstring is the rule's doc."""

    def wrap(fn: Check) -> Rule:
        doc = inspect.cleandoc(fn.__doc__ or "")
        summary, _, rest = doc.partition("\n")
        return Rule(
            code=code,
            name=name,
            check=fn,
            summary=summary.strip(),
            doc=rest.strip(),
            severity=Severity.parse(severity),
            fixable=fixable,
            default_enabled=default_enabled,
            options=dict(options or {}),
            origin=fn.__module__,
            link=link,
        )

    return wrap
