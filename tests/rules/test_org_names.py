"""NL302 inconsistent-org-name: one body named two ways fires; normal alternations stay silent.

Every fixture here is written for this file (no dev-set text).
"""
from __future__ import annotations

from newslint.testing import assert_fires, assert_silent

HEAD = "Council backs harbour plan\n\n"


def art(*paragraphs: str) -> str:
    return HEAD + "\n\n".join(paragraphs) + "\n"


def test_reordered_name_fires_with_the_first_mention_as_related():
    text = art("The Coastal Planning Committee approved the plan on Monday.",
               "A member of the Committee of Coastal Planning said work would begin soon.")
    [d] = assert_fires("NL302", text, at="Committee of Coastal Planning", count=1)
    first = text.index("Coastal Planning Committee")
    assert [s.start for s, _ in d.related] == [first]


def test_reordered_name_with_a_leading_adjective_still_matches():
    text = art("The Students Rowing Union met on Friday.",
               "The secretary of the Welsh Union of Students Rowing said fixtures were off.")
    assert_fires("NL302", text, at="Union of Students Rowing", count=1)


def test_peace_council_variants_from_the_lexicon():
    text = art("Kabul sent four members of the country's right-wing peace council.",
               "Kabul has chosen to send the High Peace Council instead.")
    assert_fires("NL302", text, at="right-wing peace council", count=1)


def test_name_the_organisation_does_not_have_fires_alone():
    assert_fires("NL302", art("He scored twice in the League of Champions last season."), at="League of Champions")


def test_normal_alternations_are_silent():
    assert_silent("NL302", art("The Defence Ministry said so.", "The Ministry of Defence later denied it."))
    assert_silent("NL302", art("China's Communist Party met.", "The Communist Party of China named a new leader."))
    assert_silent("NL302", art("The High Peace Council met.", "Members of the High Peace Council spoke."))
    assert_silent("NL302", art("He was kept under house arrest for a week."))
    assert_silent("NL302", art("The National Security Council met.", "The National Economic Council did not."))


def test_two_bodies_sharing_words_are_not_one_name():
    text = art("Leaders of the National Union of Teachers met on Monday.",
               "Staff at the Riverside College Teachers' Union voted to strike.")
    assert_silent("NL302", text)


def test_bodies_of_two_countries_are_not_one_name():
    text = art("The Methodist Elders' Council of Scotland backed the plan.",
               "In Canada, the Canadian Council of Methodist Elders opposed it.")
    assert_silent("NL302", text)


def test_a_possessor_or_a_sentence_opening_word_may_be_dropped():
    text = art("The World Bank's Regional Development Council met in May.",
               "Several Development Regional Council members left.",
               "A spokesman for the Council of Regional Development said talks went on.")
    assert_fires("NL302", text, at="Council of Regional Development", count=1)


def test_an_acronym_left_in_the_source_language_fires():
    [d] = assert_fires("NL302", art("Ministers of the OTAN met in Brussels."), at="OTAN", count=1)
    assert "English copy says 'NATO'" in d.message


def test_english_acronyms_and_bce_are_silent():
    assert_silent("NL302", art("NATO ministers met the UN envoy. The temple dates from 300 BCE."))
