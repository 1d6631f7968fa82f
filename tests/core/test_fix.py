"""--fix, --unsafe-fixes and --diff: only when asked, atomically, keeping BOM and CRLF."""
from __future__ import annotations

from conftest import run_cli
from newslint.fixes import apply_fixes
from newslint.violation import Fix, Span

ARTICLE = "Categories: world\n\nTalks resume\n\nRepresentatives of 1\n\n1 countries met.\n\nPublished by\n"


def test_apply_fixes_skips_unsafe_and_overlapping():
    text = "abcdef"
    fixes = [Fix(Span(0, 2), "X", safe=True), Fix(Span(1, 3), "Y", safe=True), Fix(Span(4, 5), "Z")]
    assert apply_fixes(text, fixes) == ("Xcdef", 1, 2)
    assert apply_fixes(text, fixes, unsafe=True) == ("XcdZf", 2, 1)


def test_check_without_fix_never_writes(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    run_cli("check", "--isolated", str(p))
    assert p.read_text(encoding="utf-8") == ARTICLE


def test_diff_prints_and_changes_nothing(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", "--isolated", "--diff", str(p))
    assert proc.returncode == 1
    assert "-Categories: world" in proc.stdout and "-Published by" in proc.stdout
    assert "11 countries" not in proc.stdout  # the unsafe join is not applied without --unsafe-fixes
    assert p.read_text(encoding="utf-8") == ARTICLE


def test_fix_applies_safe_fixes_and_reports_the_rest(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", "--isolated", "--fix", str(p))
    fixed = p.read_text(encoding="utf-8")
    assert fixed == "Talks resume\n\nRepresentatives of 1\n\n1 countries met.\n"
    assert "NL501" not in proc.stdout and "NL101" in proc.stdout and proc.returncode == 1
    assert "applied 2 fixes; 1 left" in proc.stderr
    assert [f.name for f in tmp_path.iterdir()] == ["a.txt"]  # no temporary file left behind


def test_unsafe_fixes_join_the_split_number(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    proc = run_cli("check", "--isolated", "--fix", "--unsafe-fixes", str(p))
    assert "Representatives of 11 countries met." in p.read_text(encoding="utf-8")
    assert proc.returncode == 0, proc.stdout


def test_fix_keeps_bom_and_crlf(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    run_cli("check", "--isolated", "--fix", str(p))
    data = p.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfTalks resume\r\n\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
