"""Expanding the command line's paths (files, directories, globs) into files to lint."""
from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from .loaders import ARTICLE_SUFFIXES

SKIP_DIRS = frozenset({".git", ".hg", ".svn", "node_modules", ".venv", "venv", "__pycache__", ".tox", ".mypy_cache"})


def expand_paths(paths: Iterable[str], extra_suffixes: Iterable[str] = ()) -> Iterator[tuple[str, str | None]]:
    """Yield ``(path, problem)``: a file to lint with ``None``, or a path with why it can't be.

    Files named explicitly are linted whatever their suffix; directories are searched for
    article files (``.txt``, ``.md``, ``.html`` and what plugins add).
    """
    suffixes = set(ARTICLE_SUFFIXES) | {s.lower() for s in extra_suffixes}
    suffixes.discard("")
    for raw in paths:
        if raw == "-":
            yield raw, None
            continue
        p = Path(raw)
        if p.is_dir():
            found = False
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(d for d in dirnames if d not in SKIP_DIRS and not d.startswith("."))
                for name in sorted(filenames):
                    if Path(name).suffix.lower() in suffixes and not name.startswith("."):
                        found = True
                        yield os.path.join(dirpath, name), None
            if not found:
                yield raw, "directory contains no article files (.txt, .md, .html)"
        elif p.exists():
            yield raw, None
        elif glob.has_magic(raw):
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield raw, "no files match this pattern"
            for m in matches:
                if Path(m).is_file():
                    yield m, None
        else:
            yield raw, "no such file or directory"
