"""Roles of people, as the text states them.

A role is the noun phrase the text uses to say who someone is. News copy puts
it in a few places, all read here from the parse:

* a title before the name: "Iraqi Foreign Minister Fuad Hussein", "his aunt
  Jane Roe", "Acme founder Jo Ames" (the words left of the name up
  to a determiner, punctuation or verb, ending in a noun), or the letters of an
  office after it ("Jo Ames QC", `role_postnominal`);
* an appositive in either order: "Asaad al-Shaibani, Syria's interim foreign
  minister," and "Syria's interim foreign minister, Asaad al-Shaibani,", or in
  brackets: "Ann Vell [the Transport Secretary]", "the minister (Ann Vell)" (`role_brackets`);
* a copula: "Jane Roe, who is chief executive of Acme," and "Roe is the
  chief executive of Acme"; a job: "Roe, who is representing the family,";
* an affiliation: "Jane Roe, of the Acme Institute, said", also told by a kind of body
  ("of campaign group Fair Roads", `role_bodies`);
* a group the name is listed in: "other pilots, including Jane Roe," (`role_groups`);
* a fronted "as" phrase: "As MP for Tarland, Jane Roe argued ..." (`role_as`);
* failing all these, a description in the sentences around the name, before
  anyone else is named (`role_context`): "Jane Roe ... . The Quality Manager
  from Leeds said", "A Harlem resident hooked ... . Luis Roe said".

Each phrase is cut before any clause hanging off it, loses its determiner and
possessive pronoun ("his brother Rob" -> "brother"; a named owner stays:
"Rob's brother"), and has its abbreviations written in full ("Sen." ->
"Senator"). One role is kept per person (`role_choice`): the most descriptive
one, with one more description that says something else.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import PERSON, Entity
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.name_spans import entity_span
from generator.extract.role_ages import aged, stated_age
from generator.extract.role_appositive_pieces import cut_before, cut_prefix, hyphen_run
from generator.extract.role_as import fronted_as
from generator.extract.role_bodies import body_named_after, body_of
from generator.extract.role_brackets import bracketed
from generator.extract.role_choice import Found, chosen, joined, mended
from generator.extract.role_clefts import clefted
from generator.extract.role_context import (
    SUBJECTS,
    bare,
    namesake_in,
    referred_before,
    reported_before,
)
from generator.extract.role_court_sides import court_side
from generator.extract.role_courtesy import abbreviated_title, courtesy, styled_name
from generator.extract.role_groups import group_of, listed_under
from generator.extract.role_headings import under_heading
from generator.extract.role_inverted import named_last
from generator.extract.role_later import described_later
from generator.extract.role_named_as import named_as
from generator.extract.role_nouns import is_role_word, names_someone
from generator.extract.role_one_of import one_of
from generator.extract.role_party_letters import with_party
from generator.extract.role_phrases import role_phrase, role_words
from generator.extract.role_postnominal import office_after, with_office
from generator.extract.role_quoted import in_quote
from generator.extract.role_rankings import ranked
from generator.extract.role_set_off import set_off_elsewhere
from generator.extract.role_surface import (
    affiliation,
    appointed_to,
    called,
    marked_appositive,
    organization_before,
    set_off_after,
    titles_next_name,
)
from generator.extract.role_titles import title_before
from generator.extract.role_unclosed import subject_before
from generator.extract.role_verbs import (
    appointed_as,
    as_served,
    asserted,
    attribute_of,
    hyphenated_title,
    in_charge,
    job_of,
    works_as,
)

__all__ = ["role_of"]

#: Steps up from a noun to the person noun whose phrase holds it.
MAX_CLIMB = 6
#: Marks that set a name off from the description before it.
_SET_OFF = (",", "-", "\u2013", "\u2014")


# --- where roles are stated ----------------------------------------------------------


def _comma_before(span: Span, lex: Lexicon, marks: tuple[str, ...] = (",",)) -> int | None:
    """The comma that sets the name (with any title) off from what precedes it; or
    another of ``marks`` ("Ann's lawyer - Jo Roe,"), written as a mark between spaces."""
    doc = span.doc
    at = span.start - 1
    while at >= 0 and (
        doc[at].lower_ in lex.honorifics or is_role_word(doc[at], lex) or _rank(doc[at], span)
    ):
        at -= 1
    if at < 0 or doc[at].text not in marks:
        return None
    spaced = at > 0 and bool(doc[at - 1].whitespace_) and bool(doc[at].whitespace_)
    return at if doc[at].text == "," or spaced else None  # a dash, not a hyphen


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


def _of_place(span: Span) -> bool:
    """Whether "of Kentucky" follows the name."""
    doc = span.doc
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ == "of"
        and doc[span.end + 1].ent_type_ in ("GPE", "LOC")
    )


def _after(root: Token, lex: Lexicon) -> Iterator[Token]:
    """Dependents of a name, and of a place it is "of" ("Roe of Kentucky, the ..."); of a
    place it is "from" (whatever the model labelled it), only a noun for a person ("Roe,
    from Leeds, a retired nurse,"): "Roe, from Leeds, a town of mills," describes the town."""
    for child in root.children:
        yield child
        if child.dep_ == "prep" and child.lower_ in ("of", "from"):
            for place in child.children:
                # a town after "from" may be labelled anything ("from Hull" as a name)
                home = child.lower_ == "from" and place.pos_ == "PROPN"
                if place.dep_ == "pobj" and (home or place.ent_type_ in ("GPE", "LOC")):
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
    """ "Syria's interim foreign minister" around "Asaad al-Shaibani" in either order."""
    return appositive_after(span, lex) or appositive_before(span, lex)


def appositive_after(span: Span, lex: Lexicon) -> str | None:
    """ "Syria's interim foreign minister" of "Asaad al-Shaibani, Syria's ...,"."""
    root = name_root(span)
    doc = span.doc
    skip = range(span.start, span.end)
    if set_off_after(span) or _of_place(span):
        for child in _after(root, lex):
            if (
                child.dep_ == "appos"
                and child.i >= span.end
                and _one_paragraph(doc, span.start, child.i)
                and not titles_next_name(child)
                and not cut_before(child)
                and not _titles_another(child, skip)
            ):
                first = hyphen_run(child)
                role = role_phrase(child, skip, lex, said=_indefinite(first))
                if role:
                    return cut_prefix(first, child) + role
    return None


def appositive_before(span: Span, lex: Lexicon) -> str | None:
    """ "Syria's interim foreign minister" of "Syria's ..., Asaad al-Shaibani"."""
    root = name_root(span)
    doc = span.doc
    skip = range(span.start, span.end)
    before = _comma_before(span, lex, _SET_OFF)
    if before is None:
        return None
    if root.dep_ in ("appos", "npadvmod") and root.head.i < span.start:
        if not _one_paragraph(doc, root.head.i, span.end):
            return None
        # "work by their builder, Tom Ames," with the name hung from a word
        # further up: the person noun right before the comma is still the one he is.
        holder = _person_above(root.head, lex) or _person_before(span.doc, before, lex)
        return role_phrase(holder, skip, lex) if holder is not None else None
    # "by the ferry's captain, Hugh Dallow," parsed with the name as a second
    # object: the noun before the comma still hangs from the name.
    noun = span.doc[before - 1] if before > 0 else None
    if noun is not None and any(a.i == root.i for a in noun.ancestors):
        return role_phrase(noun, skip, lex)
    return None


def _titles_another(noun: Token, skip: range) -> bool:
    """Whether an appositive is the title of another name it holds ("Ed Poe's aide" read
    as "Poe" and "aide"), or the next item of a list that semicolons part ("Jo Roe, who
    left; Harbour Master Ed Poe; ...")."""
    start = noun.left_edge.i
    if start > 0 and noun.doc[start - 1].text == ";":
        return True
    return any(
        t.ent_type_ == "PERSON" and t.i not in skip and t.dep_ in ("appos", "compound")
        for t in noun.children
    )


def _indefinite(noun: Token) -> bool:
    """Whether an appositive set off by a comma is "a" or "an" and one singular noun
    ("Jo Ames, 61, a retired blacksmith,"), which says what someone is whatever the
    noun; not a thing with its own clause ("a shed that ..."), a tie to someone else ("a
    way back to Ann Vell") or nouns the parse ran together ("a bread and cake seller")."""
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
        and not noun.ent_type_
        and not any(c.dep_ in ("conj", "cc", "relcl") for c in noun.children)
        and not any(t.ent_type_ == "PERSON" for t in noun.subtree)
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


def copula(span: Span, lex: Lexicon) -> str | None:
    """ "chief executive of Acme" in "Roe, who is chief executive of Acme," or "Roe is
    ...", and "nurse" in "Roe, who works as a nurse,"."""
    root = name_root(span)
    skip = range(span.start, span.end)
    for child in root.children:
        if child.dep_ == "relcl" and child.i >= span.end:
            subject = next((c for c in child.children if c.dep_ in SUBJECTS), None)
            attribute = attribute_of(child) or works_as(child) or appointed_as(child)
            if subject is None or subject.lower_ != "who" or clefted(root, child):
                continue  # "It is Jo Ames who is the troublemaker": a claim, no description
            if attribute is not None and not ranked(attribute):
                said = hyphenated_title(attribute)  # "director-general" read as an adjective
                return as_served(role_phrase(attribute, skip, lex, said=said), child)
            job = job_of(child) or in_charge(child)
            if job:
                return job
    if root.dep_ in SUBJECTS and root.head.i > root.i:
        verb = root.head
        attribute = attribute_of(verb) or works_as(verb) or appointed_as(verb)
        # "Roe, Lee ‘was a patient host’": quoted words, maybe about someone else;
        # "Roe was a ‘patient host’", a quote's words for him, not the narrator's; and
        # '"Roe is a great chief"', a speaker's judgement of him, not who he is.
        end = verb.i if attribute is None else attribute.i
        quoted = any(t.is_quote for t in span.doc[span.end : end]) or in_quote(verb)
        negated = any(c.dep_ == "neg" for c in verb.children)
        ranking = attribute is not None and ranked(attribute)
        if attribute is not None and not (quoted or negated or ranking) and asserted(verb):
            said = hyphenated_title(attribute)
            return as_served(role_phrase(attribute, skip, lex, said=said), verb)
    return None


def role_of(entity: Entity, lex: Lexicon | None = None) -> str | None:
    """The most descriptive role the text states for a person, with the age set off
    after their name ("mother-of-two, 41"), or None."""
    if entity.kind != PERSON:
        return None
    return aged(_stated_role(entity, lex or lexicon()), stated_age(entity))


def _stated_role(entity: Entity, lex: Lexicon) -> str | None:
    """The most descriptive role the text states for a person, or None."""
    # The person's own name words, to tell them from others a sentence names.
    own = frozenset(
        bare(word) for m in entity.mentions for word in [*m.text.split(), *entity.name.split()]
    )
    full_name = len(entity.name.split())
    generic = role_words().generic
    found: list[Found] = []
    # News names a person in full first: a bare surname before that is someone else's.
    named_in_full = min(
        (m.span.start for m in entity.mentions if len(m.text.split()) >= full_name), default=0
    )
    for mention in sorted(entity.mentions, key=lambda m: m.span.start_char):
        span = mention.span
        title = title_before(span, lex) or organization_before(span) or office_after(span)
        title = with_party(title, span)
        reach = with_office(span)
        comma = _comma_before(reach, lex)
        described = (
            appositive(reach, lex)
            or court_side(reach)
            or bracketed(reach, lex)
            or marked_appositive(reach, lex)
            or set_off_elsewhere(reach, lex)
            or copula(reach, lex)
            or named_last(reach, lex)
            or affiliation(reach)
            or body_of(reach)
            or appointed_to(reach, lex)
            or called(reach, lex)
            or group_of(reach, lex)
            or listed_under(reach, lex)
            or one_of(reach, lex)
            or fronted_as(reach, comma, lex)
            or subject_before(reach, comma, lex)
            or under_heading(reach, lex)
            or named_as(reach, lex)
        )
        body = described is not None and body_named_after(reach, described)
        role = joined(title, described, body=body)
        # "Her mother, Claire Hollis, 46, a teacher,": a description on each side
        also = appositive_before(reach, lex) if described else None
        if role and role.lower() not in generic and not styled_name(role, lex):
            full = len(mention.text.split()) >= full_name
            courteous = span.start > 0 and courtesy(span.doc[span.start - 1], lex)
            sole = span.start > named_in_full and not namesake_in(span, own, lex)
            theirs = full or courteous or sole
            found.append(Found(role, full, described is not None, theirs, in_quote(span)))
            if also and also != described:
                found.append(Found(also, full, True, theirs, in_quote(span)))
    first = min(entity.mentions, key=lambda m: m.span.start_char)
    # Only when the text states no role beside the name, a later description is the role;
    # beside one, it says more ("said the grandmother-of-five" of "Patient Linda Harte").
    later = described_later(entity, lex, own, offices=not found)
    if later and not found:
        return later
    if later:
        found.append(Found(later, False, True))
    chosen_role = chosen(found, referred_before(first.span, lex))
    if chosen_role is None:
        # an unnamed speaker of the lede, or "Prof Jo Ames" with nothing else stated:
        # what "Professor Jo Ames" gives
        return mended(reported_before(first.span, lex)) or next(
            filter(None, (abbreviated_title(m.span) for m in entity.mentions)), None
        )
    return chosen_role
