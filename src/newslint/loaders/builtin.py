"""The built-in loader plugin: picks plain text, Markdown or HTML by suffix (or sniffing)."""
from __future__ import annotations

import datetime as _dt
from pathlib import PurePath

from .. import hookimpl
from ..document import Document
from . import HTML_SUFFIXES, MARKDOWN_SUFFIXES


@hookimpl(trylast=True)
def newslint_load_document(path: str, text: str, date: _dt.date | None) -> Document:
    suffix = PurePath(path).suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        from .markdown import load_markdown

        return load_markdown(path, text, date)
    head = text.lstrip()[:200].lower()
    if suffix in HTML_SUFFIXES or head.startswith(("<!doctype html", "<html")):
        from .html import load_html

        return load_html(path, text, date)
    from .plain import load_plain

    return load_plain(path, text, date)
