"""Evidence that a name is a generation's label, not a person's: "Gen Xers", "Generation Z".

"Gen" is also the short title of a general, so the model and the title votes read "Gen
Xers" as General Xers. A generation is named by one capital letter (X, Y, Z) or "Alpha",
and its members by that letter with "-ers" ("Zers", "Xers"); no one's name is a lone
capital letter after "Gen", nor a capital letter with "ers". The name is a thing, said
outright.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract.mentions import WORK, Mention

#: Words that open a generation's label: "Gen Z", "Generation X".
_GENERATION = frozenset({"gen", "gen.", "generation"})
#: A generation's letter, or its members: "Z", "Xers", "Alpha", "Zoomers" is no letter.
_LETTER = re.compile(r"(?:[A-Z]|Alpha)(?:-?ers)?")
#: Members of a generation written without "Gen": "Xers", "Zers" ("Ers" alone is no name).
_MEMBERS = re.compile(r"[A-Z]-?ers")


def generation_label(span: Span) -> bool:
    """Whether the name is a generation's label or its members': "Gen Xers", "Xers" after
    "Gen", "Generation X", "Xers"."""
    words = [t.text for t in span]
    if words and words[0].lower() in _GENERATION:
        words = words[1:]
    elif span.start > 0 and span.doc[span.start - 1].lower_ in _GENERATION:
        pass  # "Gen" read as a title before the name
    else:
        return len(words) == 1 and _MEMBERS.fullmatch(words[0]) is not None
    return len(words) == 1 and _LETTER.fullmatch(words[0]) is not None


def generation_votes(mention: Mention) -> None:
    """A generation's label is a thing, whatever title its "Gen" looks like."""
    if generation_label(mention.span):
        mention.vote(WORK, 3.0)
        mention.named_thing = True
