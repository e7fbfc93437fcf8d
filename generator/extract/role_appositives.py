"""Appositives: a description set off beside a name by commas or dashes, in either order
("Ivo Quist, Tarland's acting harbour master," and "Tarland's acting harbour master,
Ivo Quist,"), read from the parse; `roles` keeps them as one place a role
is stated."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.hyphens import HYPHENS
from generator.extract.lexicon import Lexicon
from generator.extract.name_spans import entity_span
from generator.extract.role_and_compounds import joined_by_and
from generator.extract.role_appositive_pieces import cut_before, cut_prefix, hyphen_run
from generator.extract.role_courtesy import clergy_style
from generator.extract.role_nouns import is_role_word, names_someone
from generator.extract.role_phrases import role_phrase
from generator.extract.role_surface import set_off_after, titles_next_name
from generator.extract.role_word_pieces import word_last, word_top

__all__ = [
    "appositive",
    "appositive_after",
    "appositive_before",
    "comma_before",
    "name_root",
]

#: Steps up from a noun to the person noun whose phrase holds it.
MAX_CLIMB = 6
#: Marks that set a name off from the description before it.
_SET_OFF = (",", "-", "\u2013", "\u2014")
_SUBJECTS = ("nsubj", "nsubjpass")
#: What the parser calls a phrase set off before a subject that it did not see as one.
_MISREAD = ("dep", "npadvmod")


def comma_before(span: Span, lex: Lexicon, marks: tuple[str, ...] = (",",)) -> int | None:
    """The comma that sets the name (with any title) off from what precedes it; or
    another of ``marks`` ("Ann's lawyer - Jo Roe,"), written as a mark between spaces."""
    doc = span.doc
    tokens = tokens_of(doc)
    at = span.start - 1
    traded = False  # a trade in lower case stands between the comma and the name
    while at >= 0:
        token = tokens[at]
        if not (token.lower_ in lex.honorifics or is_role_word(token, lex) or _rank(token, span)):
            if not _trade_before_name(doc, at, span, lex):
                break
            traded = True
        at -= 1
    if traded and _one_of_many(doc, at):
        return None  # "One resident, magician Jo Roe,": she is one of many; her trade says who
    # "her cousin, 24-year-old Jo Ames,": an age before the name is no part of the description
    at = _before_age(doc, at, span)
    # "The Bishop of Tarn, the Rt Rev Jo Ames,": the style is no part of the description
    at = clergy_style(doc, at)
    if at < 0 or tokens[at].text not in marks:
        return None
    spaced = at > 0 and bool(tokens[at - 1].whitespace_) and bool(tokens[at].whitespace_)
    return at if tokens[at].text == "," or spaced else None  # a dash, not a hyphen


def _one_of_many(doc: Doc, comma: int) -> bool:
    """Whether the noun before ``comma`` is counted as one ("One resident,")."""
    noun = doc[comma - 1] if comma > 0 else None
    return noun is not None and any(c.dep_ == "nummod" and c.lower_ == "one" for c in noun.children)


def _trade_before_name(doc: Doc, at: int, span: Span, lex: Lexicon) -> bool:
    """Whether the word at ``at`` is a lower-case word of a trade written before the name
    after the comma ("hotelier", "stage" and "ex-" of "His partner, hotelier Jo Roe,",
    "Her fiance, stage actor Jo Roe," and "her coach, ex-sprinter Jo Roe,"): a noun for
    a person, a word the parse hangs on the name or on a word between, or a piece glued
    to the word after it. The description before the comma is still the name's."""
    token = doc[at]
    if token.lower_ == "old":
        return False  # "24-year-old": an age, which `_before_age` passes over
    glued = at + 1 < span.start and not token.whitespace_
    if glued and (token.text in HYPHENS or (token.is_lower and token.is_alpha)):
        return True
    if not (token.is_lower and token.is_alpha):
        return False
    if token.dep_ in ("compound", "amod") and at < token.head.i < span.end:
        return True
    return names_someone(token, lex)


