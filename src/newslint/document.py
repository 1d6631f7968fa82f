"""The one document model every rule sees.

``Document.source`` is the file as read (BOM dropped, CRLF and CR turned into LF, which
keeps every line and column). ``Document.text`` has the same length, with everything that
is not prose (front matter, markup, code blocks, HTML comments) blanked out with spaces, so
that a rule's offsets into ``text`` are offsets into the file: no position drift.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from .sentences import split_sentences
from .violation import Position, Span

#: Scopes a rule (or a YAML rule) may run over.
SCOPES = ("document", "headline", "dateline", "lead", "body", "paragraph", "sentence", "line")

#: (Used with ``pattern.match(text, pos)``, so no ``^``: it would anchor at 0 only.)
#: CMS boilerplate lines a scraper leaves above an article ("Categories: world").
RESIDUE_HEAD = re.compile(r"(?:Categories?|Tags?|Filed under|Posted in|Topics?)\s*:", re.IGNORECASE)

#: A wire dateline at the start of a paragraph, as agencies and papers write it: "MOSKVA –",
#: "WASHINGTON (AP) —", "LONDON, Nov 9 (Reuters) -", "KYIV, Ukraine, March 3 (Reuters) -",
#: "BEIJING, Sept. 7 (Xinhua) --", "WIEN, 3. März (APA) -", "MOSCOW, July 3. /TASS/.", and a
#: place in mixed case when an agency follows it ("Paris (AFP) -"). The place is in ``place``.
_DATE_PARTS = r"(?:,\s*[A-Z0-9À-Þ][\w .]{0,30}?){0,2}"  # ", Ukraine", ", 3. März", ", Sept. 7"
_AGENCY = r"\((?:[A-Z][\w.&’' -]{0,30}|dpa|epd|kna|ots)\)"  # "(Reuters)", "(Interfax)", "(dpa)"
#: After a place in mixed case only a news agency by name: "Mr Johnson (Conservative) -" is no dateline.
_KNOWN_AGENCY = (r"\((?:AP|Reuters|AFP|dpa|DPA|APA|Xinhua|TASS|Interfax|RIA Novosti|ANSA|EFE|Lusa|Belga|Kyodo|"
                 r"Yonhap|PAP|CTK|ČTK|MTI|BTA|UPI|Bloomberg|NTB|TT|Ritzau|STT|ANP|Anadolu|IRNA|PTI|IANS|Bernama|"
                 r"Antara|KUNA|WAM|SPA|MENA|AAP|CP|KNA|epd|Sputnik)(?:[/ ,][^)]{0,20})?\)")
DATELINE = re.compile(
    r"(?P<place>[A-ZÀ-Þ](?:[A-ZÀ-Þ .'’/-]{1,40}?"
    rf"|[a-zß-ÿ]+(?:[ -][A-ZÀ-Þ][a-zß-ÿ]+){{0,2}}(?={_DATE_PARTS}\s*(?:{_KNOWN_AGENCY}|/[A-Z])))"
    r")"
    + _DATE_PARTS +
    rf"(?:(?:\s*{_AGENCY})?\s*(?:--|[-–—:])\s+|\s*/[A-Z][\w-]{{1,20}}/\.?\s+)"
)


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level block: ``kind`` is paragraph, heading, quote or item."""

    span: Span
    kind: str = "paragraph"


