"""Cities the model left out of its entities: "protests in Novi Sad", "flights to
Montevideo, Uruguay", "towns near Debrecen and Gyor".

The small model tags a foreign city it has rarely seen as nothing at all, so the city
never becomes a place. Words written as proper nouns that the gazetteer knows as a city
are one when the text itself puts them as a place: after a preposition of place, if the
city is large (`MIN_POPULATION`: a smaller town's name is as often a surname); or before
a comma and the name of the city's own country ("Montevideo, Uruguay"), whatever its size;
or joined by "and", "or" or a comma to a place just named ("Debrecen and Gyor"). Not the
opening of a longer name ("in Novi Sad Harbour"), not a word the document also writes in
lower case ("in Mobile", "a mobile phone"), not a common given
name ("to Santiago" may be a man), not a word of a person the model found elsewhere, not
a name with a number after its comma ("Kelby, 40,": an age says a person).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of, words_of
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import cues, lexicon
from generator.extract.referent_given_names import given_name_sex

#: A city at least this large is a place after a preposition of place alone.
MIN_POPULATION = 100_000
#: The most words of a city's name here ("Rio de Janeiro" is tagged by the model).
_MAX_WORDS = 3
#: Prepositions of movement that also put a place after them: "flights to Kelby".
_MOVEMENT = frozenset({"to", "via"})
#: Words that join a place to the next one of a list.
_LIST_JOINERS = frozenset({"and", "or", ","})
_PROPER_TAGS = frozenset({"NNP", "NNPS"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def untagged_cities(doc: Doc) -> list[Span]:
    """Cities' names no entity holds that the text puts as places, as GPE spans."""
    people = person_words(doc)
    # Whether each word may be a city's, read once: a name is tried only where it opens.
    name_word = [proper_free(t) and t.lower_ not in people for t in tokens_of(doc)]
    out: list[Span] = []
    size_of_doc = len(name_word)
    free = 0  # the first word after the last city found
    for i in [at for at, may in enumerate(name_word) if may]:
        if i < free:
            continue
        for size in range(min(_MAX_WORDS, size_of_doc - i), 0, -1):
            if all(name_word[i : i + size]) and _city(doc[i : i + size]):
                out.append(Span(doc, i, i + size, label="GPE"))
                free = i + size
                break
    return out


def proper_free(token: Token) -> bool:
    """Whether a word no entity holds is written and tagged as a proper noun's."""
    # The cheapest test first: most words are not in title case.
    return token.is_title and token.is_alpha and not token.ent_type_ and token.tag_ in _PROPER_TAGS


def person_words(doc: Doc) -> frozenset[str]:
    """The words, in lower case, of every person the model found in the document."""
    return frozenset(t.lower_ for ent in doc.ents if ent.label_ == "PERSON" for t in ent)


def _city(span: Span) -> bool:
    """Whether words are a city's name that the text puts as a place (module doc)."""
    doc = span.doc
    if span.end < len(doc) and (doc[span.end].is_title or doc[span.end].is_upper):
        return False  # "Kelby Harbour", "Kelby FC": a longer name opens here
    if len(span) == 1 and given_name_sex(span.text) is not None:
        return False
    if _age_after(span):
        return False  # "Leeds, 40, ...": an age set off by commas is said of a person
    if _written_lower(span):
        return False
    city = gazetteer().city(span.text)
    if city is None:
        return False
    if _country_after(span, city.country_code):
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return False
    if before.lower_ in cues().locative or before.lower_ in _MOVEMENT:
        return gazetteer().population(span.text) >= MIN_POPULATION
    return before.lower_ in _LIST_JOINERS and _place_before(doc, before.i)


def _age_after(span: Span) -> bool:
    """Whether a comma and a number follow the name, as an age follows a person's."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].like_num


def _written_lower(span: Span) -> bool:
    """Whether the document writes a word of the name in lower case somewhere."""
    return not words_of(span.doc).written_lower.isdisjoint(t.lower_ for t in span)


def _country_after(span: Span, code: str | None) -> bool:
    """Whether a comma and the name of the city's own country follow it: "Kelby, Peru"."""
    doc = span.doc
    if code is None or span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return False
    lex = lexicon()
    for size in range(1, 4):
        words = doc[span.end + 1 : span.end + 1 + size]
        place = lex.place(words.text)
        if len(words) == size and place is not None and place.kind == "country":
            return place.country_code == code
    return False


def _place_before(doc: Doc, joiner: int) -> bool:
    """Whether the words right before a list's joiner end a place: an entity of place, or
    a name the gazetteer knows that the model read as no body ("near Debrecen and ...")."""
    if joiner == 0:
        return False
    last = doc[joiner - 1]
    if last.ent_type_ in _PLACE_LABELS:
        return True
    if last.ent_type_ == "ORG":
        return False  # "between Kelby and Tarnley": two clubs or firms named for towns
    start = last.i
    while start > 0 and doc[start - 1].is_title and last.i - start < _MAX_WORDS - 1:
        start -= 1
    return any(
        gazetteer().lookup(doc[begin : last.i + 1].text) is not None
        for begin in range(start, last.i + 1)
        if all(t.is_title for t in doc[begin : last.i + 1])
    )
