"""Plain-text articles: blank lines separate paragraphs; the first is the headline.

A file with no blank line at all whose lines are mostly long (scraped copy often comes one paragraph per
line) has a paragraph per line; hard-wrapped text (every line short) keeps its blank-line
paragraphs.
"""
from __future__ import annotations

import datetime as _dt
import re

from ..document import Block, Document, assemble
from ..violation import Span
from . import blank_comments, split_front_matter

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
_LINE = re.compile(r"[^\n]*\S[^\n]*")
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
#: A line this long is a paragraph, not a hard-wrapped piece of one.
PARAGRAPH_LINE = 100


def load_plain(path: str, text: str, date: _dt.date | None = None) -> Document:
    chars = list(text)
    meta = split_front_matter(path, text, chars)
    blank_comments(text, chars)
    masked = "".join(chars)
    pattern = _PARAGRAPH if _BLANK_LINE.search(masked.strip()) or not _long_line(masked) else _LINE
    blocks = [Block(_trim(masked, m.start(), m.end())) for m in pattern.finditer(masked)]
    return assemble(path, text, masked, blocks, meta, "text", date)


def _long_line(text: str) -> bool:
    """Half the lines after the first (a headline) or more are long: paragraphs one per line,
    not wrapped text with one long URL."""
    lines = [line for line in text.split("\n") if line.strip()][1:]
    return bool(lines) and 2 * sum(len(line) > PARAGRAPH_LINE for line in lines) >= len(lines)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
