"""The ``grammar:`` config section: strict keys and values, env var precedence, enabling."""
from __future__ import annotations

from pathlib import Path

import pytest

from newslint.config import Config, config_from_mapping
from newslint.errors import ConfigError
from newslint.grammar.settings import GRAMMAR_CODES, Settings, validate

CFG = Path("/project/.newslint.yml")


@pytest.mark.parametrize("grammar,message", [
    ({"servr": "http://x"}, "'grammar.servr' is not a known key"),
    ({"enabled": "yes"}, "'grammar.enabled' must be true or false"),
    ({"url": "localhost:8010"}, "'grammar.url' must be an http:// or https:// URL"),
    ({"timeout": 0}, "'grammar.timeout' must be a number of seconds"),
    ({"timeout": "10"}, "'grammar.timeout' must be a number of seconds"),
    ({"workers": 0}, "'grammar.workers' must be a whole number from 1 to 32"),
    ({"batch-chars": 50_000}, "'grammar.batch-chars' must be a whole number from 200 to 20000"),
    ({"disabled-rules": [1]}, "'grammar.disabled-rules' must be a list of LanguageTool ids"),
    ({"words": "Kabulov"}, "'grammar.words' must be a list of words or names"),
    ({"url": "http://x", "public-api": True}, "'grammar.public-api' cannot be combined with 'grammar.url'"),
])
def test_bad_grammar_settings_are_config_errors(grammar, message):
    with pytest.raises(ConfigError) as err:
        config_from_mapping(CFG, {"grammar": grammar})
    assert message in str(err.value) and str(CFG) in str(err.value)


def test_grammar_must_be_a_mapping():
    with pytest.raises(ConfigError, match="'grammar' must be a mapping"):
        config_from_mapping(CFG, {"grammar": True})


def test_valid_settings_normalise():
    got = validate({"disabled_rules": "whitespace_rule, EN_QUOTES", "cache-dir": ".cache/lt", "timeout": 3},
                   Path("/project"))
    assert got == {"disabled_rules": ("EN_QUOTES", "WHITESPACE_RULE"), "cache_dir": "/project/.cache/lt",
                   "timeout": 3.0}
    assert validate(got) == got  # idempotent


def test_enabled_selects_the_grammar_codes():
    config = config_from_mapping(CFG, {"grammar": {"enabled": True}, "extend-select": ["NL001"]})
    assert config.extend_select == ("NL001", *GRAMMAR_CODES)
    assert config_from_mapping(CFG, {"grammar": {"url": "http://x"}}).extend_select == ()


def test_with_grammar_is_idempotent():
    c = Config().with_grammar().with_grammar()
    assert c.extend_select == GRAMMAR_CODES and c.grammar["enabled"] is True


def test_env_url_wins_over_config_and_public_api():
    config = config_from_mapping(CFG, {"grammar": {"public-api": True}})
    assert Settings.from_config(config, environ={}).server == "public LanguageTool API"
    s = Settings.from_config(config, environ={"NEWSLINT_LT_URL": "http://lt:8010"})
    assert (s.url, s.public_api, s.server) == ("http://lt:8010", False, "http://lt:8010")


def test_default_settings_send_nothing_anywhere_but_a_local_languagetool():
    s = Settings.from_config(Config(), environ={})
    assert (s.url, s.public_api, s.server) == (None, False, "local LanguageTool")
