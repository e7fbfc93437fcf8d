"""A person's name with a familiar name in brackets between given name and surname:
"Harald (Hal) Brekkestad", as wire copy writes what a quoted nickname writes elsewhere
('Harald "Hal" Brekkestad').

The model reads the part before the brackets as a person and leaves the surname after them
alone, often as a body, and the bracketed word as nothing: a given name and a "company" of
one word. The whole is one PERSON span, so that the surname is that person's throughout.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import lexicon, normalize
from generator.extract.referent_given_names import given_name_sex
from generator.extract.span_ranges import replaced_by

#: Labels the model gives a surname after the brackets besides a person's.
_SURNAME_LABELS = frozenset(
    {
        "",
        "PERSON",
        "ORG",
        "GPE",
        "NORP",
    }
)
#: Most words of a surname after the brackets ("Van Brakel", "Mahdavi Tabrizi").
_SURNAME_WORDS = 2


def name_word(token: Token) -> bool:
    """A capitalised proper noun of letters, no title ("Mayor") and no acronym ("NLD")."""
    return bool(
        token.is_title
        and token.is_alpha
        and len(token) > 1
        and token.pos_ == "PROPN"
        and token.lower_ not in lexicon().role_words
    )


def _nickname(doc: Doc, start: int) -> bool:
    """Whether "(Word)" stands at ``start``: one name word in brackets that is no place, no
    people's word ("(Norway)", "(Iraqi)") and no party's letter."""
    if start + 3 > len(doc) or doc[start].text != "(" or doc[start + 2].text != ")":
        return False
    word = doc[start + 1]
    key = normalize(word.text)
    lex = lexicon()
    return (
        name_word(word)
        and word.ent_type_ in ("", "PERSON")
        and lex.place(word.text) is None
        and key not in lex.demonyms
    )


def _surname_end(doc: Doc, start: int, labels: dict[int, str], full_names: dict[int, bool]) -> int:
    """Where the surname after the brackets ends, or -1 if no surname stands there: one or
    two name words, each in no entity or in one that ends with them, then no further
    capitalised word (a run of capitals is a title or a heading); not a full name of its
    own (``full_names``: where the model's people of two words or more start)."""
    end = start
    while end < len(doc) and end - start < _SURNAME_WORDS and name_word(doc[end]):
        if labels.get(end, "") not in _SURNAME_LABELS:
            return -1
        end += 1
    if end == start or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
        return -1
    if end - start > 1 and (given_name_sex(doc[start].text) is not None or full_names.get(start)):
        return -1  # "Ann Vell (Left) Tom Ames": a second person's full name, not a surname
    if doc[end - 1].ent_iob_ != "O" and end < len(doc) and doc[end].ent_iob_ == "I":
        return -1  # the entity goes on past the name's words
    return end


def bracketed_nickname_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each person named "Given (Familiar) Surname" as one PERSON span, where
    the model read the given name as a person and the surname apart."""
    labels = {i: e.label_ for e in ents for i in range(e.start, e.end)}
    full_names = {e.start: e.label_ == "PERSON" and len(e) > 1 for e in ents}
    people = []
    for ent in ents:
        if ent.label_ != "PERSON" or not _nickname(doc, ent.end):
            continue
        end = _surname_end(doc, ent.end + 3, labels, full_names)
        if end > 0:
            people.append(Span(doc, ent.start, end, label="PERSON"))
    return replaced_by(ents, people)
