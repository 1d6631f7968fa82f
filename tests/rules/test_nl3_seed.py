"""The NL3xx family on the reference article: exactly the defects domain.md §1 lists as ours."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint.testing import lint

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seed-article.txt"


@pytest.mark.skipif(not SEED.exists(), reason=f"{SEED} is absent (../shared/ is not beside the checkout)")
def test_seed_article_nl3_findings():
    text = SEED.read_text(encoding="utf-8")
    found = sorted((d.code, text[d.span.start:d.span.end]) for d in lint(text, "NL3"))
    assert found == sorted([
        ("NL303", "MOSKVA"),
        ("NL302", "right-wing peace council"),
        ("NL302", "High Council of Peace"),
        ("NL301", "Vice President of the High Council of Peace"),
        ("NL301", "Deputy Speaker"),
        ("NL301", "Special Counselor"),
        ("NL301", "high government department official"),
    ])
