"""The one LanguageTool backend per process and settings: which server, the request pool,
the caches, and the notice when no server can be had.

Where text goes, in order (docs/grammar.md):

1. ``NEWSLINT_LT_URL`` or ``grammar.url``: that server (language-tool-python's
   ``remote_server``);
2. ``grammar.public-api: true``: the public LanguageTool API, and only then;
3. otherwise a local LanguageTool that language-tool-python starts, if Java and the
   LanguageTool files are already on this machine. Nothing is ever downloaded.

Paragraphs are checked once per process (a future per content hash), batched per
article, and sent from a thread pool, so requests overlap each other and the other rules'
work on other files. The first failure (no Java, refused connection, timeout, HTTP 500)
closes the backend for the rest of the run: one notice, no waiting on every file.
"""
from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from ..document import Document
from ..errors import RuleUnavailable
from ..violation import Violation
from .availability import describe, find_local, local_identity
from .cache import DiskCache, fingerprint
from .filters import grammar_paragraphs, violations
from .mapping import LTMatch
from .payload import Paragraph, batch_annotation, batches, make_paragraph, split_matches
from .settings import Settings

#: Paragraph answers kept in memory per process, and documents remembered as submitted.
MEMO_SIZE = 200_000
SUBMITTED_SIZE = 256
#: How many ports a local LanguageTool gets to start on (ltp alone would try ~900).
LOCAL_START_TRIES = 2


