"""Every output format on an article with an emoji, curly quotes and CJK text before a
finding on the same line: the positions each format emits, in the unit its consumer counts,
and validation against the format's schema where one exists."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib import resources

import jsonschema
import pytest
from format_helpers import (ARTICLE, BYTES, BYTES_END, CLEAN, CP, CP_END, LINK, RDJSON_SCHEMA, SARIF_SCHEMA, UTF16,
                            lint_files, requires)

from newslint import Severity
from newslint.reporters import BUILTIN_REPORTERS
from newslint.reporters.checkstyle import CheckstyleReporter
from newslint.reporters.github import GithubReporter, escape_data, escape_property
from newslint.reporters.gitlab import GitlabReporter
from newslint.reporters.json import JsonReporter
from newslint.reporters.junit import JunitReporter
from newslint.reporters.rdjson import RdjsonReporter
from newslint.reporters.sarif import FINGERPRINT_KEY, SarifReporter
from newslint.sources import SourceFiles

MACHINE_FORMATS = ("json", "sarif", "github", "rdjson", "gitlab", "junit", "checkstyle")


@pytest.fixture
def run(tmp_path, monkeypatch):
    return lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch)


def _schema(path):
    return json.loads(path.read_text(encoding="utf-8"))


def test_fixture_counts_are_what_the_helpers_claim():
    # The hand-counted columns, checked once against Python's own encoders.
    line = ARTICLE.splitlines()[2]
    before = line[: line.index("teh")]
    assert (len(before) + 1, len(before.encode("utf-8")) + 1, len(before.encode("utf-16-le")) // 2 + 1) == (
        CP, BYTES, UTF16)


def test_every_format_is_registered():
    assert set(MACHINE_FORMATS) <= set(BUILTIN_REPORTERS)


# -- text ------------------------------------------------------------------------------

def test_text_positions(run):
    from newslint.reporters.text import TextReporter

    lines = TextReporter().render(run).splitlines()
    assert lines[:2] == [f"article.txt:3:{CP}: TST001 typo: 'teh', 100% sure", "article.txt:5:22: TST001 typo: 'teh', 100% sure"]


# -- json --------------------------------------------------------------------------------

def test_json_positions_and_schema(run):
    schema = json.loads(resources.files("newslint").joinpath("data/json-output.schema.json").read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    doc = json.loads(JsonReporter().render(run))
    jsonschema.Draft202012Validator(schema).validate(doc)
    first = doc["violations"][0]
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (3, CP, 3, CP_END)
    assert ARTICLE[first["start"]:first["end"]] == "teh"
    assert first["fix"] == {"start": first["start"], "end": first["end"], "replacement": "the", "safe": True}
    assert first["related"] == [{"line": 1, "column": 1, "start": 0, "end": len("Headline about 中文 news")}]


def test_json_schema_rejects_drift(run):
    """The schema is strict: a renamed or missing field fails validation."""
    schema = json.loads(resources.files("newslint").joinpath("data/json-output.schema.json").read_text("utf-8"))
    doc = json.loads(JsonReporter().render(run))
    bad = json.loads(json.dumps(doc))
    bad["violations"][0]["col"] = bad["violations"][0].pop("column")
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)
    bad = json.loads(json.dumps(doc))
    bad["violations"][0]["severity"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema, cls=jsonschema.Draft202012Validator)


# -- sarif -------------------------------------------------------------------------------

@requires(SARIF_SCHEMA)
def test_sarif_validates_and_uses_code_point_columns(run):
    log = json.loads(SarifReporter().render(run))
    jsonschema.validators.validator_for(_schema(SARIF_SCHEMA))(_schema(SARIF_SCHEMA)).validate(log)
    sarif_run = log["runs"][0]
    assert log["version"] == "2.1.0" and sarif_run["columnKind"] == "unicodeCodePoints"
    result = sarif_run["results"][0]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "article.txt", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 3, "startColumn": CP, "endLine": 3, "endColumn": CP_END}
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement == {"deletedRegion": loc["region"], "insertedContent": {"text": "the"}}
    assert result["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 1
    assert result["level"] == "warning" and result["message"]["text"] == "typo: 'teh', 100% sure"


@requires(SARIF_SCHEMA)
def test_sarif_rules_come_from_the_docs(run):
    driver = json.loads(SarifReporter().render(run))["runs"][0]["tool"]["driver"]
    (descriptor,) = [r for r in driver["rules"] if r["id"] == "TST001"]
    assert descriptor["name"] == "test-typo"
    assert descriptor["shortDescription"] == {"text": "The typo 'teh' (a test rule)."}
    assert descriptor["fullDescription"] == {"text": "The word `teh`."}
    assert "## Why it matters" in descriptor["help"]["markdown"]
    assert descriptor["helpUri"] == LINK
    assert descriptor["defaultConfiguration"]["level"] == "warning"
    results = json.loads(SarifReporter().render(run))["runs"][0]["results"]
    assert all(driver["rules"][r["ruleIndex"]]["id"] == r["ruleId"] for r in results)


def _fingerprints(run):
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in json.loads(SarifReporter().render(run))["runs"][0]["results"]]


def test_sarif_fingerprints_survive_lines_moving_but_not_edits(tmp_path, monkeypatch):
    before = _fingerprints(lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch))
    assert len(set(before)) == 2
    moved = ARTICLE.replace("\n\n", "\n\nAn inserted paragraph.\n\nAnother one.\n\n", 1)
    assert _fingerprints(lint_files(tmp_path, {"article.txt": moved}, monkeypatch)) == before
    edited = ARTICLE.replace("Second paragraph has teh", "The second paragraph has teh")
    after = _fingerprints(lint_files(tmp_path, {"article.txt": edited}, monkeypatch))
    assert after[0] == before[0] and after[1] != before[1]


def test_sarif_identical_findings_get_distinct_fingerprints(tmp_path, monkeypatch):
    text = "Headline\n\nSame teh line.\n\nSame teh line.\n"
    prints = _fingerprints(lint_files(tmp_path, {"article.txt": text}, monkeypatch))
    assert len(prints) == 2 and len(set(prints)) == 2


# -- github ------------------------------------------------------------------------------

def test_github_annotations(run):
    lines = GithubReporter().render(run).splitlines()
    assert lines[0] == (f"::warning file=article.txt,line=3,col={CP},endLine=3,endColumn={CP_END},"
                        "title=TST001::typo: 'teh', 100%25 sure")
    assert len(lines) == 2


@pytest.mark.parametrize(("severity", "command"), [(Severity.ERROR, "error"), (Severity.INFO, "notice")])
def test_github_severity_mapping(tmp_path, monkeypatch, severity, command):
    run = lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch, severity=severity)
    assert GithubReporter().render(run).startswith(f"::{command} file=")


def test_github_escaping(tmp_path, monkeypatch):
    assert escape_data("50%\r\nnext: a, b") == "50%25%0D%0Anext: a, b"
    assert escape_property("dir:x/a,b%.txt") == "dir%3Ax/a%2Cb%25.txt"
    run = lint_files(tmp_path, {"a,b:c.txt": ARTICLE}, monkeypatch)
    assert GithubReporter().render(run).startswith("::warning file=a%2Cb%3Ac.txt,line=3,")


# -- rdjson ------------------------------------------------------------------------------

@requires(RDJSON_SCHEMA)
def test_rdjson_validates_and_uses_utf8_byte_columns(run):
    doc = json.loads(RdjsonReporter().render(run))
    jsonschema.Draft4Validator(_schema(RDJSON_SCHEMA)).validate(doc)
    first = doc["diagnostics"][0]
    assert first["location"] == {"path": "article.txt", "range": {"start": {"line": 3, "column": BYTES},
                                                                  "end": {"line": 3, "column": BYTES_END}}}
    assert first["suggestions"] == [{"range": first["location"]["range"], "text": "the"}]
    assert first["severity"] == "WARNING" and first["code"] == {"value": "TST001", "url": LINK}
    assert first["related_locations"][0]["location"]["range"]["start"] == {"line": 1, "column": 1}
    # Check the byte column against the bytes of the file itself.
    raw = ARTICLE.encode("utf-8").split(b"\n")[2]
    assert raw[BYTES - 1:BYTES_END - 1] == b"teh"


@requires(RDJSON_SCHEMA)
def test_rdjson_schema_is_not_vacuous():
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft4Validator(_schema(RDJSON_SCHEMA)).validate({"diagnostics": [{"severity": "FATAL"}]})


# -- gitlab ------------------------------------------------------------------------------

def test_gitlab_code_quality(run):
    issues = json.loads(GitlabReporter().render(run))
    assert len(issues) == 2
    for issue in issues:
        assert {"description", "check_name", "fingerprint", "severity", "location"} <= set(issue)
        assert issue["check_name"] == "TST001" and issue["severity"] == "minor"
        assert issue["location"]["path"] == "article.txt"
    assert [i["location"]["lines"]["begin"] for i in issues] == [3, 5]
    assert len({i["fingerprint"] for i in issues}) == 2


def test_gitlab_fingerprint_is_not_line_based(tmp_path, monkeypatch):
    before = [i["fingerprint"] for i in json.loads(GitlabReporter().render(
        lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch)))]
    moved = "Extra line\n\n" + ARTICLE
    after = json.loads(GitlabReporter().render(lint_files(tmp_path, {"article.txt": moved}, monkeypatch)))
    assert [i["fingerprint"] for i in after] == before
    assert [i["location"]["lines"]["begin"] for i in after] == [5, 7]


@pytest.mark.parametrize(("severity", "expected"), [(Severity.ERROR, "major"), (Severity.INFO, "info")])
def test_gitlab_severity_mapping(tmp_path, monkeypatch, severity, expected):
    run = lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch, severity=severity)
    assert {i["severity"] for i in json.loads(GitlabReporter().render(run))} == {expected}


# -- junit -------------------------------------------------------------------------------

def test_junit_one_suite_per_file(tmp_path, monkeypatch):
    run = lint_files(tmp_path, {"article.txt": ARTICLE, "clean.txt": CLEAN}, monkeypatch)
    root = ET.fromstring(JunitReporter().render(run).encode("utf-8"))
    assert root.tag == "testsuites" and root.get("failures") == "2" and root.get("tests") == "3"
    suites = {s.get("name"): s for s in root.findall("testsuite")}
    assert set(suites) == {"article.txt", "clean.txt"}
    cases = suites["article.txt"].findall("testcase")
    assert [c.get("line") for c in cases] == ["3", "5"]
    failure = cases[0].find("failure")
    assert failure.get("type") == "TST001" and failure.get("message") == "typo: 'teh', 100% sure"
    assert f"article.txt:3:{CP}:" in failure.text
    (clean_case,) = suites["clean.txt"].findall("testcase")
    assert clean_case.find("failure") is None and suites["clean.txt"].get("failures") == "0"


def test_junit_escapes_markup_and_control_characters(tmp_path, monkeypatch):
    text = "Headline\n\nA <b>&amp;</b> \x0b teh.\n"
    run = lint_files(tmp_path, {"odd.txt": text}, monkeypatch)
    ET.fromstring(JunitReporter().render(run).encode("utf-8"))  # well-formed
    ET.fromstring(CheckstyleReporter().render(run).encode("utf-8"))


# -- checkstyle --------------------------------------------------------------------------

def test_checkstyle_uses_utf16_columns(run):
    root = ET.fromstring(CheckstyleReporter().render(run).encode("utf-8"))
    (file_el,) = root.findall("file")
    errors = file_el.findall("error")
    assert file_el.get("name") == "article.txt"
    assert [(e.get("line"), e.get("column")) for e in errors] == [("3", str(UTF16)), ("5", "22")]
    assert errors[0].get("severity") == "warning" and errors[0].get("source") == "newslint.TST001"


# -- reading sources back ----------------------------------------------------------------

def test_changed_file_on_disk_falls_back_to_code_points(tmp_path, monkeypatch):
    """An editor lints an unsaved buffer under the file's name: the text on disk differs,
    so the byte conversion must not use it."""
    run = lint_files(tmp_path, {"article.txt": ARTICLE}, monkeypatch)
    (tmp_path / "article.txt").write_text("Other text entirely\n", encoding="utf-8")
    assert SourceFiles.for_run(run).get("article.txt") is None
    first = json.loads(RdjsonReporter().render(run))["diagnostics"][0]
    assert first["location"]["range"]["start"]["column"] == CP and "suggestions" not in first


@pytest.mark.parametrize("fmt", MACHINE_FORMATS)
def test_cli_renders_every_format(tmp_path, monkeypatch, fmt):
    from click.testing import CliRunner

    from newslint.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Headline\n\nLead paragraph.\n\nPublished by\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--isolated", "--select", "NL501", "--format", fmt, "a.txt"])
    assert result.exit_code == 1, result.output
    assert "5" in result.output and "NL501" in result.output
