"""Configuration: ``.newslint.yml`` or ``[tool.newslint]`` in ``pyproject.toml``.

Found by walking up from the linted paths (stopping at a ``.git`` folder), validated
strictly (an unknown key or a bad value is an error naming the file and the key), then
overridden by the command line.
"""
from __future__ import annotations

import datetime as _dt
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from .document import parse_date
from .errors import ConfigError
from .violation import Severity

CONFIG_NAMES = (".newslint.yml", ".newslint.yaml", "pyproject.toml")


@dataclass(frozen=True)
class Config:
    """A run's resolved settings. Build one with :func:`load_config` or directly."""

    path: Path | None = None
    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    severity: Mapping[str, Severity] = field(default_factory=dict)
    rules: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    fail_on: Severity = Severity.WARNING
    local_plugins: tuple[Path, ...] = ()
    rules_files: tuple[Path, ...] = ()
    disable_plugins: tuple[str, ...] = ()
    date: _dt.date | None = None
    format: str = "text"
    jobs: int = 0  # processes; 0 = "auto" (see parallel.worker_count)
    max_file_size: int = 5_000_000
    strict: bool = False
    grammar: Mapping[str, Any] = field(default_factory=dict)
    plugin_options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """The folder relative paths in the config are resolved against."""
        return self.path.parent if self.path else Path.cwd()

    def rule_options(self, code: str, defaults: Mapping[str, Any]) -> dict[str, Any]:
        """A rule's options: its defaults updated from ``rules: {CODE: {...}}``."""
        merged = dict(defaults)
        merged.update(self.rules.get(code, {}))
        return merged

    def with_grammar(self) -> "Config":
        """A copy with grammar checking on: ``grammar.enabled`` and the NL9xx codes selected."""
        from .grammar.settings import GRAMMAR_CODES

        extra = tuple(c for c in GRAMMAR_CODES if c not in self.extend_select)
        return replace(self, grammar={**self.grammar, "enabled": True}, extend_select=(*self.extend_select, *extra))

    def with_overrides(self, **overrides: Any) -> "Config":
        """A copy with command-line values (``None`` means "not given") applied."""
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


# -- validation ------------------------------------------------------------------------


def _codes(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.replace(",", " ").split() if v]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(str(path), f"'{key}' must be a list of rule codes or prefixes")
    return tuple(v.strip().upper() for v in value)


