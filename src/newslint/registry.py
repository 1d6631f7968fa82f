"""The one code → rule table, built from every plugin and rules file, and the
select/ignore logic that decides which rules run (flake8/ruff: longest prefix wins)."""
from __future__ import annotations

import fnmatch
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from .config import Config
from .errors import CodeClash, ConfigError, PluginError
from .plugins import Plugins
from .rule import Rule
from .violation import Severity

@dataclass
class Registry:
    """Rules by code, with the plugin each came from."""

    rules: dict[str, Rule] = field(default_factory=dict)
    plugin_of: dict[str, str] = field(default_factory=dict)
    errors: list[Exception] = field(default_factory=list)
    #: What the rules files' ``lexicons:`` add to the NL3xx lexicons (a LexiconExtension), if anything.
    lexicons: Any = None

    def add(self, plugin: str, rule: Rule) -> None:
        if not isinstance(rule, Rule):
            self.errors.append(PluginError(plugin, f"newslint_rules returned {type(rule).__name__}, not a Rule"))
            return
        other = self.rules.get(rule.code)
        if other is not None:
            self.errors.append(
                CodeClash(plugin, f"rule code {rule.code} ({rule.origin or plugin}) clashes with "
                                    f"{rule.code} from {other.origin or self.plugin_of[rule.code]}")
            )
            return
        self.rules[rule.code] = rule
        self.plugin_of[rule.code] = plugin

    def __getitem__(self, code: str) -> Rule:
        return self.rules[code]

    def __contains__(self, code: object) -> bool:
        return code in self.rules

    def __iter__(self):
        return iter(sorted(self.rules.values(), key=lambda r: r.code))

    def by_plugin(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for code, plugin in self.plugin_of.items():
            out.setdefault(plugin, []).append(code)
        return out

    # -- selection ------------------------------------------------------------------
    def enabled(self, config: Config) -> list[Rule]:
        return [r for r in self if is_selected(r, config)]

    def rule_options(self, rule: Rule, config: Config) -> dict[str, Any]:
        """A rule's options for a run: its defaults, the config's ``rules: {CODE: ...}``, and the
        rules files' lexicon extension (under ``lexicons.OPTION``) when there is one."""
        options = config.rule_options(rule.code, rule.options)
        if self.lexicons:
            from .rules.lexicons import OPTION

            options[OPTION] = self.lexicons
        return options

    def severity(self, code: str, config: Config) -> Severity:
        best = _longest(code, config.severity)
        if best is not None:
            return config.severity[best]
        rule = self.rules.get(code)
        return rule.severity if rule else Severity.WARNING


def build_registry(plugins: Plugins, config: Config, strict: bool = False) -> Registry:
    """Collect rules from plugins and rules files. Errors are kept, not raised, except
    a broken rules file, which raises :class:`ConfigError` (exit code 2)."""
    from .kinds import load_rules

    reg = Registry()
    for plugin, rule in plugins.rules(config):
        reg.add(plugin, rule)
    loaded = load_rules(config, plugins.rule_kinds(), strict=strict or config.strict)
    for path, rule in loaded.pairs():
        reg.add(str(path), rule)
    reg.lexicons = loaded.lexicons
    for err in reg.errors:
        if isinstance(err, CodeClash):
            raise ConfigError(err.plugin, err.message)
    return reg


def _longest(code: str, prefixes: Iterable[str]) -> str | None:
    best = None
    for p in prefixes:
        if (p == "ALL" or code.startswith(p)) and (best is None or _weight(p) > _weight(best)):
            best = p
    return best


def _weight(prefix: str) -> int:
    return 0 if prefix == "ALL" else len(prefix)


def is_selected(rule: Rule, config: Config) -> bool:
    """Longest-prefix-wins between select/extend-select and ignore. Opt-in rules
    (``default_enabled=False``) run only when their full code is selected."""
    chosen = (*config.select, *config.extend_select)
    if not rule.default_enabled:
        on = rule.code in chosen
    else:
        sel = _longest(rule.code, chosen)
        on = sel is not None or not config.select
        if on and sel is not None:
            ign = _longest(rule.code, config.ignore)
            return ign is None or _weight(sel) > _weight(ign)
    if not on:
        return False
    return _longest(rule.code, config.ignore) is None


def ignored_for_file(path: str, config: Config) -> tuple[str, ...]:
    """Codes (prefixes) that ``per-file-ignores`` switch off for ``path``."""
    if not config.per_file_ignores:
        return ()
    p = PurePath(path)
    candidates = {p.as_posix()}
    try:
        candidates.add(Path(path).resolve().relative_to(config.root.resolve()).as_posix())
    except (ValueError, OSError):
        pass
    out: list[str] = []
    for pattern, codes in config.per_file_ignores.items():
        if any(fnmatch.fnmatch(c, pattern) or fnmatch.fnmatch(PurePath(c).name, pattern) for c in candidates):
            out.extend(codes)
    return tuple(out)
