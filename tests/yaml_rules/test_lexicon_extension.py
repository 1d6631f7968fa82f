"""An editor extends the NL3xx lexicons from a rules file (``lexicons:``), without Python:
each added title form, organisation-name variant and place name fires through the linter and
the CLI, and is silent without the extension; packaged entries still fire beside it; a bad
entry is one ``file:line:col`` line and exit code 2; schema, docs and loader agree."""
from __future__ import annotations

import dataclasses
import json
import re
from importlib import resources

import jsonschema
import pytest
import yaml

from conftest import REPO, run_cli
from newslint import Config, Linter
from newslint.kinds import BUILTIN_KINDS
from newslint.kinds.loader import LEXICON_ENTRY_KEYS, LEXICON_KEYS, load_files
from newslint.rules.lexicons import OPTION, LexiconExtension, TitleEntry, default_lexicons, lexicons_for

HOUSE = """\
lexicons:
  titles:
    - id: house-press-officer
      forms: [press speaker]
      correct: press officer
      mode: always
      why: FF
  org-names:
    - canonical: Kent County Council
      always_wrong: [Council of Kent County]
  places:
    Danzig: Gdansk
"""

TITLE = "Port talks resume\n\nThe press speaker for the port gave no details on Monday.\n"
ORG = "Port talks resume\n\nThe Council of Kent County approved the budget on Monday.\n"
PLACE = "Port talks resume\n\nShe flew to Danzig on Monday for talks on the port.\n"
DATELINE = "Port talks resume\n\nDANZIG – Talks on the port resumed on Monday, officials said.\n"
# Packaged entries: a title (titles.yml), an always-wrong org name (org_names.yml), a place (exonyms.json).
PACKAGED = ("Port talks resume\n\nHe won gold at the Athen Olympics. The League of Champions final is in May, "
            "said Deputy Speaker Robert Palladino of the State Department.\n")

