"""The worked local plugin in plugins/ (EX101 weekday-without-date), loaded as a user would:
``local-plugins: [plugins]`` in the config."""
from __future__ import annotations

import datetime

import pytest

from conftest import REPO, run_cli
from newslint import Config, Linter

PLUGINS = REPO / "plugins"


@pytest.fixture(scope="module")
def linter():
    lt = Linter(Config(select=("EX",), local_plugins=(PLUGINS,)))
    assert lt.errors == []
    return lt


def _found(lt, text, path="a.txt"):
    return [(d.code, text[d.span.start:d.span.end]) for d in lt.lint_text(text, path).diagnostics]


def test_fires_on_a_weekday_in_an_undated_article(linter):
    text = "Talks open in Moscow\n\nThe minister said on Friday that talks would go on until Sunday.\n"
    assert _found(linter, text) == [("EX101", "Friday")]  # once per article


@pytest.mark.parametrize("text", [
    "---\ndate: 2018-11-09\n---\nTalks open\n\nThe minister said on Friday that talks would go on.\n",
    "Talks open\n\nThe minister said on Friday 9 November that talks would go on.\n",
    "Talks open\n\nThe minister said on Friday (Nov. 9) that talks would go on.\n",
    "Talks open\n\nShops expect record sales on Black Friday and Good Friday.\n",
    "Talks open\n\nThe Sunday Times reported the talks.\n",
    "Friday talks\n\nThe minister said the talks would go on.\n",  # the headline is not checked
])
def test_silent_when_dated_or_not_a_weekday(linter, text):
    assert _found(linter, text) == []


def test_a_date_given_on_the_command_line_silences_it():
    lt = Linter(Config(select=("EX",), local_plugins=(PLUGINS,), date=datetime.date(2018, 11, 9)))
    assert lt.lint_text("Talks\n\nHe said on Friday it was over.\n").diagnostics == ()


def test_loaded_through_the_config_like_a_user_would(tmp_path):
    (tmp_path / ".newslint.yml").write_text(f"local-plugins: [{PLUGINS}]\nselect: [EX]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Talks\n\nHe said on Tuesday it was over.\n", encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr  # EX101 is info: below the default --fail-on warning
    assert proc.stdout.startswith("a.txt:3:12: EX101 'Tuesday' but the article has no date")
    doc = run_cli("rule", "EX101", cwd=tmp_path)
    assert "From: local:weekday_dates (newslint_local_weekday_dates)" in doc.stdout
    plugins = run_cli("plugins", cwd=tmp_path)
    assert f"local:weekday_dates 1.0.0 (local ({PLUGINS / 'weekday_dates.py'}))" in plugins.stdout
