"""Parallel linting: one process per CPU for a large run, serial for a pre-commit hook's few files.

Where ``fork`` is safe (POSIX but not macOS, and no other thread that could hold a lock across it) the
workers are forked children that inherit the built :class:`~newslint.engine.Linter` —
plugins, compiled patterns and the lexicons its first file loaded — and the parent lints a
share of its own; each child sends its results back pickled through a pipe. We fork by hand
here rather than through ``ProcessPoolExecutor``: the pool's start-up (importing
``multiprocessing``, queues, a feeder thread) costs ~50 ms, a sixth of a 400-article run, and
its parent sits idle while the workers lint. Elsewhere (spawn) a ``ProcessPoolExecutor``
starts workers that build their own Linter from the config.
"""
from __future__ import annotations

import gc
import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .config import Config
    from .engine import FileResult, Linter

#: ``jobs: auto`` starts one worker per this many files (at most one per CPU): a worker costs
#: a fork and the pickling of its results, worth it from a few dozen articles on.
FILES_PER_WORKER = 50


def worker_count(jobs: int, files: int) -> int:
    """Processes to lint ``files`` files with: ``jobs`` (>= 1) as given, or for 0 ("auto") one per
    CPU this process may use, but serial for small runs such as a pre-commit hook's few files."""
    if jobs >= 1:
        return min(jobs, max(1, files))
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, files // FILES_PER_WORKER))


def fork_is_safe() -> bool:
    """Whether workers can be forked from this process: POSIX but not macOS (whose system
    libraries may crash a forked child: CPython spawns there by default since 3.8), and no
    other thread running."""
    return hasattr(os, "fork") and sys.platform != "darwin" and threading.active_count() == 1


def lint_parallel(linter: "Linter", paths: Sequence[str], workers: int) -> list["FileResult"]:
    """Every file of ``paths`` linted by ``workers`` processes (this one included when forking);
    the results in no particular order."""
    if fork_is_safe():
        return _fork_join(linter.lint_file, list(paths), workers)
    return _spawn_pool(linter, list(paths), workers)


def _fork_join(lint: Callable[[str], "FileResult"], paths: list[str], workers: int) -> list["FileResult"]:
    if not paths:
        return []
    # The first file is linted here first, so that lexicons built on first use are built
    # once, before the fork, and shared copy-on-write; frozen objects are left alone by the
    # children's collector, which would otherwise touch (and so copy) every page of them.
    results = [lint(paths[0])]
    rest = paths[1:]
    shares = [share for share in (rest[i::workers] for i in range(workers)) if share]  # interleaved
    if not shares:
        return results
    children: list[tuple[list[str], tuple[int, int] | None]] = []
    gc.freeze()
    try:
        children = [(share, _fork_child(lint, share)) for share in shares[1:]]
        results.extend(lint(p) for p in shares[0])
        while children:
            share, child = children.pop(0)
            done = _collect(child)
            # A child that could not start or died (killed, out of memory): its share is linted here.
            results.extend(done if done is not None else (lint(p) for p in share))
    finally:
        gc.unfreeze()
        for _, child in children:  # interrupted (Ctrl-C, an error here): leave no child or pipe behind
            _abandon(child)
    return results


def _fork_child(lint: Callable[[str], "FileResult"], share: list[str]) -> tuple[int, int] | None:
    """Fork a child that lints ``share`` and writes the pickled results to a pipe: (pid, read end)."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None
    if pid == 0:  # the child: never returns, never runs the parent's atexit handlers or flushes its buffers
        status = 1
        try:
            os.close(read_end)
            data = pickle.dumps([lint(p) for p in share], protocol=pickle.HIGHEST_PROTOCOL)
            with os.fdopen(write_end, "wb") as out:
                out.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _abandon(child: tuple[int, int] | None) -> None:
    """Stop a child whose results are no longer wanted and reap it; close its pipe."""
    if child is None:
        return
    pid, read_end = child
    os.close(read_end)
    try:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
    except OSError:
        pass


def _collect(child: tuple[int, int] | None) -> list["FileResult"] | None:
    """A child's results, or None when it failed."""
    if child is None:
        return None
    pid, read_end = child
    with os.fdopen(read_end, "rb") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return None
    try:
        return pickle.loads(data)
    except Exception:  # noqa: BLE001 - a truncated pipe: lint the share here instead
        return None


# -- spawn: a pool of workers that each build their own Linter ------------------------------
_WORKER: "Linter | None" = None


def _spawn_pool(linter: "Linter", paths: list[str], workers: int) -> list["FileResult"]:
    import multiprocessing  # only paid for where fork is unsafe
    from concurrent.futures import ProcessPoolExecutor

    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(linter.config, linter.verbose))
        with pool:
            return list(pool.map(_lint_in_worker, paths, chunksize=max(1, len(paths) // (workers * 4))))
    except (OSError, ImportError, NotImplementedError):  # no process pool here: go serial (black)
        return [linter.lint_file(p) for p in paths]


def _init_worker(config: "Config", verbose: bool) -> None:
    global _WORKER
    from .engine import Linter

    _WORKER = Linter(config, verbose=verbose)


def _lint_in_worker(path: str) -> "FileResult":
    assert _WORKER is not None
    return _WORKER.lint_file(path)
