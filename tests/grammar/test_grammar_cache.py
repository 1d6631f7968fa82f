"""Each distinct paragraph is sent once per run (by content hash), in batches per article,
from a thread pool; with ``cache-dir`` not even once on the next run."""
from __future__ import annotations

import json

from grammar_helpers import grammar_linter, lt, write  # noqa: F401 - lt, no_lt_url are fixtures

from newslint.grammar import backend

SHARED = "Officials said teh talks would resume on Monday."  # in every article (wire boilerplate)


def _article(i: int) -> str:
    return f"Talks resume, part {i}\n\n{SHARED}\n\nThe goverment sent envoy number {i}.\n"


def _files(tmp_path, n: int = 4) -> list[str]:
    return [write(tmp_path, f"a{i}.txt", _article(i)) for i in range(n)]


def _sent_paragraphs(lt) -> list[str]:
    return [p for t in lt.checked_texts() for p in t.split("\n\n")]


def test_each_distinct_paragraph_is_sent_once_per_run(lt, tmp_path):
    paths = _files(tmp_path, 4)
    run = grammar_linter().lint_paths(paths)
    sent = _sent_paragraphs(lt)
    assert sorted(sent) == sorted(set(sent))  # no paragraph twice
    assert sent.count(SHARED) == 1
    assert len(sent) == 1 + 4 * 2  # the shared one, then a headline and a last paragraph per article
    assert len(lt.checks()) == 4  # one request per article: its new paragraphs batched
    # ... and every article still gets the shared paragraph's finding
    assert sorted(d.path for d in run.diagnostics if "teh" in _article(0)[d.span.start:d.span.end]) == sorted(paths)


def test_a_second_run_in_the_same_process_sends_nothing(lt, tmp_path):
    paths = _files(tmp_path, 3)
    linter = grammar_linter()
    first = linter.lint_paths(paths)
    n = len(lt.checks())
    second = grammar_linter().lint_paths(paths)
    assert len(lt.checks()) == n
    assert [d.message for d in first.diagnostics] == [d.message for d in second.diagnostics]


def test_disk_cache_across_processes(lt, tmp_path):
    paths = _files(tmp_path, 3)
    cache = tmp_path / "cache"
    first = grammar_linter(cache_dir=str(cache)).lint_paths(paths)
    requests_first_run = len(lt.checks())
    assert requests_first_run == 3
    backend.reset()  # as a new process would start: no memory cache
    second = grammar_linter(cache_dir=str(cache)).lint_paths(paths)
    assert len(lt.checks()) == requests_first_run  # nothing sent
    assert [(d.path, d.span, d.message) for d in first.diagnostics] == \
           [(d.path, d.span, d.message) for d in second.diagnostics]
    backend.reset()  # without the disk cache it is all sent again
    grammar_linter().lint_paths(paths)
    assert len(lt.checks()) == 2 * requests_first_run
    # the cache holds findings, never the article's text
    stored = "".join(p.read_text(encoding="utf-8") for p in cache.rglob("*.json"))
    assert "goverment" not in stored and "MORFOLOGIK_RULE_EN_US" in stored


def test_disk_cache_is_keyed_by_settings(lt, tmp_path):
    paths = _files(tmp_path, 1)
    cache = str(tmp_path / "cache")
    grammar_linter(cache_dir=cache).lint_paths(paths)
    backend.reset()
    grammar_linter(cache_dir=cache, disabled_rules=["WHITESPACE_RULE"]).lint_paths(paths)
    assert len(lt.checks()) == 2  # other settings: asked again


def test_batches_respect_batch_chars(lt, tmp_path):
    long = " ".join(["The talks went on."] * 12)  # 227 characters
    text = "Headline\n\n" + "\n\n".join(f"{long} Paragraph {i}." for i in range(5)) + "\n"
    grammar_linter(batch_chars=500).lint_paths([write(tmp_path, "a.txt", text)])
    sizes = [len(t) for t in lt.checked_texts()]
    assert len(sizes) == 3 and all(s <= 500 for s in sizes)
    assert len(_sent_paragraphs(lt)) == 6


def test_requests_overlap_across_files(lt, tmp_path):
    lt.delay = 0.3
    paths = _files(tmp_path, 6)
    run = grammar_linter(workers=4).lint_paths(paths)
    assert not run.unavailable
    assert lt.max_in_flight >= 2  # the engine prepared a window of files: requests ran side by side
    assert len(lt.checks()) == 6


def test_request_bodies_are_form_encoded_language_tool_parameters(lt, tmp_path):
    grammar_linter(language="en-GB").lint_paths([write(tmp_path, "a.txt", _article(1))])
    [params] = lt.checks()
    assert params["language"] == "en-GB"
    assert [a.get("text") for a in json.loads(params["data"])["annotation"]][:2] == ["Talks resume, part 1", "\n\n"]


def test_memory_cache_is_bounded(lt, tmp_path, monkeypatch):
    monkeypatch.setattr(backend, "MEMO_SIZE", 10)
    paths = _files(tmp_path, 12)  # 25 distinct paragraphs
    run = grammar_linter().lint_paths(paths)
    [b] = backend._BACKENDS.values()
    assert len(b._futures) <= 10
    assert sum(1 for d in run.diagnostics if d.code == "NL902") == 2 * 12  # every article's two typos
