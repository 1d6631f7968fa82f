"""Config discovery, strict validation, and the command line beating the file."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_cli, run_json
from newslint.config import Config, find_config_file, load_config
from newslint.errors import ConfigError
from newslint.violation import Severity

DEFECT = "Headline\n\nA lead paragraph.\n\nPublished by\n"


@pytest.fixture
def project(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "desk" / "world").mkdir(parents=True)
    article = tmp_path / "desk" / "world" / "story.txt"
    article.write_text(DEFECT, encoding="utf-8")
    return tmp_path, article


def test_yaml_config_found_walking_up(project):
    root, article = project
    (root / ".newslint.yml").write_text("ignore: [NL501]\n")
    assert find_config_file(article) == root / ".newslint.yml"
    assert load_config([article]).ignore == ("NL501",)
    assert run_cli("check", str(article)).returncode == 0


def test_pyproject_tool_section(project):
    root, article = project
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.newslint]\nfail-on = "error"\n')
    cfg = load_config([article])
    assert cfg.fail_on is Severity.ERROR and cfg.path == root / "pyproject.toml"
    assert run_cli("check", str(article)).returncode == 0
    # the command line beats the file
    assert run_cli("check", "--fail-on", "warning", str(article)).returncode == 1


def test_pyproject_without_section_is_skipped(project):
    root, article = project
    (root / "pyproject.toml").write_text('[project]\nname = "x"\n')
    assert find_config_file(article) is None


def test_discovery_stops_at_git_root(tmp_path):
    (tmp_path / ".newslint.yml").write_text("ignore: [NL501]\n")
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    assert find_config_file(repo) is None


def test_isolated_and_explicit_config(project, tmp_path):
    root, article = project
    (root / ".newslint.yml").write_text("ignore: [NL501]\n")
    assert run_cli("check", "--isolated", str(article)).returncode == 1
    other = tmp_path / "other.yml"
    other.write_text("select: [NL5]\n")
    assert run_cli("check", "--config", str(other), str(article)).returncode == 1


@pytest.mark.parametrize(
    "body, needle",
    [
        ("ignores: [NL501]\n", "unknown key 'ignores'"),
        ("fail-on: fatal\n", "'fail-on'"),
        ("jobs: many\n", "'jobs'"),
        ("select: 5\n", "'select'"),
        ("severity: {NL501: loud}\n", "'severity.NL501'"),
        ("per-file-ignores: [a]\n", "'per-file-ignores'"),
        ("ignore: [NL501\n", "invalid YAML"),
    ],
)
def test_bad_config_names_file_and_key_exit_2(project, body, needle):
    root, article = project
    cfg = root / ".newslint.yml"
    cfg.write_text(body)
    with pytest.raises(ConfigError) as err:
        load_config([article])
    assert needle in str(err.value) and str(cfg) in str(err.value)
    proc = run_cli("check", str(article))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert needle in proc.stderr and str(cfg) in proc.stderr


def test_bad_toml_is_reported(project):
    root, article = project
    (root / "pyproject.toml").write_text("[tool.newslint\n")
    proc = run_cli("check", str(article))
    assert proc.returncode == 2 and "invalid TOML" in proc.stderr


def test_per_file_ignores_and_severity_override(project):
    root, article = project
    (root / ".newslint.yml").write_text("per-file-ignores:\n  'desk/world/*.txt': [NL501]\n")
    assert run_cli("check", str(article)).returncode == 0
    (root / ".newslint.yml").write_text("severity: {NL501: info}\n")
    code, out = run_json("check", str(article))
    assert code == 0 and out["violations"][0]["severity"] == "info"
    assert run_cli("check", "--fail-on", "info", str(article)).returncode == 1


def test_rule_options_merge_over_defaults():
    cfg = Config(rules={"NL101": {"min": 3}})
    assert cfg.rule_options("NL101", {"min": 1, "max": 9}) == {"min": 3, "max": 9}


def test_snake_case_keys_accepted(tmp_path):
    (tmp_path / ".newslint.yml").write_text("extend_select: [NL001]\n")
    assert load_config([tmp_path]).extend_select == ("NL001",)
