"""Each built-in YAML rule kind: it fires, it stays silent on near misses, and the common
keys (scope, case, word boundaries, exceptions, message, fix) do what the docs say."""
from __future__ import annotations

import textwrap

import pytest

from newslint.testing import assert_fires, assert_silent, lint


@pytest.fixture
def rules(tmp_path):
    """Write one rules file from YAML text; return a lint function bound to it."""

    def make(yaml_text: str):
        path = tmp_path / f"rules{len(list(tmp_path.iterdir()))}.yml"
        path.write_text(textwrap.dedent(yaml_text), encoding="utf-8")
        return path

    return make


def _lint(path, text, code="HS"):
    return lint(text, code, rules_files=[path])


# -- existence ---------------------------------------------------------------------------


def test_existence_fires_on_each_token_with_word_boundaries(rules):
    path = rules("""
        rules:
          - code: HS101
            name: hedging
            kind: existence
            message: "Avoid '{match}' in {scope}s."
            tokens: [so to speak, 'arguabl[ey]']
    """)
    text = "Title\n\nIt was, so to speak, over. Arguably not, said arguably everyone."
    found = _lint(path, text)
    assert [(text[d.span.start:d.span.end], d.message) for d in found] == [
        ("so to speak", "Avoid 'so to speak' in paragraphs."),
        ("arguably", "Avoid 'arguably' in paragraphs."),  # case-sensitive by default: "Arguably" is not it
    ]
    assert_silent("HS101", "Title\n\nAlso to speak of it: unarguably fine, so to speaking.", rules_files=[path])


def test_existence_ignore_case_and_no_word_boundaries(rules):
    path = rules("""
        rules:
          - {code: HS102, name: ize, kind: existence, tokens: [ize], word-boundaries: false, ignore-case: true}
    """)
    found = assert_fires("HS102", "Title\n\nThey ORGANIZE and realize.", rules_files=[path], count=2)
    assert found[0].start.column == 11  # inside "ORGANIZE"
    path2 = rules("""
        rules:
          - {code: HS103, name: ize-word, kind: existence, tokens: [ize], ignore-case: true}
    """)
    assert_silent("HS103", "Title\n\nThey ORGANIZE and realize.", rules_files=[path2])


def test_literal_key_treats_metacharacters_as_text(rules):
    path = rules("""
        rules:
          - {code: HS104, name: us-dots, kind: existence, literal: true, tokens: [U.S.]}
    """)
    assert_fires("HS104", "Title\n\nThe U.S. said no.", rules_files=[path], at="U.S.")
    assert_silent("HS104", "Title\n\nThe UXSX said no.", rules_files=[path])


def test_exceptions_shield_matches_inside_them(rules):
    path = rules("""
        rules:
          - code: HS105
            name: front
            kind: existence
            tokens: [in front of]
            exceptions: ['in front of the (?:building|crowd)']
    """)
    text = "Title\n\nThey met in front of the crowd. Then in front of the talks."
    assert_fires("HS105", text, rules_files=[path], count=1, at="in front of the talks")


@pytest.mark.parametrize("scope, fires", [
    ("headline", ["Bad headline word"]), ("lead", ["Bad lead"]), ("body", ["Bad lead", "Bad body"]),
    ("document", ["Bad headline word", "Bad lead", "Bad body"]),
])
def test_scope_limits_where_a_rule_looks(rules, scope, fires):
    path = rules(f"""
        rules:
          - {{code: HS106, name: bad, kind: existence, tokens: [Bad], scope: {scope}}}
    """)
    text = "Bad headline word\n\nBad lead.\n\nBad body."
    found = _lint(path, text)
    assert [text[d.span.start:].split("\n")[0].rstrip(".") for d in found] == fires


# -- substitution ------------------------------------------------------------------------


def test_substitution_suggests_and_fixes_with_case_and_groups(rules):
    path = rules(r"""
        rules:
          - code: HS201
            name: swaps
            kind: substitution
            ignore-case: true
            swap:
              utilise: use
              'would unlikely (\w+)': 'would be unlikely to \1'
              'advisor': 'adviser|counsellor'
    """)
    text = "Title\n\nUtilise it. He would unlikely win. An advisor came."
    found = _lint(path, text)
    assert [d.message for d in found] == [
        "Use 'Use' instead of 'Utilise'.",  # the suggestion takes the match's capital
        "Use 'would be unlikely to win' instead of 'would unlikely win'.",
        "Use 'adviser' or 'counsellor' instead of 'advisor'.",
    ]
    assert [(d.fix.replacement if d.fix else None) for d in found] == ["Use", "would be unlikely to win", None]
    assert not found[0].fix.safe


def test_substitution_skips_text_that_already_is_the_suggestion(rules):
    path = rules("""
        rules:
          - {code: HS202, name: casing, kind: substitution, ignore-case: true, swap: {'e-mail': email}}
          - {code: HS203, name: same, kind: substitution, ignore-case: true, swap: {'Islamic State': Islamic State}}
    """)
    assert_fires("HS202", "Title\n\nSend an E-mail.", rules_files=[path], at="E-mail")
    assert_silent("HS203", "Title\n\nThe Islamic State group.", rules_files=[path])
    found = assert_fires("HS203", "Title\n\nThe Islamic state group.", rules_files=[path])
    assert found[0].fix.replacement == "Islamic State"


def test_substitution_safe_fix(rules):
    path = rules("""
        rules:
          - {code: HS204, name: talibans, kind: substitution, safe-fix: true, swap: {Talibans: Taliban}}
    """)
    (d,) = assert_fires("HS204", "Title\n\nThe Talibans came.", rules_files=[path])
    assert d.fix.safe and d.fix.replacement == "Taliban"


# -- consistency -------------------------------------------------------------------------


