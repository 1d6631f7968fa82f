"""Whether a LanguageTool backend can be had, and if not, the one-line notice: its cause
and its fix. Nothing here imports language-tool-python unless Java is there and a local
LanguageTool is looked up."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from .settings import GRAMMAR_CODES, Settings

DOCS = "see docs/grammar.md"
SERVER_HOWTO = ("run a LanguageTool server (docker run -d -p 8010:8010 erikvl87/languagetool) and set "
                "NEWSLINT_LT_URL=http://localhost:8010 (or grammar.url)")


class Unavailable(Exception):
    """Why no backend can be had, and what to do about it."""

    def __init__(self, cause: str, fix: str):
        self.cause, self.fix = cause, fix
        super().__init__(cause)


def notice(cause: str, fix: str) -> str:
    codes = f"{GRAMMAR_CODES[0]}-{GRAMMAR_CODES[-1]}"
    return f"grammar checks ({codes}) not run: {cause}. Fix: {fix}; {DOCS}"


def ltp_folder() -> Path:
    """Where language-tool-python 3.x keeps LanguageTool (``LTP_PATH``)."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


def find_local() -> str:
    """The installed LanguageTool version ltp can start, or :class:`Unavailable`."""
    folder = ltp_folder()
    if not shutil.which("java"):
        raise Unavailable("no LanguageTool server is configured and Java is not installed for a local one",
                          f"{SERVER_HOWTO}, or install Java 17+ and LanguageTool")
    version = None
    if folder.is_dir():  # checked first: ltp's lookup creates the folder
        from language_tool_python.download_lt import LocalLanguageTool

        local = LocalLanguageTool.get_latest_installed_version()
        if local is not None:
            try:
                local.get_jar_path()
                version = local.version_name
            except (FileNotFoundError, OSError):
                version = None
    if version is None:
        cause = f"no LanguageTool server is configured and no LanguageTool files are in {folder}"
        jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
        if jar_dir:
            cause += (f" (LTP_JAR_DIR_PATH={jar_dir} only skips ltp's download: language-tool-python 3.x starts "
                      f"LanguageTool from $LTP_PATH/LanguageTool-<version>/, so set LTP_PATH to the folder above it)")
        raise Unavailable(cause, f"{SERVER_HOWTO}, or unpack LanguageTool into {folder}/LanguageTool-<version>/")
    return version


def local_identity() -> str:
    """Which local LanguageTool would answer (for the disk cache), without importing ltp."""
    folder = ltp_folder()
    names = sorted(p.name for p in folder.glob("LanguageTool-*")) if folder.is_dir() else []
    return "local:" + ",".join(names)


def describe(exc: BaseException, settings: Settings, server: str) -> str:
    """One line for whatever stopped the backend: the cause and the fix."""
    if isinstance(exc, Unavailable):
        return notice(exc.cause, exc.fix)
    import requests

    chain: list[BaseException] = []
    e: BaseException | None = exc
    while e is not None and len(chain) < 6:
        chain.append(e)
        e = e.__cause__ or e.__context__
    names = {type(x).__name__ for x in chain}
    if any(isinstance(x, requests.exceptions.Timeout) for x in chain):
        return notice(f"{server} did not answer within {settings.timeout:g} s",
                      "check that the server is up and not overloaded, or raise grammar.timeout")
    if any(isinstance(x, requests.exceptions.ConnectionError) for x in chain):
        return notice(f"{server} cannot be reached (connection refused or no such host)",
                      "start the server, or point NEWSLINT_LT_URL / grammar.url at one that runs")
    if "RateLimitError" in names:
        return notice(f"{server} refused the request (rate limit)",
                      "wait, or run your own LanguageTool server and set NEWSLINT_LT_URL")
    if isinstance(exc, ValueError) and "language" in str(exc):
        return notice(f"{server} does not support language {settings.language!r}",
                      "set grammar.language to a code the server lists at /v2/languages, e.g. en-US")
    detail = " ".join(str(exc).split())[:160] or type(exc).__name__
    if settings.url or settings.public_api:
        return notice(f"{server} answered with an error ({detail})",
                      "check the server's log, or run without --grammar")
    return notice(f"the local LanguageTool did not start ({detail})",
                  f"check Java 17+ and the files in {ltp_folder()}, or {SERVER_HOWTO}")
