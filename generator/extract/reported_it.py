"""Whether "it" after a name's verb of saying is the name's own: "Acme said it would appeal"
is a body speaking of itself; "Vantry said it was an honour" judges a moment."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import Mention

#: Nouns after "the" that take up a one-word organization named just before.
COMPANY_NOUNS = frozenset(
    {"company", "firm", "group", "bank", "carrier", "airline", "insurer", "band", "retailer"}
    | {"broadcaster", "label", "studio", "website", "carmaker", "chain", "network"}
)


def said_it(mention: Mention, lex: Lexicon) -> bool:
    """ "Acme said it would appeal": the clause a reporting verb of the name's opens with "it".

    Only a name before its verb counts: in ""It is sad," said Jo Ames" the
    "it" is the quote's. So is an "it" after a quote mark or a colon that
    follows the verb ('Jo Ames said: "It sold out"'): the words are hers,
    the "it" is the thing she speaks of.
    """
    verb = mention.span.root.head
    if verb.lower_ not in lex.reporting_verbs or verb.i < mention.span.end:
        return False
    return any(
        child.dep_ == "ccomp"
        and not _judges_a_state(child)
        and any(
            c.dep_ in ("nsubj", "nsubjpass")
            and c.lower_ == "it"
            and c.i > verb.i
            and not _quoted(verb, c)
            for c in child.children
        )
        for child in verb.children
    )


def _quoted(verb: Token, it: Token) -> bool:
    """A quote mark or a colon between the verb of saying and "it" opens the speaker's words."""
    return any(t.is_quote or t.text == ":" for t in verb.doc[verb.i + 1 : it.i])


def _judges_a_state(clause: Token) -> bool:
    """ "Jo said it was an honour", "it was amazing": "it" there is the moment, not the speaker.

    A clause of "be" whose complement is a noun other than a body's, an
    adjective in -ing (what a thing does to one: "amazing"), or an
    adjective with a clause put off after it ("it was great to win") judges a
    thing or a time. A firm says "it would appeal" or "it was delighted" (an
    adjective in -ed is how one feels), and those still say "it" is the name.
    """
    if clause.lemma_ != "be":
        return False
    cue = cues()
    for child in clause.children:
        if child.dep_ == "attr" and child.pos_ == "NOUN":
            word = child.lower_
            return word not in COMPANY_NOUNS and word not in cue.org_heads
        if child.dep_ == "acomp" and child.tag_ == "JJ":
            put_off = any(c.dep_ in ("xcomp", "ccomp") for c in (*child.children, *clause.children))
            return child.lower_.endswith("ing") or put_off
    return False