def test_consistency_first_variant_wins_and_points_back(rules):
    path = rules("""
        rules:
          - code: HS301
            name: spelling
            kind: consistency
            variants: [[Taliban, Taleban], ['advis[eo]r', counsellor]]
    """)
    text = "Title\n\nThe Taliban met an adviser.\n\nA Taleban envoy and a counsellor and the Taliban."
    found = _lint(path, text)
    assert [(text[d.span.start:d.span.end], d.message) for d in found] == [
        ("Taleban", "'Taleban' here but 'Taliban' earlier: use one form throughout."),
        ("counsellor", "'counsellor' here but 'adviser' earlier: use one form throughout."),
    ]
    assert found[0].related[0][0].start == text.index("Taliban")
    assert_silent("HS301", "Title\n\nThe Taleban met.\n\nThe Taleban left.", rules_files=[path])


def test_consistency_per_paragraph_scope(rules):
    path = rules("""
        rules:
          - {code: HS302, name: quotes, kind: consistency, scope: paragraph, variants: [[colour, color]]}
    """)
    assert_silent("HS302", "Title\n\nA colour.\n\nA color.", rules_files=[path])
    assert_fires("HS302", "Title\n\nA colour and a color.", rules_files=[path], at="color.")


# -- occurrence --------------------------------------------------------------------------


def test_occurrence_max_and_min(rules):
    path = rules("""
        rules:
          - {code: HS401, name: commas, kind: occurrence, token: ',', max: 2, word-boundaries: false}
          - {code: HS402, name: needs-verb, kind: occurrence, scope: headline, token: '\\w+s\\b', min: 1,
             message: 'Headline has {count} verbs in -s (needs {min}).'}
    """)
    text = "Title\n\nOne, two, three, four."
    (d,) = assert_fires("HS401", text, rules_files=[path])
    assert d.span.start == text.index(", four") and d.message == "3 × ',' in this sentence (allowed: at most 2)."
    assert_silent("HS401", "Title\n\nOne, two, three.", rules_files=[path])
    (d,) = assert_fires("HS402", "Minister quit\n\nBody.", rules_files=[path])
    assert d.message == "Headline has 0 verbs in -s (needs 1)."
    assert_silent("HS402", "Minister quits\n\nBody.", rules_files=[path])


# -- repetition --------------------------------------------------------------------------


def test_repetition_words_and_phrases(rules):
    path = rules("""
        rules:
          - {code: HS501, name: doubled, kind: repetition, max-words: 2, exceptions: [had had]}
    """)
    text = "Title\n\nIt was the the cat. Then in the in the end. He had had enough. Scores 6 6. The the end."
    found = _lint(path, text)
    assert [text[d.span.start:d.span.end] for d in found] == ["the", "in the"]  # "The the": case differs
    assert found[0].fix.replacement == "" and text[found[0].fix.span.start:found[0].fix.span.end] == " the"
    assert found[0].message == "'the' is repeated."
    path2 = rules("""
        rules:
          - {code: HS502, name: doubled-any-case, kind: repetition, ignore-case: true}
    """)
    assert_fires("HS502", "Title\n\nThe the cat.", rules_files=[path2], at="the cat")


def test_repetition_across_a_line_break_but_not_a_paragraph(rules):
    path = rules("""
        rules:
          - {code: HS503, name: doubled, kind: repetition}
    """)
    assert_fires("HS503", "Title\n\nIt was the\nthe end.", rules_files=[path])
    assert_silent("HS503", "Title\n\nIt was the\n\nthe end.", rules_files=[path])


# -- capitalization ----------------------------------------------------------------------


def test_capitalization_exact_casing(rules):
    path = rules("""
        rules:
          - code: HS601
            name: names
            kind: capitalization
            terms: [Islamic State, iPhone]
            exceptions: ['an Islamic state']
    """)
    text = "Title\n\nThe islamic state and the IPHONE. They want an Islamic state. The Islamic State and iPhone."
    found = _lint(path, text)
    assert [(text[d.span.start:d.span.end], d.fix.replacement) for d in found] == [
        ("islamic state", "Islamic State"), ("IPHONE", "iPhone")]


# -- performance shape: literal and regex paths agree -------------------------------------


def test_literal_automaton_and_regex_agree(rules):
    words = ["in front of", "de facto", "état", "Ümlaut word", "x_y"]
    lit = rules("rules:\n  - {code: HS701, name: lit, kind: existence, ignore-case: true, tokens: %s}\n"
                % [w for w in words])
    rgx = rules("rules:\n  - {code: HS702, name: rgx, kind: existence, ignore-case: true, tokens: %s}\n"
                % [f"(?:{w})" for w in words])
    text = ("Title\n\nIn front of the De Facto ÉTAT, an ümlaut WORD and x_y; but not infront of, defacto, "
            "étatist, x_yz or İn front of.")
    a = [(d.span.start, d.span.end) for d in lint(text, "HS701", rules_files=[lit])]
    b = [(d.span.start, d.span.end) for d in lint(text, "HS702", rules_files=[rgx])]
    assert a == b and len(a) == 6  # 'İn' lower-cases like re.IGNORECASE does


def test_yaml_merge_keys_share_defaults(rules):
    path = rules("""
        x-house: &house
          kind: substitution
          ignore-case: true
          safe-fix: true
        rules:
          - <<: *house
            code: HS801
            name: towards
            swap: {toward: towards}
          - <<: *house
            code: HS802
            name: amid
            safe-fix: false
            swap: {amidst: amid}
    """)
    found = _lint(path, "Title\n\nToward the end, amidst the noise.")
    assert [(d.code, d.fix.replacement, d.fix.safe) for d in found] == [("HS801", "Towards", True),
                                                                        ("HS802", "amid", False)]
