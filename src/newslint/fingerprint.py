"""Content fingerprints of findings, stable when lines move above them.

A finding's *key* hashes its code, its path, the flagged text and the sentence around it
(whitespace collapsed); its *occurrence* counts earlier findings with the same key in the
run. Line numbers are deliberately left out: inserting a paragraph above a finding does not
change its fingerprint, editing the flagged sentence does. Used by the baseline, SARIF
``partialFingerprints`` and GitLab's ``fingerprint``.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .sentences import split_sentences
from .sources import SourceFiles, SourceText, display_path
from .violation import Diagnostic, Span

_SPACE = re.compile(r"\s+")
#: Bump when the key's ingredients change: old baselines then stop matching, loudly.
KEY_VERSION = 1


def normalise(text: str) -> str:
    """Collapse runs of whitespace to one space and trim."""
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True, slots=True)
class Finding:
    """A diagnostic with its content key and occurrence index."""

    diagnostic: Diagnostic
    path: str
    key: str
    occurrence: int

    @property
    def fingerprint(self) -> str:
        return _hash(f"{self.key}:{self.occurrence}")


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class _Contexts:
    """The sentence around an offset, with each line split into sentences once."""

    def __init__(self) -> None:
        self._lines: dict[tuple[str, int], tuple[Span, ...]] = {}

    def sentence(self, path: str, source: SourceText, line: int, offset: int) -> str:
        key = (path, line)
        if key not in self._lines:
            self._lines[key] = tuple(split_sentences(source.text, source.line_span(line)))
        for s in self._lines[key]:
            if s.start <= offset < s.end:
                return normalise(source.text[s.start : s.end])
        return normalise(source.line(line))


def findings(diagnostics: Iterable[Diagnostic], sources: SourceFiles,
             path_of: Callable[[str], str] = display_path) -> list[Finding]:
    """Key every diagnostic; ``path_of`` maps a diagnostic's path to the one hashed."""
    contexts = _Contexts()
    seen: dict[str, int] = {}
    out = []
    for d in diagnostics:
        path = path_of(d.path)
        source = sources.get(d.path)
        if source is None:  # no text to read back: the message is the best content we have
            flagged, context = normalise(d.message), ""
        else:
            flagged = normalise(source.text[d.span.start : d.span.end])
            context = contexts.sentence(d.path, source, d.start.line, d.span.start)
        key = _hash("\x1f".join((str(KEY_VERSION), d.code, path, flagged, context)))
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(Finding(d, path, key, n))
    return out
