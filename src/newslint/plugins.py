"""Finding and loading plugins; the one place that calls hooks (tox's typed facade).

Order: the built-in plugins (registered exactly like third-party ones), the ``newslint``
entry-point group, then local plugin files from the folders the config names. A plugin
that fails to load is reported by name and skipped; the others still run.
"""
from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pluggy

from . import hookspecs
from .errors import PluginError

if TYPE_CHECKING:
    import datetime

    from .config import Config
    from .document import Document
    from .rule import Rule

ENTRY_POINT_GROUP = "newslint"

#: Built-in plugins by module: rules, YAML kinds, reporters, loaders.
BUILTIN_PLUGINS = (
    "newslint.rules",
    "newslint.kinds",
    "newslint.reporters",
    "newslint.loaders.builtin",
    "newslint.grammar",
)


@dataclass(frozen=True)
class PluginInfo:
    """What ``newslint plugins`` shows for one plugin."""

    name: str
    version: str
    origin: str  # "builtin", "entry point <dist>", "local <path>"
    hooks: tuple[str, ...]
    rules: tuple[str, ...] = ()


@dataclass
class Plugins:
    """A loaded plugin manager and the errors met while loading it."""

    pm: pluggy.PluginManager
    errors: list[PluginError] = field(default_factory=list)
    origins: dict[str, tuple[str, str]] = field(default_factory=dict)  # name -> (version, origin)

    # -- typed hook calls: the core never touches pm.hook directly --------------------
    def rules(self, config: "Config") -> list[tuple[str, "Rule"]]:
        """Every plugin's rules, with the plugin's name; a failing plugin is reported."""
        out: list[tuple[str, Rule]] = []
        for impl in self.pm.hook.newslint_rules.get_hookimpls():
            name = self.pm.get_name(impl.plugin) or "?"
            try:
                kwargs = {a: config for a in impl.argnames if a == "config"}
                result = impl.function(**kwargs)
                for r in result or ():
                    out.append((name, r))
            except Exception as exc:  # noqa: BLE001 - a broken plugin must not stop the run
                self.errors.append(PluginError(name, f"newslint_rules failed: {type(exc).__name__}: {exc}"))
        return out

    def rule_kinds(self) -> dict[str, type]:
        """Every YAML rule kind; the first plugin to define a name keeps it (built-ins load first)."""
        kinds: dict[str, type] = {}
        owner: dict[str, str] = {}
        for impl in self.pm.hook.newslint_rule_kinds.get_hookimpls():  # registration order
            name = self.pm.get_name(impl.plugin) or "?"
            try:
                for kind, cls in (impl.function() or {}).items():
                    if kind in kinds:
                        self.errors.append(PluginError(name, f"rule kind {kind!r} is already defined by {owner[kind]}"))
                        continue
                    kinds[kind], owner[kind] = cls, name
            except Exception as exc:  # noqa: BLE001
                self.errors.append(PluginError(name, f"newslint_rule_kinds failed: {type(exc).__name__}: {exc}"))
        return kinds

    def reporters(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for impl in reversed(self.pm.hook.newslint_reporters.get_hookimpls()):
            name = self.pm.get_name(impl.plugin) or "?"
            try:
                out.update(impl.function() or {})
            except Exception as exc:  # noqa: BLE001
                self.errors.append(PluginError(name, f"newslint_reporters failed: {type(exc).__name__}: {exc}"))
        return out

    def file_suffixes(self) -> set[str]:
        return {s.lower() for group in self.pm.hook.newslint_file_suffixes() for s in group or ()}

    def load_document(self, path: str, text: str, date: "datetime.date | None") -> "Document":
        return self.pm.hook.newslint_load_document(path=path, text=text, date=date)

    def configure(self, config: "Config") -> None:
        self.pm.hook.newslint_configure.call_historic(kwargs={"config": config})

    def infos(self, rules_by_plugin: Mapping[str, Iterable[str]] = {}) -> list[PluginInfo]:
        out = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda np: np[0]):
            if plugin is None:
                continue
            version, origin = self.origins.get(name, ("", "builtin"))
            hooks = tuple(sorted(h.name for h in self.pm.get_hookcallers(plugin) or ()))
            out.append(PluginInfo(name, version, origin, hooks, tuple(sorted(rules_by_plugin.get(name, ())))))
        return out


