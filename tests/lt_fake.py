"""A small stand-in for a LanguageTool server: ``/v2/languages`` and ``/v2/check`` on
127.0.0.1, answering in LanguageTool's documented JSON shape, so that
language-tool-python's real client (``remote_server=``) talks to it over HTTP.

LanguageTool itself cannot be downloaded here. The fake has a few rules (regexes) and
behaves like the real server where newslint depends on it:

- ``text`` or ``data`` (annotation JSON: ``text`` checked, ``markup`` skipped but counted);
- offsets and lengths in UTF-16 code units (Java strings), counted over text and markup;
- ``disabledRules`` / ``disabledCategories`` honoured (unless ``ignore_disabled``);
- ``mode``: ``ok``, ``500`` (an error page, as LT's servlet gives), ``hang`` (answers
  only when released or after ``hang_seconds``); ``languages_mode`` likewise for
  ``/v2/languages``.

Every request is recorded (``requests``), so tests can count what was sent.

Run it by hand for a demo: ``python3 tests/lt_fake.py`` prints its URL.
"""
from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LANGUAGES = [
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "Norwegian (Bokmål)", "code": "nb", "longCode": "nb-NO"},
]


@dataclass(frozen=True)
class FakeRule:
    pattern: str
    id: str
    category: str
    issue_type: str
    message: str
    replacements: tuple[str, ...] = ()
    group: int = 0
    flags: int = 0

    @property
    def regex(self) -> re.Pattern:
        return re.compile(self.pattern, self.flags)


CATEGORY_NAMES = {"TYPOS": "Possible Typo", "GRAMMAR": "Grammar", "TYPOGRAPHY": "Typography",
                  "PUNCTUATION": "Punctuation", "STYLE": "Style"}

RULES = (
    FakeRule(r"\b(?:[Tt]eh|goverment|recieved|Kabulov|Zamir|Dostum|Blørsk)\b", "MORFOLOGIK_RULE_EN_US", "TYPOS",
             "misspelling", "Possible spelling mistake found.", ("the",)),
    FakeRule(r"\b[Hh]e (go)\b", "HE_VERB_AGR", "GRAMMAR", "grammar",
             "The pronoun 'he' must be used with a third-person verb.", ("goes",), group=1),
    FakeRule(r"\b(a) (?:apple|hour|honest)\b", "EN_A_VS_AN", "MISC", "misspelling",
             "Use 'an' instead of 'a' if the following word starts with a vowel sound.", ("an",), group=1),
    FakeRule(r"(?<=\S)( {2,})(?=\S)", "WHITESPACE_RULE", "TYPOGRAPHY", "whitespace",
             "Possible typo: you repeated a whitespace", (" ",), group=1),
    FakeRule(r"(?<=\w)( )(?=,)", "COMMA_PARENTHESIS_WHITESPACE", "PUNCTUATION", "whitespace",
             "Put a space after the comma, but not before the comma.", ("",), group=1),
    FakeRule(r"\bvery unique\b", "VERY_UNIQUE", "STYLE", "style", "'Unique' is an absolute: drop 'very'.",
             ("unique",), flags=re.IGNORECASE),
    FakeRule(r"𝒳+", "TEST_ASTRAL", "TYPOGRAPHY", "typographical", "Mathematical letters in running text.", ("X",)),
)


