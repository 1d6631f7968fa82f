"""YAML rule kinds (``rules.yml``): the built-in kinds and the loader of rules files.

One module per kind; :mod:`.base` has the keys every rule shares and :mod:`.loader` turns
files into ordinary :class:`newslint.Rule` objects. Plugins add kinds through the
``newslint_rule_kinds`` hook by subclassing :class:`RuleKind`.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .. import hookimpl
from ..rule import Rule
from .base import Examples, RuleDefinitionError, RuleKind, adapt_case
from .capitalization import Capitalization
from .consistency import Consistency
from .existence import Existence
from .loader import Loaded, RulesFileError, default_rules_path, load_files, rules_files_for
from .matching import FileMatcher, Hit, PatternSet
from .occurrence import Occurrence
from .repetition import Repetition
from .substitution import Substitution

if TYPE_CHECKING:
    from ..config import Config

#: The kinds newslint ships, by their ``kind:`` value.
BUILTIN_KINDS: dict[str, type[RuleKind]] = {
    "existence": Existence,
    "substitution": Substitution,
    "consistency": Consistency,
    "occurrence": Occurrence,
    "repetition": Repetition,
    "capitalization": Capitalization,
}


@hookimpl
def newslint_rule_kinds() -> dict[str, type[RuleKind]]:
    return dict(BUILTIN_KINDS)


def load_rules(config: "Config", kinds: dict[str, type[RuleKind]], strict: bool = False) -> Loaded:
    """The rules files of a run: newslint's default ``rules.yml``, then ``config.rules_files``,
    giving their rules and their ``lexicons:`` extension.

    With ``strict``, each rule's examples are checked too. Any problem raises
    :class:`RulesFileError` (a ConfigError: exit code 2) naming ``file:line:col``.
    """
    loaded = load_files(rules_files_for(config), {**BUILTIN_KINDS, **kinds}, check_examples=strict)
    if loaded.errors or loaded.example_errors:
        raise RulesFileError([*loaded.errors, *loaded.example_errors])
    return loaded


def load_rules_files(config: "Config", kinds: dict[str, type[RuleKind]],
                     strict: bool = False) -> list[tuple[Path, Rule]]:
    """Every YAML rule for a run, as (file, rule) pairs (see :func:`load_rules`)."""
    return load_rules(config, kinds, strict).pairs()


__all__ = [
    "BUILTIN_KINDS", "Capitalization", "Consistency", "Examples", "Existence", "FileMatcher", "Hit", "Occurrence",
    "PatternSet", "Repetition", "RuleDefinitionError", "RuleKind", "RulesFileError", "Substitution", "adapt_case",
    "default_rules_path", "load_files", "load_rules", "load_rules_files", "newslint_rule_kinds",
]
