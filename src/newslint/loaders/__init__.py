"""Loaders turn a file's text into a Document: plain text, Markdown and HTML built in.

Each loader blanks what is not prose (so offsets stay file offsets), finds the blocks,
and hands them to :func:`newslint.document.assemble`.
"""
from __future__ import annotations

import re
from typing import Any

import yaml

from ..errors import InputError

FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)

MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
#: Every suffix the built-in loaders read when a directory is expanded.
ARTICLE_SUFFIXES = MARKDOWN_SUFFIXES | HTML_SUFFIXES | TEXT_SUFFIXES


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF; lines and columns are unchanged."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def blank(chars: list[str], start: int, end: int) -> None:
    """Replace ``chars[start:end]`` with spaces, keeping newlines (so lines stay put)."""
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def split_front_matter(path: str, text: str, chars: list[str]) -> dict[str, Any]:
    """Parse YAML front matter (if any), blank it in ``chars`` and return it."""
    m = FRONT_MATTER.match(text)
    if not m:
        return {}
    try:
        meta = yaml.safe_load(m.group(1) or "") or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise InputError(path, f"invalid YAML front matter: {getattr(exc, 'problem', exc)}", line) from None
    if not isinstance(meta, dict):
        raise InputError(path, "front matter must be a mapping of keys to values", 2)
    blank(chars, m.start(), m.end())
    return {str(k): v for k, v in meta.items()}


def blank_comments(text: str, chars: list[str]) -> None:
    """HTML comments (where suppression directives live) are not prose in any format."""
    if "<!--" in text:
        for m in HTML_COMMENT.finditer(text):
            blank(chars, m.start(), m.end())
