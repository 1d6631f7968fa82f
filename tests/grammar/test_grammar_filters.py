"""News-aware filtering: names, quotations, suppressed regions, disabled LanguageTool
rules and categories, and the one mapping table."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from grammar_helpers import lint, lt  # noqa: F401 - lt, no_lt_url are fixtures

from newslint.grammar.mapping import DEFAULT_CODE, TABLE, classify


def _found(result, code="NL902") -> list:
    assert not result.unavailable and not result.errors, (result.unavailable, result.errors)
    return [d.span for d in result.diagnostics if d.code == code]


def _words(text: str, result, code="NL902") -> list[str]:
    return [text[s.start:s.end] for s in _found(result, code)]


# -- names -------------------------------------------------------------------------------

def test_capitalised_names_mid_sentence_are_not_spelling_mistakes(lt):
    text = "Talks in Moscow\n\nThe envoy, Zamir Kabulov, met officials. Officials thanked Dostum.\n"
    assert _words(text, lint(text, select=("NL902",))) == []
    assert any("Kabulov" in t for t in lt.checked_texts())  # it was checked, and LanguageTool did flag it


def test_a_multi_word_name_at_a_sentence_start_is_a_name(lt):
    text = "Talks in Moscow\n\nZamir Kabulov hosted the talks.\n"
    assert _words(text, lint(text, select=("NL902",))) == []


def test_a_name_seen_mid_sentence_is_spared_at_a_sentence_start_too(lt):
    text = "Talks in Moscow\n\nThe talks were hosted by Dostum. Dostum left early.\n"
    assert _words(text, lint(text, select=("NL902",))) == []


def test_a_capitalised_typo_at_a_sentence_start_is_still_reported(lt):
    text = "Talks in Moscow\n\nTeh talks ended. Officials said the goverment agreed.\n"
    assert _words(text, lint(text, select=("NL902",))) == ["Teh", "goverment"]


def test_grammar_words_spares_a_word_the_article_gives_no_clue_about(lt):
    text = "Talks in Moscow\n\nBlørsk was closed for the day.\n"
    assert _words(text, lint(text, select=("NL902",))) == ["Blørsk"]
    assert _words(text, lint(text, select=("NL902",), words=["Blørsk"])) == []


def test_names_are_spared_only_from_spelling_findings(lt):
    text = "Talks in Moscow\n\nOfficials said He go to Moscow.\n"
    assert _words(text, lint(text, select=("NL901",)), "NL901") == ["go"]


# -- quotations ----------------------------------------------------------------------------

QUOTED = "Talks in Moscow\n\n“Teh talks failed,” he said. The goverment disagreed.\n"


def test_quotations_are_checked_unless_skip_quotes(lt):
    assert _words(QUOTED, lint(QUOTED, select=("NL902",))) == ["Teh", "goverment"]
    assert _words(QUOTED, lint(QUOTED, select=("NL902",), skip_quotes=True)) == ["goverment"]


@pytest.mark.parametrize("quoted", ["\"teh talks\"", "«teh talks»", "„teh talks“", "‘teh talks’", "'teh talks'"])
def test_skip_quotes_knows_the_usual_quotation_marks(lt, quoted):
    text = f"Talks in Moscow\n\nThe envoy called it {quoted} and left.\n"
    assert _words(text, lint(text, select=("NL902",), skip_quotes=True)) == []


def test_apostrophes_do_not_open_a_quotation(lt):
    text = "Talks in Moscow\n\nThe envoy's staff said teh talks ended, the ministers' aides said.\n"
    assert _words(text, lint(text, select=("NL902",), skip_quotes=True)) == ["teh"]


# -- suppression -----------------------------------------------------------------------------

def test_a_paragraph_suppressed_for_all_grammar_codes_is_never_sent(lt):
    text = ("Talks in Moscow\n\n<!-- newslint: disable NL9 -->\n\nConfidential: teh source is Blørsk.\n\n"
            "<!-- newslint: enable NL9 -->\n\nThe goverment said.\n")
    assert _words(text, lint(text, select=("NL902",))) == ["goverment"]
    sent = "\n".join(lt.checked_texts())
    assert "goverment" in sent and "Confidential" not in sent


def test_findings_under_a_directive_are_suppressed(lt):
    text = "Talks in Moscow\n\n<!-- newslint: disable-next-line NL902 -->\nTeh talks ended.\nThe goverment said.\n"
    assert _words(text, lint(text, select=("NL902",))) == ["goverment"]


# -- disabled rules and categories ----------------------------------------------------------

SPACES = "Talks in Moscow\n\nThe talks ended on Friday ,  officials said, he go home.\n"


def test_disabled_rules_are_sent_to_languagetool_and_not_reported(lt):
    result = lint(SPACES, select=("NL9",), disabled_rules=["whitespace_rule"])
    assert sorted(d.message.rsplit(" ", 1)[-1] for d in result.diagnostics) == [
        "COMMA_PARENTHESIS_WHITESPACE)", "HE_VERB_AGR)"]
    assert lt.checks()[0]["disabledRules"] == "WHITESPACE_RULE"


def test_disabled_categories_are_sent_and_filtered_even_if_the_server_ignores_them(lt):
    lt.ignore_disabled = True  # a server (or proxy) that answers with everything
    result = lint(SPACES, select=("NL9",), disabled_categories=["TYPOGRAPHY", "PUNCTUATION"],
                  disabled_rules=["HE_VERB_AGR"])
    assert result.diagnostics == ()
    assert set(lt.checks()[0]["disabledCategories"].split(",")) == {"PUNCTUATION", "TYPOGRAPHY"}


def test_the_languagetool_rule_id_and_suggestion_are_in_the_message(lt):
    [d] = lint("Talks in Moscow\n\nTeh talks.\n", select=("NL902",)).diagnostics
    assert d.message == "Possible spelling mistake found; suggestion: 'the' (LanguageTool MORFOLOGIK_RULE_EN_US)"
    assert d.fix is not None and d.fix.replacement == "the" and not d.fix.safe


# -- the mapping table --------------------------------------------------------------------------

@pytest.mark.parametrize("rule_id,category,issue,code", [
    ("MORFOLOGIK_RULE_EN_GB", "TYPOS", "misspelling", "NL902"),
    ("WHITESPACE_RULE", "TYPOGRAPHY", "whitespace", "NL903"),
    ("EN_A_VS_AN", "MISC", "misspelling", "NL901"),  # category before issue type
    ("SOME_RULE", "REDUNDANCY", "style", "NL904"),
    ("SOME_RULE", "NEW_CATEGORY", "typographical", "NL903"),  # issue type as fallback
    ("SOME_RULE", "NEW_CATEGORY", "new-issue", DEFAULT_CODE),
])
def test_classify(rule_id, category, issue, code):
    assert classify(rule_id, category, issue) == code


def test_docs_grammar_md_prints_the_mapping_table():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "grammar.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (rule id|category|issue type) \| `([^`]+)` \| (NL9\d\d) \|", doc, re.MULTILINE)
    kinds = {"rule id": "rule", "category": "category", "issue type": "issue"}
    assert [(kinds[k], v, c) for k, v, c in rows] == list(TABLE)


def test_data_sent_is_languagetool_annotation_json(lt):
    lint("Talks in Moscow\n\nTeh talks.\n", select=("NL902",))
    [params] = lt.checks()
    assert set(params) == {"language", "data"} and params["language"] == "en-US"
    assert json.loads(params["data"])["annotation"][0] == {"text": "Talks in Moscow"}
