"""HTML articles, read with the standard library's ``html.parser``: tags, scripts and
styles are blanked; block elements (p, h1–h6, li, blockquote, …) become blocks."""
from __future__ import annotations

import datetime as _dt
from html.parser import HTMLParser

from ..document import Block, Document, assemble
from ..violation import Span
from . import blank, blank_comments
from .plain import _trim

_BLOCKS = {"p": "paragraph", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading",
           "h5": "heading", "h6": "heading", "li": "item", "blockquote": "quote", "td": "item",
           "th": "item", "dd": "item", "dt": "item", "figcaption": "paragraph", "pre": "code"}
_SKIP = {"script", "style", "head", "title", "pre", "code", "template", "noscript"}


class _Scanner(HTMLParser):
    def __init__(self, text: str):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.starts = [0]
        for i, ch in enumerate(text):
            if ch == "\n":
                self.starts.append(i + 1)
        self.tags: list[tuple[int, int]] = []  # spans of markup to blank
        self.skip_from: list[tuple[str, int]] = []
        self.open_blocks: list[tuple[str, int]] = []
        self.blocks: list[tuple[str, int, int]] = []
        self.title: str | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag, attrs):
        start = self._offset()
        end = start + len(self.get_starttag_text() or "")
        self.tags.append((start, end))
        if tag in _SKIP:
            self.skip_from.append((tag, end))
        if tag in _BLOCKS:
            self.open_blocks.append((tag, end))

    def handle_endtag(self, tag):
        start = self._offset()
        end = self.text.find(">", start) + 1 or len(self.text)
        self.tags.append((start, end))
        if self.skip_from and self.skip_from[-1][0] == tag:
            _, s = self.skip_from.pop()
            self.tags.append((s, start))
        for i in range(len(self.open_blocks) - 1, -1, -1):
            if self.open_blocks[i][0] == tag:
                _, s = self.open_blocks.pop(i)
                if tag not in _SKIP:
                    self.blocks.append((_BLOCKS[tag], s, start))
                break

    def handle_startendtag(self, tag, attrs):
        start = self._offset()
        self.tags.append((start, start + len(self.get_starttag_text() or "")))

    def handle_decl(self, decl):
        start = self._offset()
        self.tags.append((start, self.text.find(">", start) + 1 or len(self.text)))

    handle_pi = handle_decl


def load_html(path: str, text: str, date: _dt.date | None = None) -> Document:
    chars = list(text)
    blank_comments(text, chars)
    scanner = _Scanner(text)
    scanner.feed(text)
    scanner.close()
    for start, end in scanner.tags:
        blank(chars, start, end)
    masked = "".join(chars)
    spans = sorted(scanner.blocks, key=lambda b: b[1])
    blocks: list[Block] = []
    last_end = -1
    for kind, start, end in spans:
        if start < last_end:  # nested block (p inside li): keep the outer one only
            continue
        span = _trim(masked, start, end)
        blocks.append(Block(Span(span.start, span.end), kind))
        last_end = end
    first_is_heading = bool(blocks) and blocks[0].kind == "heading"
    return assemble(path, text, masked, blocks, {}, "html", date, headline_from_first_block=first_is_heading)
