#!/usr/bin/env python3
"""Scaling figures that unit tests must not time: era inference on a long article, the
exonym automaton, and sentence splitting of one huge paragraph.

    python3 bench/scaling.py

Prints times and the big/small ratios (20x the text should cost about 20x, not 400x).
"""
from __future__ import annotations

import time
from pathlib import Path

from newslint.era import infer_era
from newslint.loaders.plain import load_plain
from newslint.rules.lexicons import DATA, load_exonyms
from newslint.sentences import split_sentences
from newslint.violation import Span

PARA = ("The firm said sales rose in 2004 and expects a rise in 2005. Almost 40 years have passed "
        "since the Red Army invaded Afghanistan, said President Karzai, and the euro is up. ")


def timed(fn, *args, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(*args)
        best = min(best, time.perf_counter() - t0)
    return best


def article(n: int):
    return load_plain("a.txt", "Headline\n\n" + "\n\n".join([PARA] * n) + "\n")


def main() -> None:
    infer_era(article(1))  # load the lexicons first
    # A fresh Document each time: inference results are cached on the document.
    small = timed(lambda: infer_era(article(20)))
    big = timed(lambda: infer_era(article(400)))
    print(f"load + era inference: 20 paragraphs {small * 1000:.1f} ms, 400 paragraphs {big * 1000:.1f} ms "
          f"(ratio {big / small:.1f}x for 20x the text)")
    t0 = time.perf_counter()
    table = load_exonyms([DATA / "exonyms.json"])
    build = time.perf_counter() - t0
    text = "He flew from London to Paris and then on to Berlin and Madrid. " * 40
    run = timed(lambda: list(table.text.iter(text)), repeat=20)
    print(f"exonym table: load + automaton {build * 1000:.1f} ms; scan {len(text)} chars {run * 1e6:.0f} us")
    huge = "Mr. Smith went to Washington. It was a day. " * 2200
    t = timed(lambda: list(split_sentences(huge, Span(0, len(huge)))))
    print(f"sentence split: one {len(huge) // 1000} KB paragraph {t * 1000:.1f} ms")


if __name__ == "__main__":
    main()
