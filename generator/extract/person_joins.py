"""People's names the model cut in two, read as a date or left short, joined into one span.

A month that opens a name ("April Ames") is a given name unless its context
makes it a date; two person spans that touch, or that name particles join
("Kanza wa Lunda"), are one name; proper nouns the model left after a name
belong to it (`joined_people`); a common given name before a word the text
also names alone opens that person's full name ("Adrian Vell ... for Vell"); and
a capitalised word after a noun for a person opens the name of a surname the model
read alone ("Economist Pia Rusk", "Cardinal Ebbo Marrow-Penn" read as a body).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import POSSESSIVE_ENDINGS, tokens_of, words_of
from generator.extract.given_names_misread import misread_given_name
from generator.extract.kin_lists import kin_listed_people
from generator.extract.lexicon import cues, lexicon
from generator.extract.name_and_pairs import paired_people
from generator.extract.name_couples import body_word, couple_people
from generator.extract.name_hills import hill_names
from generator.extract.name_list_heads import list_head_people
from generator.extract.name_particles import NAME_PARTICLE_WORDS
from generator.extract.name_short_surnames import misread_short_surname
from generator.extract.name_spans import CALENDAR_WORDS, MONTHS, dated
from generator.extract.nlp import text_of
from generator.extract.person_apposed_names import names_a_person
from generator.extract.person_bracket_nicknames import bracketed_nickname_people
from generator.extract.person_honorific_names import honorific_people
from generator.extract.person_noun_names import persons_noun, place_read_person
from generator.extract.person_result_lines import result_line_people
from generator.extract.referent_given_names import given_name_sex
from generator.extract.span_dashed_dates import names_after_dated_dashes
from generator.extract.span_ranges import replaced_by


def _month_person_end(month: Token) -> int:
    """Where a name opened by a month's word ends ("June Marlow said"), or -1 if it is no name:
    one or two capitalised proper nouns in no other kind of entity, then no further capital."""
    doc = month.doc
    if not (month.is_title and month.tag_ == "NNP" and month.lower_ in MONTHS) or dated(month):
        return -1
    end = month.i + 1
    while (
        end < len(doc)
        and end - month.i <= 2
        and doc[end].tag_ == "NNP"
        and doc[end].is_title
        and doc[end].is_alpha
        and len(doc[end]) > 1
        and doc[end].ent_type_ in ("", "PERSON", "PRODUCT", "DATE")
        and doc[end].lower_ not in CALENDAR_WORDS
        and doc[end].lower_ not in lexicon().role_words
        and doc[end - 1].whitespace_
    ):
        end += 1
    if end == month.i + 1 or (end < len(doc) and doc[end].is_title):
        return -1  # a run of capitals: a headline or a title ("March Retail Sales Rise")
    if end < len(doc) and (doc[end].like_num or doc[end].text == "-"):
        return -1  # "June 4", "December T-bonds"
    return end


#: A month's word in capitals before a capitalised word: where `month_named_people` looks.
_MONTH_BEFORE_CAPITAL = re.compile(
    r"\b(" + "|".join(m.title() for m in sorted(MONTHS)) + r") +[A-Z]"
)


def month_named_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each person whose first name is a month ("April Ames", "June Marlow")
    as one PERSON span, where the model read the month as a date, the name as a product or
    nothing at all; a month that is a date by its context stays one."""
    people = []
    for match in _MONTH_BEFORE_CAPITAL.finditer(text_of(doc)):
        word = doc.char_span(match.start(), match.end(1))
        if word is None or len(word) != 1 or word[0].ent_type_ == "PERSON":
            continue
        end = _month_person_end(word[0])
        if end > 0:
            person = doc[word.start : end]
            person.label_ = "PERSON"
            people.append(person)
    return replaced_by(ents, people)


def _country_surname(ent: Span) -> bool:
    """A one-word country the ruler read ("Holland", "England"), written as a name is."""
    return len(ent) == 1 and ent[0].is_title and ent.ent_id_.startswith("country:")


