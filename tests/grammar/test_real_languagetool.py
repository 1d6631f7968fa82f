"""Against a real LanguageTool server, when NEWSLINT_LT_URL names one before the test
session (e.g. ``docker run -d -p 8010:8010 erikvl87/languagetool`` then
``NEWSLINT_LT_URL=http://localhost:8010 python3 -m pytest tests/grammar``). Skipped otherwise."""
from __future__ import annotations

import lt_fake
import pytest

from newslint import Config, Linter
from newslint.grammar import backend

pytestmark = pytest.mark.skipif(not lt_fake.REAL_URL, reason="NEWSLINT_LT_URL is not set: no real LanguageTool server")

ARTICLE = ("Talks resume in Moscow\n"
           "\n"
           "😀😀 𝒳 The goverment in Москва said on Friday that talks would resume.\n"
           "\n"
           "Zamir Kabulov, the envoy, said he go to the talks.\n")


@pytest.fixture
def real(monkeypatch):
    monkeypatch.setenv("NEWSLINT_LT_URL", lt_fake.REAL_URL)
    backend.reset()
    yield
    backend.reset()


def test_real_server_findings_land_on_the_right_characters(real):
    result = Linter(Config(select=("NL9",)).with_grammar()).lint_text(ARTICLE, "story.txt")
    assert not result.unavailable, result.unavailable
    words = {(d.code, ARTICLE[d.span.start:d.span.end]) for d in result.diagnostics}
    assert ("NL902", "goverment") in words  # after 4-byte characters and Cyrillic: offsets converted once
    assert not any("Kabulov" in w for _, w in words)  # a name, not a typo
    assert any(code == "NL901" and "go" in w for code, w in words), words
    assert all("(LanguageTool " in d.message for d in result.diagnostics)
