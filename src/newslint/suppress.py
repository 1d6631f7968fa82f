"""Suppression directives inside an article, the same in plain text, Markdown and HTML:

    <!-- newslint: disable NL101 NL201 -->   ... <!-- newslint: enable NL101 NL201 -->
    <!-- newslint: disable-next-line NL301 -->
    <!-- newslint: disable-next-paragraph NL401 -->
    <!-- newslint: disable-line NL301 -->      (on the line it stands on)
    <!-- newslint: disable-file NL501 -->

Every directive must name codes (or ``all``); one that names none is reported as NL002.
A directive that suppresses nothing is reported as NL001 when NL001 is selected.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Document
from .violation import Span, Violation

DIRECTIVE = re.compile(r"<!--\s*newslint\s*:\s*(?P<action>[a-z-]+)(?P<codes>[^>]*?)\s*-->", re.IGNORECASE)
ACTIONS = ("disable", "enable", "disable-next-line", "disable-next-paragraph", "disable-line", "disable-file")
_CODE = re.compile(r"^(?:all|[A-Z]{2,4}[0-9]{0,3})$")


@dataclass
class Region:
    """Codes switched off over ``span``; ``used`` records whether it hid anything."""

    directive: Span
    codes: frozenset[str]
    span: Span
    used: bool = False

    def covers(self, code: str, offset: int) -> bool:
        return self.span.contains(offset) and ("all" in self.codes or any(code.startswith(c) for c in self.codes))


@dataclass
class Suppressions:
    regions: list[Region] = field(default_factory=list)
    problems: list[Violation] = field(default_factory=list)

    def suppressed(self, code: str, offset: int) -> bool:
        hit = False
        for r in self.regions:
            if r.covers(code, offset):
                r.used = True
                hit = True
        return hit

    def unused(self) -> list[Violation]:
        return [
            Violation("NL001", r.directive, f"unused suppression directive for {', '.join(sorted(r.codes))}")
            for r in self.regions if not r.used
        ]


def parse_suppressions(doc: Document) -> Suppressions:
    out = Suppressions()
    if "newslint" not in doc.source:
        return out
    end_of_text = len(doc.source)
    open_ranges: dict[str, tuple[Span, int]] = {}
    for m in DIRECTIVE.finditer(doc.source):
        span = Span(m.start(), m.end())
        action = m.group("action").lower()
        codes = [c for c in re.split(r"[\s,]+", m.group("codes").strip()) if c]
        if action not in ACTIONS:
            out.problems.append(Violation("NL002", span, f"unknown directive '{action}' (expected one of: {', '.join(ACTIONS)})"))
            continue
        if not codes:
            out.problems.append(Violation("NL002", span, f"'{action}' must name rule codes or 'all'"))
            continue
        bad = [c for c in codes if not _CODE.match(c if c.lower() != "all" else "all")]
        if bad:
            out.problems.append(Violation("NL002", span, f"not a rule code: {', '.join(bad)}"))
            continue
        norm = frozenset("all" if c.lower() == "all" else c.upper() for c in codes)
        if action == "disable":
            for c in norm:
                open_ranges[c] = (span, m.end())
        elif action == "enable":
            for c in norm:
                if c in open_ranges:
                    d, start = open_ranges.pop(c)
                    out.regions.append(Region(d, frozenset({c}), Span(start, m.start())))
                elif "all" in open_ranges:
                    pass
        elif action == "disable-file":
            out.regions.append(Region(span, norm, Span(0, end_of_text)))
        elif action == "disable-line":
            line = doc.lines[doc.position(m.start()).line - 1]
            out.regions.append(Region(span, norm, line))
        elif action == "disable-next-line":
            line_no = doc.position(m.end()).line  # 1-based: index of the next line
            nxt = next((ln for ln in doc.lines[line_no:] if doc.source[ln.start:ln.end].strip()), None)
            if nxt is not None:
                out.regions.append(Region(span, norm, nxt))
        elif action == "disable-next-paragraph":
            nxt = next((b.span for b in doc.blocks if b.span.start >= m.end()), None)
            if nxt is not None:
                out.regions.append(Region(span, norm, nxt))
    for c, (d, start) in open_ranges.items():
        out.regions.append(Region(d, frozenset({c}), Span(start, end_of_text)))
    return out