def _paths(path: Path, key: str, value: Any) -> tuple[Path, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(str(path), f"'{key}' must be a list of paths")
    return tuple((path.parent / v).resolve() for v in value)


def _names(path: Path, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(str(path), f"'{key}' must be a list of plugin names")
    return tuple(value)


def _severity(path: Path, key: str, value: Any) -> Severity:
    try:
        return Severity.parse(value)
    except ValueError as exc:
        raise ConfigError(str(path), f"'{key}': {exc}") from None


def _mapping(path: Path, key: str, value: Any) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(str(path), f"'{key}' must be a mapping")
    return dict(value)


def _int(path: Path, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(str(path), f"'{key}' must be a whole number >= 1")
    return value


def _jobs(path: Path, key: str, value: Any) -> int:
    """``jobs``: a whole number >= 1, or "auto" (0)."""
    if value == "auto":
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(str(path), f"'{key}' must be a whole number >= 1 or 'auto'")
    return value


def _str(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str):
        raise ConfigError(str(path), f"'{key}' must be a string")
    return value


def _bool(path: Path, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(str(path), f"'{key}' must be true or false")
    return value


def _date(path: Path, key: str, value: Any) -> _dt.date | None:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise ConfigError(str(path), f"'{key}': {exc}") from None


def _grammar(path: Path, key: str, value: Any) -> dict[str, Any]:
    from .grammar.settings import GrammarConfigError, validate  # small module: no LanguageTool import

    try:
        return validate(value, path.parent)
    except GrammarConfigError as exc:
        raise ConfigError(str(path), str(exc)) from None


def _per_file(path: Path, key: str, value: Any) -> dict[str, tuple[str, ...]]:
    return {str(glob): _codes(path, f"{key}.{glob}", codes) for glob, codes in _mapping(path, key, value).items()}


def _severities(path: Path, key: str, value: Any) -> dict[str, Severity]:
    return {str(c).upper(): _severity(path, f"{key}.{c}", s) for c, s in _mapping(path, key, value).items()}


def _rule_options(path: Path, key: str, value: Any) -> dict[str, dict[str, Any]]:
    return {str(c).upper(): _mapping(path, f"{key}.{c}", o) for c, o in _mapping(path, key, value).items()}


#: config key -> (Config field, validator). The one table of what a config file may say.
KEYS = {
    "select": ("select", _codes),
    "extend-select": ("extend_select", _codes),
    "ignore": ("ignore", _codes),
    "per-file-ignores": ("per_file_ignores", _per_file),
    "severity": ("severity", _severities),
    "rules": ("rules", _rule_options),
    "fail-on": ("fail_on", _severity),
    "local-plugins": ("local_plugins", _paths),
    "rules-files": ("rules_files", _paths),
    "disable-plugins": ("disable_plugins", _names),
    "date": ("date", _date),
    "format": ("format", _str),
    "jobs": ("jobs", _jobs),
    "max-file-size": ("max_file_size", _int),
    "strict": ("strict", _bool),
    "grammar": ("grammar", _grammar),
    "plugins": ("plugin_options", _rule_options),
}


def config_from_mapping(path: Path, data: Mapping[str, Any]) -> Config:
    """Validate a config mapping strictly and build a :class:`Config`."""
    values: dict[str, Any] = {"path": path}
    for key, value in data.items():
        norm = str(key).replace("_", "-")
        if norm not in KEYS:
            raise ConfigError(str(path), f"unknown key '{key}' (known: {', '.join(sorted(KEYS))})")
        attr, validate = KEYS[norm]
        values[attr] = validate(path, norm, value)
    beside = path.parent / "rules.yml"
    if beside.is_file() and beside.resolve() not in values.get("rules_files", ()):
        values["rules_files"] = (beside.resolve(), *values.get("rules_files", ()))
    config = Config(**values)
    return config.with_grammar() if config.grammar.get("enabled") else config


def read_config_file(path: Path) -> Config | None:
    """Read one config file; ``None`` for a pyproject.toml without ``[tool.newslint]``."""
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(str(path), f"cannot read config: {exc.strerror or exc}") from None
    if path.name == "pyproject.toml":
        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(str(path), f"invalid TOML: {exc}") from None
        section = data.get("tool", {}).get("newslint")
        if section is None:
            return None
        return config_from_mapping(path, section)
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConfigError(
            str(path), f"invalid YAML: {getattr(exc, 'problem', exc)}",
            mark.line + 1 if mark else None, mark.column + 1 if mark else None,
        ) from None
    if not isinstance(data, Mapping):
        raise ConfigError(str(path), "the config must be a mapping of keys to values")
    return config_from_mapping(path, data)


def find_config_file(start: Path) -> Path | None:
    """Walk up from ``start`` to the nearest config; stop at a folder holding ``.git``."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            f = candidate / name
            if f.is_file():
                if name != "pyproject.toml":
                    return f
                try:
                    if "newslint" in tomllib.loads(f.read_text(encoding="utf-8")).get("tool", {}):
                        return f
                except (OSError, tomllib.TOMLDecodeError):
                    return f  # let read_config_file report it
        if (candidate / ".git").exists():
            break
    return None


def load_config(paths: Sequence[str | Path] = (), config_file: str | Path | None = None, isolated: bool = False) -> Config:
    """The config for linting ``paths``: ``config_file`` if given, else the one found above them."""
    if isolated:
        return Config()
    if config_file is not None:
        return read_config_file(Path(config_file)) or Config(path=Path(config_file))
    real = [Path(p) for p in paths if str(p) != "-" and Path(p).exists()]
    start = Path(_common_parent(real)) if real else Path.cwd()
    found = find_config_file(start)
    if found is None:
        return Config()
    return read_config_file(found) or Config()


def _common_parent(paths: Sequence[Path]) -> str:
    import os.path

    resolved = [str(p.resolve()) for p in paths]
    common = os.path.commonpath(resolved)
    return common
