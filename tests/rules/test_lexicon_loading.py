"""The NL3xx lexicons' speed-ups find exactly what the plain ways find: lazily loaded exonyms,
lazily compiled title regexes, the local word window of NL301 and the organisation heads of
NL302 taken from the shared pass."""
from __future__ import annotations

import random
import re

import pytest

from newslint.rules.lexicons import (
    DATA, Exonym, LazyRegex, _Merged, compiled, default_exonyms, default_lexicons, default_titles, load_exonyms,
    load_titles, lower_same_length, word_spans,
)
from newslint.rules.org_names import _head_pattern
from newslint.rules.titles import _window, _window_of
from newslint.violation import Span


def test_builtin_title_regexes_compile_and_equal_a_checked_load():
    """The built-in titles are loaded without compiling their regexes (compiled on first use):
    each compiles, and the entries equal those of a load that compiles (and checks) them all."""
    lazy = default_titles()
    checked = load_titles([DATA / "titles.yml"])
    assert len(lazy.entries) == len(checked.entries) and lazy.regex_entries == checked.regex_entries
    for a, b in zip(lazy.entries, checked.entries):
        assert (a.regex is None) == (b.regex is None) and a.id == b.id
        if a.regex is not None:
            assert isinstance(a.regex, LazyRegex) and isinstance(b.regex, re.Pattern)
            assert compiled(a.regex) == b.regex and a == b
    assert len(checked.regex_entries) > 10


def test_lazy_regex_stands_for_its_pattern():
    lazy = LazyRegex(r"\bab+\b")
    assert lazy.pattern == r"\bab+\b" and [m.span() for m in lazy.finditer("ab abb xab")] == [(0, 2), (3, 6)]
    assert lazy.match("abb").group() == "abb" and lazy == re.compile(r"\bab+\b") and hash(lazy) == hash(lazy.compiled())
    import copy
    import pickle

    for clone in (pickle.loads(pickle.dumps(lazy)), copy.copy(lazy), copy.deepcopy(LazyRegex("x+"))):
        assert isinstance(clone, LazyRegex) and clone.search("a abb xx") is not None
    with pytest.raises(AttributeError):
        lazy._nothing


def test_exonym_tables_merge_as_an_eager_load_would(tmp_path):
    """First table wins a fold key (datelines); a later table's spelling wins running text; a rules
    file's pair wins both. Looked up before and after the whole index is built."""
    first = tmp_path / "a.yml"
    first.write_text("names:\n  Wien: {en: Vienna, text: true, population: 5}\n"
                     "  WIEN: {en: Other}\n  Praha: {en: Prague}\n", encoding="utf-8")
    second = tmp_path / "b.yml"
    second.write_text("names:\n  Wien: {en: Vienna2, text: true}\n"
                      "  Köln: {en: Cologne, text: true, historical: true}\n", encoding="utf-8")
    table = load_exonyms([first, second], [("Praha", "Prague!")])
    assert table.lookup("WIEN") == Exonym("Wien", "Vienna", "", 5, True)
    assert table.lookup("praha") == Exonym("Praha", "Prague!", "", 0, True)
    assert table.lookup("KOLN").historical and table.lookup("Nowhere") is None
    assert {k: e.english for k, e in table.by_key.items()} == {"wien": "Vienna", "praha": "Prague!", "koln": "Cologne"}
    assert {k: [v.english for _, v in vs] for k, vs in table.text.items()} == {
        "Wien": ["Vienna2"], "Köln": ["Cologne"], "Praha": ["Prague!"]}
    assert table.lookup("Wien") is table.by_key["wien"]  # one object per entry
    assert "cologne" in table.city_names and "koln" in table.city_names


def test_builtin_exonyms_text_names_are_the_running_text_entries():
    table = default_exonyms()
    assert len(table.text_names) > 500
    for name, where in list(table.text_names.items())[::50]:
        entry = table.entry(where)
        assert entry.name == name and entry.in_text


@pytest.mark.parametrize("seed", range(4))
def test_local_word_window_equals_the_whole_text_one(seed):
    rng = random.Random(seed)
    pieces = ["ab", "c", " ", "  ", "-", "'", "’", ".", ",", "!", "\n", "é", "1", "_", "—", "(", "xyz"]
    for _ in range(150):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        words = word_spans(text)
        starts = [w[0] for w in words]
        for _ in range(20):
            a = rng.randint(0, len(text))
            b = rng.randint(a, min(len(text), a + 12))
            for n in (0, 1, 2, 3, 6, 8, 30):
                span = Span(a, b)
                assert _window(text, span, n) == _window_of(span, n, words, starts), (text, a, b, n)


@pytest.mark.parametrize("seed", range(3))
def test_heads_from_the_shared_pass_are_the_head_patterns_matches(seed):
    lexicons = default_lexicons()
    orgs = lexicons.orgs
    heads = sorted(orgs.heads - orgs.alternating_heads)
    assert lexicons.merged.heads
    pattern = _head_pattern(frozenset(heads))
    rng = random.Random(seed)
    pieces = heads + [h.lower() for h in heads] + [h.upper() for h in heads] + [
        " ", "'", "’", "s", "_", "1", "\n", "-", "x", "é", "of the ", "Party's", "Council'sx", "Councils"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 20)))
        found = lexicons.merged.find(text, lower_same_length(text).replace("\n", " ")).heads
        assert found == [m.span() for m in pattern.finditer(text)], text


def test_non_ascii_heads_leave_the_heads_to_the_pattern():
    lexicons = default_lexicons()
    orgs = lexicons.orgs
    odd = type(orgs)(orgs.heads | {"Ünion"}, orgs.alternating_heads, orgs.variants, orgs.canonicals)
    merged = _Merged(lexicons.titles, odd, lexicons.exonyms)
    assert not merged.heads and merged.find("The Peace Council", "the peace council").heads is None
