"""EX101 weekday-without-date: a worked local newslint plugin (see plugins/README.md).

Load it with ``local-plugins: [plugins]`` in ``.newslint.yml``; it is not part of the
installed package. Tests: ``tests/test_local_plugin.py``.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from newslint import Document, Span, Violation, hookimpl, rule

__version__ = "1.0.0"

_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December"
           "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
#: A weekday used as a date ("said on Friday", "Friday's meeting", "last Tuesday"), not a
#: name ("Good Friday", "Black Friday", "Super Tuesday", "Bloody Sunday").
WEEKDAY = re.compile(
    rf"(?<!Good )(?<!Black )(?<!Holy )(?<!Ash )(?<!Super )(?<!Bloody )(?<!Palm )(?<!Easter )(?<!Cyber )"
    rf"(?<!Maundy )(?<!Man )(?<!Girl )\b(?:{_DAYS})\b(?!\s+(?:Times|Telegraph|Herald|Post|Mirror|Express|Club))"
)
#: A calendar date anywhere in the text: "9 November", "November 9", "Nov. 9", "2018-11-09", "9/11/2018".
CALENDAR_DATE = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b\.?"
    rf"|\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
)


@rule(code="EX101", name="weekday-without-date", severity="info", options={"body_only": True})
def weekday_without_date(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """A weekday ("said on Friday") in an article that has no date at all.

    ## What it catches
    The first weekday used as a date ("on Friday", "Tuesday's vote", "last Sunday") in an
    article with no date in its metadata (front matter `date:` or `--date`) and no
    calendar date in its text. Names such as "Good Friday", "Black Friday" or "Super
    Tuesday" are not weekdays in this sense. Reported once per article.

    ## Why it matters
    Wire copy says "on Friday" because the dateline carries the date. Once the story is
    syndicated, scraped or translated without its date, readers cannot tell which Friday
    is meant, and an archive cannot place the event.

    ## Example
    ```
    Talks open in Moscow

    The foreign minister said on Friday that the talks would continue.
    ```
    Reported at "Friday". Adding `date: 2018-11-09` to the front matter, or "on Friday
    9 November", silences it.

    ## How to silence
    Give the article a date (front matter or `--date`), or
    `<!-- newslint: disable-next-line EX101 -->`, or `ignore: [EX101]` in the config.
    Option `body_only` (default true) skips the headline.
    """
    if doc.date is not None or CALENDAR_DATE.search(doc.text):
        return
    start = doc.body.start if options.get("body_only", True) and doc.body is not None else 0
    m = WEEKDAY.search(doc.text, start)
    if m:
        yield Violation(
            "EX101", Span(m.start(), m.end()),
            f"'{m.group()}' but the article has no date: add one (front matter 'date:' or --date) "
            f"or write the calendar date",
        )


@hookimpl
def newslint_rules():
    return [weekday_without_date]
