"""News-aware filtering of LanguageTool's matches, per article.

- Names: a news story is full of names no dictionary has (Kabulov, Dostum, Lavrov).
  Spelling matches on a capitalised word are dropped when the word stands mid-sentence,
  is part of a run of capitalised words (``Zamir Kabulov``), is seen capitalised
  mid-sentence elsewhere in the article, or is in ``grammar.words``. A capitalised
  word at a sentence start that is none of these is still reported (``Teh report``).
- Quotations: with ``grammar.skip-quotes``, nothing inside quotation marks or a quote block
  is reported (quoted speech is reproduced as said).
- Suppressed regions: paragraphs wholly inside a region that switches off every NL9xx code
  are never sent; the engine drops findings in smaller regions as for any rule.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from ..document import Document
from ..suppress import parse_suppressions
from ..violation import Fix, Span, Violation
from .mapping import LTMatch, classify, is_spelling, message
from .payload import Paragraph
from .settings import GRAMMAR_CODES, Settings

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
#: Quotations: curly and straight double quotes, guillemets, „German“, and single quotes
#: that open after a non-word and close before one (so "don't" and "Reuters'" do not count).
_QUOTE = re.compile(
    r"“[^”\n]*”|\"[^\"\n]*\"|«[^»\n]*»|„[^“”\n]*[“”]"
    r"|(?<!\w)‘[^\n]*?’(?!\w)|(?<![\w'])'(?=\w)[^'\n]*?(?<=[\w.,!?])'(?!\w)"
)
_NAME_GAP = re.compile(r"[ \t-]+")


def grammar_paragraphs(doc: Document) -> list[Span]:
    """The blocks to send: not CMS residue, not switched off for all of NL9xx."""
    residue = set(doc.residue)
    spans = [b.span for b in doc.blocks if b.span not in residue and doc.slice(b.span).strip()]
    if "newslint" not in doc.source:
        return spans
    regions = parse_suppressions(doc).regions
    return [s for s in spans if not any(
        r.span.start <= s.start and s.end <= r.span.end and all(r.covers(c, s.start) for c in GRAMMAR_CODES)
        for r in regions)]


class ArticleContext:
    """What the filters need to know about one article, computed once."""

    def __init__(self, doc: Document, settings: Settings):
        self.doc = doc
        self.words = {w.casefold() for w in settings.words}
        self.initial: set[int] = set()  # offsets of each sentence's first word
        self.names: set[str] = set()
        text = doc.text
        for s in doc.sentences:
            words = list(_WORD.finditer(text, s.start, s.end))
            if words:
                self.initial.add(words[0].start())
            for i, m in enumerate(words):
                w = m.group()
                if not w[0].isupper():
                    continue
                if i > 0:
                    self.names.add(w)
                elif len(words) > 1 and words[1].group()[0].isupper() and _NAME_GAP.fullmatch(
                        text, m.end(), words[1].start()):
                    self.names.add(w)  # the first word of a multi-word name: "Zamir Kabulov said"
        self.quotes: list[Span] = []  # disjoint, sorted: merged so that bisect finds the one
        if settings.skip_quotes:
            spans = sorted([Span(m.start(), m.end()) for m in _QUOTE.finditer(text)]
                           + [b.span for b in doc.blocks if b.kind == "quote"])
            for q in spans:
                if self.quotes and q.start <= self.quotes[-1].end:
                    self.quotes[-1] = Span(self.quotes[-1].start, max(q.end, self.quotes[-1].end))
                else:
                    self.quotes.append(q)
        self._quote_starts = [q.start for q in self.quotes]

    def is_name(self, span: Span) -> bool:
        matched = self.doc.text[span.start : span.end]
        tokens = _WORD.findall(matched)
        if not tokens:
            return False
        if all(t.casefold() in self.words for t in tokens):
            return True
        first = tokens[0]
        if not first[0].isupper():
            return False
        if len(first) > 1 and first.isupper():  # an acronym: NATO, UNHCR
            return True
        if span.start not in self.initial:  # capitalised mid-sentence
            return True
        return first in self.names

    def in_quote(self, span: Span) -> bool:
        i = bisect.bisect_right(self._quote_starts, span.start) - 1
        return i >= 0 and self.quotes[i].contains(span.start)


def violations(doc: Document, settings: Settings,
               results: Iterable[tuple[Paragraph, list[LTMatch]]]) -> list[Violation]:
    """Map and filter the matches of every paragraph of ``doc`` into Violations."""
    ctx = ArticleContext(doc, settings)
    disabled_rules, disabled_categories = set(settings.disabled_rules), set(settings.disabled_categories)
    out: list[Violation] = []
    for para, matches in results:
        for m in matches:
            if m.rule_id.upper() in disabled_rules or m.category.upper() in disabled_categories:
                continue
            span = Span(para.span.start + m.start, para.span.start + max(m.end, m.start))
            if is_spelling(m) and ctx.is_name(span):
                continue
            if ctx.quotes and ctx.in_quote(span):
                continue
            fix = Fix(span, m.replacements[0], safe=False) if m.replacements else None
            out.append(Violation(classify(m.rule_id, m.category, m.issue_type), span, message(m), fix))
    return out
