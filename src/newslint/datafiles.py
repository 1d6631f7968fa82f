"""Newslint's packaged YAML data files (``newslint/data/*.yml``), read fast through JSON twins.

YAML is the format maintainers edit, but parsing it costs a fresh process ~25 ms for the
lexicons even with libyaml (PyYAML's constructor and resolver are pure Python), a tenth of a
whole 400-article run. So each packaged YAML file has a JSON twin in ``data/json/`` that
records the SHA-256 of the YAML it was made from; ``json.loads`` reads it in ~1 ms. A twin is
used only while that hash still matches, so an edited YAML file is read directly (slowly)
until ``python -m newslint.datafiles`` rewrites the twins; a test fails while one is stale.
"""
from __future__ import annotations

import hashlib
import json
import sys
from importlib import resources
from typing import Any

import yaml

#: The packaged YAML files that have a JSON twin.
TWINNED = ("eras.yml", "titles.yml", "org_names.yml")

_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_dir() -> Any:
    return resources.files("newslint") / "data"


def _digest(raw: bytes) -> str:
    """The YAML's SHA-256, line endings as LF (a checkout with CRLF endings holds the same data)."""
    return hashlib.sha256(raw.replace(b"\r\n", b"\n")).hexdigest()


def read_yaml(name: str) -> Any:
    """The content of packaged data file ``name`` ("eras.yml"): from its twin when that is fresh."""
    raw = (data_dir() / name).read_bytes()
    try:
        twin = json.loads((data_dir() / "json" / f"{name}.json").read_bytes())
        if twin.get("sha256") == _digest(raw):
            return twin["data"]
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        pass  # no twin, or not ours: the YAML itself
    return yaml.load(raw, Loader=_YAML_LOADER)


def twin_text(name: str) -> str:
    """The JSON twin of packaged YAML file ``name``, as it should be on disk."""
    raw = (data_dir() / name).read_bytes()
    data = yaml.load(raw, Loader=_YAML_LOADER)
    text = json.dumps({"sha256": _digest(raw), "data": data}, ensure_ascii=False)
    if json.loads(text)["data"] != data:  # a date, a non-string key: JSON would change it
        raise ValueError(f"{name}: holds values JSON cannot carry unchanged")
    return text + "\n"


def main() -> int:
    """Rewrite the JSON twins of the packaged YAML files (run after editing one)."""
    from pathlib import Path

    out = Path(str(data_dir() / "json"))
    out.mkdir(exist_ok=True)
    for name in TWINNED:
        path = out / f"{name}.json"
        text = twin_text(name)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