def country_surnamed_people(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each person whose surname is a country's name ("Tom Holland") as
    one PERSON span, where the ruler read the surname as the country: a common given name
    just before it and no capitalised word after it."""
    tokens = tokens_of(doc)
    out: list[Span] = []
    for ent in ents:
        given = tokens[ent.start - 1] if ent.start > 0 else None
        after = tokens[ent.end] if ent.end < len(doc) else None
        previous = out[-1] if out else None
        if (
            _country_surname(ent)
            and given is not None
            and given.is_title
            and bool(given.whitespace_)
            and given_name_sex(given.text) is not None
            and (given.ent_iob_ == "O" or (previous is not None and previous.start == given.i))
            and not (
                after is not None and (after.text == "-" or (after.is_title and after.is_alpha))
            )
        ):
            if previous is not None and previous.start == given.i:
                out.pop()
            out.append(Span(doc, given.i, ent.end, label="PERSON"))
            continue
        out.append(ent)
    return out


#: Labels of the one-word entities whose word, written elsewhere after a common given name
#: the model left untagged, is that person's surname: "Kelby sacked Adrian Vell ... a fee for
#: Vell" (read as a body). Not a place's: "Jack London" does not make London a surname.
_SURNAME_LABELS = frozenset({"PERSON", "ORG"})


def untagged_full_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """The entities with each full name the model left untagged as one PERSON span: a common
    given name (untagged, or read as a nationality) just before a capitalised word in no
    entity that the text also writes alone as a one-word person or body ("have sacked Adrian
    Vell ... a fee for Vell"); no capitalised word after it (a run of capitals is a title)."""
    singles = {e.text for e in ents if len(e) == 1 and e.label_ in _SURNAME_LABELS}
    nationalities = {e.start: e for e in ents if len(e) == 1 and e.label_ == "NORP"}
    people: list[Span] = []
    tokens = tokens_of(doc)
    # Only a writing of one of ``singles`` may be the surname: those words' positions, in
    # text order, each after a word, rather than every pair of words.
    positions = words_of(doc).positions
    at = sorted(i for single in singles for i in positions.get(single, ()) if i > 0)
    for given, surname in ((tokens[i - 1], tokens[i]) for i in at):
        after = tokens[surname.i + 1] if surname.i + 1 < len(tokens) else None
        if (
            surname.ent_iob_ == "O"
            and surname.is_title
            and surname.is_alpha
            and given.is_title
            and bool(given.whitespace_)
            and (given.ent_iob_ == "O" or given.i in nationalities)
            and given_name_sex(given.text) is not None
            and not (after is not None and after.is_title and after.is_alpha)
        ):
            people.append(Span(doc, given.i, surname.i + 1, label="PERSON"))
    if not people:
        return ents
    taken = {p.start for p in people}
    kept = [e for e in ents if e.start not in taken]
    return sorted([*kept, *people], key=lambda e: e.start)


def _holds_capital(span: Span) -> bool:
    """Whether a span may open a name: one of lower-case common words only ("lorry driver"
    before "Tom Ames") is a description the model misread; a particle ("van") may open one."""
    return any(t.text[:1].isupper() or t.tag_ in ("NNP", "NNPS", "FW") for t in span)


def joined_people(doc: Doc) -> list[Span]:
    """The entities, with PERSON spans that touch joined into one.

    The model sometimes cuts a long name in two ("Hojatoleslam Mehdi" +
    "Karimi Nasab"); two person spans with nothing between them are
    one name, unless the first ends in a possessive: "Acme's" + "Jo Ames"
    is Jo Ames of Acme.
    """
    out: list[Span] = []
    ents = names_after_dated_dashes(doc, list(doc.ents))  # "March - Thomas Quillan"
    ents = untagged_full_names(doc, country_surnamed_people(doc, ents))
    ents = kin_listed_people(doc, ents)  # "sisters Dana and Mairead Quill"
    ents = couple_people(doc, ents)  # "Harlan and Greta Voss"
    ents = paired_people(doc, ents)  # "the poets Aled Brynmor and Cerys Tallow"
    ents = result_line_people(doc, ents)  # "1. Tom Reel (Australia) 68"
    ents = bracketed_nickname_people(doc, ents)  # "Harald (Hal) Brekkestad"
    ents = honorific_people(doc, ents)  # "Hojatoleslam Karim" (a body) "Mahdavi Tabrizi"
    ents = list_head_people(doc, ents)  # "The trio - Maren Holtby, Orrin Tapsell and ..."
    ents = hill_names(doc, ents)  # "hiked up Ben Corrach": a hill, no man
    for ent in month_named_people(doc, ents):
        previous = out[-1] if out else None
        if previous is not None and (
            (
                ent.label_ == previous.label_ == "PERSON"
                and ent.start == previous.end
                and _holds_capital(previous)
                and previous[-1].text not in POSSESSIVE_ENDINGS
            )
            or _across_particles(previous, ent)
            or _double_barrelled(previous, ent)
            or misread_given_name(previous, ent)
        ):
            end = ent.end + 2 if _double_barrelled(previous, ent) else ent.end
            joined = doc[previous.start : end]
            joined.label_ = "PERSON"
            out[-1] = joined
        else:
            out.append(ent)
    return [
        _with_given_name_before(_with_name_words_after(ent))
        if ent.label_ == "PERSON"
        else place_read_person(_surname_after_persons_noun(ent), lexicon())
        for ent in out
    ]


def _with_given_name_before(person: Span) -> Span:
    """A surname the model read alone with the given name it left outside before it: "from
    Tory Ned Tarley" read as "Tory" and "Tarley". Only a capitalised proper noun in no entity
    and no title counts: a common given name of one sex, or any such word the parse joins to
    the surname after a noun for a person ("Economist Pia Rusk", "the rapper Odo Brisk"),
    which says that the name it opens is someone's, whatever the table of given names holds."""
    doc, start = person.doc, person.start
    if len(person) != 1 or start == 0:
        return person
    word = doc[start - 1]
    if not _loose_name_word(word) or not (
        given_name_sex(word.text) is not None
        or _after_person_noun(word, person[0])
        or _given_once_before_surname(word, person[0])
    ):
        return person
    longer = doc[start - 1 : person.end]
    longer.label_ = "PERSON"
    return longer


def _given_once_before_surname(word: Token, surname: Token) -> bool:
    """Whether a word the parse joins to a surname opens that person's name though no table
    knows it as a given name ("Harvest Quellby wept ... Quellby had denied"): the text
    writes the word only there, as a given name is written once, and the surname alone
    elsewhere, read as a person's there too, as news names someone after the first time.
    A word of a body or a place recurs ("Kelby Vell ... Kelby"), or stands alone; a noun
    for a kind of firm or person opening a sentence ("Housebuilder Varrowby") is no name."""
    if word.dep_ != "compound" or word.head.i != surname.i:
        return False
    if body_word(word) or names_a_person(word, lexicon()):
        return False
    positions = words_of(word.doc).positions
    if len(positions.get(word.text, ())) != 1:
        return False
    alone = [i for i in positions.get(surname.text, ()) if i != surname.i]
    tokens = tokens_of(word.doc)
    return any(tokens[i].ent_type_ == "PERSON" and tokens[i - 1].text != word.text for i in alone)


def _loose_name_word(word: Token) -> bool:
    """Whether a word may open a name the model cut short: a capitalised proper noun of
    letters in no entity, followed by a space, and no title ("Mayor")."""
    return bool(
        word.ent_iob_ == "O"
        and word.tag_ == "NNP"
        and word.is_title
        and word.is_alpha
        and word.whitespace_
        and word.lower_ not in lexicon().role_words
    )


#: Labels of one-word names the model gives a surname it did not read as a person's.
_MISREAD_SURNAME_LABELS = frozenset({"ORG", "GPE", "NORP"})


def _surname_after_persons_noun(ent: Span) -> Span:
    """A surname the model read alone as a body or a place, written as one word (maybe
    hyphenated), with the capitalised word before it that a noun for a person opens:
    "Cardinal Ebbo Marrow-Penn" read as the body "Marrow-Penn" is the person Ebbo
    Marrow-Penn (see `_after_person_noun`); any other entity as it is."""
    doc, start = ent.doc, ent.start
    if ent.label_ not in _MISREAD_SURNAME_LABELS or start < 2 or " " in ent.text:
        return ent
    word = doc[start - 1]
    if not (_loose_name_word(word) and ent[-1].is_title and _after_person_noun(word, ent[-1])):
        return ent
    return Span(doc, start - 1, ent.end, label="PERSON")


def _after_person_noun(word: Token, surname: Token) -> bool:
    """Whether a capitalised word that the parse joins to the surname after it stands after a
    noun for a person (`persons_noun`): "Economist" of "Economist Pia Rusk", "rapper" of "the
    rapper Odo Brisk"; the noun says who the name is, not what kind of thing."""
    if word.dep_ != "compound" or word.head.i != surname.i or word.i == 0:
        return False
    return persons_noun(word.doc[word.i - 1], lexicon())


#: Most words of a person's name the model may leave out after the part it read.
_MISSED_WORDS = 2


def _with_name_words_after(person: Span) -> Span:
    """A person's name with the proper nouns the model left outside it: "Tarek Bahram" of
    "Tarek Bahram Hosseini Zand said". Only capitalised proper nouns in no entity,
    and no title, count."""
    doc, end = person.doc, person.end
    if _hyphenated_given_name(doc, end):
        end += 3  # "Lee In-ae", "Pak Su-ok": the model cut the name at its hyphen
    elif misread_short_surname(person):
        end += 1  # "star Tessa Oh for two years": "Oh" read as an interjection
    while (
        end < len(doc)
        and end - person.end < _MISSED_WORDS
        and doc[end].ent_iob_ == "O"
        and doc[end].tag_ == "NNP"
        and doc[end].is_title
        and doc[end].is_alpha
        and len(doc[end]) > 1
        and not doc[end].is_stop
        and doc[end - 1].whitespace_
        and doc[end].lower_ not in lexicon().role_words
    ):
        end += 1
    if end == person.end or (end < len(doc) and doc[end].tag_ == "NNP" and doc[end].is_title):
        return person  # a run of capitals goes on: a headline or a title, not a name's end
    longer = doc[person.start : end]
    longer.label_ = "PERSON"
    return longer


def _hyphenated_given_name(doc: Doc, start: int) -> bool:
    """A given name of two short syllables joined by a hyphen, the second in lower case, as
    Korean names are written in the Latin alphabet ("In-ae", "Su-ok"); no company form
    ("Co-op")."""
    if start + 3 > len(doc) or not doc[start - 1].whitespace_:
        return False
    first, hyphen, second = doc[start], doc[start + 1], doc[start + 2]
    return (
        hyphen.text == "-"
        and not first.whitespace_
        and not hyphen.whitespace_
        and first.is_alpha
        and first.is_title
        and second.is_alpha
        and second.is_lower
        and 2 <= len(first) <= 4
        and 2 <= len(second) <= 4
        and first.lower_ not in cues().org_suffixes
        and (start + 3 == len(doc) or not doc[start + 3].is_alpha or bool(second.whitespace_))
    )


def _across_particles(person: Span, ent: Span) -> bool:
    """A person's name the model cut at its particles: "Kanza" + "wa" + "Lunda" (an ORG)."""
    between = person.doc[person.end : ent.start]
    return (
        person.label_ == "PERSON"
        and ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
        and 1 <= len(between) <= 2
        and all(t.text in NAME_PARTICLE_WORDS for t in between)
        and all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in ent)
    )


def _double_barrelled(person: Span, ent: Span) -> bool:
    """A surname of two names joined by a hyphen whose first part the model read as another
    kind: "Ann" + "Wales" (a place) of "Ann Wales-Tarn"; the hyphen and the second part
    touch, and the second part is a capitalised word in no entity."""
    doc, end = person.doc, ent.end
    if not (person.label_ == "PERSON" and ent.start == person.end and len(ent) == 1):
        return False
    if ent.label_ not in ("GPE", "LOC", "ORG", "NORP", "FAC") or end + 2 > len(doc):
        return False
    hyphen, second = doc[end], doc[end + 1]
    return (
        hyphen.text == "-"
        and not ent[0].whitespace_
        and not hyphen.whitespace_
        and second.is_title
        and second.is_alpha
        and second.ent_iob_ == "O"
        and bool(person[-1].whitespace_)
    )
