"""The built-in rules, registered as one plugin exactly like a third-party one.

One module per rule family; each exports ``RULES``, a tuple of :class:`newslint.Rule`.
"""
from __future__ import annotations

import importlib

from .. import hookimpl

#: Modules under ``newslint.rules`` whose ``RULES`` are built in.
RULE_MODULES = (
    "directives",
    "cms_residue",
    "split_number",
    "number_format",
    "repeated_lead",
    "anachronism",
    "anachronism_actors",
    "places",
    "titles",
    "org_names",
)


@hookimpl
def newslint_rules():
    for name in RULE_MODULES:
        yield from importlib.import_module(f"{__name__}.{name}").RULES
