"""Roles of people, as the text states them.

A role is the noun phrase the text uses to say who someone is. News copy puts
it in a few places, all read here from the parse:

* a title before the name: "Iraqi Foreign Minister Fuad Hussein", "his aunt
  Jane Roe", "Acme founder Jo Ames" (the words left of the name up
  to a determiner, punctuation or verb, ending in a noun), or the letters of an
  office after it ("Jo Ames QC", `role_postnominal`);
* an appositive in either order: "Ivo Quist, Tarland's acting harbour
  master," and "Tarland's acting harbour master, Ivo Quist,", or in
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

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from generator.extract.doc_words import full_name_surnames, tokens_of
from generator.extract.entities import PERSON, Entity, Mention
from generator.extract.family_names import KIN_NOUNS
from generator.extract.kin_lists import kin_listed_title
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.role_affiliations import affiliation
from generator.extract.role_ages import aged, stated_age
from generator.extract.role_appointed_objects import appointed_as_object
from generator.extract.role_appositives import (
    appositive,
    appositive_before,
    comma_before,
    name_root,
)
from generator.extract.role_as import fronted_as
from generator.extract.role_aside_subjects import verb_across_aside
from generator.extract.role_bodies import body_named_after, body_of
from generator.extract.role_body_titles import with_body_before
from generator.extract.role_brackets import bracketed
from generator.extract.role_choice import Found, chosen, joined, mended
from generator.extract.role_clefts import clefted
from generator.extract.role_context import SUBJECTS, bare
from generator.extract.role_court_sides import court_side
from generator.extract.role_courtesy import abbreviated_title, courtesy, styled_name
from generator.extract.role_dashed import dashed_description
from generator.extract.role_groups import group_of, listed_under
from generator.extract.role_headings import under_heading
from generator.extract.role_home_offices import with_home
from generator.extract.role_homes import home_set_off
from generator.extract.role_inverted import named_last
from generator.extract.role_kin_lists import kin_in_list
from generator.extract.role_kin_owners import kin_owned
from generator.extract.role_later import described_later
from generator.extract.role_ledes import referred_before, reported_before
from generator.extract.role_name_openers import trade_run_in
from generator.extract.role_named_as import named_as
from generator.extract.role_namesakes import elder_namesake, namesake_in
from generator.extract.role_one_of import one_of
from generator.extract.role_owned_as import owned_as
from generator.extract.role_party_letters import with_party
from generator.extract.role_phrases import role_phrase, role_words
from generator.extract.role_picture_asides import after_picture_aside
from generator.extract.role_postnominal import office_after, with_office
from generator.extract.role_quoted import in_quote
from generator.extract.role_rankings import ranked
from generator.extract.role_self_named import self_named
from generator.extract.role_set_off import set_off_elsewhere
from generator.extract.role_study_bodies import with_study_body
from generator.extract.role_surface import (
    appointed_to,
    called,
    marked_appositive,
    organization_before,
)
from generator.extract.role_titles import title_before
from generator.extract.role_unclosed import subject_after, subject_before
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
from generator.extract.role_world_ranks import ranking_before, ranking_set_off

__all__ = ["appositive", "name_root", "role_of"]


def _with_home_clauses(root: Token) -> Iterator[Token]:
    """The name's dependents, and a clause hung from the place it is "from" or "of" ("Roe,
    54, from Kelby, who runs a cafe,"): "who" stands for a person, never the town."""
    for child in root.children:
        yield child
        if child.dep_ == "prep" and child.lower_ in ("from", "of"):
            for place in child.children:
                if place.dep_ == "pobj":
                    yield from (c for c in place.children if c.dep_ == "relcl")


def copula(span: Span, lex: Lexicon) -> str | None:
    """ "chief executive of Acme" in "Roe, who is chief executive of Acme," or "Roe is
    ...", and "nurse" in "Roe, who works as a nurse,"."""
    root = name_root(span)
    skip = range(span.start, span.end)
    for child in _with_home_clauses(root):
        if child.dep_ == "relcl" and child.i >= span.end:
            subject = next((c for c in child.children if c.dep_ in SUBJECTS), None)
            attribute = (
                attribute_of(child) or works_as(child) or appointed_as(child) or self_named(child)
            )
            if subject is None or subject.lower_ != "who" or clefted(root, child):
                continue  # "It is Jo Ames who is the troublemaker": a claim, no description
            if attribute is not None and not ranked(attribute):
                said = hyphenated_title(attribute)  # "director-general" read as an adjective
                return as_served(role_phrase(attribute, skip, lex, said=said), child)
            job = job_of(child) or in_charge(child)
            if job:
                return job
    # "Jo — or, to give him his ring name, The Hammer — is ...": the aside hides the subject
    across = verb_across_aside(span)
    if (root.dep_ in SUBJECTS and root.head.i > root.i) or across is not None:
        verb = across or root.head
        attribute = attribute_of(verb) or works_as(verb) or appointed_as(verb)
        # "Roe, Lee ‘was a patient host’": quoted words, maybe about someone else;
        # "Roe was a ‘patient host’", a quote's words for him, not the narrator's; and
        # '"Roe is a great chief"', a speaker's judgement of him, not who he is.
        end = verb.i if attribute is None else attribute.i
        quoted = any(t.is_quote for t in tokens_of(span.doc)[span.end : end]) or in_quote(verb)
        negated = any(c.dep_ == "neg" for c in verb.children)
        ranking = attribute is not None and ranked(attribute)
        if attribute is not None and not (quoted or negated or ranking) and asserted(verb):
            said = hyphenated_title(attribute)
            return as_served(role_phrase(attribute, skip, lex, said=said), verb)
    return None


