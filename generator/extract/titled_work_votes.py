"""Evidence from the grammar of a sentence that a name made like a person's is a work's title
or a group's name.

- "Fenwick Hale, in which players steer a barge": a relative clause opened by "in which" is
  about a film, a game, a book or a show, never about a person.
- "Tilly Marsh and the Copper Lantern is out next month": a subject of two names joined by
  "and" takes a plural verb; a singular one says the two are one title.
- "the makers of Harbour Lane", "the cast of Harbour Lane": what a work has, which a person
  has not (`work_votes.WORK_POSSESSIONS`).
- "Dora Quayle in Harbour Lane", of a part Dora Quayle: the show she is a part of.
- "Kit Varga formed in Bristol in 1999", "Kit Varga, who disbanded in 2003": a band or a
  body forms, re-forms, splits up and disbands; a person forms something (an object follows)
  and splits from someone.
- "Kit Varga is nominated for best group": a band's award is a band's.

General word lists only: no names of people or things.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.doc_words import lower_at
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.typing_memberships import membership_votes
from generator.extract.typing_possessive_titles import possessive_title_votes
from generator.extract.typing_work_frames import work_frame_votes
from generator.extract.typing_work_predicates import work_predicate_votes
from generator.extract.work_votes import WORK_POSSESSIONS

#: Weight of these votes: more than the model's label and a verb of saying together.
_WEIGHT = 3.0
#: Verb forms that agree with one subject only: "the book is", "the film has".
_SINGULAR_FORMS = frozenset({"is", "was", "has", "does", "'s", "\u2019s"})
#: Award categories for a band, not a person: "nominated for best group".
_ACTS = frozenset({"group", "band", "duo", "trio"})
#: Nouns of what only a work or a product is "of", beside a work's possessions (which stand
#: after its possessive too, as these may not: "Kim Lee's star rose"): "the maker of Copper
#: Vale", "the star of Harbour Lane", "the heroine of". Not "publisher" nor "director", which
#: an author or a firm has.
_ONLY_OF_WORKS = frozenset({"maker", "developer", "developers", "star", "stars", "heroine"})
#: Verbs a band or a body does with no object, a person never: "formed in 1999".
_GROUP_VERBS = ("form", "re-form", "disband")


def titled_work_votes(mention: Mention) -> None:
    """Votes of the sentence's grammar around a name (see the module)."""
    possessive_title_votes(mention)  # a title's owner may share a place's name ("Mrs Kent's")
    if mention.fixed or mention.place is not None:
        return
    span = mention.span
    if span.label_ == "PERSON" and _in_which(span):
        mention.vote(WORK, _WEIGHT)
    if span.label_ in ("PERSON", "ORG", "WORK_OF_ART") and _one_title_of_two(span):
        mention.vote(WORK, _WEIGHT)
    if span.label_ == "PERSON" and _had_by_a_work(span):
        mention.vote(WORK, _WEIGHT)
    if span.label_ in ("PERSON", "ORG") and (_group_verb(span) or _up_for_best_act(span)):
        mention.vote(ORG, _WEIGHT)
    work_frame_votes(mention)
    membership_votes(mention)
    work_predicate_votes(mention)


def _in_which(span: Span) -> bool:
    """ "Fenwick Hale, in which players steer a barge": ", in which" right after the name."""
    doc, end = span.doc, span.end
    return (lower_at(doc, end), lower_at(doc, end + 1), lower_at(doc, end + 2)) == (
        ",",
        "in",
        "which",
    )


def _one_title_of_two(span: Span) -> bool:
    """Whether the name is one of two joined by "and" that are the subject of a verb in the
    singular: "Tilly Marsh and the Copper Lantern is out"; not "Jo Ames and Kim Lee are",
    nor a list of three ("Jo Ames, Kim Lee and Al Roe")."""
    root = span.root
    first = root.head if root.dep_ == "conj" else root
    if first.dep_ not in ("nsubj", "nsubjpass") or first.head.i < first.i:
        return False
    joined = [c for c in first.children if c.dep_ == "conj"]
    links = [c for c in first.children if c.dep_ == "cc"]
    if len(joined) != 1 or [c.lower_ for c in links] != ["and"]:
        return False
    if any(c.dep_ == "punct" and c.text == "," for c in first.children):
        return False  # "Jo Ames, Kim Lee and ...": a list the parse may have cut
    second = joined[0]
    if not (second.is_title and first.tag_ == "NNP"):
        return False  # "Jo Ames and her husband is": a slip of the pen, not a title
    return _singular(first.head) and (root is first or root is second)


