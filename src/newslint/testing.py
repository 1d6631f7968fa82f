"""Helpers for rule authors, and a pytest plugin (registered through ``pytest11``).

    from newslint.testing import lint, assert_fires, assert_silent

    def test_my_rule():
        assert_fires("MY001", "Headline\\n\\nBad text here.", at="Bad")
        assert_silent("MY001", "Headline\\n\\nGood text here.")

The ``newslint_lint`` fixture is the same ``lint`` function, for tests that prefer fixtures.

For YAML rules: ``assert_examples("rules.yml")`` fails when a rule of the file misses one
of its ``bad`` examples or reports a ``good`` one (what ``newslint check-rules`` checks),
and the ``newslint_rules_file`` fixture writes a rules file from a YAML string::

    def test_my_rule(newslint_rules_file):
        path = newslint_rules_file('''
        rules:
          - {code: HS101, name: no-hedging, kind: existence, tokens: [so to speak]}
        ''')
        assert_fires("HS101", "Title\\n\\nIt was, so to speak, over.", rules_files=[path])
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pytest

from .config import Config
from .engine import FileResult, Linter
from .rule import Rule
from .violation import Diagnostic

_LINTERS: dict[tuple, Linter] = {}


def _linter(select: tuple[str, ...], local_plugins: tuple[Path, ...], rules_files: tuple[Path, ...], date) -> Linter:
    key = (select, local_plugins, rules_files, date)
    if key not in _LINTERS:
        _LINTERS[key] = Linter(Config(select=select, local_plugins=local_plugins, rules_files=rules_files, date=date))
    return _LINTERS[key]


def lint(text: str, select: str | Iterable[str] = "ALL", path: str = "article.txt", *,
         local_plugins: Iterable[str | Path] = (), rules_files: Iterable[str | Path] = (), date=None,
         extra_rules: Iterable[Rule] = ()) -> list[Diagnostic]:
    """Lint ``text`` with only the ``select``-ed codes; return the diagnostics."""
    sel = (select,) if isinstance(select, str) else tuple(select)
    linter = _linter(sel, tuple(Path(p) for p in local_plugins), tuple(Path(p) for p in rules_files), date)
    if extra_rules:
        for r in extra_rules:
            if r.code not in linter.registry:
                linter.registry.add("testing", r)
        linter.rules = linter.registry.enabled(linter.config)
        linter._options.update({r.code: dict(r.options) for r in extra_rules})
    result: FileResult = linter.lint_text(text, path)
    if result.errors:
        raise AssertionError("; ".join(result.errors))
    return list(result.diagnostics)


def assert_fires(code: str, text: str, at: str | None = None, count: int | None = None, **kw) -> list[Diagnostic]:
    """Assert ``code`` reports on ``text``; with ``at``, that a finding starts where ``at``
    first occurs in ``text``; with ``count``, that it reports exactly that many times."""
    found = [d for d in lint(text, code, **kw) if d.code == code]
    assert found, f"{code} did not fire on:\n{text}"
    if at is not None:
        offset = text.index(at)
        assert any(d.span.start == offset for d in found), (
            f"{code} fired at {[d.span.start for d in found]}, not at {offset} ({at!r}): {[d.message for d in found]}")
    if count is not None:
        assert len(found) == count, f"{code} fired {len(found)} times, expected {count}: {[d.message for d in found]}"
    return found


def assert_silent(code: str, text: str, **kw) -> None:
    """Assert ``code`` reports nothing on ``text``."""
    found = [d for d in lint(text, code, **kw) if d.code == code]
    assert not found, f"{code} fired on good text: {[(d.start.line, d.start.column, d.message) for d in found]}"


def check_examples(*rules_files: str | Path, local_plugins: Iterable[str | Path] = ()) -> list[str]:
    """Load ``rules_files`` (after newslint's default one) and check every rule's examples;
    return the problems, one ``file:line:col: message`` line each (empty: all is well)."""
    from .kinds.loader import default_rules_path, load_files
    from .plugins import get_plugins

    plugins = get_plugins(Config(local_plugins=tuple(Path(p) for p in local_plugins)))
    default = default_rules_path()
    paths = [*([default] if default else []), *map(Path, rules_files)]
    loaded = load_files(paths, plugins.rule_kinds(), check_examples=True)
    return [str(e) for e in (*plugins.errors, *loaded.errors, *loaded.example_errors)]


def assert_examples(*rules_files: str | Path, **kw) -> None:
    """Assert every rule in ``rules_files`` fires on its bad examples and not on its good ones."""
    problems = check_examples(*rules_files, **kw)
    assert not problems, "\n".join(problems)


@pytest.fixture
def newslint_lint():
    """The :func:`lint` helper as a fixture."""
    return lint


@pytest.fixture
def newslint_rules_file(tmp_path):
    """A factory: ``newslint_rules_file(yaml_text, name="rules.yml")`` writes a rules file
    (dedented) into the test's temporary folder and returns its path."""
    import textwrap

    def write(text: str, name: str = "rules.yml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
        return path

    return write
