"""Big lexicons stay fast: a rules file is compiled once, its plain words share one automaton
scanned once per article (however many rules), and 500 entries lint 400 articles quickly."""
from __future__ import annotations

import itertools
import random

from newslint import Config, Linter
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.loader import load_files
from newslint.kinds.matching import FileMatcher

WORDS = ("the said year people government new first would last market told also after over between "
         "about company minister police party world time public million country two three since").split()


def _lexicon(n: int, regex: bool) -> str:
    pairs = itertools.islice(((a, b) for a in WORDS for b in WORDS if a != b), n)
    body = "".join(f"      '{f'(?:{a}) (?:{b})' if regex else f'{a} {b}'}': '{b} {a}'\n" for a, b in pairs)
    return ("rules:\n  - code: HS901\n    name: lexicon\n    kind: substitution\n    ignore-case: true\n"
            "    swap:\n" + body)


def _articles(n: int) -> list[str]:
    rng = random.Random(4)
    return ["Headline here\n\n" + "\n\n".join(
        " ".join(rng.choice(WORDS) for _ in range(60)).capitalize() + "." for _ in range(6)) for _ in range(n)]


def test_500_entry_lexicon_loads_and_lints_400_articles(tmp_path):
    # Timing lives in bench/lexicon.py; this checks the lexicon is whole and really used.
    path = tmp_path / "rules.yml"
    path.write_text(_lexicon(500, regex=False), encoding="utf-8")
    loaded = load_files([path], BUILTIN_KINDS)
    assert not loaded.errors and len(loaded.rules[0].kind.swap) == 500
    linter = Linter(Config(select=("HS901",), rules_files=(path,)))
    found = sum(len(linter.lint_text(a).diagnostics) for a in _articles(400))
    assert found > 1000


def test_plain_and_regex_lexicons_find_the_same(tmp_path):
    plain, rgx = tmp_path / "p.yml", tmp_path / "r.yml"
    plain.write_text(_lexicon(300, regex=False), encoding="utf-8")
    rgx.write_text(_lexicon(300, regex=True).replace("HS901", "HS902"), encoding="utf-8")
    a = Linter(Config(select=("HS901",), rules_files=(plain,)))
    b = Linter(Config(select=("HS902",), rules_files=(rgx,)))
    for text in _articles(20):
        got_a = [(d.span, d.message, d.fix.replacement) for d in a.lint_text(text).diagnostics]
        got_b = [(d.span, d.message, d.fix.replacement) for d in b.lint_text(text).diagnostics]
        assert got_a == got_b and got_a


def test_one_scan_per_article_for_all_rules_of_a_file(tmp_path, monkeypatch):
    rules = "".join(f"  - {{code: HS{100 + i}, name: r{i}, kind: existence, tokens: [{w}]}}\n"
                    for i, w in enumerate(WORDS))
    path = tmp_path / "rules.yml"
    path.write_text("rules:\n" + rules, encoding="utf-8")
    scans = []
    real = FileMatcher._scan
    monkeypatch.setattr(FileMatcher, "_scan", lambda self, doc: (scans.append(doc.path), real(self, doc))[1])
    linter = Linter(Config(select=("HS",), rules_files=(path,)))
    result = linter.lint_text("Title\n\nThe minister said the company would cut two million jobs.", "a.txt")
    assert len({d.code for d in result.diagnostics}) == 7  # the, minister, said, company, would, two, million
    assert scans == ["a.txt"]
