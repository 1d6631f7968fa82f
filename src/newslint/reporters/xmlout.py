"""Shared by the XML formats (junit, checkstyle): serialise with the standard library's
ElementTree, which escapes ``& < > "`` and newlines in attributes, after dropping the
characters XML 1.0 cannot carry at all (control characters other than tab and newlines)."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    return _ILLEGAL.sub("\ufffd", text)


def element(tag: str, text: str | None = None, **attrs: object) -> ET.Element:
    el = ET.Element(tag, {k: clean(str(v)) for k, v in attrs.items() if v is not None})
    if text is not None:
        el.text = clean(text)
    return el


def serialise(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
