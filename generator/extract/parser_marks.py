"""Quote marks spaCy's small English model misreads, written for the parser as it reads them.

The model learnt from American copy, and two marks of other conventions mislead it:
- a plural's curly apostrophe ("head teachers’ union"): a lone "’" after a word reads as
  a closing quote mark, so "general secretary of head teachers’ union X" parses as
  "secretary of head teachers", a closing mark, then "union X": the role is cut and the body
  missed. Written straight, the same words parse as one noun phrase. The mark is a plural's
  apostrophe when it follows a word ending in "s", a space and a word follow it, and no
  quote opened with "‘" earlier in the paragraph is still open (there it may close it);
- guillemets («», ‹›), which it has hardly seen: "«...,» says X" loses the tie between the
  quote and its verb, so the speaker is lost. They are written as curly doubles and singles.
One character for one, so every offset holds; the parse is then laid over the seed's own
text (`nlp.with_text`), so no field shows a mark the page did not print.
"""

from __future__ import annotations

import re

from generator.extract.paragraphs import paragraph_start

#: A curly mark right after a plural's "s", before a space and a word.
_PLURAL_MARK = re.compile(r"(?<=[a-z]s)\u2019(?= [A-Za-z])")
#: A curly mark that may close a quote: not between two letters.
_CLOSING = re.compile(r"\u2019(?![A-Za-z])")


#: Guillemets, each as the curly mark of the same family and side.
_GUILLEMETS = str.maketrans("\u00ab\u00bb\u2039\u203a", "\u201c\u201d\u2018\u2019")


def for_parser(text: str) -> str:
    """``text`` with guillemets written as curly marks and each plural's curly apostrophe
    outside an open quote made straight."""
    text = text.translate(_GUILLEMETS)
    if "\u2019" not in text:
        return text
    chars = list(text)
    for found in _PLURAL_MARK.finditer(text):
        at = found.start()
        opened = text.rfind("\u2018", paragraph_start(text, at), at)
        if opened >= 0 and not _CLOSING.search(text, opened, at):
            continue
        chars[at] = "'"
    return "".join(chars)
