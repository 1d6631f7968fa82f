"""Markdown articles, parsed with markdown-it-py (CommonMark): headings and paragraphs
become blocks; code, HTML blocks and front matter are blanked so no rule sees them."""
from __future__ import annotations

import datetime as _dt
import re
from functools import cache

from ..document import Block, Document, assemble
from ..violation import Span
from . import blank, blank_comments, split_front_matter
from .plain import _trim


_MARKER = re.compile(r"^([ \t]*(?:>[ \t]?)*(?:[-*+]|\d{1,9}[.)])?[ \t]*)", re.MULTILINE)


@cache
def _parser():  # built once per process: markdown-it compiles its rules on construction
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def load_markdown(path: str, text: str, date: _dt.date | None = None) -> Document:
    chars = list(text)
    meta = split_front_matter(path, text, chars)
    masked_fm = "".join(chars)
    line_starts = [0]
    for i, ch in enumerate(text):
        if ch == "\n":
            line_starts.append(i + 1)
    line_starts.append(len(text) + 1)

    def offset(line: int) -> int:
        return min(line_starts[min(line, len(line_starts) - 1)], len(text))

    blocks: list[Block] = []
    context: list[str] = []
    for tok in _parser().parse(masked_fm):
        if tok.type in ("blockquote_open", "list_item_open"):
            context.append("quote" if tok.type == "blockquote_open" else "item")
            continue
        if tok.type in ("blockquote_close", "list_item_close"):
            context.pop()
            continue
        if tok.map is None:
            continue
        start, end = offset(tok.map[0]), offset(tok.map[1])
        if tok.type in ("fence", "code_block", "html_block"):
            blank(chars, start, end)
        elif tok.type == "heading_open":
            span = _trim(masked_fm, start, end)
            if tok.markup.startswith("#"):  # ATX: blank the "# " marker
                blank(chars, span.start, span.start + len(tok.markup) + 1)
                span = Span(min(span.start + len(tok.markup) + 1, span.end), span.end)
            else:  # setext: the heading is the first line, the underline is markup
                nl = masked_fm.find("\n", span.start, span.end)
                if nl != -1:
                    blank(chars, nl, span.end)
                    span = Span(span.start, nl)
            blocks.append(Block(span, "heading"))
        elif tok.type == "paragraph_open":
            if context:  # blank the "> " and list markers so rules see only prose
                for m in _MARKER.finditer(masked_fm, start, end):
                    blank(chars, m.start(1), m.end(1))
            blocks.append(Block(_trim(masked_fm, start, end), context[-1] if context else "paragraph"))
    blank_comments(text, chars)
    masked = "".join(chars)
    blocks = [Block(_trim(masked, b.span.start, b.span.end), b.kind) for b in blocks]
    first_is_heading = bool(blocks) and blocks[0].kind == "heading"
    return assemble(path, text, masked, blocks, meta, "markdown", date, headline_from_first_block=first_is_heading)