def _singular(verb: Token) -> bool:
    """Whether the first form of a clause's verb agrees with one subject only: "is", "was",
    "has", "sells"."""
    forms = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    first = min(forms, key=lambda t: t.i)
    return first.lower_ in _SINGULAR_FORMS or first.tag_ == "VBZ"


def _group_verb(span: Span) -> bool:
    """Whether the name alone is the subject of "form", "disband" or "split up" with no object:
    "Kit Varga formed in Bristol", "Kit Varga, who disbanded in 2003", "split up last year"."""
    root = span.root
    if any(c.dep_ in ("conj", "cc") for c in root.children):
        return False  # "Jo Ames and Kim Lee formed a duo in 1999"
    verbs = [root.head] if root.dep_ == "nsubj" and root.head.i > root.i else []
    verbs += [
        c
        for c in root.children
        if c.dep_ == "relcl"
        and any(w.dep_ == "nsubj" and w.lower_ in ("who", "that") for w in c.children)
    ]
    return any(
        (verb.lower_ in verb_forms(_GROUP_VERBS) or _split_up(verb))
        and verb.pos_ == "VERB"
        and not _has_object(verb)
        for verb in verbs
    )


#: Prepositions after "split" that name whom or what someone split from: "split from his wife".
_PARTED = frozenset({"from", "with", "between", "into", "over"})


def _split_up(verb: Token) -> bool:
    """Whether the verb is "split" or "split up" of one name alone: "Kit Varga split up in 2003",
    "Kit Varga, who split in 1999"; not "Jo Ames split from his wife" nor "split with"."""
    if verb.lower_ not in ("split", "splits", "splitting"):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in _PARTED for c in verb.children)


def _has_object(verb: Token) -> bool:
    """Whether a verb, or a verb joined to it that shares its subject, has an object: "formed a
    choir", "formed and led a choir"; not "formed in 2002 and signed to a label"."""
    joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    return any(
        c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for v in (verb, *joined) for c in v.children
    )


def _up_for_best_act(span: Span) -> bool:
    """Whether the name is the subject of a verb "for" a band's award: "Kite Parade is nominated
    for best international group", "Kite Parade are up for best band"."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or any(c.dep_ == "conj" for c in root.children):
        return False
    heads = [root.head, *(c for c in root.head.children if c.dep_ in ("acomp", "advmod", "prt"))]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(
            noun.dep_ == "pobj"
            and noun.lower_ in _ACTS
            and any(c.lower_ == "best" and c.i < noun.i for c in noun.children)
            for noun in prep.children
        )
        for head in heads
        for prep in head.children
    )


def _had_by_a_work(span: Span) -> bool:
    """Whether the name is what the makers, the cast or the plot are "of": "the makers of Harbour
    Lane said", "the cast of Harbour Lane", "the star of Harbour Lane"; not "a fan of Jo
    Ames"."""
    doc, start = span.doc, span.start
    if lower_at(doc, start - 1) != "of" or lower_at(doc, span.end) in ("'s", "\u2019s"):
        return False
    owner = doc[start - 1].head
    # "made stars of Jo Ames" (an idiom, no article) is said of people.
    fixed_part = owner.lower_ in _ONLY_OF_WORKS and any(c.dep_ == "det" for c in owner.children)
    owned = owner.lower_ in WORK_POSSESSIONS or fixed_part
    return owner.i == start - 2 and owned and owner.is_lower


def works_of_parts(mentions: list[Mention]) -> None:
    """ "Dora Quayle in Harbour Lane" where the text makes Dora Quayle a part (`Mention.played`):
    the name after "in" is the show she is a part of, not a person."""
    parts = {m.span.end for m in mentions if m.played}
    for mention in mentions:
        start = mention.span.start
        if mention.fixed or mention.span.label_ != "PERSON" or start < 2:
            continue
        # "Fagin in Tam Roke's novel": a possessive is the work's author, a person.
        owner = mention.span.root.dep_ == "poss"
        if mention.span.doc[start - 1].lower_ == "in" and start - 1 in parts and not owner:
            mention.vote(WORK, _WEIGHT)