@dataclass(frozen=True)
class Document:
    """An article: its text, its blocks and the parts of a news story, all as spans."""

    path: str
    source: str
    text: str
    meta: Mapping[str, Any]
    blocks: tuple[Block, ...]
    format: str = "text"
    date: _dt.date | None = None
    headline: Span | None = None
    dateline: Span | None = None
    lead: Span | None = None
    body: Span | None = None
    residue: tuple[Span, ...] = field(default=())

    # -- structure -------------------------------------------------------------------
    @cached_property
    def paragraphs(self) -> tuple[Span, ...]:
        """Every block's span, in order (headline included)."""
        return tuple(b.span for b in self.blocks)

    @cached_property
    def body_paragraphs(self) -> tuple[Span, ...]:
        """Paragraphs from the lead on (the headline and residue excluded)."""
        if self.body is None:
            return ()
        return tuple(p for p in self.paragraphs if p.start >= self.body.start)

    @cached_property
    def sentences(self) -> tuple[Span, ...]:
        """Sentences of every block, in order."""
        return tuple(s for i in range(len(self.blocks)) for s in self.block_sentences(i))

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        starts = [0]
        find = self.source.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        return tuple(starts)

    @cached_property
    def lines(self) -> tuple[Span, ...]:
        """Each line's span, without its newline."""
        ends = [s - 1 for s in self.line_starts[1:]] + [len(self.text)]
        return tuple(Span(s, e) for s, e in zip(self.line_starts, ends))

    def units(self, scope: str) -> tuple[Span, ...]:
        """The spans a rule of ``scope`` runs over."""
        if scope == "document":
            return (Span(0, len(self.text)),)
        if scope in ("headline", "dateline", "lead", "body"):
            part = getattr(self, scope)
            return (part,) if part is not None else ()
        if scope == "paragraph":
            return self.paragraphs
        if scope == "sentence":
            return self.sentences
        if scope == "line":
            return self.lines
        raise ValueError(f"unknown scope {scope!r} (expected one of {', '.join(SCOPES)})")

    # -- positions -------------------------------------------------------------------
    def position(self, offset: int) -> Position:
        """1-based line and code-point column of ``offset``."""
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return Position(line + 1, offset - self.line_starts[line] + 1)

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    @cached_property
    def _block_starts(self) -> list[int]:
        return [b.span.start for b in self.blocks]

    def block_index(self, offset: int) -> int:
        """Index of the last block starting at or before ``offset`` (-1 if none)."""
        return bisect.bisect_right(self._block_starts, offset) - 1

    def block_at(self, offset: int) -> Block | None:
        i = self.block_index(offset)
        if i >= 0 and self.blocks[i].span.contains(offset):
            return self.blocks[i]
        return None

    def block_sentences(self, i: int) -> tuple[Span, ...]:
        """The sentences of block ``i``, split once (``sentences`` joins every block's)."""
        cache = self.__dict__.setdefault("_block_sentences", {})
        if i not in cache:
            cache[i] = tuple(split_sentences(self.text, self.blocks[i].span))
        return cache[i]

    def block_sentence_starts(self, i: int) -> list[int]:
        """Where the sentences of block ``i`` start (for a bisect), computed once."""
        cache = self.__dict__.setdefault("_block_sentence_starts", {})
        if i not in cache:
            cache[i] = [s.start for s in self.block_sentences(i)]
        return cache[i]


def parse_date(value: Any) -> _dt.date | None:
    """A date from front matter or ``--date``: a date, a datetime or an ISO string (``2018``, ``2018-11``)."""
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    s = str(value).strip()
    for fmt, n in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return _dt.datetime.strptime(s[:n], fmt).date()
        except ValueError:
            continue
    raise ValueError(f"cannot read date {value!r} (expected YYYY-MM-DD)")


def assemble(
    path: str,
    source: str,
    text: str,
    blocks: list[Block],
    meta: Mapping[str, Any] | None = None,
    fmt: str = "text",
    date: _dt.date | None = None,
    headline_from_first_block: bool = True,
) -> Document:
    """Derive the news parts (residue, headline, lead, dateline, body) from blocks.

    Loaders call this with the blocks they found; it is shared so that plain text, Markdown
    and HTML articles get the same parts by the same logic.
    """
    meta = dict(meta or {})
    blocks = [b for b in blocks if len(b.span)]
    residue: list[Span] = []
    i = 0
    while i < len(blocks) - 1 and RESIDUE_HEAD.match(text, blocks[i].span.start) and "\n" not in text[
        blocks[i].span.start : blocks[i].span.end
    ]:
        residue.append(blocks[i].span)
        i += 1
    headline = None
    if i < len(blocks) and (headline_from_first_block or blocks[i].kind == "heading"):
        headline = blocks[i].span
        i += 1
    lead = blocks[i].span if i < len(blocks) else None
    body = Span(lead.start, blocks[-1].span.end) if lead is not None else None
    dateline = None
    for b in blocks[i : i + 3]:
        m = DATELINE.match(text, b.span.start, b.span.end)
        if m and len(m.group("place").strip()) >= 3:
            dateline = Span(m.start("place"), m.start("place") + len(m.group("place").rstrip()))
            break
    if date is None and "date" in meta:
        date = parse_date(meta["date"])
    return Document(
        path=path,
        source=source,
        text=text,
        meta=meta,
        blocks=tuple(blocks),
        format=fmt,
        date=date,
        headline=headline,
        dateline=dateline,
        lead=lead,
        body=body,
        residue=tuple(residue),
    )
