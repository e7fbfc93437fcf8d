"""A hyphened word before a name that the text writes in lower case elsewhere.

"Euro-Sceptic Quillby told the rally": the model reads the adjective into the name, and
the name is then a body's or a person's of three words. The same text writing
"euro-sceptic" in lower case elsewhere says the compound is a word of the language, not
part of anyone's name, so the span starts after it. Only a compound written with no
space about its hyphen, before one more capitalised word or more, is cut.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.nlp import text_of

__all__ = ["after_written_compound"]


def after_written_compound(doc: Doc, start: int, end: int) -> int:
    """Where a span from ``start`` to ``end`` starts once an opening hyphened compound the
    text also writes in lower case is left out; ``start`` when there is none."""
    if end - start < 4 or doc[start + 1].text != "-":
        return start
    first, second = doc[start], doc[start + 2]
    if first.whitespace_ or doc[start + 1].whitespace_ or not second.whitespace_:
        return start
    if not (first.is_alpha and second.is_alpha and doc[start + 3].is_title):
        return start
    word = f"{first.lower_}-{second.lower_}"
    return start + 3 if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text_of(doc)) else start
