"""Evidence that a name is a work's or an award's title from the words that end or follow it.

"Moon River the musical" and "Come Dancing" name shows; "the Harbour Award" and "Harbour
Award winner Jo Ames" an award: the model often reads such titles as a person's name, since
they are made like one. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import lower_at, token_at
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import WORK, Mention
from generator.extract.nlp import verb_lemmas
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun

#: Last words of an award's title: "the Harbour Award", "a Kite Medal".
_AWARD_WORDS = frozenset({"award", "awards", "prize", "prizes", "trophy", "medal", "medals"})
#: Nouns after what someone won or was put up for, before that someone's name: "Harbour
#: Award winner Jo Ames", "Star Quest nominee Jo Ames". No one's name stands there.
_WON_BY = frozenset({"winner", "winners", "nominee", "nominees", "laureate", "runner-up"})


def title_votes(mention: Mention) -> None:
    """Votes for a work or an award from a name's last word and the words after it."""
    span, doc = mention.span, mention.span.doc
    if len(span) > 1 and span[-1].is_title and span[-1].lower_ in _AWARD_WORDS:
        mention.vote(WORK, 3.0)  # "the Harbour Award": a prize named for someone is no one
    if span.label_ == "PERSON" and len(span) > 1 and _gerund_title(span):
        mention.vote(WORK, 3.0)  # "Come Dancing" of "Strictly Come Dancing": a show
    if _kind_after(doc, span.end):
        mention.vote(WORK, 3.0)  # "Moon River the musical"
    if _adapted(span):
        mention.vote(WORK, 3.0)  # "Moon Quest is to be made into a film": a work is remade
    owner = lower_at(doc, span.end) in _POSSESSIVE  # "her role in Jo Ames's fall"
    if _part_in(doc, span.start) and mention.place is None and not owner:
        mention.vote(WORK, 3.0)  # "her role in Moon River!"
    noun, winner = token_at(doc, span.end), token_at(doc, span.end + 1)
    won = noun is not None and noun.is_lower and noun.lower_ in _WON_BY
    if won and winner is not None and winner.is_title and mention.place is None:
        mention.vote(WORK, 3.0)  # "Harbour Award winner Jo Ames"; not a place's own winner


#: Nouns for a part played, before "in" and the work it is played in: "her role in Moon River".
_PARTS = frozenset({"role", "roles", "cameo", "cameos"})
#: A possessive's ending: what is played in is then the possessor's ("in Jo Ames's story").
_POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})


def _part_in(doc: Doc, start: int) -> bool:
    """Whether "in" and a noun of a part stand before the name: "her role in Moon River", "a
    cameo in Moon River"."""
    return lower_at(doc, start - 1) == "in" and lower_at(doc, start - 2) in _PARTS


def _kind_after(doc: Doc, end: int) -> bool:
    """ "Moon River the musical": "the" and a work's noun that ends the phrase ("Jo Ames the
    film director" is a person)."""
    rest = token_at(doc, end + 2)
    pair = lower_at(doc, end) == "the" and lower_at(doc, end + 1) in cues().work_nouns
    return pair and (rest is None or rest.pos_ not in ("NOUN", "PROPN"))


def _gerund_title(span: Span) -> bool:
    """A name ending in a verb's "-ing" form whose first word is no given name: "Come Dancing",
    "Tarn Rising"; not "Ann Stocking" (a surname), "Peter Browning"."""
    word = span[-1].lower_
    if not span[-1].is_title or not word.endswith("ing") or len(word) < 6:
        return False
    stem, verbs = word[:-3], verb_lemmas()
    gerund = (stem in verbs or stem + "e" in verbs) and given_name_sex(span[0].text) is None
    return gerund and not _said_of_person(span)


def _said_of_person(span: Span) -> bool:
    """Whether the parse says the name is someone's, as a surname such as "Hocking" or
    "Fielding" is: a noun for a person is its compound ("Vicar Tamsyn Hocking") or apposed to
    it ("Tamsyn Hocking, a local vicar"), or it is the subject of a verb of saying ("Tamsyn
    Hocking said"). A show is neither described by a person's noun nor says anything."""
    root = span.root
    if root.dep_ == "nsubj" and root.head.lower_ in lexicon().reporting_verbs:
        return True
    return any(
        child.dep_ in ("compound", "appos")
        and child.tag_ in ("NN", "NNP")
        and person_noun(child.lower_)
        for child in root.children
        if not span.start <= child.i < span.end
    )


#: Verbs that make a new work of one: "Moon Quest is to be made into a film".
_ADAPTING = frozenset({"made", "make", "making", "turned", "turn", "turning", "adapted"})


def _adapted(span: Span) -> bool:
    """Whether the name is what a verb of adapting makes "into" a work: "Moon Quest is to be
    made into a film", "the studio will turn Moon Quest into a musical"; no person is ("turned
    Jo Ames into a star": a star is no work's noun)."""
    root = span.root
    verbs = [root.head] if root.dep_ in ("nsubjpass", "dobj") else []
    if root.dep_ == "nsubj":  # "is to be made into": the subject of "is", the verb its xcomp
        verbs = [c for c in root.head.children if c.dep_ == "xcomp" and c.tag_ == "VBN"]
    works = cues().work_nouns
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "into"
        and any(o.lower_ in works for o in prep.children)
        for verb in verbs
        if verb.lower_ in _ADAPTING
        for prep in verb.children
    )
