"""``junit``: JUnit XML for CI test-report views (Jenkins, GitLab ``reports:junit``, Azure).

One ``testsuite`` per linted file; one failing ``testcase`` per finding (``classname`` is the
path, ``name`` the code and position), or one passing ``testcase`` for a clean file and an
``error`` for a file that could not be read. Positions in the text are 1-based code points.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..sources import display_path
from .xmlout import element, serialise

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

    from ..engine import FileResult, RunResult


def suite(f: "FileResult") -> "ET.Element":
    path = display_path(f.path)
    cases = []
    for d in f.diagnostics:
        case = element("testcase", name=f"{d.code} at {d.start.line}:{d.start.column}", classname=path,
                       file=path, line=d.start.line)
        case.append(element("failure", f"{path}:{d.start.line}:{d.start.column}: {d.severity} {d.code} {d.message}",
                            message=d.message, type=d.code))
        cases.append(case)
    for e in f.errors:
        case = element("testcase", name="newslint", classname=path, file=path)
        case.append(element("error", e, message=e, type="error"))
        cases.append(case)
    if not cases:
        cases.append(element("testcase", name="newslint", classname=path, file=path))
    s = element("testsuite", name=path, tests=len(cases), failures=len(f.diagnostics), errors=len(f.errors),
                skipped=0)
    s.extend(cases)
    return s


class JunitReporter:
    name = "junit"

    def render(self, run: "RunResult") -> str:
        suites = [suite(f) for f in run.files]
        root = element("testsuites", name="newslint", tests=sum(int(s.get("tests")) for s in suites),
                       failures=sum(int(s.get("failures")) for s in suites),
                       errors=sum(int(s.get("errors")) for s in suites))
        root.extend(suites)
        return serialise(root)