def _with_letters(title: str | None, span: Span) -> str | None:
    """A title before the name and the letters of a rank after it, unless the title says
    them: "Recorder, QC" of "Recorder Jo Roe QC"; "Labour MP" of "Labour MP Jo Roe MP"."""
    letters = office_after(span)
    if title and letters and letters.lower() in title.lower().split():
        return title
    return joined(title, letters)


#: "Vardy's son" as a role stated beside one mention: whose kin, and the kin noun.
_OWNED_KIN = re.compile(r"^(?P<owner>[^,]+?)['\u2019]s (?:\w+ )?(?P<kin>\w+)$")


def _kin_of_another_family(role: str, mention: Mention, name: str) -> bool:
    """Whether a kin role beside a bare given name ties it to another family than the
    person's full name: "Vardy's son" beside "Daniel" (of "Vardy's son, Daniel", with a
    Tom Vardy named in the story) makes that Daniel a Vardy, so a Daniel of another
    surname the given name was joined to is someone else, and the role is not his. A
    full name beside the role is left alone ("Vardy's sister, Ann Pell": kin by
    marriage bear other surnames), and so is an owner named by a given name ("Tom's
    mother, Ruth"), which says nothing of the surname."""
    words = name.split()
    if len(mention.text.split()) != 1 or len(words) < 2 or mention.text != words[0]:
        return False
    owned = _OWNED_KIN.match(role)
    if owned is None or owned["kin"].lower() not in KIN_NOUNS:
        return False
    owner = owned["owner"].split()[-1]
    return owner in full_name_surnames(mention.span.doc) and owner not in words


def _with_affiliation(described: str | None, reach: Span) -> str | None:
    """A description set off before the name with the body named right after it: "lawyer
    of Vance & Pell" of "His lawyer, Jo Roe of Vance & Pell, said", where the post is
    before the comma and whom it is with after the name."""
    if not described or " of " in f" {described} " or " for " in f" {described} ":
        return described
    told = affiliation(reach)
    if not told or not told.startswith(("of ", "from ", "at ")) or told in described:
        return described
    return f"{described} {told}"


def own_name_only(role: str, own: frozenset[str], lex: Lexicon) -> bool:
    """Whether a role is only words of the person's own name, none a title: "June" the
    parse set before "Dray" when it split "June Dray" in two ("Prince" of "Prince Tom"
    is a title and stays)."""
    words = role.split()
    return all(
        bare(w) in own and bare(w) not in lex.role_words and bare(w) not in lex.honorifics
        for w in words
    )


def role_of(
    entity: Entity, lex: Lexicon | None = None, bodies: frozenset[str] = frozenset()
) -> str | None:
    """The most descriptive role the text states for a person, with the age set off
    after their name ("mother-of-two, 41"), or None; ``bodies`` are the names of the
    story's organisations."""
    if entity.kind != PERSON:
        return None
    first = min(entity.mentions, key=lambda m: m.span.start_char).span
    role = with_study_body(_stated_role(entity, lex or lexicon(), bodies), first)
    return aged(role, stated_age(entity))


def _stated_role(entity: Entity, lex: Lexicon, bodies: frozenset[str]) -> str | None:
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
        title = (
            kin_listed_title(span)
            or title_before(span, lex)
            or organization_before(span, bodies)
            or ranking_before(span)
        )
        title = with_body_before(title, span)
        title = _with_letters(title, span)
        title = with_home(with_party(title, span), span)
        reach = with_office(span)
        comma = comma_before(reach, lex)
        described = (
            appositive(reach, lex)
            or court_side(reach)
            or bracketed(reach, lex)
            or marked_appositive(reach, lex)
            or dashed_description(reach)
            or set_off_elsewhere(reach, lex)
            or copula(reach, lex)
            or named_last(reach, lex)
            or affiliation(reach)
            or body_of(reach)
            or appointed_to(reach, lex)
            or appointed_as_object(reach, lex)
            or called(reach, lex)
            or group_of(reach, lex)
            or listed_under(reach, lex)
            or one_of(reach, lex)
            or fronted_as(reach, comma, lex)
            or owned_as(reach, lex)
            or subject_before(reach, comma, lex)
            or subject_after(reach, lex)
            or under_heading(reach, lex)
            or named_as(reach, lex)
            or after_picture_aside(reach, lex)
            or ranking_set_off(reach)
            # the list's kin, when no title before the name says it already
            or (kin_in_list(reach) if title is None else None)
        )
        body = described is not None and body_named_after(reach, described)
        described = _with_affiliation(described, reach)
        role = kin_owned(joined(title, described, body=body), span)
        # "Her mother, Claire Hollis, 46, a teacher,": a description on each side
        also = appositive_before(reach, lex) if described else None
        if role and _kin_of_another_family(role, mention, entity.name):
            continue
        # the trade word is in the person's name words only because the model ran it in
        if (
            role
            and not (role == span[0].text and trade_run_in(span))
            and own_name_only(role, own, lex)
        ):
            continue
        if role and role.lower() not in generic and not styled_name(role, lex):
            full = len(mention.text.split()) >= full_name
            courteous = span.start > 0 and courtesy(span.doc[span.start - 1], lex)
            sole = span.start > named_in_full and not namesake_in(span, own, lex)
            theirs = full or courteous or sole
            if not theirs and elder_namesake(span, own, named_in_full, lex):
                continue  # a bare surname of a namesake named first: theirs
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
        # what "Professor Jo Ames" gives; else a home set off after a name ("Jo Roe, 32,
        # of Tarnby,"), which says less than any description
        mentions = sorted(entity.mentions, key=lambda m: m.span.start_char)
        return (
            mended(reported_before(first.span, lex))
            or next(filter(None, (abbreviated_title(m.span) for m in mentions)), None)
            or next(filter(None, (home_set_off(with_office(m.span)) for m in mentions)), None)
        )
    return chosen_role
