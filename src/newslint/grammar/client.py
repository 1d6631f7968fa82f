"""language-tool-python's client, narrowed to what newslint needs.

Imported only when grammar checking runs (it pulls in requests, psutil and the rest).
Written against language-tool-python 3.4 (``_query_server(method="post")``,
``_create_params``, ``_start_local_server``, ``LocalLanguageTool``), hence the
``>=3.4,<4`` pin in pyproject.toml. What it changes and why:

- ``timeout``: ltp's is a class constant of 300 s; newslint's is the config's.
- ``start_tries``: a local server that fails to start is not retried on ~900 ports.
- ``check_annotated``: sends LanguageTool's ``data`` (text + markup) instead of ``text``,
  tries once (ltp's ``check`` retries, doubling a timeout), and returns the server's raw
  matches: ltp's ``Match`` moves ``offset`` from UTF-16 to code points but not
  ``length``, and does it through class attributes that concurrent threads overwrite.
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from typing import Any

import language_tool_python
from language_tool_python.exceptions import LanguageToolError, ServerError


class NewslintLanguageTool(language_tool_python.LanguageTool):
    """A LanguageTool client with a per-instance timeout and a raw, annotated check."""

    def __init__(self, *, timeout: float, start_tries: int = 2, **kwargs: Any):
        self._TIMEOUT = timeout  # type: ignore[misc] - ltp reads self._TIMEOUT per request
        self._start_tries = start_tries
        # A local server is restarted by ltp when a request fails: never from two threads.
        self._local_lock = threading.Lock()
        super().__init__(**kwargs)

    def _start_server_on_free_port(self) -> None:
        """ltp tries every port from 8081 to 8999 while a local server fails to start
        (15 s each); newslint tries ``start_tries`` ports, then reports."""
        for attempt in range(self._start_tries):
            try:
                self._start_local_server()
                return
            except ServerError:
                if attempt + 1 >= self._start_tries or not self._available_ports:
                    raise
                self._port = self._available_ports.pop()
                self._url = f"http://{self._host}:{self._port}/v2/"

    def check_annotated(self, annotation: list[dict[str, str]]) -> list[dict[str, Any]]:
        params = self._create_params("")
        del params["text"]
        params["data"] = json.dumps({"annotation": annotation}, ensure_ascii=False)
        url = urllib.parse.urljoin(self._url, "check")
        if self._remote:
            response = self._query_server(url, params, num_tries=1, method="post")
        else:
            with self._local_lock:
                response = self._query_server(url, params, num_tries=1, method="post")
        if not isinstance(response, dict) or not isinstance(response.get("matches"), list):
            raise LanguageToolError(f"unexpected answer from {self._url}check: {str(response)[:120]}")
        return response["matches"]


class PublicLanguageTool(NewslintLanguageTool):
    """The public API (https://languagetool.org/api/), only when the user opts in by name."""

    def __init__(self, *, timeout: float, **kwargs: Any):
        kwargs.setdefault("remote_server", "https://languagetool.org/api/")
        super().__init__(timeout=timeout, **kwargs)
