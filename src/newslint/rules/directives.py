"""NL001 and NL002: findings about suppression directives themselves.

The suppression pass (``newslint.suppress``) produces these while it reads the
directives; the rules are declared here so that their codes, docs and defaults live in
the one registry and select/ignore/``newslint rule`` treat them like any other rule.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from ..document import Document
from ..rule import rule
from ..violation import Violation


@rule(code="NL001", name="unused-suppression", severity="info", default_enabled=False)
def unused_suppression(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A suppression directive that hid nothing.

    ## What it catches
    A `<!-- newslint: disable … -->` (or `disable-next-line`, `disable-next-paragraph`,
    `disable-line`, `disable-file`) directive whose region produced no finding of the
    codes it names.

    ## Why it matters
    Stale directives pile up as copy is edited; they hide the next real defect in that
    paragraph. Like ruff's RUF100, this is opt-in: select NL001 to clean them up.

    ## Example
    ```
    <!-- newslint: disable-next-line NL101 -->
    Representatives of 11 countries attended.
    ```
    Nothing in the next line triggers NL101, so the directive is reported.

    ## How to silence
    Delete the directive, or do not select NL001 (it is off by default).
    """
    return iter(())  # emitted by the suppression pass in the engine, not per document


@rule(code="NL002", name="malformed-suppression", severity="warning")
def malformed_suppression(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A suppression directive newslint cannot read.

    ## What it catches
    A `<!-- newslint: … -->` comment with an unknown action, or one that names no rule
    codes (every directive must name codes or `all`), or names something that is not a code.

    ## Why it matters
    A directive that silently does nothing leaves an editor believing a finding is
    handled; one that silently disables everything hides real defects.

    ## Example
    ```
    <!-- newslint: disable-next-line -->
    ```
    is reported: write `<!-- newslint: disable-next-line NL101 -->` or `… all -->`.

    ## How to silence
    Fix the directive. `ignore: [NL002]` in the config switches the check off.
    """
    return iter(())  # emitted by the suppression pass in the engine, not per document


RULES = (unused_suppression, malformed_suppression)
