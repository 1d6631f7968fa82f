"""An optional on-disk cache of LanguageTool answers, one small JSON file per paragraph.

Keyed by a fingerprint of everything that changes the answer (server, language, disabled
rules and categories, this format's version) and the paragraph's content hash. It stores
LanguageTool's findings (offsets, rule ids, messages, suggestions), never the paragraph.
Entries older than :data:`MAX_AGE` are ignored, so an upgraded server is re-asked; delete
the folder to start afresh. Every failure to read or write is ignored: the cache only
saves requests, it never changes results.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from pathlib import Path

from .mapping import LTMatch
from .settings import Settings

FORMAT = 1
MAX_AGE = 30 * 24 * 3600


def fingerprint(settings: Settings, server: str) -> str:
    parts = [str(FORMAT), server, settings.language, ",".join(settings.disabled_rules),
             ",".join(settings.disabled_categories)]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


class DiskCache:
    """``get``/``put`` paragraph answers under ``folder/<fingerprint>/<ab>/<hash>.json``."""

    def __init__(self, folder: str | Path, fp: str):
        self.root = Path(folder) / fp

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> list[LTMatch] | None:
        path = self._path(key)
        try:
            if time.time() - path.stat().st_mtime > MAX_AGE:
                return None
            rows = json.loads(path.read_text(encoding="utf-8"))
            return [LTMatch.from_json(r) for r in rows]
        except (OSError, ValueError, TypeError):
            return None

    def put(self, key: str, matches: list[LTMatch]) -> None:
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump([m.as_json() for m in matches], fh, ensure_ascii=False)
            os.replace(tmp, path)
        except OSError:
            pass
