"""Evidence that a name is a band's, a group's or a title's, not a person's.

A person's name never follows a capitalised "The" ("rock band The Tin Lanterns", "in The
Long Night"), nor a word for a group of performers ("the duo Kite Parade", "indie four-piece
Kite Parade") unless a list of names follows that noun ("the duo Jo Ames and Kim Lee"), nor
is it set off by such a word ("Kite Parade, the Leeds trio,") or led by someone ("Kite
Parade, fronted by Jo Ames,"), nor ends in a common noun's plural after "the" ("the Polar
Otters", a band's, a regiment's or a team's name). Not "their album" nor "X's drummer": a
singer may go by "they", and a solo singer has a drummer too. Not a plural noun for people
("fellow rockers Grey Orchard"): that is as often a list the parse cut short. General word
lists only.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.nlp import adjectives, common_noun_plural, common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun, singular
from generator.extract.role_tables import role_words
from generator.extract.typing_band_leads import band_lead_votes

#: Words for a group of performers, before its name: "the trio Kite Parade", "US act Velvet".
ENSEMBLES = frozenset(
    {"duo", "trio", "quartet", "quintet", "sextet", "outfit", "act", "ensemble", "troupe"}
)
#: Those that may open a sentence before a name, capitalised ("Duo Kite Parade signed"); not
#: "Act", which opens laws and plays ("Act Two").
OPENING_ENSEMBLES = ENSEMBLES - {"act"}
#: Weight of these votes: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def band_votes(mention: Mention) -> None:
    """Votes of the word before a name that no person's name follows (see the module); "The"
    before a singular name only against the model's "person", since papers are "The Ledger"
    too."""
    span = mention.span
    band_lead_votes(mention)  # "Kite Parade's frontman": no one fronts a person
    if span.label_ not in ("PERSON", "ORG"):
        if _act_read_as_a_place(mention):
            mention.vote(ORG, _WEIGHT)  # "chart-toppers Glass Harbour": no harbour of a map
        return
    if _kind_of_act(span):
        mention.vote(WORK, _WEIGHT)  # "Indie favourites Glass Harbour": the kind of act
        return
    if _modifies_next(span):
        return
    if _set_off_as_an_act(span) or _led_by(span):
        # "Kite Parade, the Leeds four-piece,", "Kite Parade, fronted by Jo Ames,"
        mention.vote(ORG, _WEIGHT)
        return
    if span.start == 0:
        return
    before = span.doc[span.start - 1]
    if before.text == "The" and _plural(span[-1]) and not _family(span):
        # "The Tin Lanterns": a band's plural name is a body's (not "The Ameses", a family),
        # however the model labels it: listed beside a singer, it may be counted a person.
        mention.vote(ORG, _WEIGHT)
    elif before.text == "The" and span.label_ == "PERSON":
        # "The Long Night" a title, "The Kelby Herald" a paper. A one-word name the model
        # alone calls a person is dropped anyway, and may be a body's short form ("The
        # Ledger said").
        if len(span) > 1:
            mention.vote(ORG if span[-1].lower_ in cues().org_suffixes else WORK, _WEIGHT)
    elif _articled_plural(span):
        mention.vote(ORG, _WEIGHT)  # "the Queens Own Tarland Rangers", "the Arctic Foxes"
    elif before.lower_ in ENSEMBLES and _describes(before, span) and not _listed(span):
        mention.vote(ORG, _WEIGHT)  # "the duo Kite Parade", "US act Silver Hush"
    elif _numbered_piece(before) and not _listed(span):
        mention.vote(ORG, _WEIGHT)  # "indie four-piece Kite Parade": a band of four players
    elif _people_plural(before) and _worded_name(span) and not _listed(span):
        mention.vote(ORG, _WEIGHT)  # "Scottish rockers Glass Harbour": no one's name


def _act_read_as_a_place(mention: Mention) -> bool:
    """Whether a name the model read as a place, which no table knows, follows a plural for
    performers: "chart-toppers Glass Harbour", "Welsh rockers Iron Orchard"."""
    span = mention.span
    if mention.place is not None or span.start == 0 or span.label_ not in _PLACE_LABELS:
        return False
    before = span.doc[span.start - 1]
    return _people_plural(before) and _worded_name(span) and not _listed(span)


#: The model's labels of places.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Plurals for performers that no word list of people holds: "indie favourites".
_PERFORMERS = frozenset({"favourites", "favorites", "hopefuls", "darlings", "heroes"})


def _people_plural(token: Token) -> bool:
    """A lower-case plural noun for people: "rockers", "rappers", "favourites"."""
    word = token.lower_
    plural = token.tag_ == "NNS" and word.endswith("s")
    return token.is_lower and (word in _PERFORMERS or (plural and person_noun(singular(word))))


def _english_word(token: Token) -> bool:
    word = token.lower_
    return word in common_nouns() or word in adjectives() or common_noun_plural(word)


def _worded_name(span: Span) -> bool:
    """Whether a name of two words or more is of English words only and opens with no given
    name: "Glass Harbour", "Paper Lanterns"; not "Jo Baker", "Grace Mills"."""
    first = span[0]
    if len(span) < 2 or given_name_sex(first.text) or first.lower_ in role_words().noun_given_names:
        return False
    return all(_english_word(t) for t in span if t.is_alpha)


def _kind_of_act(span: Span) -> bool:
    """Whether a one-word name opens the sentence before a plural for performers and a name:
    "Indie favourites Glass Harbour", the kind of act capitalised for its place."""
    doc, end = span.doc, span.end
    if len(span) != 1 or end + 1 >= len(doc) or not _opens(span[0]):
        return False
    return _people_plural(doc[end]) and doc[end + 1].is_title


def _numbered_piece(token: Token) -> bool:
    """Whether a word is the "piece" of "four-piece", "five-piece": a band by its number of
    players."""
    doc, i = token.doc, token.i
    return token.lower_ == "piece" and i >= 2 and doc[i - 1].text == "-" and doc[i - 2].is_alpha


def _set_off_as_an_act(span: Span) -> bool:
    """Whether the words set off by commas after a name end in a word for a group of performers:
    "Kite Parade, the Leeds four-piece,", "Kite Parade, the Welsh trio,"; not "Jo Ames, one of
    the trio," (a member) nor a list ("Jo Ames, Kim Lee and the trio")."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return False
    words: list[Token] = []
    for token in doc[span.end + 1 : span.end + 8]:
        if token.text in (",", ".", ";", ":", "(", ")"):
            break
        words.append(token)
    if (
        not words
        or words[0].lower_ not in ("the", "a", "an")
        or any(w.lower_ in _MEMBERS for w in words)
    ):
        return False
    last = words[-1]
    return (last.lower_ in ENSEMBLES and last.is_lower) or _numbered_piece(last)


