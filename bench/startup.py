#!/usr/bin/env python3
"""Start-up cost, as a pre-commit hook pays it: ``newslint --version`` and a one-file check.

    python3 bench/startup.py [--repeat 5]

Also lists heavy modules that must not be imported at start-up (language_tool_python).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def best_of(cmd: list[str], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=False)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "a.txt"
        article.write_text("Headline\n\nRepresentatives of 11 countries met on Friday.\n", encoding="utf-8")
        base = best_of([sys.executable, "-c", "pass"], args.repeat)
        version = best_of([sys.executable, "-m", "newslint.cli", "--version"], args.repeat)
        check = best_of([sys.executable, "-m", "newslint.cli", "check", "--isolated", str(article)], args.repeat)
    imports = subprocess.run([sys.executable, "-X", "importtime", "-c", "import newslint.cli"],
                             capture_output=True, text=True).stderr
    heavy = [m for m in ("language_tool_python", "requests", "jsonschema") if f" {m}" in imports]
    print(f"python -c pass        {base * 1000:7.1f} ms")
    print(f"newslint --version    {version * 1000:7.1f} ms")
    print(f"newslint check 1 file {check * 1000:7.1f} ms")
    print(f"heavy modules imported at start-up: {', '.join(heavy) or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
