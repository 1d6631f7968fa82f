"""The pipeline: file → Document → rules → Violations → Diagnostics → filters.

:class:`Linter` is built once per run: plugins are loaded and rules are compiled once, never
per file. A parallel run (``jobs`` > 1, or "auto" on a large run) forks workers that inherit
it (or, where fork is unsafe, builds one per worker).

Two optional protocols serve rules that call a service (the LanguageTool rules, NL9xx):

- a rule's check may have ``prepare(docs, options)``: in a serial run the engine loads
  files in windows and calls it with each window before linting the previous one, so the
  rule can start its requests early and overlap them with the other rules' work;
- a check may raise :class:`RuleUnavailable`: the other rules' findings stand, the run
  reports the message once (not per file), and the exit code is 2.
"""
from __future__ import annotations

import os
import sys
import traceback
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .config import Config
from .document import Document
from .errors import ConfigError, InputError, NewslintError, RuleCrashed, RuleUnavailable
from .files import expand_paths
from .parallel import lint_parallel, worker_count
from .plugins import Plugins, get_plugins
from .registry import Registry, build_registry, ignored_for_file
from .rule import Rule
from .suppress import parse_suppressions
from .violation import Diagnostic, Severity, Span, Violation


@dataclass(frozen=True)
class FileResult:
    """What linting one file gave: diagnostics, and errors that stopped or hurt it."""

    path: str
    diagnostics: tuple[Diagnostic, ...] = ()
    errors: tuple[str, ...] = ()  # one line each: input errors and crashed rules
    input_error: bool = False
    notices: tuple[str, ...] = ()
    unavailable: tuple[str, ...] = ()  # RuleUnavailable messages: reported once per run


@dataclass
class RunResult:
    """A whole run: per-file results (sorted by path) and run-level errors."""

    files: list[FileResult] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    registry: Registry | None = None
    config: Config | None = None

    @property
    def diagnostics(self) -> list[Diagnostic]:
        return [d for f in self.files for d in f.diagnostics]

    @property
    def input_errors(self) -> bool:
        return any(f.input_error for f in self.files)

    @property
    def unavailable(self) -> dict[str, int]:
        """Each "backend unavailable" message, with how many files it hit."""
        out: dict[str, int] = {}
        for f in self.files:
            for msg in f.unavailable:
                out[msg] = out.get(msg, 0) + 1
        return out

    def exit_code(self, fail_on: Severity, exit_zero: bool = False) -> int:
        """0 clean, 1 findings at or above ``fail_on``, 2 input/config errors or a rule's
        backend unavailable (``--grammar`` without a LanguageTool server)."""
        if self.input_errors or self.errors and any(e.startswith("config") for e in self.errors):
            return 2
        if self.unavailable:
            return 2
        if exit_zero:
            return 0
        return 1 if any(d.severity >= fail_on for d in self.diagnostics) else 0


def read_text(path: str, max_size: int) -> str:
    """Read a file as UTF-8; every failure is an :class:`InputError` naming the file."""
    try:
        size = os.path.getsize(path)
        if size > max_size:
            raise InputError(path, f"file is {size / 1e6:.1f} MB, over the {max_size / 1e6:.1f} MB limit (max-file-size); skipped")
        with open(path, "rb") as fh:
            data = fh.read()
    except IsADirectoryError:
        raise InputError(path, "is a directory") from None
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror or exc}") from None
    return decode(path, data)


