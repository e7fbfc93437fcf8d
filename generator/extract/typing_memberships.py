"""Evidence that a name is a work or a body from the plural class it is said to belong to.

- "Gran Vale and Ridge Marr will be among the launch titles": what a subject is "among" is
  a class it is one of; titles, films and games hold works, firms and banks hold bodies.
- "Tessa Rowe is one of the games on sale": "one of" the class says the same.
- "Among the films out next year are Tessa Rowe, a comedy, and Marlon Drift": the inverted
  order parses the same way, every name of the list a subject of the verb.
- "Tessa Rowe, one of the best-selling games, ...": the class set off beside the name.

Only a verb of being joins the name to its class ("was among the films' stars" is a person's
part in them, and "among the firms' founders" a plural of people, which no list below
holds). Nouns that head people's descriptions too ("rivals", "makers", "developers") say
nothing. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import cues, singulars
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.predicate_votes import BODY_CLASS_NOUNS, COPULAS

#: Heads of bodies' names that describe people too: "among the rivals for the job", "one of
#: the makers of the film", "among the parties to the case".
_PEOPLE_TOO = frozenset(
    {"maker", "rival", "developer", "publisher", "operator", "broadcaster", "pollster"}
    | {"label", "team", "band", "giant", "unit", "party", "daily", "paper", "network"}
)
#: Weight: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def membership_votes(mention: Mention) -> None:
    """A vote for the kind of the plural class a name is said to be one of (see the module)."""
    if mention.fixed or mention.place is not None or mention.span.label_ not in ("PERSON", "ORG"):
        return
    noun = _class_noun(mention.span.root)
    kind = _kind_of_class(noun) if noun is not None else None
    if kind is not None:
        mention.vote(kind, _WEIGHT)


def _list_head(token: Token) -> Token:
    """The first name of the list a name ends ("Ridge Marr" in "Gran Vale and Ridge Marr"),
    read through appositions set off in it ("Tessa Rowe, a comedy, and Marlon Drift")."""
    while (
        token.dep_ in ("conj", "appos")
        and token.head.i < token.i
        and token.head.pos_ in ("PROPN", "NOUN")
    ):
        token = token.head
    return token


def _class_noun(root: Token) -> Token | None:
    """The plural noun of the class a name is said to belong to, or None."""
    for child in root.children:  # "Tessa Rowe, one of the games, ..."
        if child.dep_ == "appos" and child.lower_ == "one":
            return _of_object(child)
    first = _list_head(root)
    verb = first.head
    if verb.lower_ not in COPULAS or not (first.dep_ == "nsubj" or _listed_after(first)):
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "among":
            return _plural_object(child)
        if child.dep_ == "attr" and child.lower_ == "one":
            return _of_object(child)
    return None


def _listed_after(name: Token) -> bool:
    """Whether a name the parse hangs on the verb as a conjunct ends the verb's list of
    subjects: "are Harlow Vance, a comedy, and Ridley Crane" read with "Ridley Crane" joined
    to "are"."""
    verb = name.head
    return (
        name.dep_ == "conj"
        and verb.i < name.i
        and any(c.dep_ == "nsubj" and verb.i < c.i < name.i for c in verb.children)
    )


def _of_object(one: Token) -> Token | None:
    """The plural after "one of": "one of the games"."""
    of = next((c for c in one.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _plural_object(of) if of is not None else None


def _plural_object(preposition: Token) -> Token | None:
    """The preposition's object if it is a plural common noun ("the launch titles")."""
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or noun.tag_ != "NNS" or not noun.is_lower:
        return None
    return noun


def _kind_of_class(noun: Token) -> str | None:
    """WORK for a class of works ("films", "titles"), ORG for one of bodies ("firms",
    "banks"), else None."""
    cue, forms = cues(), singulars(noun.lower_)[1:]
    if any(form in cue.work_nouns for form in forms) or noun.lower_ in cue.work_nouns:
        return WORK
    if any(form in _PEOPLE_TOO for form in forms):
        return None
    if any(form in cue.org_heads or form in BODY_CLASS_NOUNS for form in forms):
        return ORG
    return None