def _before_age(doc: Doc, at: int, span: Span) -> int:
    """The index before an age that ``at`` ends and the name holds ("24-year-old" of
    "24-year-old Jo Ames"), else ``at``."""
    tokens = tokens_of(doc)
    if at < 0 or tokens[at].lower_ != "old" or tokens[at].head.i not in range(span.start, span.end):
        return at
    first = tokens[at].left_edge
    return first.i - 1 if first.like_num else at


def _rank(token: Token, span: Span) -> bool:
    """Whether ``token`` is a capitalised word the parse joins to the name as part of it,
    not inside the person's entity: a title ("Major" of "Her father, Major Jo Roe,"); or
    one the model ran into the name that the name leaves out ("Conservative" of "The
    local MP, Conservative Greg Tanner,")."""
    run_into = token.ent_type_ == "PERSON" and entity_span(token).end > span.start
    return (
        token.is_title
        and token.dep_ == "compound"
        and token.head.i in range(span.start, span.end)
        and (not token.ent_type_ or run_into)
    )


def _of_place(span: Span, lex: Lexicon) -> bool:
    """Whether "of Kentucky" follows the name, or a peer's seat ("Lord Roe of Tarnby")."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and (doc[span.end + 1].ent_type_ in ("GPE", "LOC") or _peer_seat(span, lex))
    )


#: Titles of the peerage that are held "of" a place; a knight's or dame's are not.
_KNIGHTHOOD = frozenset({"sir", "dame"})


def _peer_seat(span: Span, lex: Lexicon) -> bool:
    """Whether a peer's name runs on into the seat of the title, whatever the model made of
    the place: "Lord Roe of Tarnby, the one law lord to ...", "Baroness Ames of Kelby"."""
    doc = span.doc
    title = span[0] if span[0].lower_ in lex.peerage or span.start == 0 else doc[span.start - 1]
    return (
        title.lower_ in lex.peerage - _KNIGHTHOOD
        and span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and doc[span.end + 1].is_title
    )


def _after_name(root: Token, lex: Lexicon, seat: bool = False) -> Iterator[Token]:
    """Dependents of a name, and of a place it is "of" ("Roe of Kentucky, the ...", a peer's
    ``seat``); of a place it is "from" (whatever the model labelled it), only a noun for a
    person ("Roe, from Leeds, a retired nurse,"): "Roe, from Leeds, a town of mills,"
    describes the town."""
    for child in root.children:
        yield child
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for place in child.children:
                # a town after "from" may be labelled anything ("from Hull" as a name)
                home = child.lower_ == "from" and place.pos_ == "PROPN"
                named = place.ent_type_ in ("GPE", "LOC") or (seat and child.lower_ == "of")
                if place.dep_ == "pobj" and (home or named):
                    for told in place.children:
                        if child.lower_ == "of" or names_someone(told, lex):
                            yield told


def _one_paragraph(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start`` to ``end`` (inclusive) stand in one paragraph."""
    return not any(t.is_space or "\n" in t.whitespace_ for t in doc[start:end])


def name_root(span: Span) -> Token:
    """The word of a name the rest of the sentence hangs from: its last word when the
    parser hung that outside the name, as it does for a given name it misread as a verb
    ("Ivo" of "Ivo Quist, chief of ..." read as a clause of its own); else the span's
    root."""
    last = span[-1]
    if len(span) > 1 and not (span.start <= last.head.i < span.end):
        return last
    return span.root


def appositive(span: Span, lex: Lexicon) -> str | None:
    """ "Tarland's acting harbour master" around "Ivo Quist" in either order."""
    return appositive_after(span, lex) or appositive_before(span, lex)


def appositive_after(span: Span, lex: Lexicon) -> str | None:
    """ "Tarland's acting harbour master" of "Ivo Quist, Tarland's ...,"."""
    root = name_root(span)
    doc = span.doc
    skip = range(span.start, span.end)
    if set_off_after(span) or _of_place(span, lex):
        for child in _after_name(root, lex, seat=_peer_seat(span, lex)):
            if (
                child.dep_ == "appos"
                and child.i >= span.end
                and _one_paragraph(doc, span.start, child.i)
                and not titles_next_name(child)
                and not cut_before(child)
                and not _titles_another(child, skip)
                # "The firm's boss, Jo Roe, praised staff": the verb read as an adjective
                and child.left_edge.tag_ != "VBD"
            ):
                first = hyphen_run(child)
                # "a cash and carry manager" read as "cash" and a verb phrase
                role = joined_by_and(child, skip, lex) or role_phrase(
                    child, skip, lex, said=_indefinite(first)
                )
                if role:
                    return cut_prefix(first, child) + role
    return None