def _version() -> str:
    from . import __version__

    return __version__


def get_plugins(config: "Config | None" = None, blocked: Iterable[str] = ()) -> Plugins:
    """Build the plugin manager for a run. Nothing is loaded at import time."""
    pm = pluggy.PluginManager("newslint")
    pm.add_hookspecs(hookspecs)
    plugins = Plugins(pm)
    blocked = set(blocked) | set(config.disable_plugins if config else ())
    for name in blocked:
        pm.set_blocked(name)
    for modname in BUILTIN_PLUGINS:
        if pm.is_blocked(modname):
            continue
        module = importlib.import_module(modname)
        pm.register(module, name=modname)
        plugins.origins[modname] = (_version(), "builtin")
    _load_entry_points(plugins)
    for folder in config.local_plugins if config else ():
        _load_local(plugins, Path(folder))
    try:
        pm.check_pending()
    except pluggy.PluginValidationError as exc:
        plugin = getattr(exc, "plugin", None)
        name = pm.get_name(plugin) if plugin is not None else "?"
        plugins.errors.append(PluginError(name or "?", str(exc)))
        if plugin is not None:
            pm.unregister(plugin)
    if config is not None:
        plugins.configure(config)
    return plugins


def _register(plugins: Plugins, module: Any, name: str, version: str, origin: str) -> None:
    try:
        plugins.pm.register(module, name=name)
    except pluggy.PluginValidationError as exc:
        plugins.errors.append(PluginError(name, f"invalid hook: {exc}"))
        return
    except ValueError as exc:  # already registered under that name
        plugins.errors.append(PluginError(name, str(exc)))
        return
    plugins.origins[name] = (version, origin)


def _load_entry_points(plugins: Plugins) -> None:
    from importlib.metadata import distributions

    seen: set[str] = set()
    for dist in distributions():
        for ep in dist.entry_points:
            if ep.group != ENTRY_POINT_GROUP or ep.name in seen:
                continue
            seen.add(ep.name)
            if plugins.pm.is_blocked(ep.name):
                continue
            dist_name = dist.metadata["name"] or "?"
            try:
                module = ep.load()
            except Exception as exc:  # noqa: BLE001 - report and go on
                plugins.errors.append(PluginError(ep.name, f"failed to import ({dist_name}): {type(exc).__name__}: {exc}"))
                continue
            _register(plugins, module, ep.name, dist.version, f"entry point ({dist_name})")


def _load_local(plugins: Plugins, folder: Path) -> None:
    if not folder.is_dir():
        plugins.errors.append(PluginError(str(folder), "local plugin folder does not exist"))
        return
    for file in sorted(folder.glob("*.py")):
        if file.name.startswith("_"):
            continue
        name = f"local:{file.stem}"
        if plugins.pm.is_blocked(name) or plugins.pm.is_blocked(file.stem):
            continue
        spec = importlib.util.spec_from_file_location(f"newslint_local_{file.stem}", file)
        if spec is None or spec.loader is None:
            continue
        module = importlib.util.module_from_spec(spec)
        try:
            sys.modules[spec.name] = module
            spec.loader.exec_module(module)
        except Exception as exc:  # noqa: BLE001
            sys.modules.pop(spec.name, None)
            plugins.errors.append(PluginError(name, f"failed to import {file}: {type(exc).__name__}: {exc}"))
            continue
        _register(plugins, module, name, getattr(module, "__version__", ""), f"local ({file})")
