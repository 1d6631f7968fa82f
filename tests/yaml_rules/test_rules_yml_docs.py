"""Every YAML example in docs/rules-yml.md loads without error and its rules' examples hold;
every built-in kind and common key is documented there."""
from __future__ import annotations

import dataclasses
import re

import json
from importlib import resources

import jsonschema
import pytest
import yaml

from conftest import REPO
from newslint.kinds import BUILTIN_KINDS, RuleKind
from newslint.kinds.base import yaml_key
from newslint.testing import check_examples

DOC = (REPO / "docs" / "rules-yml.md").read_text(encoding="utf-8")
BLOCKS = [b for b in re.findall(r"```yaml\n(.*?)```", DOC, re.DOTALL) if "rules:" in b]


def test_there_are_examples_for_every_kind():
    kinds = {r["kind"] for b in BLOCKS for r in (yaml.safe_load(b).get("rules") or [])}
    assert set(BUILTIN_KINDS) <= kinds


@pytest.mark.parametrize("index", range(len(BLOCKS)))
def test_yaml_example_loads_and_its_examples_hold(tmp_path, index):
    path = tmp_path / "rules.yml"
    path.write_text(BLOCKS[index], encoding="utf-8")
    assert check_examples(path) == []
    schema = json.loads(resources.files("newslint").joinpath("data/rules.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    assert [e.message for e in validator.iter_errors(yaml.safe_load(BLOCKS[index]))] == []


def test_every_key_is_documented():
    keys = {yaml_key(f.name) for f in dataclasses.fields(RuleKind)}
    for cls in BUILTIN_KINDS.values():
        keys |= {yaml_key(f.name) for f in dataclasses.fields(cls)}
    missing = sorted(k for k in keys if f"`{k}`" not in DOC)
    assert missing == []
