"""Grammar, spelling, typography and style through LanguageTool (NL901-NL904): a
built-in plugin, registered like any other and removable with
``--disable-plugin newslint.grammar``.

Nothing here imports ``language_tool_python``: that happens in ``client.py``, only
when a grammar rule first checks a document. See docs/grammar.md.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .. import hookimpl
from .settings import GRAMMAR_CODES, Settings

if TYPE_CHECKING:
    from ..config import Config
    from ..rule import Rule

__all__ = ["GRAMMAR_CODES", "Settings", "newslint_rules"]


@hookimpl
def newslint_rules(config: "Config") -> "list[Rule]":
    from .rules import bind

    return bind(Settings.from_config(config))
