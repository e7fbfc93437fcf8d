"""A span the model labelled a body, a place or a work although a title before it makes it a
person's name: "General Ivo Quist", "President Whitlow".
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import Lexicon, cues, normalize
from generator.extract.mentions import place_named

_PERSON_EVIDENCE_LABELS = frozenset(
    {"ORG", "GPE", "FAC", "WORK_OF_ART", "PRODUCT", "LAW", "EVENT", "NORP", "LOC"}
)


def _titled(span: Span, lex: Lexicon) -> bool:
    return (
        span.start > 0
        and span.doc[span.start - 1].text[:1].isupper()
        and (span.doc[span.start - 1].lower_ in lex.role_words)
    )


def person_by_title(ent: Span, lex: Lexicon) -> Span:
    """A span the model mislabelled although a title says it is a person.

    "General Ivo Quist" (tagged a work of art) and "President Whitlow"
    (tagged an organization) are people: a capitalised role word followed by
    proper nouns is a name. Spans the entity ruler set are never changed.
    """
    if ent.label_ not in _PERSON_EVIDENCE_LABELS or ent.ent_id_:
        return ent
    doc = ent.doc
    tokens = tokens_of(doc)
    start = ent.start
    # a title or an honour opens the name: "President Whitlow", "Dame Ann Vell"
    while (
        start < ent.end
        and tokens[start].text[:1].isupper()
        and (tokens[start].lower_ in lex.role_words or tokens[start].lower_ in lex.honorifics)
    ):
        start += 1
    rest = doc[start : ent.end]
    if rest and rest[-1].lower_ in cues().org_suffixes:
        return ent  # "General Motors", "General Electric Co"
    titled = start > ent.start or _titled(ent, lex)
    if (
        titled
        and 1 <= len(rest) <= 3
        and all(
            t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in lex.role_words
            for t in rest
        )
        and place_named(rest.text, lex) is None
        and normalize(rest.text) not in lex.organizations
    ):
        person = doc[start : ent.end]
        person.label_ = "PERSON"
        return person
    return ent
