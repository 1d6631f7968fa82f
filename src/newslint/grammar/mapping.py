"""LanguageTool rule ids, categories and issue types → newslint codes: the one table.

The first row that matches a LanguageTool match wins: rule ids (by prefix) first, then the
category id, then the issue type. docs/grammar.md prints this table; a test keeps the two
in step.
"""
from __future__ import annotations

from dataclasses import dataclass

#: Each code's severity (the rule's default; ``severity:`` in the config overrides it).
CODE_SEVERITY = {
    "NL901": "warning",  # grammar
    "NL902": "warning",  # spelling / typos
    "NL903": "info",  # punctuation / typography
    "NL904": "info",  # style
}

#: (what is matched, value, newslint code). "rule" rows match rule-id prefixes.
TABLE: tuple[tuple[str, str, str], ...] = (
    ("rule", "MORFOLOGIK_RULE", "NL902"),
    ("rule", "HUNSPELL_RULE", "NL902"),
    ("rule", "WHITESPACE_RULE", "NL903"),
    ("rule", "COMMA_PARENTHESIS_WHITESPACE", "NL903"),
    ("rule", "DOUBLE_PUNCTUATION", "NL903"),
    ("rule", "UPPERCASE_SENTENCE_START", "NL901"),
    ("rule", "ENGLISH_WORD_REPEAT_RULE", "NL901"),
    ("category", "TYPOS", "NL902"),
    ("category", "COMPOUNDING", "NL902"),
    ("category", "GRAMMAR", "NL901"),
    ("category", "CONFUSED_WORDS", "NL901"),
    ("category", "CASING", "NL901"),
    ("category", "COLLOCATIONS", "NL901"),
    ("category", "SEMANTICS", "NL901"),
    ("category", "FALSE_FRIENDS", "NL901"),
    ("category", "NONSTANDARD_PHRASES", "NL901"),
    ("category", "MISC", "NL901"),
    ("category", "PUNCTUATION", "NL903"),
    ("category", "TYPOGRAPHY", "NL903"),
    ("category", "STYLE", "NL904"),
    ("category", "REDUNDANCY", "NL904"),
    ("category", "REPETITIONS", "NL904"),
    ("category", "REPETITIONS_STYLE", "NL904"),
    ("category", "PLAIN_ENGLISH", "NL904"),
    ("category", "WIKIPEDIA", "NL904"),
    ("category", "GENDER_NEUTRALITY", "NL904"),
    ("category", "COLLOQUIALISMS", "NL904"),
    ("category", "REGIONALISMS", "NL904"),
    ("category", "CREATIVE_WRITING", "NL904"),
    ("category", "TEXT_ANALYSIS", "NL904"),
    ("issue", "misspelling", "NL902"),
    ("issue", "typographical", "NL903"),
    ("issue", "whitespace", "NL903"),
    ("issue", "grammar", "NL901"),
    ("issue", "style", "NL904"),
    ("issue", "register", "NL904"),
    ("issue", "locale-violation", "NL904"),
    ("issue", "duplication", "NL904"),
    ("issue", "inconsistency", "NL904"),
)

#: Anything no row matches (a new LanguageTool category) is reported as grammar.
DEFAULT_CODE = "NL901"

_RULE_ROWS = tuple((v, c) for kind, v, c in TABLE if kind == "rule")
_CATEGORY = {v: c for kind, v, c in TABLE if kind == "category"}
_ISSUE = {v: c for kind, v, c in TABLE if kind == "issue"}


@dataclass(frozen=True, slots=True)
class LTMatch:
    """One LanguageTool match, paragraph-local, in code points (what the cache stores)."""

    start: int
    end: int
    rule_id: str
    category: str
    issue_type: str
    message: str
    replacements: tuple[str, ...] = ()

    def as_json(self) -> list:
        return [self.start, self.end, self.rule_id, self.category, self.issue_type, self.message,
                list(self.replacements)]

    @classmethod
    def from_json(cls, row: list) -> "LTMatch":
        s, e, rid, cat, issue, msg, repl = row
        return cls(int(s), int(e), str(rid), str(cat), str(issue), str(msg), tuple(map(str, repl)))


def classify(rule_id: str, category: str, issue_type: str) -> str:
    """The newslint code for a LanguageTool match."""
    for prefix, code in _RULE_ROWS:
        if rule_id.startswith(prefix):
            return code
    return _CATEGORY.get(category) or _ISSUE.get(issue_type) or DEFAULT_CODE


def is_spelling(m: LTMatch) -> bool:
    return classify(m.rule_id, m.category, m.issue_type) == "NL902" or m.issue_type == "misspelling"


def message(m: LTMatch) -> str:
    """The finding's text: LanguageTool's message, its first suggestion, and its rule id."""
    text = " ".join(m.message.split()) or "LanguageTool finding"
    if m.replacements:
        shown = ", ".join(f"'{r}'" if r else "delete it" for r in m.replacements[:3])
        text = f"{text.rstrip('.')}; suggestion: {shown}"
    return f"{text} (LanguageTool {m.rule_id})"
