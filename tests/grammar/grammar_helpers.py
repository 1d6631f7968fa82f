"""Fixtures and helpers for the LanguageTool tests, imported by name (tests/ has no packages,
and a conftest.py here would shadow tests/conftest.py for `from conftest import ...`).

``lt`` is the session's fake server, reset per test; backends are reset around each test
(each caches answers per process: tests must not share them)."""
from __future__ import annotations

from pathlib import Path

import lt_fake
import pytest

from newslint import Config, Linter
from newslint.engine import FileResult
from newslint.grammar import backend


def grammar_linter(select: tuple[str, ...] = (), **grammar) -> Linter:
    """A linter with grammar on (NL901-NL904 selected) and ``grammar:`` settings."""
    return Linter(Config(select=select, grammar=grammar).with_grammar())


def lint(text: str, path: str = "article.txt", select: tuple[str, ...] = (), **grammar) -> FileResult:
    return grammar_linter(select, **grammar).lint_text(text, path)


def write(folder: Path, name: str, text: str) -> str:
    p = folder / name
    p.write_text(text, encoding="utf-8")
    return str(p)


@pytest.fixture
def lt(monkeypatch):
    """The fake LanguageTool, in mode ``ok`` with no recorded requests; NEWSLINT_LT_URL names it."""
    fake = lt_fake.session()
    fake.reset()
    monkeypatch.setenv("NEWSLINT_LT_URL", fake.url)
    backend.reset()
    yield fake
    fake.release.set()  # let a hanging handler go
    backend.reset()


@pytest.fixture
def no_lt_url(monkeypatch):
    """No server named anywhere: newslint must find a local LanguageTool or say why not."""
    monkeypatch.delenv("NEWSLINT_LT_URL", raising=False)
    backend.reset()
    yield
    backend.reset()
