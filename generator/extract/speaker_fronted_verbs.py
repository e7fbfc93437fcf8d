"""Who speaks after a verb of saying that opens its sentence: "Said the union's head, ...".

"Said the federation's president, Jo Ames: '...'" puts the verb first, as feature and
wire copy sometimes does for effect. The parser then reads the speaker as the verb's
object (or its attribute), and the verb has no subject: the noun phrase right after the
verb, before the quote, is who speaks.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quote_marks import Quote
from generator.extract.speech import SUBJECT_DEPS, in_any

__all__ = ["fronted_verb_subject"]

#: Dependencies the parser gives the speaker standing after a fronted verb.
_AFTER_VERB = frozenset(["dobj", "attr", "oprd", "npadvmod", "dative", "appos"])


def fronted_verb_subject(verb: Token, quote: Quote) -> Token | None:
    """The noun after a capitalised verb of saying that opens its sentence, has no subject
    and comes before the quote it introduces ("Said the mayor, Ann Lee: '...'"), or None."""
    start = quote.parts[0][0]
    if verb.idx > start or not verb.text[:1].isupper():
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    opening = verb.doc[verb.sent.start : verb.i]
    if any(not (t.is_space or t.is_punct) for t in opening):
        return None  # "Asked about it, she said" or "He said": the verb does not open it
    after = [
        c
        for c in verb.children
        if c.i > verb.i
        and c.dep_ in _AFTER_VERB
        and c.pos_ in ("NOUN", "PROPN")
        and c.idx < start
        and not in_any(c, quote)
    ]
    # "Added his neighbour, Councillor Ivo Brandt:": the name, wherever the parse hung it
    return min(after, key=lambda c: (c.ent_type_ != "PERSON", c.i)) if after else None
