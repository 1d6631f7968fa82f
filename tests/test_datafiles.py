"""Packaged YAML data files and their JSON twins (newslint.datafiles)."""
from __future__ import annotations

import datetime
import hashlib
import json

import pytest
import yaml

from newslint import datafiles


@pytest.mark.parametrize("name", datafiles.TWINNED)
def test_every_twin_is_fresh_and_holds_the_yaml_data(name):
    twin = datafiles.data_dir() / "json" / f"{name}.json"
    assert twin.read_text(encoding="utf-8") == datafiles.twin_text(name), \
        f"data/json/{name}.json is stale: run `python -m newslint.datafiles`"
    raw = (datafiles.data_dir() / name).read_bytes()
    assert json.loads(twin.read_bytes())["data"] == yaml.safe_load(raw)


def _data_dir(tmp_path, monkeypatch, yml: str, twin: dict | None):
    (tmp_path / "json").mkdir()
    (tmp_path / "x.yml").write_text(yml, encoding="utf-8")
    if twin is not None:
        (tmp_path / "json" / "x.yml.json").write_text(json.dumps(twin), encoding="utf-8")
    monkeypatch.setattr(datafiles, "data_dir", lambda: tmp_path)


def test_a_fresh_twin_is_read_instead_of_the_yaml(tmp_path, monkeypatch):
    yml = "a: 1\n"
    sha = hashlib.sha256(yml.encode()).hexdigest()
    _data_dir(tmp_path, monkeypatch, yml, {"sha256": sha, "data": {"a": "from the twin"}})
    assert datafiles.read_yaml("x.yml") == {"a": "from the twin"}


def test_a_checkout_with_crlf_line_endings_still_reads_the_twin(tmp_path, monkeypatch):
    sha = hashlib.sha256(b"a: 1\n").hexdigest()
    _data_dir(tmp_path, monkeypatch, "", {"sha256": sha, "data": {"a": "from the twin"}})
    (tmp_path / "x.yml").write_bytes(b"a: 1\r\n")
    assert datafiles.read_yaml("x.yml") == {"a": "from the twin"}


@pytest.mark.parametrize("twin", [None, {"sha256": "0" * 64, "data": {"a": "stale"}}, ["not", "ours"],
                                  {"sha256": hashlib.sha256(b"a: 2\n").hexdigest()}])
def test_an_edited_yaml_file_is_read_itself_until_its_twin_is_rebuilt(tmp_path, monkeypatch, twin):
    _data_dir(tmp_path, monkeypatch, "a: 2\n", twin)
    assert datafiles.read_yaml("x.yml") == {"a": 2}


def test_a_value_json_cannot_carry_is_refused(tmp_path, monkeypatch):
    _data_dir(tmp_path, monkeypatch, "since: 2004-05-01\n", None)
    assert yaml.safe_load("since: 2004-05-01") == {"since": datetime.date(2004, 5, 1)}
    with pytest.raises(TypeError):  # json cannot write a date at all
        datafiles.twin_text("x.yml")
    (tmp_path / "x.yml").write_text("1: one\n", encoding="utf-8")  # json would make the key "1"
    with pytest.raises(ValueError, match="JSON cannot carry unchanged"):
        datafiles.twin_text("x.yml")
