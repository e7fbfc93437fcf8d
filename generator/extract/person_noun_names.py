"""A person's name of two capitalised words the model left untagged after a noun for a
person, where the name is the subject of a verb: "the rapper Big Tuff said", "Developer
Amara Lindqvist created the app".

Stage names and rare given names ("Big", "Amara") are in no table, so the model and the
finders that need a listed given name (`typing_untagged_people`) miss them, and the person
is lost. The noun just before the pair says that it names someone; the parse must make the
pair one name (the first word a compound of the second) that does what people do (the
subject of a verb, itself or through the noun it is set beside). Not a bare noun after a
preposition ("from broker Tarn Hollis": where someone works is a firm), nor a pair that a run
of capitals goes on from (a title), nor a pair opened by a listed given name, which the
finder of given names reads already. A noun written with a hyphen after a prefix ("co-pilot",
"ex-wife") counts, though the tagger reads its last part as an adjective; and a full name
after such a noun that the model read as a place or a building is a person's
(`place_read_person`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.gazetteer import gazetteer
from generator.extract.lexicon import Lexicon
from generator.extract.mentions import place_named
from generator.extract.nlp import common_nouns
from generator.extract.person_apposed_names import names_a_person
from generator.extract.referent_given_names import given_name_sex

#: Slots of a subject: the pair, or the noun it stands beside, does the verb.
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def noun_named_people(doc: Doc, lex: Lexicon) -> list[Span]:
    """Every untagged pair of capitalised words after a noun for a person that is a verb's
    subject (see the module's doc), as person spans."""
    tokens = tokens_of(doc)
    strings = doc.vocab.strings
    slots = {strings[label] for label in (*_SUBJECTS, "appos") if label in strings}
    out: list[Span] = []
    for surname in tokens:
        # The cheap tests first (ids, not strings): most tokens are no subject or apposition.
        if surname.dep not in slots or surname.ent_iob != 2:  # 2: outside every entity
            continue
        if surname.i < 2 or not _untagged_name_word(surname, lex):
            continue
        given, noun = tokens[surname.i - 1], tokens[surname.i - 2]
        if not _untagged_name_word(given, lex) or given.head.i != surname.i:
            continue
        if given.dep_ != "compound" or given_name_sex(given.text) is not None:
            continue
        if surname.i + 1 < len(doc) and tokens[surname.i + 1].is_title:
            continue  # a run of capitals goes on: a title, not a name's end
        if not persons_noun(noun, lex) or not _does_a_verb(surname, noun):
            continue
        out.append(Span(doc, given.i, surname.i + 1, label="PERSON"))
    return out


def _untagged_name_word(token: Token, lex: Lexicon) -> bool:
    """A capitalised proper noun of letters outside every entity, and no title."""
    return (
        token.ent_iob_ == "O"
        and token.tag_ == "NNP"
        and token.is_title
        and token.is_alpha
        and len(token) > 1
        and bool(token.whitespace_ or token.i + 1 == len(token.doc))
        and token.lower_ not in lex.role_words
    )


def persons_noun(noun: Token, lex: Lexicon) -> bool:
    """A noun for a person in no entity, not bare after a preposition ("from broker Tarn
    Hollis" is where someone works, a firm), and capitalised only as a sentence's first word
    or a title: "rapper", "Developer" (a capital inside a sentence is a name's: "the group
    Safer Lanes Tarnia")."""
    doc = noun.doc
    return (
        noun.ent_iob_ == "O"
        and (noun.tag_ in ("NN", "NNP") or _hyphened_part(noun))
        and noun.is_alpha
        and bool(noun.whitespace_)
        and (noun.i == 0 or doc[noun.i - 1].pos_ != "ADP")
        and (noun.is_lower or bool(noun.is_sent_start) or noun.lower_ in lex.role_words)
        and names_a_person(noun, lex)
    )


def _hyphened_part(noun: Token) -> bool:
    """Whether a word is the last part of a noun written with a hyphen after a prefix, which
    the tagger often reads as an adjective: "pilot" of "co-pilot", "wife" of "ex-wife"."""
    doc = noun.doc
    if noun.i < 2 or not noun.is_lower:
        return False
    hyphen, prefix = doc[noun.i - 1], doc[noun.i - 2]
    return (
        hyphen.text == "-"
        and not hyphen.whitespace_
        and not prefix.whitespace_
        and prefix.is_alpha
        and prefix.is_lower
    )


#: The model's labels of a place or a building that a full name after a noun for a person
#: gets by mistake: "co-pilot Andreas Velkamp" read as a building.
_PLACE_LABELS = frozenset({"FAC", "GPE", "LOC"})


def place_read_person(ent: Span, lex: Lexicon) -> Span:
    """A full name of two capitalised proper nouns that the model read as a place or a
    building, right after a noun for a person (`persons_noun`), as a person's span: "co-pilot
    Andreas Velkamp" read as a building. The noun says who the name is. Not a name the
    tables or the gazetteer know as a place ("the farmer Tarn Vale" stays for them to read),
    nor one whose first word is a common noun, nor one a capital runs on from."""
    doc, start = ent.doc, ent.start
    if ent.label_ not in _PLACE_LABELS or len(ent) != 2 or start == 0:
        return ent
    given, surname = ent[0], ent[1]
    if not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in ent):
        return ent
    if given.dep_ != "compound" or given.head.i != surname.i:
        return ent
    if given.lower_ in common_nouns() or (ent.end < len(doc) and doc[ent.end].is_title):
        return ent
    if not persons_noun(doc[start - 1], lex) or place_named(ent.text, lex) is not None:
        return ent
    if gazetteer().lookup(ent.text) is not None or gazetteer().lookup(surname.text) is not None:
        return ent
    return Span(doc, start, ent.end, label="PERSON")


def _does_a_verb(surname: Token, noun: Token) -> bool:
    """Whether the name is a verb's subject, or set beside a noun that is one: "the rapper Big
    Tuff said" (parsed either way)."""
    if surname.dep_ in _SUBJECTS:
        return surname.head.pos_ in ("VERB", "AUX")
    return surname.head.i == noun.i and noun.dep_ in _SUBJECTS
