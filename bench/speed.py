#!/usr/bin/env python3
"""Time a run over the 400 dev articles: the engine alone, then with the headline rule families.

    python3 bench/speed.py [--repeat 3] [--root ../shared/corpus/dev]

Prints the best of N wall-clock times for each configuration and the ratio; the target is
that the four headline families at most double the engine-only time.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"

CONFIGS = {
    "engine only (no rules)": ("XX000",),
    "NL1 split numbers": ("NL1",),
    "NL2 repeated lead": ("NL2",),
    "NL3 titles/names/places": ("NL3",),
    "NL4 anachronisms": ("NL4",),
    "headline families NL1-NL4": ("NL1", "NL2", "NL3", "NL4"),
    "all default rules": (),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--root", default=str(SHARED / "corpus" / "dev"))
    args = ap.parse_args()
    from newslint import Config, Linter

    files = sorted(str(p) for sub in ("defects", "clean") for p in (Path(args.root) / sub).glob("*.txt"))
    if not files:
        print(f"no articles under {args.root}", file=sys.stderr)
        return 2
    times = {}
    for label, select in CONFIGS.items():
        t_build = time.perf_counter()
        linter = Linter(Config(select=select))
        build = time.perf_counter() - t_build
        best = float("inf")
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            linter.lint_paths(files)
            best = min(best, time.perf_counter() - t0)
        times[label] = best
        print(f"{label:<28} {len(linter.rules):>3} rules  build {build * 1000:7.1f} ms  "
              f"lint {len(files)} files {best:6.3f} s  ({best / len(files) * 1000:.2f} ms/article)")
    base = times["engine only (no rules)"]
    fam = times["headline families NL1-NL4"]
    print(f"\nheadline families / engine only = {fam / base:.2f}x (target <= 2.0x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
