"""Every hook newslint calls, one documented function each (pluggy + pytest style).

Hooks *return* data (datasette): a plugin never mutates newslint's registries. An
implementation may accept fewer arguments than the spec names (pluggy's opt-in arguments),
so specs can grow without breaking plugins.

Use in a plugin module::

    from newslint import hookimpl

    @hookimpl
    def newslint_rules():
        return [my_rule]

and expose it under the ``newslint`` entry-point group, or name its folder in the config's
``local-plugins``.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:  # imported for annotations only: keeps start-up light
    import datetime

    from .config import Config
    from .document import Document
    from .rule import Rule

hookspec = pluggy.HookspecMarker("newslint")

# --------------------------------------------------------------------------------------
# set-up
# --------------------------------------------------------------------------------------


@hookspec(historic=True)
def newslint_configure(config: "Config") -> None:
    """Called once, after the configuration is read and before any file is linted.

    :param config: the run's resolved configuration (read-only).

    Use it for one-time set-up, such as reading a plugin's own options from
    ``config.plugin_options``. Return value is ignored.
    """


# --------------------------------------------------------------------------------------
# rules
# --------------------------------------------------------------------------------------


@hookspec
def newslint_rules(config: "Config") -> "Iterable[Rule]":
    """Return the rules this plugin provides.

    :param config: the run's configuration; most plugins ignore it.
    :return: an iterable of :class:`newslint.Rule` (made with the ``@rule`` decorator).

    Codes must be unique across all plugins and rules files; a clash is an error that
    names both origins. Rules are returned, not registered: the registry collects them.
    """


@hookspec
def newslint_rule_kinds() -> "Mapping[str, type]":
    """Return extra YAML rule kinds for ``rules.yml``, as ``{kind name: class}``.

    :return: a mapping from the ``kind:`` value to a :class:`newslint.kinds.RuleKind`
        subclass. Its dataclass fields are the kind's own YAML keys.

    A YAML rule of a plugin's kind then works like a built-in one: select/ignore,
    suppression, ``newslint rule CODE`` and example checking all apply.
    """


# --------------------------------------------------------------------------------------
# input
# --------------------------------------------------------------------------------------


@hookspec(firstresult=True)
def newslint_load_document(path: str, text: str, date: "datetime.date | None") -> "Document | None":
    """Build the :class:`newslint.Document` for one file, or return ``None`` to pass.

    :param path: the file's path as given on the command line (``-`` or the
        ``--stdin-filename`` for standard input).
    :param text: the file's text, decoded from UTF-8, BOM removed, newlines as ``\\n``.
    :param date: the article date given with ``--date``, if any.

    The first non-``None`` result wins; the built-in plain-text, Markdown and HTML loader
    runs last (``trylast``), so a plugin can take over other formats (NewsML, JATS…).
    """


@hookspec
def newslint_file_suffixes() -> "Iterable[str]":
    """Return extra file suffixes (``".xml"``) to pick up when a directory is linted.

    Return them when your plugin's ``newslint_load_document`` reads those files.
    """


# --------------------------------------------------------------------------------------
# output
# --------------------------------------------------------------------------------------


@hookspec
def newslint_reporters() -> "Mapping[str, Any]":
    """Return output formats as ``{format name: reporter class}``.

    :return: each class has ``name`` and ``render(run) -> str`` (see
        :class:`newslint.reporters.Reporter`); ``--format NAME`` selects it.
    """