class Backend:
    """Sends paragraphs to LanguageTool once each and hands back filtered Violations."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.server = settings.server
        self._lock = threading.Lock()
        self._client_lock = threading.Lock()
        self._client: Any = None
        self._failure: str | None = None
        self._pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="newslint-lt")
        self._futures: dict[str, Future] = {}  # paragraph hash -> its matches, bounded (MEMO_SIZE)
        self._submitted: OrderedDict[int, tuple[Document, list[tuple[Paragraph, Future]]]] = OrderedDict()
        self._last: tuple[Document, list[Violation]] | None = None
        self._disk: DiskCache | None = None
        if settings.cache_dir:
            identity = self.server if (settings.url or settings.public_api) else local_identity()
            self._disk = DiskCache(settings.cache_dir, fingerprint(settings, identity))
        self.stats: Counter[str] = Counter()

    # -- the client -------------------------------------------------------------------
    def client(self) -> Any:
        with self._client_lock:
            if self._failure is not None:
                raise RuleUnavailable(self._failure)
            if self._client is None:
                try:
                    self._client = self._make_client()
                except Exception as exc:  # noqa: BLE001 - every cause becomes one notice
                    self._failure = describe(exc, self.settings, self.server)
                    raise RuleUnavailable(self._failure) from None
            return self._client

    def _make_client(self) -> Any:
        client = self._start_client()
        client.disabled_rules = set(self.settings.disabled_rules)  # LanguageTool skips them
        client.disabled_categories = set(self.settings.disabled_categories)
        return client

    def _start_client(self) -> Any:
        s = self.settings
        if s.url:
            from .client import NewslintLanguageTool

            return NewslintLanguageTool(timeout=s.timeout, language=s.language, remote_server=_server_root(s.url))
        if s.public_api:
            from .client import PublicLanguageTool

            return PublicLanguageTool(timeout=s.timeout, language=s.language)
        version = find_local()
        from .client import NewslintLanguageTool

        self.server = f"local LanguageTool {version}"
        return NewslintLanguageTool(timeout=s.timeout, language=s.language,
                                    language_tool_download_version=version, start_tries=LOCAL_START_TRIES)

    def _fail(self, exc: BaseException) -> str:
        with self._client_lock:
            if self._failure is None:
                self._failure = (str(exc) if isinstance(exc, RuleUnavailable)
                                 else describe(exc, self.settings, self.server))
            return self._failure

    # -- requests ---------------------------------------------------------------------
    def submit(self, doc: Document) -> list[tuple[Paragraph, Future]]:
        """Start checking ``doc``'s paragraphs (those not already asked); return their futures.

        Idempotent per document: the four rules and the engine's prepare step share one submission."""
        with self._lock:
            seen = self._submitted.get(id(doc))
            if seen is not None and seen[0] is doc:
                return seen[1]
        paras = [make_paragraph(doc, s) for s in grammar_paragraphs(doc)]
        mine: list[tuple[Paragraph, Future]] = []
        out: list[tuple[Paragraph, Future]] = []
        with self._lock:
            for p in paras:
                fut = self._futures.get(p.key)
                if fut is None:
                    fut = self._futures[p.key] = Future()
                    mine.append((p, fut))
                else:
                    self.stats["memory hits"] += 1
                out.append((p, fut))
            self._submitted[id(doc)] = (doc, out)  # holding doc keeps its id from being reused
            while len(self._submitted) > SUBMITTED_SIZE:
                self._submitted.popitem(last=False)
            self._trim_memo()
        todo: list[tuple[Paragraph, Future]] = []
        for p, fut in mine:
            cached = self._disk.get(p.key) if self._disk is not None else None
            if cached is not None:
                with self._lock:
                    self.stats["disk hits"] += 1
                fut.set_result(cached)
            else:
                todo.append((p, fut))
        futs = {id(p): f for p, f in todo}
        for group in batches([p for p, _ in todo], self.settings.batch_chars):
            self._pool.submit(self._check, group, [futs[id(p)] for p in group])
        return out

    def _trim_memo(self) -> None:
        """Forget the oldest answered paragraphs past MEMO_SIZE (a run over 100,000s of
        articles must not keep every answer); pending ones stay."""
        if len(self._futures) <= MEMO_SIZE:
            return
        excess = len(self._futures) - MEMO_SIZE * 9 // 10  # trim to 90%: amortised, not per call
        for key in [k for k, f in self._futures.items() if f.done()][:excess]:
            del self._futures[key]

    def _check(self, group: list[Paragraph], futs: list[Future]) -> None:
        try:
            raw = self.client().check_annotated(batch_annotation(group))
            per = split_matches(group, raw)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting rule as one notice
            error = RuleUnavailable(self._fail(exc))
            for f in futs:
                f.set_exception(error)
            return
        with self._lock:
            self.stats["requests"] += 1
            self.stats["paragraphs sent"] += len(group)
        for p, f, matches in zip(group, futs, per):
            if self._disk is not None:
                self._disk.put(p.key, matches)
            f.set_result(matches)

    def prefetch(self, docs: Iterable[Document]) -> None:
        """Start checking several documents now; their rules collect the answers later."""
        if self._failure is None:
            for doc in docs:
                self.submit(doc)

    def violations(self, doc: Document) -> list[Violation]:
        """Every NL9xx Violation for ``doc`` (computed once, shared by the four rules).

        Raises :class:`RuleUnavailable` with the run's one notice if no backend answers."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1]
        results: list[tuple[Paragraph, list[LTMatch]]] = [(p, f.result()) for p, f in self.submit(doc)]
        found = violations(doc, self.settings, results)
        self._last = (doc, found)
        with self._lock:
            self._trim_memo()
        return found

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
        client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass


def _server_root(url: str) -> str:
    """ltp appends ``v2/`` itself: accept ``http://host:8010``, ``.../`` and ``.../v2``."""
    url = url.rstrip("/")
    if url.endswith("/v2"):
        url = url[: -len("/v2")]
    return url + "/"


_BACKENDS: dict[Settings, Backend] = {}
_BACKENDS_LOCK = threading.Lock()


def get_backend(settings: Settings) -> Backend:
    """The process's backend for ``settings`` (one client, one pool, one cache)."""
    with _BACKENDS_LOCK:
        backend = _BACKENDS.get(settings)
        if backend is None:
            backend = _BACKENDS[settings] = Backend(settings)
        return backend


def reset() -> None:
    """Close every backend (tests, and long-lived processes that change settings)."""
    with _BACKENDS_LOCK:
        for backend in _BACKENDS.values():
            backend.close()
        _BACKENDS.clear()