SCHEMA = json.loads(resources.files("newslint").joinpath("data/rules.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def house(tmp_path_factory):
    path = tmp_path_factory.mktemp("house") / "house.yml"
    path.write_text(HOUSE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def extended(house):
    return Linter(Config(select=("NL3",), rules_files=(house,)))


@pytest.fixture(scope="module")
def plain():
    return Linter(Config(select=("NL3",)))


def _found(linter: Linter, text: str) -> list[tuple[str, str]]:
    return [(d.code, text[d.span.start:d.span.end]) for d in linter.lint_text(text).diagnostics]


@pytest.mark.parametrize("text, code, span", [
    (TITLE, "NL301", "press speaker"),
    (ORG, "NL302", "Council of Kent County"),
    (PLACE, "NL304", "Danzig"),
    (DATELINE, "NL303", "DANZIG"),
], ids=["title", "org-name", "place", "dateline"])
def test_each_added_entry_fires_and_is_silent_without_the_extension(extended, plain, text, code, span):
    assert _found(extended, text) == [(code, span)]
    assert _found(plain, text) == []


def test_messages_and_fixes_come_from_the_entries(extended):
    (title,) = extended.lint_text(TITLE).diagnostics
    assert "a false friend" in title.message and "'press officer'" in title.message
    (place,) = extended.lint_text(PLACE).diagnostics
    assert "Gdansk" in place.message and place.fix.replacement == "Gdansk"
    (dateline,) = extended.lint_text(DATELINE).diagnostics
    assert dateline.fix.replacement == "GDANSK"


def test_packaged_entries_still_fire_with_an_extension(extended, plain):
    expected = {("NL304", "Athen"), ("NL302", "League of Champions"), ("NL301", "Deputy Speaker")}
    assert set(_found(plain, PACKAGED)) == expected
    assert set(_found(extended, PACKAGED)) == expected


def test_near_misses_stay_silent(extended):
    text = ("Port talks resume\n\nThe press spokesman and Kent County Council met the Danzig Philharmonic "
            "on Monday; the speakers of the press club stayed away.\n")
    assert _found(extended, text) == []


def test_the_cli_uses_a_rules_yml_beside_the_config(tmp_path):
    (tmp_path / ".newslint.yml").write_text("select: [NL3]\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ORG, encoding="utf-8")
    silent = run_cli("check", "a.txt", cwd=tmp_path)
    assert silent.returncode == 0, silent.stdout + silent.stderr
    (tmp_path / "rules.yml").write_text(HOUSE, encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert re.search(r"a\.txt:3:5: NL302 'Council of Kent County' is not an English name of this organisation; English copy says 'Kent County Council'", proc.stdout)


# (what, rules file, line, column, message fragment)
BAD = [
    ("unknown lexicon", "lexicons:\n  org-name: []\n", 2, 3, "unknown lexicon 'org-name'; did you mean 'org-names'?"),
    ("unknown entry key", "lexicons:\n  titles:\n    - id: x\n      form: [a b]\n      correct: c\n", 4, 7,
     "unknown key 'form' in lexicons: titles[0]; did you mean 'forms'?"),
    ("wrong type", "lexicons:\n  titles:\n    - forms: a b\n      correct: c\n", 3, 14, "'forms' must be a list"),
    ("bad mode", "lexicons:\n  titles:\n    - forms: [a b]\n      correct: c\n      mode: sometimes\n", 3, 7,
     "lexicons: titles[0]: mode 'sometimes' is not one of"),
    ("missing correct", "lexicons:\n  titles:\n    - forms: [a b]\n", 3, 7, "titles[0]: missing 'correct'"),
    ("unknown cue kind", "lexicons:\n  titles:\n    - {forms: [a b], correct: c, wrong: [martians]}\n", 3, 7,
     "unknown cue kind(s) martians"),
    ("bad regex", "lexicons:\n  titles:\n    - {regex: '(a', correct: c}\n", 3, 7, "bad regex"),
    ("org without variants", "lexicons:\n  org-names:\n    - canonical: A B Council\n", 3, 7,
     "needs 'variants' or 'always_wrong'"),
    ("place not a string", "lexicons:\n  places:\n    Danzig: [Gdansk]\n", 3, 13, "'places.Danzig' must be a string"),
    ("lexicons not a mapping", "lexicons: [titles]\n", 1, 11, "'lexicons' must be a mapping"),
]


@pytest.mark.parametrize("text, line, col, fragment", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_a_bad_entry_is_file_line_col_and_exit_2(tmp_path, text, line, col, fragment):
    (tmp_path / "house.yml").write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TITLE, encoding="utf-8")
    errors = load_files([tmp_path / "house.yml"], BUILTIN_KINDS).errors
    assert len(errors) == 1 and (errors[0].line, errors[0].column) == (line, col), errors
    assert fragment in errors[0].message
    assert not VALIDATOR.is_valid(yaml.safe_load(text))  # the schema rejects it too
    (tmp_path / ".newslint.yml").write_text("rules-files: [house.yml]\n", encoding="utf-8")
    proc = run_cli("check", "a.txt", cwd=tmp_path)
    assert proc.returncode == 2
    assert f"house.yml:{line}:{col}: " in proc.stderr and "Traceback" not in proc.stderr


def test_files_add_up_and_compile_once_per_distinct_extension(tmp_path, house):
    other = tmp_path / "more.yml"
    other.write_text("lexicons:\n  places:\n    Breslau: Wroclaw\n", encoding="utf-8")
    loaded = load_files([house, other], BUILTIN_KINDS)
    assert not loaded.errors
    ext = loaded.lexicons
    assert [t.id for t in ext.titles] == ["house-press-officer"] and ext.places == (("Danzig", "Gdansk"),
                                                                                   ("Breslau", "Wroclaw"))
    again = load_files([house, other], BUILTIN_KINDS).lexicons
    assert again == ext and lexicons_for({OPTION: again}) is lexicons_for({OPTION: ext})
    assert lexicons_for({}) is default_lexicons() and lexicons_for({OPTION: LexiconExtension()}) is default_lexicons()
    places_only = lexicons_for({OPTION: load_files([other], BUILTIN_KINDS).lexicons})
    assert places_only.orgs is default_lexicons().orgs and places_only.titles is default_lexicons().titles
    assert places_only.exonyms is not default_lexicons().exonyms  # only what is extended is rebuilt


def test_no_state_leaks_between_linters(house, plain):
    Linter(Config(select=("NL3",), rules_files=(house,))).lint_text(PLACE)
    assert _found(plain, PLACE) == []
    assert _found(Linter(Config(select=("NL3",))), TITLE) == []


def test_entry_keys_are_the_data_files_keys():
    title_fields = {f.name for f in dataclasses.fields(TitleEntry)}
    assert set(LEXICON_ENTRY_KEYS["titles"]) == title_fields
    schema = SCHEMA["$defs"]
    assert set(schema["lexicon-title"]["properties"]) == title_fields
    assert set(schema["lexicon-org-name"]["properties"]) == set(LEXICON_ENTRY_KEYS["org-names"])
    assert set(SCHEMA["properties"]["lexicons"]["properties"]) == set(LEXICON_KEYS)
    assert set(schema["cue-kinds"]["items"]["enum"]) == set(default_lexicons().titles.cues.phrases)
    # Every key used in the packaged data files is one an editor may use.
    data = yaml.safe_load(resources.files("newslint").joinpath("data/titles.yml").read_text(encoding="utf-8"))
    assert {k for e in data["titles"] for k in e} <= title_fields
    orgs = yaml.safe_load(resources.files("newslint").joinpath("data/org_names.yml").read_text(encoding="utf-8"))
    assert {k for e in orgs["names"] for k in e} <= set(LEXICON_ENTRY_KEYS["org-names"])


def test_the_documented_example_validates_and_loads(tmp_path):
    doc = (REPO / "docs" / "rules-yml.md").read_text(encoding="utf-8")
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL) if b.startswith("lexicons:")]
    assert blocks
    for block in blocks:
        assert [e.message for e in VALIDATOR.iter_errors(yaml.safe_load(block))] == []
        path = tmp_path / "rules.yml"
        path.write_text(block, encoding="utf-8")
        loaded = load_files([path], BUILTIN_KINDS)
        assert not loaded.errors and loaded.lexicons


def test_schema_and_loader_agree_on_good_files(tmp_path, house):
    for text in (HOUSE, "lexicons:\n  places: {}\n", "lexicons: {}\n",
                 "lexicons:\n  titles:\n    - {regex: 'a (b|c)', needs: [a], correct: d, right_scope: paragraph}\n"):
        assert VALIDATOR.is_valid(yaml.safe_load(text)), text
        path = tmp_path / "ok.yml"
        path.write_text(text, encoding="utf-8")
        assert load_files([path], BUILTIN_KINDS).errors == []
