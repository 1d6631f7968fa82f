"""Plain-text articles: blank lines separate paragraphs; the first is the headline."""
from __future__ import annotations

import datetime as _dt
import re

from ..document import Block, Document, assemble
from ..violation import Span
from . import blank_comments, split_front_matter

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def load_plain(path: str, text: str, date: _dt.date | None = None) -> Document:
    chars = list(text)
    meta = split_front_matter(path, text, chars)
    blank_comments(text, chars)
    masked = "".join(chars)
    blocks = [Block(_trim(masked, m.start(), m.end())) for m in _PARAGRAPH.finditer(masked)]
    return assemble(path, text, masked, blocks, meta, "text", date)


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
