#!/usr/bin/env python3
"""Run newslint over the labelled development set and print shared/tools/score.py's score.

    python3 bench/eval.py [--root ../shared/corpus/dev] [--out bench/results/dev.json] [--select NL1,NL2,NL3,NL4]

Rule codes map to the scorer's classes by family: NL1xx split numbers (1), NL2xx repeated
leads (2), NL3xx titles/names/places (3), NL4xx anachronisms (4). The map is derived from
the registry, so a new rule in a family is scored without editing this script.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"
FAMILY = {"NL1": 1, "NL2": 2, "NL3": 3, "NL4": 4}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--root", default=str(SHARED / "corpus" / "dev"))
    ap.add_argument("--out", default=str(HERE / "results" / "dev.json"))
    ap.add_argument("--select", default="NL1,NL2,NL3,NL4")
    ap.add_argument("--show", type=int, default=0, help="print up to N false positives on clean/ and misses")
    args = ap.parse_args()

    from newslint import Config, Linter

    root = Path(args.root)
    files = sorted(str(p) for sub in ("defects", "clean") for p in (root / sub).glob("*.txt"))
    if not files:
        print(f"no articles under {root}", file=sys.stderr)
        return 2
    linter = Linter(Config(select=tuple(args.select.split(","))))
    t0 = time.perf_counter()
    run = linter.lint_paths(files)
    elapsed = time.perf_counter() - t0
    rows = [
        {"path": d.path, "line": d.start.line, "column": d.start.column, "end_line": d.end.line,
         "end_column": d.end.column, "code": d.code, "message": d.message}
        for d in run.diagnostics
    ]
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"violations": rows}, indent=1), encoding="utf-8")
    rule_map = {r.code: FAMILY[r.code[:3]] for r in linter.registry if r.code[:3] in FAMILY}
    print(f"linted {len(files)} articles in {elapsed:.2f}s; {len(rows)} findings -> {out}")
    score = SHARED / "tools" / "score.py"
    res = subprocess.run([sys.executable, str(score), str(out), "--root", str(root), "--rule-map", json.dumps(rule_map)])
    if args.show:
        clean = [r for r in rows if "/clean/" in r["path"]][: args.show]
        print(f"\nfindings on clean articles (first {len(clean)}):")
        for r in clean:
            print(f"  {r['path']}:{r['line']}:{r['column']}: {r['code']} {r['message']}")
    return res.returncode


if __name__ == "__main__":
    sys.exit(main())