def utf16(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@dataclass
class FakeLanguageTool:
    """Start with :meth:`start`, stop with :meth:`stop`; ``url`` is the server root."""

    rules: tuple[FakeRule, ...] = RULES
    mode: str = "ok"
    languages_mode: str = "ok"
    hang_seconds: float = 5.0
    ignore_disabled: bool = False
    delay: float = 0.0  # seconds each /v2/check takes
    in_flight: int = 0
    max_in_flight: int = 0  # the most /v2/check requests served at once
    requests: list[tuple[str, dict]] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    # -- lifecycle ---------------------------------------------------------------------
    def start(self) -> "FakeLanguageTool":
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                url = urllib.parse.urlsplit(self.path)
                fake.handle(self, url.path, dict(urllib.parse.parse_qsl(url.query)))

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length).decode("utf-8")
                fake.handle(self, urllib.parse.urlsplit(self.path).path, dict(urllib.parse.parse_qsl(body)))

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="fake-languagetool", daemon=True).start()
        return self

    def stop(self) -> None:
        self.release.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def reset(self) -> None:
        self.mode, self.languages_mode, self.ignore_disabled = "ok", "ok", False
        self.delay, self.in_flight, self.max_in_flight = 0.0, 0, 0
        self.requests.clear()
        self.release.clear()

    # -- what tests read -----------------------------------------------------------------
    def checks(self) -> list[dict]:
        return [params for path, params in self.requests if path.endswith("/check")]

    def checked_texts(self) -> list[str]:
        """Every request's text as LanguageTool saw it (markup dropped)."""
        return [checked_text(p)[0] for p in self.checks()]

    # -- serving -------------------------------------------------------------------------
    def handle(self, h: BaseHTTPRequestHandler, path: str, params: dict) -> None:
        self.requests.append((path, params))
        if path.endswith("/v2/languages"):
            self._maybe_fail(h, self.languages_mode) or self._json(h, 200, LANGUAGES)
        elif path.endswith("/v2/check"):
            with self._lock:
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
            try:
                if self.delay:
                    time.sleep(self.delay)
                self._maybe_fail(h, self.mode) or self._json(h, 200, self.check(params))
            finally:
                with self._lock:
                    self.in_flight -= 1
        else:
            self._text(h, 404, "Error: unknown endpoint")

    def _maybe_fail(self, h: BaseHTTPRequestHandler, mode: str) -> bool:
        if mode == "500":
            self._text(h, 500, "Error: Internal Server Error: java.lang.RuntimeException: test failure")
            return True
        if mode == "hang":
            self.release.wait(self.hang_seconds)
            try:
                self._text(h, 503, "Error: too late")
            except OSError:
                pass
            return True
        return False

    def check(self, params: dict) -> dict:
        language = params.get("language", "")
        if language not in {lang["longCode"] for lang in LANGUAGES} | {"auto"}:
            return {"matches": [], "error": "unsupported"}
        text, origin = checked_text(params)
        disabled_rules = set(filter(None, params.get("disabledRules", "").split(",")))
        disabled_cats = set(filter(None, params.get("disabledCategories", "").split(",")))
        full = original_text(params)
        matches = []
        for rule in self.rules:
            if not self.ignore_disabled and (rule.id in disabled_rules or rule.category in disabled_cats):
                continue
            for m in rule.regex.finditer(text):
                s, e = m.span(rule.group)
                os_, oe = origin[s], origin[e - 1] + 1 if e > s else origin[s]
                off16, len16 = utf16(full[:os_]), utf16(full[os_:oe])
                ctx_start = max(0, os_ - 40)
                context = full[ctx_start: oe + 40].replace("\n", " ")
                matches.append({
                    "message": rule.message,
                    "shortMessage": rule.message.split(":")[0],
                    "replacements": [{"value": r} for r in rule.replacements],
                    "offset": off16,
                    "length": len16,
                    "context": {"text": context, "offset": utf16(full[ctx_start:os_]), "length": len16},
                    "sentence": text.strip(),
                    "type": {"typeName": "Other"},
                    "rule": {"id": rule.id, "description": rule.message, "issueType": rule.issue_type,
                             "category": {"id": rule.category, "name": CATEGORY_NAMES.get(rule.category, rule.category)}},
                    "ignoreForIncompleteSentence": False,
                    "contextForSureMatch": 0,
                })
        matches.sort(key=lambda m: m["offset"])
        return {
            "software": {"name": "LanguageTool", "version": "6.8-fake", "buildDate": "2025-01-01", "apiVersion": 1,
                         "status": "", "premium": False},
            "language": {"name": "English (US)", "code": language,
                         "detectedLanguage": {"name": "English (US)", "code": language, "confidence": 0.9}},
            "matches": matches,
        }

    @staticmethod
    def _json(h: BaseHTTPRequestHandler, status: int, payload) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        h.send_response(status)
        h.send_header("Content-Type", "application/json; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)

    @staticmethod
    def _text(h: BaseHTTPRequestHandler, status: int, text: str) -> None:
        body = text.encode("utf-8")
        h.send_response(status)
        h.send_header("Content-Type", "text/plain; charset=utf-8")
        h.send_header("Content-Length", str(len(body)))
        h.end_headers()
        h.wfile.write(body)


def _parts(params: dict) -> list[tuple[str, str]]:
    if "data" in params:
        return [("text", a["text"]) if "text" in a else ("markup", a["markup"])
                for a in json.loads(params["data"])["annotation"]]
    return [("text", params.get("text", ""))]


def original_text(params: dict) -> str:
    """Text and markup together: what LanguageTool's offsets count."""
    return "".join(s for _, s in _parts(params))


def checked_text(params: dict) -> tuple[str, list[int]]:
    """The text LanguageTool checks (markup dropped) and, per character, its index in
    :func:`original_text`."""
    text, origin, at = [], [], 0
    for kind, s in _parts(params):
        if kind == "text":
            text.append(s)
            origin.extend(range(at, at + len(s)))
        at += len(s)
    origin.append(at)
    return "".join(text), origin


#: A real LanguageTool server's URL, when NEWSLINT_LT_URL named one before the session.
REAL_URL = ""
_SESSION: FakeLanguageTool | None = None


def session() -> FakeLanguageTool:
    """The test session's fake server (started on first use)."""
    global _SESSION
    if _SESSION is None:
        _SESSION = FakeLanguageTool().start()
    return _SESSION


def stop_session() -> None:
    global _SESSION
    if _SESSION is not None:
        _SESSION.stop()
        _SESSION = None


if __name__ == "__main__":  # pragma: no cover - a demo server
    fake = FakeLanguageTool().start()
    print(fake.url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        fake.stop()