#: Participles that set a band or a body off by who leads it: "Kite Parade, fronted by Jo
#: Ames,". Not "managed" nor "backed": a singer is managed, a candidate backed.
_LED = frozenset({"led", "fronted", "headed", "founded", "co-founded", "chaired", "run"})


def _led_by(span: Span) -> bool:
    """Whether the name is led or fronted by someone: "Kite Parade, fronted by Jo Ames,", "Kite
    Parade, led by singer Jo Ames,"; a person is not led by anyone."""
    return any(
        c.dep_ == "acl"
        and c.lower_ in _LED
        and c.tag_ == "VBN"
        and c.i == span.end + 1
        and any(a.dep_ == "agent" for a in c.children)
        for c in span.root.children
    )


#: Words that set off a member of a group, not the group: "Jo Ames, one of the trio".
_MEMBERS = frozenset({"of", "and", "member", "singer", "frontman", "frontwoman", "drummer"})


def _modifies_next(span: Span) -> bool:
    """Whether the name goes on or describes the word after it: "The Jo Ames Show",
    "The Ames family", "the Vell musical" (a noun the tagger reads as an adjective); it is
    then no name of its own."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    describing = after.is_lower and after.pos_ in ("NOUN", "PROPN", "ADJ")
    return after.is_title or describing or span.root.dep_ in ("compound", "nmod", "amod")


def _plural(token: Token) -> bool:
    """A plural word ending a name: "Lanterns", not "Darkness" nor "Ames"."""
    return token.tag_ == "NNPS" or (token.lower_.endswith("s") and token.lower_[-2:] != "ss")


#: How many capitalised words may stand between "the" and a name: "the Queens Own [Tarland
#: Rangers]", where the model's name left the first words out.
_RUN = 3


def _articled_plural(span: Span) -> bool:
    """Whether a name the model calls a person is a body's plural name after "the": it ends
    in the plural of an English common noun and opens with no given name ("the Arctic Foxes",
    "the Queens Own Tarland Rangers"), after "the" or "the" and a few capitalised words that
    are no title ("the Prime Minister Tyra Banks" is a person). A person's name takes no
    article, a regiment's, a band's or a team's does."""
    if span.label_ != "PERSON" or len(span) < 2 or given_name_sex(span.text):
        return False
    last = span[-1].lower_
    if not _plural(span[-1]) or not common_noun_plural(last):
        return False
    words = {t.lower_ for t in span[:-1]}
    start = span.start
    while start > 0 and span.start - start < _RUN and span.doc[start - 1].is_title:
        start -= 1
        words.add(span.doc[start].lower_)
    if words & (lexicon().role_words | lexicon().honorifics):
        return False
    return start > 0 and span.doc[start - 1].lower_ == "the"


def _family(span: Span) -> bool:
    """Whether a plural one-word name is a family's: "The Ameses" beside "Jo Ames"."""
    word = span.text
    stems = {word[:-1], word[:-2]} if word.endswith("es") else {word[:-1]}
    return len(span) == 1 and any(
        ent.label_ == "PERSON" and ent[-1].text in stems for ent in span.doc.ents
    )


def _describes(before: Token, span: Span) -> bool:
    """Whether the lower-case noun before the name describes it: "the trio Kite Parade", or
    shares its head and role, as the parse may split them ("the outfit | Kite Parade won");
    not "gave the outfit Jo Ames had designed", where they are of two clauses."""
    root = span.root
    split = before.head == root.head and before.dep_ == root.dep_
    inside = span.start <= before.head.i < span.end
    # "Duo Kite Parade" opening a sentence: a capital only for that, and the tagger's "PROPN".
    opener = before.is_title and before.lower_ in OPENING_ENSEMBLES and _opens(before)
    return (opener or (before.is_lower and before.pos_ == "NOUN")) and (inside or split)


def _opens(token: Token) -> bool:
    """Whether a word opens a sentence or a line, where any word has a capital."""
    return token.is_sent_start or token.i == 0 or token.nbor(-1).is_space


def _listed(span: Span) -> bool:
    """Whether the name is one of a list: "duo Jo Ames and Kim Lee", "trio Jo Ames, Kim
    Lee"."""
    root, doc = span.root, span.doc
    if root.dep_ == "conj" or any(c.dep_ in ("conj", "cc") for c in root.children):
        return True
    after = doc[span.end : span.end + 2]
    return bool(after) and (
        after[0].lower_ in ("and", "&") or (after[0].text == "," and after[-1].is_title)
    )
