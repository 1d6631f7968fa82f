"""NL501 cms-residue: boilerplate a scraper or CMS left around the article."""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from ..document import RESIDUE_HEAD, Document
from ..rule import rule
from ..violation import Fix, Span, Violation

_TAIL = re.compile(
    r"^(?:Published|Posted|Written|Share|Shared|Read more|Continue reading|Related)(?: by| on)?\s*:?\s*$",
    re.IGNORECASE,
)


@rule(code="NL501", name="cms-residue", severity="warning", fixable=True)
def cms_residue(doc: Document, options: Mapping[str, Any]) -> Iterator[Violation]:
    """CMS or scraper boilerplate left above or below the article.

    ## What it catches
    A leading line such as `Categories: world`, `Tags: politics` or `Filed under:` above
    the headline, and an empty trailing fragment such as `Published by`, `Posted by` or
    `Read more` as the article's last paragraph.

    ## Why it matters
    Scraped and syndicated copy carries the source site's navigation into the story. On
    publication it reads as a mistake, and it breaks the headline and lead detection
    that other checks rely on.

    ## Example
    ```
    Categories: world

    Taliban talks: Russia is hosting talks ...
    ...
    Published by
    ```
    Both the first and the last line are reported; the fix deletes them.

    ## How to silence
    `<!-- newslint: disable-next-line NL501 -->` above the line, or `ignore: [NL501]` in
    the config for sources whose templates you trust.
    """
    for span in doc.residue:
        end = span.end
        while end < len(doc.text) and doc.text[end] == "\n":
            end += 1
        yield Violation("NL501", span, f"CMS residue '{doc.slice(span)}' above the headline; delete it",
                        Fix(Span(span.start, end), "", safe=True))
    if doc.blocks and len(doc.blocks) > 1:
        last = doc.blocks[-1].span
        text = doc.slice(last)
        if "\n" not in text and _TAIL.match(text):
            start = last.start
            while start > 0 and doc.text[start - 1] == "\n":
                start -= 1
            yield Violation("NL501", last, f"CMS residue '{text}' at the end of the article; delete it",
                            Fix(Span(start, last.end), "", safe=True))


RULES = (cms_residue,)
