"""Whether the text says outright that a name is a work's title: "the TV series Black
Lantern", "the BBC sitcom Flat Out", "the novel Moon River".

A lower-case noun of a screen, stage, print or sound work right before a name the model did
not read as a person's is the work's own title, however its last word looks ("Mirror",
"Rescue" and "Times" end papers' and bodies' names too, which vote for a body on every
mention). Not when a verb follows the name, where the name opens a clause ("the show
Tarnvision aired"), nor after a person's name ("the film Jo Ames made"). General words only.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Nouns of works whose title may follow them: "the series Moon River".
_WORK_KINDS = frozenset(
    {"series", "show", "programme", "program", "sitcom", "drama", "documentary", "film"}
    | {"movie", "soap", "comedy", "thriller", "novel", "book", "album", "song", "podcast"}
    | {"musical", "opera", "cartoon", "biopic", "memoir", "game", "app"}
)


def titled_by_work_noun(span: Span) -> bool:
    """Whether a lower-case noun of a work stands right before a name that is no person's
    and opens no clause (see the module)."""
    doc = span.doc
    if span.start == 0 or span.label_ == "PERSON":
        return False
    noun = doc[span.start - 1]
    if not noun.is_lower or noun.lower_ not in _WORK_KINDS or noun.tag_ != "NN":
        return False
    after = doc[span.end] if span.end < len(doc) else None
    return after is None or after.pos_ not in ("VERB", "AUX")
