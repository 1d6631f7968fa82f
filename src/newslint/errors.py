"""Errors the engine reports as one clear line each, never as a traceback."""
from __future__ import annotations


class NewslintError(Exception):
    """Base class: ``str(err)`` is the one line shown to the user."""


class InputError(NewslintError):
    """A file could not be read or parsed (exit code 2)."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        self.path, self.message, self.line, self.column = path, message, line, column
        where = path if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {message}")


class ConfigError(NewslintError):
    """A config or rules file is invalid (exit code 2)."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        self.path, self.message, self.line, self.column = path, message, line, column
        where = str(path) if line is None else f"{path}:{line}:{column or 1}"
        super().__init__(f"{where}: {message}")


class PluginError(NewslintError):
    """A plugin failed to load or registered something invalid."""

    def __init__(self, plugin: str, message: str):
        self.plugin, self.message = plugin, message
        super().__init__(f"plugin {plugin!r}: {message}")


class CodeClash(PluginError):
    """Two rules (built-in, YAML or plugin) claim one code: a configuration error."""


class RuleCrashed(NewslintError):
    """A rule raised while checking a file; the other rules and files go on."""

    def __init__(self, path: str, code: str, origin: str, exc: BaseException):
        self.path, self.code, self.origin, self.exc = path, code, origin, exc
        super().__init__(f"{path}: rule {code} ({origin}) crashed: {type(exc).__name__}: {exc}")


class RuleUnavailable(NewslintError):
    """A rule's backend (a server or a program such as LanguageTool) cannot be had.

    Raised from a rule's check; the engine reports it once per run as a notice naming the
    cause and the fix, the other rules' results stand, and the exit code is 2 (the input
    could not be checked as asked)."""
