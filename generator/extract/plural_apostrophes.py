"""A plural's curly apostrophe ("head teachers’ union") written straight for the parser.

spaCy's small English model reads a lone "’" after a word as a closing quote mark, not
as the possessive of a plural, so "general secretary of head teachers’ union X" parses as
"secretary of head teachers", a closing mark, then "union X": the role is cut and the
body is missed. With a typewriter apostrophe the same words parse as one noun phrase.
The mark is a plural's apostrophe when it follows a word ending in "s", a space and a word
follow it, and no quote opened with "‘" earlier in the paragraph is still open (there it
may close the quote). One character for one, so every offset holds; the parse is then
laid over the seed's own text (`nlp.with_text`), so no field shows the straight mark.
"""

from __future__ import annotations

import re

#: A curly mark right after a plural's "s", before a space and a word.
_PLURAL_MARK = re.compile(r"(?<=[a-z]s)\u2019(?= [A-Za-z])")
#: A curly mark that may close a quote: not between two letters.
_CLOSING = re.compile(r"\u2019(?![A-Za-z])")


def for_parser(text: str) -> str:
    """``text`` with each plural's curly apostrophe outside an open quote made straight."""
    if "\u2019" not in text:
        return text
    chars = list(text)
    for found in _PLURAL_MARK.finditer(text):
        at = found.start()
        paragraph_start = text.rfind("\n", 0, at) + 1
        opened = text.rfind("\u2018", paragraph_start, at)
        if opened >= 0 and not _CLOSING.search(text, opened, at):
            continue
        chars[at] = "'"
    return "".join(chars)