def appositive_before(span: Span, lex: Lexicon) -> str | None:
    """ "Tarland's acting harbour master" of "Tarland's ..., Ivo Quist"."""
    root = name_root(span)
    doc = span.doc
    skip = range(span.start, span.end)
    before = comma_before(span, lex, _SET_OFF)
    if before is None:
        return None
    if root.dep_ in ("appos", "npadvmod") and root.head.i < span.start:
        if not _one_paragraph(doc, root.head.i, span.end):
            return None
        # "work by their builder, Tom Ames," with the name hung from a word
        # further up: the person noun right before the comma is still the one he is.
        # Hung from another person's name past that name's own appositive ("a clerk for
        # Jo Ames, the mayor who beat her brother, the former mayor, Tom Ames,"): the
        # phrase above that name is theirs, and the noun before the comma is
        # the one this person is. Right after the name, the phrase is this person's
        # ("the widow of Tom Ames, Jo Ames,").
        other = root.head.ent_type_ == "PERSON" and any(
            c.dep_ == "appos" and root.head.i < c.i < span.start for c in root.head.children
        )
        above = None if other else _person_above(root.head, lex)
        holder = above or _person_before(span.doc, before, lex)
        if holder is None:
            piece = _hyphened_person(root.head, lex)
            return role_phrase(piece, skip, lex, said=True) if piece is not None else None
        return role_phrase(holder, skip, lex)
    # "by the ferry's captain, Hugh Dallow," parsed with the name as a second
    # object: the noun before the comma still hangs from the name.
    noun = span.doc[before - 1] if before > 0 else None
    if noun is not None and any(a.i == root.i for a in noun.ancestors):
        return role_phrase(noun, skip, lex)
    subject = _twin_subject(span, root, before) or _set_off_subject(span, root, before, lex)
    if subject is None:
        return None
    piece = _hyphened_person(subject, lex)
    if piece is not None:
        return role_phrase(piece, skip, lex, said=True)
    return role_phrase(subject, skip, lex)


def _hyphened_person(token: Token, lex: Lexicon) -> Token | None:
    """The piece of a title written with a hyphen to read the role from, when ``token``
    is a front piece or the hyphen of a word whose last piece names someone: the
    tokenizer splits "vice-chancellor" in three and the parse hangs the pieces apart
    (the name an appositive of "vice" or of the hyphen), so the front piece alone
    names no one. None for a word of its own or one that names no one."""
    last = word_last(token)
    if last == token or not names_someone(last, lex):
        return None
    return word_top(token)


def _set_off_subject(span: Span, root: Token, comma: int, lex: Lexicon) -> Token | None:
    """ "chair" of "after the board's new chair, Jo Roe, said" parsed with the name as the
    subject of a clause of its own: a name set off by commas on both sides right before
    its verb is an appositive, so the person noun ending the phrase before is its role."""
    doc = span.doc
    after = span.end
    if root.dep_ not in _SUBJECTS or after + 1 >= len(doc) or doc[after].text != ",":
        return None
    if doc[after + 1] != root.head or comma < 1:
        return None
    noun = doc[comma - 1]
    return noun if noun.pos_ == "NOUN" and names_someone(noun, lex) else None


def _twin_subject(span: Span, root: Token, comma: int) -> Token | None:
    """ "coach" of "Her coach of ten years, Jo Ames, said", parsed as two subjects of
    "said" (or the first as a bare "dep" or an adverbial noun): two subjects of one verb
    with no "and" between them are one person, the phrase before the comma set off before
    the name (with a comma after it too)."""
    doc = span.doc
    if root.dep_ not in _SUBJECTS or span.end >= len(doc) or doc[span.end].text != ",":
        return None
    return next(
        (
            c
            for c in root.head.children
            # the parse may hang the comma from the phrase it closes
            if c.dep_ in (root.dep_, *_MISREAD)
            and c.i < span.start
            and c.right_edge.i in (comma - 1, comma)
        ),
        None,
    )


