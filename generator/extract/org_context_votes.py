"""Votes that a name is a body's, from the words around it: a suffix after it ("Tarn Corp"),
what a firm has ("shares of Hale Capital", "sales at Tarn Hollis"), a body's kind before it or
set off after it ("the carrier Skyra", "Colegio Vela, a private school"), a "which" clause about
it. Part of `evidence.collect`'s votes; general word lists only."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from generator.extract.business_votes import BUSINESS_OBJECTS, money
from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.doc_words import lower_at as _lower
from generator.extract.doc_words import token_at as _token
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, PLACE, WORK, Mention
from generator.extract.name_positions import listed_name, relative_clause_subject, whole_word
from generator.extract.person_tails import within_a_name
from generator.extract.referent_given_names import given_named_person
from generator.extract.sentence_openers import BODIES_ONLY
from generator.extract.typing_club_spans import CLUB_ENDINGS
from generator.extract.typing_initials import initials_follow, spells_out_initials
from generator.extract.typing_plural_bodies import surname_after_given_name
from generator.extract.typing_relatives import which_weight
from generator.extract.work_votes import ship_carrier

#: Words after a name that may open a byline's desk, not end a firm's name: "Jo Ames
#: Technology Editor".
_DESKS = frozenset({"news", "press", "times", "technology"})

#: What a firm has "at" it: "sales at Tarn Hollis", "job cuts at Tarn Hollis".
_AT_A_FIRM = BUSINESS_OBJECTS | {"cuts", "redundancies", "layoffs"}

#: Verbs that put a price on a firm: "values Tarn Hollis at £2bn".
_VALUING = frozenset({"value", "values", "valued", "valuing"})

#: Words before "members of" that make them a person's: "family members of Jo Ames".
_KIN_GROUPS = frozenset({"family", "staff", "household", "crew", "entourage", "team", "cast"})

#: Organization head nouns that relate one firm to another: "Sony rival Nintendo".
_RELATIONS = frozenset({"rival", "unit", "subsidiary", "chain", "label", "studio"})

#: Organization head nouns that also head people: "documentary maker Michael Smith".
_HEADS_OF_PEOPLE_TOO = frozenset(
    {"maker", "rival", "developer", "publisher", "operator", "broadcaster", "pollster"}
)


@cache
def _body_kinds() -> frozenset[str]:
    """Lower-case nouns of a kind of body, as an apposition names one ("Colegio Vela, a private
    school"): the heads and suffixes of bodies, no "-ing" word, none that heads people too."""
    cue = cues()
    kinds = {w for w in cue.org_heads | cue.org_suffixes if w[-3:] != "ing"}
    return frozenset(kinds - _HEADS_OF_PEOPLE_TOO)


def relative_of(mention: Mention, i: int) -> bool:
    """Whether the relative pronoun at ``i`` opens a clause about the mention (or the parse is
    unsure: a clause with no head in the sentence)."""
    clause = mention.span.doc[i].head
    return clause.dep_ != "relcl" or mention.span.start <= clause.head.i < mention.span.end


def org_votes(mention: Mention) -> None:
    """Votes that the name is a body's, from the words around it (see the module's note)."""
    span, doc, cue = mention.span, mention.span.doc, cues()
    last = span[-1].lower_.rstrip(".")
    known_place = mention.place is not None
    suffix = last in cue.org_suffixes or last in CLUB_ENDINGS
    if len(span) > 1 and suffix and not surname_after_given_name(span):
        # "Silver Hills Ltd", "Tarn Petroleum", not "Tom Mills"; the model's "West Bank" a place.
        mention.vote(ORG, 1.0 if span.label_ in ("GPE", "LOC") else 3.0)
    after = _lower(doc, span.end)
    follower = _token(doc, span.end)
    capitalised = follower is not None and follower.text[:1].isupper()
    if capitalised and after in cue.org_suffixes and after not in _DESKS:
        mention.vote(ORG, 2.0)  # "Sega Corp" when the model cut the suffix off
    if after in cue.org_after and follower is not None and follower.is_lower:
        # "Yukos shares", not "Tokyo shares"; "Jo Ames Business Correspondent" is a byline.
        mention.vote(ORG, 0.5 if known_place else 3.0)
    if after in POSSESSIVE_ENDINGS and _lower(doc, span.end + 1) in cue.org_possessions:
        mention.vote(ORG, 2.0)  # "Ryanair's chief executive"
    before, before2 = _lower(doc, span.start - 1), _lower(doc, span.start - 2)
    if before == "of" and before2 == "members" and _lower(doc, span.start - 3) not in _KIN_GROUPS:
        mention.vote(ORG, 2.0)  # "members of Harrow Prayer": a body has members, a person kin
    where = before == "in" and known_place  # "users in Europe": where they are
    if before in ("of", "in") and before2 in cue.org_object_of and after != "-" and not where:
        mention.vote(ORG, 3.0)  # "shares of Yukos", "a stake in Sega"
    if before == "at" and before2 in _AT_A_FIRM and after not in POSSESSIVE_ENDINGS:
        mention.vote(ORG, 0.5 if known_place else 2.0)  # "sales at Tarn Hollis", "jobs at"
    head = span.root.head
    if span.root.dep_ == "dobj" and head.lower_ in _VALUING and _priced_at(head):
        mention.vote(ORG, 3.0)  # "the bid values Tarn Hollis at £2bn": a firm has a price
    noun = "" if within_a_name(_token(doc, span.start - 1)) else before  # "Group Ann Vell"
    if (
        noun in cue.org_heads
        and not ship_carrier(before, before2)
        and not relative_clause_subject(span)
    ):
        # "the carrier Ryanair" (not "the aircraft carrier Sea Lark"), "the news weekly Der
        # Spiegel"; "documentary maker Michael Smith" is a person: a two-word one only leans.
        ambiguous = before in _HEADS_OF_PEOPLE_TOO and len(span) > 1
        mention.vote(ORG, 0.75 if ambiguous else 3.0)
        # "investment bank Garson Tate": no one's name, whatever its other mentions "said".
        mention.named_body = before in BODIES_ONLY and len(span) > 1 and not listed_name(span)
    elif noun.endswith("s") and noun[:-1] in cue.org_heads and not listed_name(span):
        mention.vote(ORG, 3.0)  # "pollsters Hale Research": one name after a plural is a body
    if (
        before in ("the", "a", "an")
        and span.label_ == "PERSON"
        and span.root.dep_ != "compound"
        and not known_place
        and not span[-1].lower_.endswith("s")
    ):
        mention.vote(ORG, 1.0)  # "for the Xbox": no article before a person's name
    described = _token(doc, span.end + 1)
    if (
        len(span) == 1
        and not known_place
        and after in cue.org_heads - _RELATIONS
        and follower is not None
        and follower.is_lower
        and described is not None
        and described.text[:1].isupper()
    ):
        mention.vote(WORK, 3.0)  # "Budget airline Skyra": a word describing the firm, no name
    if len(span) > 1 and last == "fire" and before not in ("the", "a", "an"):
        mention.vote(ORG, 3.0)  # "Tarn Fire said": a fire service; "the Marlow Fire" burns
    if span.label_ != "PERSON" and initials_follow(span):
        mention.vote(ORG, 3.0)  # "Severn Kite Power (SKP) said": bodies go by initials
    if spells_out_initials(span):
        mention.vote(ORG, 5.0)  # "the GDPR [General Data Protection Regulation]": no one
    spoken_for = before == "for" and before2 in ("spokesman", "spokeswoman", "spokesperson")
    if spoken_for and not given_named_person(span):
        mention.vote(ORG, 1.0)  # "a spokesman for Ryanair"; people have spokesmen too
    kinds = _body_kinds()
    first = next((c for c in span.root.children if c.dep_ == "appos"), None)
    body = first is not None and first.is_lower and first.lower_ in kinds and whole_word(first)
    # A caption's "(centre)" says where someone stands in a picture, no kind of body.
    body = body and first is not None and doc[first.i - 1].text != "("
    if (follower is None or follower.is_punct) and body:
        # "Colegio Vela, a private school", the first apposition only ("Jo Ames, a member of the
        # board, the group that"); no list ("Jo Ames, the Rivers Trust"), "publishing", "of".
        # Outweighs the model's label of two writings and a verb of saying: "Lynx Facet, the
        # production company behind the show, said".
        mention.vote(ORG, 3.0)
    if (
        span.root.dep_ == "appos"
        and head.i == span.start - 2
        and doc[span.start - 1].text == ","
        and head.text in kinds  # lower case: a kind, not a name's last word ("of Tarn Bank,")
        and whole_word(head)
    ):
        mention.vote(ORG, 2.0)  # "one company, Marlow Freight, which"
    if (
        after == ","
        and _lower(doc, span.end + 1) == "which"  # people are "who", not "which"
        and relative_of(mention, span.end + 1)
    ):
        mention.vote(PLACE if known_place else ORG, which_weight(span, span.end + 1))


def _priced_at(verb: Token) -> bool:
    """Whether a verb of valuing has "at" and a sum of money after its object."""
    return any(
        c.dep_ == "prep" and c.lower_ == "at" and any(money(t) for t in c.subtree)
        for c in verb.children
    )
