"""How a big YAML lexicon scales: compile a 500-entry substitution rule once, lint the 400
dev articles with it, and compare plain-word entries (one Aho-Corasick automaton per rules
file) with the same entries written as regexes (one compiled alternation per rule).

    python3 bench/lexicon.py [--entries 500]

The lexicon is generated (two-word phrases of common words, so many of them do occur in
news copy); the articles are read from ../shared/corpus/dev, never copied.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

from newslint import Config, Linter
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.loader import load_files

REPO = Path(__file__).resolve().parents[1]
DEV = REPO.parent / "shared" / "corpus" / "dev"
WORDS = ("the said year people government new first would could last market told also after over "
         "between about company minister police party world time public million country two three "
         "since should more most shares labour election team game film music").split()


def lexicon(n: int, as_regex: bool) -> str:
    pairs = itertools.islice(((a, b) for a in WORDS for b in WORDS if a != b), n)
    lines = ["rules:", "  - code: HS901", "    name: big-lexicon", "    kind: substitution", "    ignore-case: true",
             "    swap:"]
    for a, b in pairs:
        key = f"(?:{a}) (?:{b})" if as_regex else f"{a} {b}"
        lines.append(f"      '{key}': '{b} {a}'")
    return "\n".join(lines) + "\n"


def run(n: int, as_regex: bool, files: list[str]) -> tuple[float, float, int]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "rules.yml"
        path.write_text(lexicon(n, as_regex), encoding="utf-8")
        t0 = time.perf_counter()
        loaded = load_files([path], BUILTIN_KINDS)
        compile_s = time.perf_counter() - t0
        assert not loaded.errors, loaded.errors
        linter = Linter(Config(select=("HS901",), rules_files=(path,)))
        t0 = time.perf_counter()
        run_ = linter.lint_paths(files, jobs=1)
        lint_s = time.perf_counter() - t0
        return compile_s, lint_s, len(run_.diagnostics)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=500)
    args = ap.parse_args()
    files = sorted(str(p) for p in DEV.glob("*/*.txt"))
    if not files:
        print(f"no articles under {DEV}", file=sys.stderr)
        return 2
    base = Linter(Config(select=("NL501",)))
    t0 = time.perf_counter()
    base.lint_paths(files, jobs=1)
    base_s = time.perf_counter() - t0
    print(f"{len(files)} articles; baseline (NL501 only, load + parse): {base_s:.2f} s")
    for as_regex in (False, True):
        compile_s, lint_s, hits = run(args.entries, as_regex, files)
        label = "regex alternation" if as_regex else "plain words (automaton)"
        print(f"{args.entries} entries as {label}: compile {compile_s * 1000:.0f} ms, "
              f"lint {lint_s:.2f} s ({(lint_s - base_s) * 1000 / len(files):.2f} ms/article over baseline), {hits} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