def _titles_another(noun: Token, skip: range) -> bool:
    """Whether an appositive is the title of another name it holds ("Ed Poe's aide" read
    as "Poe" and "aide"), or the next item of a list that semicolons part ("Jo Roe, who
    left; Harbour Master Ed Poe; ...")."""
    start = noun.left_edge.i
    if start > 0 and noun.doc[start - 1].text == ";":
        return True
    # a word in lower case the model tagged a person is no name ("lorry" of "a lorry driver")
    return any(
        _named_person(t) and t.i not in skip and t.dep_ in ("appos", "compound")
        for t in noun.children
    )


def _indefinite(noun: Token) -> bool:
    """Whether an appositive set off by a comma is "a" or "an" and one singular noun
    ("Jo Ames, 61, a retired blacksmith,"), which says what someone is whatever the
    noun; not a thing with its own clause ("a shed that ..."), a tie to someone else ("a
    way back to Ann Vell") or nouns the parse ran together ("a bread and cake seller"); a
    clause of "who" after the noun says it is a person's ("a retired coxswain who ...")."""
    doc = noun.doc
    start = noun.left_edge.i
    article = doc[start].lower_ in ("a", "an") and doc[start].head == noun
    return (
        article
        and start > 0
        and doc[start - 1].text == ","
        # a word in lower case tagged a proper noun is a common one ("a former Scotland
        # international")
        and (noun.tag_ == "NN" or (noun.tag_ == "NNP" and noun.is_lower))
        and noun.is_alpha
        and not noun.lower_.endswith("ing")
        and not (noun.ent_type_ and not _lower_person(noun))
        and not any(c.dep_ in ("conj", "cc") or _of_a_thing(c) for c in noun.children)
        and not any(_named_person(t) for t in noun.subtree)
    )


def _named_person(token: Token) -> bool:
    """Whether a word is tagged a person and is not in lower case: a name's word."""
    return token.ent_type_ == "PERSON" and not token.is_lower


def _lower_person(token: Token) -> bool:
    """Whether a word in lower case is tagged a person ("driver" of "a lorry driver"): the
    model read the role as a name, and it names no one."""
    return token.ent_type_ == "PERSON" and token.is_lower


def _of_a_thing(clause: Token) -> bool:
    """Whether a relative clause hung from a noun may be about a thing ("a shed that
    leaks"): one whose subject is "who" is about a person ("a coxswain who served")."""
    return clause.dep_ == "relcl" and not any(
        c.dep_ in _SUBJECTS and c.lower_ == "who" for c in clause.children
    )


def _person_above(token: Token, lex: Lexicon) -> Token | None:
    """``token`` if it names someone, else the outermost person noun whose phrase
    holds it: "spokesman" for "Dusseldorf" in "a spokesman for the office in
    Dusseldorf, Jo Roe,", "mother" in "the mother of a boy from Leeds, Jo Roe,",
    where the parser tied the name to the last noun."""
    if names_someone(token, lex):
        return token
    found = None
    for _ in range(MAX_CLIMB):
        if token.dep_ not in ("pobj", "prep"):
            break
        token = token.head
        if names_someone(token, lex):
            found = token
    return found


def _person_before(doc: Doc, comma: int, lex: Lexicon) -> Token | None:
    """The singular noun for a person right before ``comma``, or the person noun whose
    phrase ends there ("chronicler" of "the court chronicler of the age, Jo Roe,"), or
    None. People in the plural there are whom the name is one of ("the wife
    of one of his friends, Jo Roe,"): the noun above them is someone else."""
    noun = doc[comma - 1] if comma > 0 else None
    if noun is None or noun.pos_ != "NOUN":
        return None
    people_in_plural = names_someone(noun, lex, plural=True) and not names_someone(noun, lex)
    return None if people_in_plural else _person_above(noun, lex)
