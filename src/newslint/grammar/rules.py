"""NL901-NL904: LanguageTool's findings, mapped to four newslint codes.

All four are off by default. ``newslint check --grammar`` or ``grammar: {enabled: true}``
selects them; selecting a code by hand (``--extend-select NL902``) runs it too. The
rules are bound to the run's :class:`Settings` by the plugin hook (``bind``), share one
backend per process, and each keeps the findings of its own code.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from typing import Any

from ..document import Document
from ..rule import Rule, rule
from ..violation import Violation
from .mapping import CODE_SEVERITY
from .settings import Settings


class GrammarCheck:
    """A grammar rule's check, bound to settings; ``prepare`` lets the engine start the
    requests for a window of files before it lints them (requests overlap other work)."""

    def __init__(self, code: str, settings: Settings):
        self.code, self.settings = code, settings

    def __call__(self, doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
        from .backend import get_backend

        for v in get_backend(self.settings).violations(doc):
            if v.code == self.code:
                yield v

    def prepare(self, docs: Sequence[Document], options: Mapping[str, Any]) -> None:
        from .backend import get_backend

        get_backend(self.settings).prefetch(docs)


def _unbound(code: str):
    def check(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
        return GrammarCheck(code, Settings.from_config(None))(doc, options)

    return check


def _grammar_rule(code: str, name: str):
    return rule(code=code, name=name, severity=CODE_SEVERITY[code], fixable=True, default_enabled=False)


@_grammar_rule("NL901", "lt-grammar")
def lt_grammar(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """Grammar, as LanguageTool finds it: agreement, confused words, casing, word order.

    ## What it catches
    LanguageTool matches in the GRAMMAR, CONFUSED_WORDS, CASING, COLLOCATIONS, SEMANTICS,
    FALSE_FRIENDS, NONSTANDARD_PHRASES and MISC categories (and any category newslint does
    not know yet): `He go to school`, `a apple`, `their is`, a sentence starting in lower
    case. The message ends with LanguageTool's own rule id. The full table is in
    docs/grammar.md.

    ## Why it matters
    Machine-translated and hastily edited wire copy carries grammar slips that pattern
    rules cannot see; LanguageTool's thousands of rules can.

    ## Example
    ```
    He go to the talks on Monday.
    ```
    reports `go` with LanguageTool's suggestion `goes`, ending the message with the id of
    the LanguageTool rule that fired.
    Needs a LanguageTool server: `newslint check --grammar` with `NEWSLINT_LT_URL` set.

    ## How to silence
    `<!-- newslint: disable-next-line NL901 -->` above the line; switch one LanguageTool
    rule off with `grammar: {disabled-rules: [RULE_ID]}`; or `ignore: [NL901]`.
    """
    return _unbound("NL901")(doc, options)


@_grammar_rule("NL902", "lt-spelling")
def lt_spelling(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """Spelling and typos, as LanguageTool finds them, sparing names.

    ## What it catches
    LanguageTool's TYPOS and COMPOUNDING matches (MORFOLOGIK_RULE_EN_US and friends):
    `teh`, `goverment`, `recieve`. Names are spared: a capitalised word is not reported
    mid-sentence, as part of a run of capitalised words (`Zamir Kabulov`), when the
    article uses it capitalised mid-sentence elsewhere, or when it is in `grammar.words`.

    ## Why it matters
    A typo in a published story costs credibility; a spell checker that flags every
    foreign name costs the editor's attention, so names are filtered out.

    ## Example
    ```
    Teh talks in Moscow were hosted by Zamir Kabulov.
    ```
    reports `Teh` (sentence-initial, not a name elsewhere) but not `Kabulov`.

    ## How to silence
    Add the word to `grammar: {words: [...]}`; `<!-- newslint: disable-next-line NL902 -->`
    above the line; or `ignore: [NL902]`.
    """
    return _unbound("NL902")(doc, options)


@_grammar_rule("NL903", "lt-typography")
def lt_typography(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """Punctuation and typography, as LanguageTool finds them.

    ## What it catches
    LanguageTool's PUNCTUATION and TYPOGRAPHY matches and whitespace rules: two spaces
    between words, a space before a comma, doubled punctuation, unpaired brackets.
    Whitespace left where newslint blanked markup is never reported.

    ## Why it matters
    Scraped and converted copy is full of stray spaces and punctuation that survive
    every read-through and show on the page.

    ## Example
    ```
    The talks ended ,  officials said.
    ```
    reports the space before the comma (COMMA_PARENTHESIS_WHITESPACE) and the double
    space (WHITESPACE_RULE).

    ## How to silence
    `grammar: {disabled-rules: [WHITESPACE_RULE]}` for one LanguageTool rule,
    `disabled-categories: [TYPOGRAPHY]` for a category, or `ignore: [NL903]`.
    """
    return _unbound("NL903")(doc, options)


@_grammar_rule("NL904", "lt-style")
def lt_style(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """Style, as LanguageTool finds it: redundancy, wordiness, repetition.

    ## What it catches
    LanguageTool's STYLE, REDUNDANCY, REPETITIONS, PLAIN_ENGLISH, COLLOQUIALISMS,
    REGIONALISMS and related matches: `very unique`, `in order to`, three sentences in a
    row starting with the same word.

    ## Why it matters
    House style asks for tight copy; these are suggestions for the editor, reported as
    info so they do not fail a build on their own.

    ## Example
    ```
    The minister said the deal was very unique.
    ```
    reports `very unique` with LanguageTool's suggestion, when the server's English style
    rules are on.

    ## How to silence
    `grammar: {disabled-categories: [STYLE]}`, one rule with `disabled-rules`, or
    `ignore: [NL904]`.
    """
    return _unbound("NL904")(doc, options)


RULES: tuple[Rule, ...] = (lt_grammar, lt_spelling, lt_typography, lt_style)


def bind(settings: Settings) -> list[Rule]:
    """The four rules with checks bound to ``settings`` (what the plugin hook returns)."""
    return [replace(r, check=GrammarCheck(r.code, settings)) for r in RULES]
