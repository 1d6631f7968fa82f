#!/usr/bin/env python3
"""Time a run over the 400 dev articles: the engine alone, then with the headline rule families.

    python3 bench/speed.py [--repeat 5] [--root ../shared/corpus/dev] [--no-cli] [--rules] [--profile NL4]

Issue 3's target: the four headline families must not make a run over the 400 dev articles
take more than twice as long as the engine with no rules. A run is a whole ``newslint check``
process (start-up, registry, file reading, lexicon loading, output: what a user or CI job
waits for), timed best of N with and without the families, with the default ``--jobs auto``
and serially. Byte-code caching is switched on for these runs (``PYTHONDONTWRITEBYTECODE``
unset, as after a normal ``pip install``), so every run after the first reads ``.pyc`` files.

First, in-process and warm (lexicons and automata built before timing), the rules' own work
is set against reading and parsing the articles alone: a finer figure for finding where the
time goes, not the target's run (``--no-cli`` prints only these).

``--rules`` adds a per-rule breakdown: each rule alone over freshly loaded documents (so
per-document caches such as the era evidence are charged to every rule that needs them),
best of N. ``--profile SELECT`` prints a cProfile of one run with that selection.
"""
from __future__ import annotations

import argparse
import gc
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


def _time_configs(files: list[str], repeat: int) -> dict[str, float]:
    """Best of ``repeat`` runs per configuration, taken in turns so that a busy machine slows all alike."""
    from newslint import Config, Linter

    linters, builds = {}, {}
    for label, select in CONFIGS.items():
        t_build = time.perf_counter()
        linters[label] = Linter(Config(select=select))
        builds[label] = time.perf_counter() - t_build
        linters[label].lint_paths(files, 1)  # warm: lexicons load on first use
    times = dict.fromkeys(CONFIGS, float("inf"))
    for _ in range(repeat):
        for label, linter in linters.items():
            t0 = time.perf_counter()
            linter.lint_paths(files, 1)  # serial: the rules' own cost
            times[label] = min(times[label], time.perf_counter() - t0)
    for label, linter in linters.items():
        best = times[label]
        print(f"{label:<28} {len(linter.rules):>3} rules  build {builds[label] * 1000:7.1f} ms  "
              f"lint {len(files)} files {best:6.3f} s  ({best / len(files) * 1000:.2f} ms/article)")
    return times


def _time_cli(root: str, repeat: int) -> None:
    """Whole CLI processes over the dev set, no rules vs the four families: with the default
    ``--jobs auto`` (parallel on this many files when there are several CPUs) and serial."""
    import os
    import subprocess

    # The console script beside this interpreter, as pip installs it; not the first one on PATH,
    # which may be a version manager's shim (pyenv's adds ~70 ms of shell to every run).
    exe = Path(sys.executable).with_name("newslint")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "newslint"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    dirs = [str(Path(root) / "defects"), str(Path(root) / "clean")]
    runs = {f"{what}, {jobs}": [*cmd, "check", "--isolated", "-q", "--jobs", jobs, "--select", select, *dirs]
            for jobs in ("auto", "1") for what, select in (("no rules", "XX000"), ("NL1-NL4", "NL1,NL2,NL3,NL4"))}
    best = dict.fromkeys(runs, float("inf"))
    for argv in runs.values():  # once untimed: writes the byte-code caches
        subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=False)
    for _ in range(repeat):
        for label, argv in runs.items():
            t0 = time.perf_counter()
            subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, check=False)
            best[label] = min(best[label], time.perf_counter() - t0)
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count()
    print(f"\nwhole `newslint check --jobs J` processes over the same files ({cpus} CPUs, best of {repeat}):")
    for label, t in best.items():
        print(f"  {label:<24} {t:6.3f} s")
    for jobs in ("auto", "1"):
        ratio = best[f"NL1-NL4, {jobs}"] / best[f"no rules, {jobs}"]
        print(f"headline families / no rules, whole runs, --jobs {jobs}: {ratio:.2f}x (issue 3 target <= 2.0x)")


def _time_rules(files: list[str], repeat: int) -> None:
    """Each headline rule alone, on documents loaded afresh for every repeat (no warm caches)."""
    from newslint import Config, Linter

    linter = Linter(Config(select=("NL1", "NL2", "NL3", "NL4")))
    texts = [(p, Path(p).read_text(encoding="utf-8")) for p in files]
    linter.lint_paths(files, 1)  # warm the lexicons
    print(f"\nper rule, alone (best of {repeat}, fresh documents each time, collector paused):")
    best = {r.code: float("inf") for r in linter.rules}
    for _ in range(repeat):
        for r in linter.rules:
            opts = linter.config.rule_options(r.code, r.options)
            docs = [linter.load(p, t) for p, t in texts]
            gc.collect()
            gc.disable()
            t0 = time.perf_counter()
            for doc in docs:
                for _v in r.check(doc, opts):
                    pass
            best[r.code] = min(best[r.code], time.perf_counter() - t0)
            gc.enable()
    for r in linter.rules:
        print(f"  {r.code} {r.name:<28} {best[r.code] * 1000:7.1f} ms")
    print(f"  {'sum (shared work counted per rule)':<34} {sum(best.values()) * 1000:7.1f} ms")


def _profile(files: list[str], select: str) -> None:
    import cProfile
    import pstats

    from newslint import Config, Linter

    linter = Linter(Config(select=tuple(select.split(","))))
    linter.lint_paths(files, 1)
    prof = cProfile.Profile()
    prof.enable()
    linter.lint_paths(files, 1)
    prof.disable()
    pstats.Stats(prof).sort_stats("tottime").print_stats(30)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--root", default=str(SHARED / "corpus" / "dev"))
    ap.add_argument("--no-cli", action="store_true", help="skip the whole-process timings (the target's runs)")
    ap.add_argument("--cli", action="store_true", help=argparse.SUPPRESS)  # the default now; kept for old commands
    ap.add_argument("--rules", action="store_true", help="also time each headline rule alone")
    ap.add_argument("--profile", metavar="SELECT", help="cProfile one run with this selection (e.g. NL4)")
    args = ap.parse_args()

    files = sorted(str(p) for sub in ("defects", "clean") for p in (Path(args.root) / sub).glob("*.txt"))
    if not files:
        print(f"no articles under {args.root}", file=sys.stderr)
        return 2
    if args.profile:
        _profile(files, args.profile)
        return 0
    times = _time_configs(files, args.repeat)
    base = times["engine only (no rules)"]
    fam = times["headline families NL1-NL4"]
    print(f"\nheadline families / reading and parsing alone, in-process and warm = {fam / base:.2f}x")
    if not args.no_cli:
        _time_cli(args.root, args.repeat)
    if args.rules:
        _time_rules(files, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
