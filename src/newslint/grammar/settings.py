"""The ``grammar:`` config section: its keys, their strict validation, and the resolved
:class:`Settings` one run's LanguageTool backend is keyed by.

Kept free of heavy imports: ``config.py`` calls :func:`validate` while reading a config
file, long before (and whether or not) grammar checking runs.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Config

#: The newslint codes LanguageTool findings are reported under (see mapping.py).
GRAMMAR_CODES = ("NL901", "NL902", "NL903", "NL904")

#: Environment variable naming a LanguageTool server; it wins over ``grammar.url``.
URL_ENV = "NEWSLINT_LT_URL"

DEFAULT_LANGUAGE = "en-US"
DEFAULT_TIMEOUT = 10.0
DEFAULT_WORKERS = 4
#: Paragraphs of one article are sent together up to this many characters per request.
DEFAULT_BATCH_CHARS = 6000
#: The public API refuses requests over 20 KB; self-hosted servers have no such limit.
MAX_BATCH_CHARS = 20000


class GrammarConfigError(ValueError):
    """A bad ``grammar:`` value; ``key`` is the offending sub-key."""

    def __init__(self, key: str, message: str):
        self.key = key
        super().__init__(f"'grammar{'.' + key if key else ''}' {message}")


def _bool(key: str, v: Any) -> bool:
    if not isinstance(v, bool):
        raise GrammarConfigError(key, "must be true or false")
    return v


def _str(key: str, v: Any) -> str:
    if not isinstance(v, str) or not v.strip():
        raise GrammarConfigError(key, "must be a non-empty string")
    return v.strip()


def _url(key: str, v: Any) -> str:
    v = _str(key, v)
    if not v.startswith(("http://", "https://")):
        raise GrammarConfigError(key, f"must be an http:// or https:// URL, not {v!r}")
    return v


def _seconds(key: str, v: Any) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not 0 < v <= 600:
        raise GrammarConfigError(key, "must be a number of seconds between 0 and 600")
    return float(v)


def _count(low: int, high: int):
    def check(key: str, v: Any) -> int:
        if isinstance(v, bool) or not isinstance(v, int) or not low <= v <= high:
            raise GrammarConfigError(key, f"must be a whole number from {low} to {high}")
        return v

    return check


def _ids(key: str, v: Any) -> tuple[str, ...]:
    if isinstance(v, str):
        v = [p for p in v.replace(",", " ").split() if p]
    if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) and x.strip() for x in v):
        raise GrammarConfigError(key, "must be a list of LanguageTool ids (e.g. [EN_QUOTES, WHITESPACE_RULE])")
    return tuple(sorted({x.strip().upper() for x in v}))


def _words(key: str, v: Any) -> tuple[str, ...]:
    if not isinstance(v, (list, tuple)) or not all(isinstance(x, str) and x.strip() for x in v):
        raise GrammarConfigError(key, "must be a list of words or names")
    return tuple(sorted({x.strip() for x in v}))


def _folder(key: str, v: Any) -> str | None:
    if v is False or v is None:
        return None
    return _str(key, v)


#: key -> (Settings field, validator). The one table of what ``grammar:`` may say.
KEYS = {
    "enabled": ("enabled", _bool),
    "url": ("url", _url),
    "public-api": ("public_api", _bool),
    "language": ("language", _str),
    "timeout": ("timeout", _seconds),
    "workers": ("workers", _count(1, 32)),
    "batch-chars": ("batch_chars", _count(200, MAX_BATCH_CHARS)),
    "disabled-rules": ("disabled_rules", _ids),
    "disabled-categories": ("disabled_categories", _ids),
    "skip-quotes": ("skip_quotes", _bool),
    "words": ("words", _words),
    "cache-dir": ("cache_dir", _folder),
}


def validate(value: Any, base: Path | None = None) -> dict[str, Any]:
    """Check a raw ``grammar:`` mapping strictly; return it keyed by Settings field.

    ``base`` is the config file's folder: a relative ``cache-dir`` is resolved against it.
    Raises :class:`GrammarConfigError` on an unknown key or a bad value. Idempotent:
    its own output (keyed by field name) validates to itself.
    """
    if not isinstance(value, Mapping):
        raise GrammarConfigError("", "must be a mapping of keys to values")
    out: dict[str, Any] = {}
    for raw_key, v in value.items():
        key = str(raw_key).replace("_", "-")
        if key not in KEYS:
            raise GrammarConfigError(str(raw_key), f"is not a known key (known: {', '.join(sorted(KEYS))})")
        attr, check = KEYS[key]
        out[attr] = check(key, v)
    if out.get("cache_dir") and base is not None:
        out["cache_dir"] = str((base / os.path.expanduser(out["cache_dir"])).resolve())
    if out.get("url") and out.get("public_api"):
        raise GrammarConfigError("public-api", "cannot be combined with 'grammar.url': choose one server")
    return out


@dataclass(frozen=True)
class Settings:
    """Everything that decides where text goes and what comes back. Hashable: the
    per-process backend is keyed by it."""

    enabled: bool = False
    url: str | None = None
    public_api: bool = False
    language: str = DEFAULT_LANGUAGE
    timeout: float = DEFAULT_TIMEOUT
    workers: int = DEFAULT_WORKERS
    batch_chars: int = DEFAULT_BATCH_CHARS
    disabled_rules: tuple[str, ...] = ()
    disabled_categories: tuple[str, ...] = ()
    skip_quotes: bool = False
    words: tuple[str, ...] = ()
    cache_dir: str | None = None

    @classmethod
    def from_config(cls, config: "Config | None" = None, environ: Mapping[str, str] | None = None) -> "Settings":
        """The run's settings: ``config.grammar`` (validated by config.py), then
        ``NEWSLINT_LT_URL``, which names a server and so wins over the file."""
        environ = os.environ if environ is None else environ
        values = validate(config.grammar) if config is not None else {}
        env_url = environ.get(URL_ENV, "").strip()
        if env_url:
            values = {**values, "url": env_url, "public_api": False}
        return cls(**values)

    @property
    def server(self) -> str:
        """Where text is sent, for messages and the cache fingerprint."""
        if self.url:
            return self.url
        return "public LanguageTool API" if self.public_api else "local LanguageTool"