def decode(path: str, data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise InputError(path, "binary file (contains NUL bytes); skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start]
        line = prefix.count(b"\n") + 1
        col = exc.start - (prefix.rfind(b"\n") + 1) + 1
        raise InputError(path, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8", line, col) from None


class Linter:
    """Lints documents with the enabled rules of a configuration."""

    def __init__(self, config: Config | None = None, plugins: Plugins | None = None, registry: Registry | None = None,
                 strict: bool = False, verbose: bool = False):
        self.verbose = verbose
        self.config = config or Config()
        self.plugins = plugins or get_plugins(self.config)
        self.registry = registry or build_registry(self.plugins, self.config, strict=strict)
        self.rules: list[Rule] = self.registry.enabled(self.config)
        self._options = {r.code: self.registry.rule_options(r, self.config) for r in self.rules}
        enabled = {r.code for r in self.rules}
        self._report_unused = "NL001" in enabled
        self._report_malformed = "NL002" in enabled
        self._preparers = [r for r in self.rules if callable(getattr(r.check, "prepare", None))]

    @property
    def errors(self) -> list[str]:
        return [str(e) for e in (*self.plugins.errors, *self.registry.errors)]

    # -- one document -----------------------------------------------------------------
    def load(self, path: str, text: str) -> Document:
        from .loaders import normalise_newlines

        return self.plugins.load_document(path, normalise_newlines(text), self.config.date)

    def lint_text(self, text: str, path: str = "<string>") -> FileResult:
        """Lint an article given as a string (the file need not exist)."""
        try:
            doc = self.load(path, text)
        except InputError as exc:
            return FileResult(path, errors=(str(exc),), input_error=True)
        return self.lint_document(doc)

    def lint_document(self, doc: Document) -> FileResult:
        if not doc.text.strip():
            return FileResult(doc.path, notices=(f"{doc.path}: empty file, nothing to lint",))
        per_file = ignored_for_file(doc.path, self.config)
        suppressions = parse_suppressions(doc)
        errors: list[str] = []
        unavailable: list[str] = []
        found: list[Violation] = list(suppressions.problems) if self._report_malformed else []
        for r in self.rules:
            if per_file and any(r.code.startswith(c) for c in per_file):
                continue
            try:
                for v in r.check(doc, self._options[r.code]):
                    found.append(v if v.code else Violation(r.code, v.span, v.message, v.fix, v.related))
            except RuleUnavailable as exc:
                unavailable.append(str(exc))
            except Exception as exc:  # noqa: BLE001 - a crashing rule must not stop the others
                message = str(RuleCrashed(doc.path, r.code, self.registry.plugin_of.get(r.code, r.origin), exc))
                if self.verbose:
                    message += "\n" + traceback.format_exc().rstrip()
                errors.append(message)
        kept = [v for v in found if not suppressions.suppressed(v.code, v.span.start)]
        if self._report_unused:
            kept.extend(suppressions.unused())
        diags = sorted((self._diagnostic(doc, v) for v in kept), key=lambda d: d.sort_key)
        return FileResult(doc.path, tuple(_dedupe(diags)), tuple(errors), unavailable=tuple(dict.fromkeys(unavailable)))

    def _diagnostic(self, doc: Document, v: Violation) -> Diagnostic:
        end = max(v.span.start, v.span.end - 1) if len(v.span) else v.span.start
        end_pos = doc.position(end)
        end_pos = type(end_pos)(end_pos.line, end_pos.column + (1 if len(v.span) else 0))
        return Diagnostic(
            path=doc.path,
            code=v.code,
            severity=self.registry.severity(v.code, self.config),
            # One line per finding in every format: a quoted span that holds a line break
            # ("Deputy⏎Speaker" in hard-wrapped copy) is shown with a space.
            message=" ".join(v.message.split()) if "\n" in v.message else v.message,
            span=v.span,
            start=doc.position(v.span.start),
            end=end_pos,
            fix=v.fix,
            related=tuple((s, doc.position(s.start)) for s in v.related),
        )

    # -- files ------------------------------------------------------------------------
    def lint_file(self, path: str) -> FileResult:
        try:
            text = read_text(path, self.config.max_file_size)
        except InputError as exc:
            return FileResult(path, errors=(str(exc),), input_error=True)
        return self.lint_text(text, path)

    def _load_file(self, path: str) -> Document | FileResult:
        """The file's Document, or the FileResult saying why it could not be read."""
        try:
            return self.load(path, read_text(path, self.config.max_file_size))
        except InputError as exc:
            return FileResult(path, errors=(str(exc),), input_error=True)

    def _prepare(self, docs: list[Document]) -> None:
        """Let rules with a ``prepare`` step see a window of documents before linting."""
        for r in self._preparers:
            mine = [d for d in docs if d.text.strip() and not any(
                r.code.startswith(c) for c in ignored_for_file(d.path, self.config))]
            try:
                r.check.prepare(mine, self._options[r.code])  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - only an optimisation: the check reports problems itself
                pass

    def _lint_prepared(self, paths: list[str], window: int = 32) -> Iterable[FileResult]:
        """Serial linting in windows: window n+1 is prepared before window n is linted."""
        pending: list[Document | FileResult] = []
        for i in range(0, len(paths), window):
            loaded = [self._load_file(p) for p in paths[i : i + window]]
            self._prepare([d for d in loaded if isinstance(d, Document)])
            yield from (d if isinstance(d, FileResult) else self.lint_document(d) for d in pending)
            pending = loaded
        yield from (d if isinstance(d, FileResult) else self.lint_document(d) for d in pending)

    def lint_paths(self, paths: Sequence[str], jobs: int = 1, stdin_text: str | None = None,
                   stdin_filename: str = "-") -> RunResult:
        """Lint every file under ``paths``; results come back sorted by path whatever ``jobs``
        (processes: 1 serial, 0 auto, see :func:`newslint.parallel.worker_count`)."""
        run = RunResult(errors=self.errors, registry=self.registry, config=self.config)
        todo: list[str] = []
        for path, problem in expand_paths(paths, self.plugins.file_suffixes()):
            if problem:
                run.files.append(FileResult(path, errors=(f"{path}: {problem}",), input_error=True))
            elif path == "-":
                text = stdin_text if stdin_text is not None else sys.stdin.read()
                run.files.append(self.lint_text(text, stdin_filename))
            else:
                todo.append(path)
        todo = list(dict.fromkeys(todo))
        run.files.extend(self._map(todo, jobs))
        run.files.sort(key=lambda f: f.path)
        run.errors.extend(f"{msg} ({n} file{'s' if n != 1 else ''})" for msg, n in run.unavailable.items())
        return run

    def _map(self, paths: list[str], jobs: int) -> Iterable[FileResult]:
        if self._preparers:
            return list(self._lint_prepared(paths))
        workers = worker_count(jobs, len(paths))
        if workers <= 1:
            return [self.lint_file(p) for p in paths]
        return lint_parallel(self, paths, workers)


def _dedupe(diags: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple] = set()
    out = []
    for d in diags:
        key = (d.code, d.span, d.message)
        if key not in seen:
            seen.add(key)
            out.append(d)
    return out


def lint_paths(paths: Sequence[str], config: Config | None = None, jobs: int | None = None) -> RunResult:
    """Library entry point: lint files and folders with a config (found if not given)."""
    from .config import load_config

    config = config or load_config(paths)
    linter = Linter(config)
    return linter.lint_paths(paths, config.jobs if jobs is None else jobs)


def lint_text(text: str, path: str = "<string>", config: Config | None = None) -> FileResult:
    """Library entry point: lint one article given as a string."""
    return Linter(config or Config()).lint_text(text, path)


__all__ = ["FileResult", "Linter", "RunResult", "lint_paths", "lint_text", "ConfigError", "NewslintError", "Span"]
