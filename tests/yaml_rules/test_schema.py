"""The JSON Schema shipped for rules files (src/newslint/data/rules.schema.json): the repo's
rules.yml validates, the schema's keys are the kinds' keys, and schema and loader agree."""
from __future__ import annotations

import dataclasses
import json
from importlib import resources

import jsonschema
import pytest
import yaml

from conftest import REPO
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.base import yaml_key
from newslint.kinds.loader import load_files

SCHEMA = json.loads(resources.files("newslint").joinpath("data/rules.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def test_schema_is_a_valid_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_repo_rules_yml_validates_and_loads():
    data = yaml.safe_load((REPO / "rules.yml").read_text(encoding="utf-8"))
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]
    assert errors == []
    loaded = load_files([REPO / "rules.yml"], BUILTIN_KINDS)
    assert loaded.errors == [] and len(loaded.rules) == len(data["rules"])


@pytest.mark.parametrize("kind", sorted(BUILTIN_KINDS))
def test_schema_keys_are_the_kind_keys(kind):
    cls = BUILTIN_KINDS[kind]
    fields = {yaml_key(f.name) for f in dataclasses.fields(cls) if f.init}
    schema_keys = set(SCHEMA["$defs"]["common"]["properties"]) | set(SCHEMA["$defs"][kind]["properties"])
    assert schema_keys == fields


BASE = "code: HS101\nname: n\n"
# (id, one rule as YAML flow/block text, valid?)
AGREEMENT = [
    ("existence", BASE + "kind: existence\ntokens: [a, 'b+']\n", True),
    ("substitution", BASE + "kind: substitution\nswap: {a: b}\nsafe-fix: true\n", True),
    ("consistency", BASE + "kind: consistency\nvariants: [[a, b, c]]\n", True),
    ("occurrence", BASE + "kind: occurrence\ntoken: ','\nmax: 3\n", True),
    ("repetition", BASE + "kind: repetition\n", True),
    ("capitalization", BASE + "kind: capitalization\nterms: [Islamic State]\n", True),
    ("all common keys", BASE + "kind: existence\ntokens: [a]\nmessage: 'x {match}'\nseverity: error\n"
     "scope: lead\nignore-case: true\nword-boundaries: false\nliteral: true\nexceptions: [ab]\n"
     "link: https://example.org\ndescription: d\nwhy: w\nexamples: {bad: [a], good: [b]}\ndefault-enabled: false\n", True),
    ("unknown key", BASE + "kind: existence\ntokens: [a]\ntokes: [b]\n", False),
    ("underscore spelling", BASE + "kind: existence\ntokens: [a]\nignore_case: true\n", False),
    ("wrong type", BASE + "kind: existence\ntokens: [a]\nignore-case: 'yes'\n", False),
    ("bad severity", BASE + "kind: existence\ntokens: [a]\nseverity: fatal\n", False),
    ("bad scope", BASE + "kind: existence\ntokens: [a]\nscope: chapter\n", False),
    ("missing tokens", BASE + "kind: existence\n", False),
    ("empty tokens", BASE + "kind: existence\ntokens: []\n", False),
    ("invalid regex", BASE + "kind: existence\ntokens: ['(a']\n", False),
    ("occurrence without limits", BASE + "kind: occurrence\ntoken: x\n", False),
    ("group of one", BASE + "kind: consistency\nvariants: [[a]]\n", False),
    ("empty replacement", BASE + "kind: substitution\nswap: {a: ''}\n", False),
    ("max-words too high", BASE + "kind: repetition\nmax-words: 7\n", False),
    ("bad code", "code: H1\nname: n\nkind: existence\ntokens: [a]\n", False),
    ("bad name", "code: HS101\nname: Bad Name\nkind: existence\ntokens: [a]\n", False),
    ("examples unknown key", BASE + "kind: existence\ntokens: [a]\nexamples: {ugly: [a]}\n", False),
]


@pytest.mark.parametrize("text, valid", [(t, v) for _, t, v in AGREEMENT], ids=[i for i, _, _ in AGREEMENT])
def test_schema_and_loader_agree(tmp_path, text, valid):
    rule = yaml.safe_load(text)
    document = {"rules": [rule]}
    schema_ok = VALIDATOR.is_valid(document)
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    loaded = load_files([path], BUILTIN_KINDS)
    assert (schema_ok, not loaded.errors) == (valid, valid), loaded.errors


def test_top_level_keys_agree(tmp_path):
    for document, valid in (({"rules": [], "disable": ["NL6"]}, True), ({"rule": []}, False), (None, True),
                            ({"x-defaults": {"kind": "existence"}, "rules": []}, True)):
        assert VALIDATOR.is_valid(document) == valid
        path = tmp_path / "rules.yml"
        path.write_text(yaml.safe_dump(document), encoding="utf-8")
        errors = load_files([REPO / "rules.yml", path], BUILTIN_KINDS).errors
        assert (not errors) == valid, errors


def test_what_only_the_loader_can_check(tmp_path):
    """Documented limits of the schema: duplicate codes, message placeholders and group
    references pass the schema; the loader rejects them with file:line:col."""
    document = {"rules": [
        {"code": "HS101", "name": "a", "kind": "existence", "tokens": ["x"], "message": "{nope}"},
        {"code": "HS102", "name": "b", "kind": "substitution", "swap": {"a": "\\1"}},
        {"code": "HS103", "name": "c", "kind": "existence", "tokens": ["y"]},
        {"code": "HS103", "name": "d", "kind": "existence", "tokens": ["z"]},
    ]}
    assert VALIDATOR.is_valid(document)
    path = tmp_path / "rules.yml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    assert len(load_files([path], BUILTIN_KINDS).errors) == 3
