"""A titled person and the body they speak for, read by the model as one organization.

"said Dr Ffion Rees of Selby Health Trust": the model reads the whole run of capitals
as one body's name, and the quote goes to a body called "Dr Ffion Rees of Selby Health
Trust". A courtesy title or a doctor's or professor's title opens a person's name, never
a body's ("Dr" + a name + "of"); the words after "of" are the body. A place after "of"
is part of a peer's name ("Lord Hale of Tarnby") and is left as the model read it.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import Lexicon, cues
from generator.extract.mentions import place_named

#: Titles that open a person's name besides the courtesy titles of the lexicon.
_ACADEMIC_TITLES = frozenset({"professor", "doctor"})
#: Most words of a person's name between the title and "of".
_MOST_NAME_WORDS = 3


def person_of_body(span: Span, lex: Lexicon) -> list[Span]:
    """ "Dr Ffion Rees of Selby Health Trust" read as one non-person span: the person
    ("Dr Ffion Rees") and the body ("Selby Health Trust"); any other span as it is."""
    if span.label_ == "PERSON" or span.ent_id_ or len(span) < 4:
        return [span]
    doc, title = span.doc, span[0]
    if not title.is_title or title.lower_ not in lex.honorifics | _ACADEMIC_TITLES:
        return [span]
    of = next((t.i for t in span[2:-1] if t.lower_ == "of"), None)
    if of is None:
        return [span]
    names = doc[span.start + 1 : of]
    if len(names) > _MOST_NAME_WORDS or not all(
        t.is_title
        and t.is_alpha
        and t.lower_ not in lex.role_words
        and t.lower_ not in cues().org_suffixes
        for t in names
    ):
        return [span]  # "Lord Mayor of Selby", "Dr Hale Clinic of ...": no person's name
    body = doc[of + 1 : span.end]
    if not body[0].is_title or place_named(body.text, lex) is not None:
        return [span]  # "Lord Hale of Tarnby": a peer's title names a place
    person = doc[span.start : of]
    person.label_, body.label_ = "PERSON", "ORG"
    return [person, body]
