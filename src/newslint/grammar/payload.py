"""What is sent to LanguageTool and how its offsets come back.

Each paragraph goes out as LanguageTool's ``data`` annotation: prose as ``text``, and
whatever the loader blanked (markup, comments, list markers) as ``markup``, so the
server skips it but counts it, and its offsets stay offsets into the file.

LanguageTool (Java) counts offsets in UTF-16 code units; newslint counts code points.
They differ after every character outside the BMP (emoji, 𝒳, some CJK): each counts 2
units for 1 code point. ``to_code_points`` converts both ends of a match once, here.
(language-tool-python 3.x's ``Match`` corrects the start but not the length, through a
class-level cache that threads overwrite, so newslint takes the server's JSON raw.)
"""
from __future__ import annotations

import bisect
import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..document import Document
from ..violation import Span
from .mapping import LTMatch

#: What separates the paragraphs of one request: a blank line, a paragraph break to LT.
SEPARATOR = "\n\n"
MAX_REPLACEMENTS = 5


def utf16_len(s: str) -> int:
    """How many UTF-16 code units ``s`` takes (what Java's ``String.length()`` says)."""
    return len(s) + sum(1 for ch in s if ord(ch) > 0xFFFF) if not s.isascii() else len(s)


@dataclass(frozen=True)
class Paragraph:
    """One block of an article, ready to send: its annotation and its offset tables."""

    span: Span  # in the document
    segments: tuple[tuple[str, str], ...]  # ("text" | "markup", original characters)
    key: str  # content hash: equal paragraphs are checked once
    units16: int  # UTF-16 length of the original characters
    astral: tuple[int, ...]  # UTF-16 offsets of the non-BMP characters
    markup: tuple[tuple[int, int], ...]  # paragraph-local code-point ranges of markup

    @property
    def chars(self) -> int:
        return len(self.span)

    def to_code_points(self, u16: int) -> int:
        """A paragraph-local UTF-16 offset as a code-point offset."""
        return u16 - bisect.bisect_left(self.astral, u16)

    def annotation(self) -> list[dict[str, str]]:
        return [{"text": s} if kind == "text" else {"markup": s} for kind, s in self.segments]

    def touches_markup(self, start: int, end: int, matched: str) -> bool:
        """A match on markup, or on whitespace next to it (``a <!-- x --> b`` is no double space)."""
        for ms, me in self.markup:
            if start < me and ms < end:
                return True
            if not matched.strip() and (end == ms or start == me):
                return True
        return False


def make_paragraph(doc: Document, span: Span) -> Paragraph:
    source, text = doc.source, doc.text
    segments: list[tuple[str, str]] = []
    markup: list[tuple[int, int]] = []
    if source[span.start : span.end] == text[span.start : span.end]:  # plain text: one segment
        segments.append(("text", source[span.start : span.end]))
    else:
        i = span.start
        while i < span.end:
            same = source[i] == text[i]
            j = i + 1
            while j < span.end and (source[j] == text[j]) == same:
                j += 1
            segments.append(("text" if same else "markup", source[i:j]))
            i = j
        segments = _merge_markup(segments)
        at = 0
        for kind, s in segments:
            if kind == "markup":
                markup.append((at, at + len(s)))
            at += len(s)
    original = source[span.start : span.end]
    astral: list[int] = []
    if not original.isascii():
        u = 0
        for ch in original:
            if ord(ch) > 0xFFFF:
                astral.append(u)
                u += 2
            else:
                u += 1
    key = hashlib.sha256(json.dumps(segments, ensure_ascii=False).encode("utf-8")).hexdigest()
    return Paragraph(span, tuple(segments), key, len(original) + len(astral), tuple(astral), tuple(markup))


def _merge_markup(segments: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Whitespace between two pieces of markup is markup too (loaders blank a comment's
    letters but keep its spaces: ``<!-- a b -->`` is one piece, not five)."""
    out: list[tuple[str, str]] = []
    for kind, s in segments:
        if kind == "markup" and len(out) >= 2 and out[-2][0] == "markup" and out[-1][0] == "text" \
                and not out[-1][1].strip():
            blank = out.pop()[1]
            out[-1] = ("markup", out[-1][1] + blank + s)
        elif kind == "markup" and out and out[-1][0] == "markup":
            out[-1] = ("markup", out[-1][1] + s)
        else:
            out.append((kind, s))
    return out


def batches(paragraphs: Sequence[Paragraph], limit: int) -> Iterable[list[Paragraph]]:
    """Consecutive paragraphs of one article, grouped up to ``limit`` characters a request."""
    group: list[Paragraph] = []
    size = 0
    for p in paragraphs:
        if group and size + len(SEPARATOR) + p.chars > limit:
            yield group
            group, size = [], 0
        group.append(p)
        size += p.chars + (len(SEPARATOR) if size else 0)
    if group:
        yield group


def batch_annotation(group: Sequence[Paragraph]) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for i, p in enumerate(group):
        if i:
            out.append({"text": SEPARATOR})
        out.extend(p.annotation())
    return out


def split_matches(group: Sequence[Paragraph], raw: Iterable[dict]) -> list[list[LTMatch]]:
    """LanguageTool's matches for a batch, as code-point matches per paragraph."""
    bases: list[int] = []
    at = 0
    for i, p in enumerate(group):
        at += len(SEPARATOR) if i else 0
        bases.append(at)
        at += p.units16
    per: list[list[LTMatch]] = [[] for _ in group]
    for m in raw:
        off16, len16 = int(m["offset"]), int(m["length"])
        i = bisect.bisect_right(bases, off16) - 1
        if i < 0:
            continue
        p = group[i]
        local = off16 - bases[i]
        if local >= p.units16:  # on the separator
            continue
        start = p.to_code_points(local)
        end = p.to_code_points(min(local + max(len16, 0), p.units16))
        rule = m.get("rule") or {}
        category = (rule.get("category") or {}).get("id") or ""
        original = "".join(s for _, s in p.segments)
        if p.markup and p.touches_markup(start, end, original[start:end]):
            continue
        repl = tuple(str(r.get("value", "")) for r in (m.get("replacements") or ())[:MAX_REPLACEMENTS])
        per[i].append(LTMatch(start, end, str(rule.get("id") or "UNKNOWN_RULE"), str(category),
                              str(rule.get("issueType") or ""), str(m.get("message") or ""), repl))
    return per
