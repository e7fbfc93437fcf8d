"""Evidence that a name is a person's from what performers do and own and from a role set off
before it, where the model often reads a person as a body in arts and sport news.

- The subject of a part played: "Ann Vell plays Jo Ames in the new drama", "Ann Vell played
  the queen", "Ann Vell starred as a retired spy". A name "played" is as often a rival at a
  game ("Kell Rovers played Dornwick"), so the verb alone says nothing: its object must be a
  part (a lower-case noun of a person or a part, or a name the verb sets in a screen work).
- The owner of a solo career or work, "Ann Vell's solo album" (a memoir or a novel is
  `typing_author_possessives`'); and of a performer's work (a tour, an album) when the name
  has a person's shape (`_person_shaped`): "Ann Vell's new album", not "Night Owls' tour",
  "Ember Studios' new game" nor "Kell Music's new album".
- A person-shaped full name set off after a role a body is possessed of: "The club's
  manager, Ann Vell,": a firm has managers, and a firm's manager is a person ("fund manager
  Hale Capital" has no possessor and no commas); or after any role a body shares when the
  name opens with a given name of one sex: "with a new host, Ann Vell".
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.character_works import SCREEN_WORKS
from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.doc_words import lower_at as _lower
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import PERSON, Mention
from generator.extract.nlp import adjectives, common_noun_plural, common_nouns
from generator.extract.referent_given_names import given_name_sex
from generator.extract.role_nouns import person_noun

__all__ = ["performer_votes", "plays_a_part"]

#: Last words of labels' and studios' names besides the lexicon's firm endings: "Kell Music".
_BODY_ENDS = frozenset({"music", "entertainment", "media", "productions", "records", "films"})
#: Words that open a body's or a work's name, never a person's: "The Vells".
_FUNCTION_WORDS = frozenset({"the", "a", "an", "of", "and"})

#: Weight of a part played: a title's short, more than the model's label of a body.
_PART_WEIGHT = 2.0
#: Weight of a thing owned, as "Okafor's wife" in `evidence`; of a name set off after a
#: possessed role, as "the spokesman, Jo Ames" there.
_OWNED_WEIGHT = 1.0
_ROLE_WEIGHT = 1.5
#: Forms of the verbs of playing a part (the pipeline has no lemmas).
_PLAYING = frozenset({"play", "plays", "played", "playing", "portray", "portrays", "portrayed"})
_STARRING = frozenset({"star", "stars", "starred", "starring", "co-stars", "co-starred"})
#: Lower-case objects of "play" that are parts whoever plays them: "played the lead".
_PARTS = frozenset({"character", "lead", "villain", "hero", "heroine"})
#: "role" and "part" are a part only with words that make them one ("the role of", "the
#: title role"): bodies play "a key role in" events too.
_ROLES = frozenset({"role", "part", "roles", "parts"})
_ROLE_MARKS = frozenset({"of", "title", "lead", "leading", "starring", "main"})
#: A performer's works, which bands have too: a person's only by a person-shaped name.
_PERFORMED_WORKS = frozenset({"tour", "album", "albums", "single", "debut", "concert", "concerts"})


def _in_a_screen_work(verb: Token, part: Token) -> bool:
    """Whether the verb or its part has an "in" phrase naming a screen or stage work: "in the
    new drama", "Queen Isla in the fantasy drama", "in Harrow Lane, the new drama" (a title set
    off with its noun, which the parse may hang on the verb as a second object)."""
    for word in (verb, part):
        for child in word.children:
            if child.dep_ == "dobj" and child.i > part.i and child.lower_ in SCREEN_WORKS:
                return True  # "plays Jo in Harrow Lane, the new drama" misparsed
            if child.dep_ != "prep" or child.lower_ != "in":
                continue
            for obj in child.children:
                if obj.dep_ != "pobj":
                    continue
                if obj.lower_ in SCREEN_WORKS:
                    return True
                if any(c.dep_ == "appos" and c.lower_ in SCREEN_WORKS for c in obj.children):
                    return True
    return False


def _plays_a_part(verb: Token) -> bool:
    """Whether "play" or "portray" takes a part as its object: a lower-case singular noun of
    a person or a part ("the duchess", "a nurse", "the lead", "the role of"), not a shared
    role ("the champion") nor a role in events ("a key role in the talks", which bodies
    play); or a name, when the verb sets it in a screen work."""
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        word = obj.lower_
        if obj.tag_ == "NN" and obj.is_lower:
            if word in _ROLES:
                return any(c.lower_ in _ROLE_MARKS for c in obj.children)
            person = person_noun(word) or word in lexicon().role_words  # "the queen"
            if word in _PARTS or (person and word not in cues().shared_roles):
                return True
        elif obj.is_title and _in_a_screen_work(verb, obj):  # a name, whatever its tag
            return True
    return False


def _stars_as(verb: Token) -> bool:
    """Whether "star" has an "as" phrase of a part: "starred as a retired spy"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


def _person_shaped(span: Span) -> bool:
    """Whether a name has a person's shape: two or three capitalised words, the first a given
    name of one sex or no English noun nor adjective, the last no plural ("Ann Vell", "Corin
    Dask"; not "Ember Studios", "Night Owls", "Live Tarn" nor "The Vells")."""
    if not 1 < len(span) < 4 or not all(t.is_alpha and t.is_title for t in span):
        return False
    if given_name_sex(span[0].text) is not None:
        return True
    first, last = span[0].lower_, span[-1].lower_
    common = first in common_nouns() or first in adjectives() or first in _FUNCTION_WORDS
    words = cues()
    body = last in words.org_suffixes or last in words.org_heads or last in _BODY_ENDS
    return not common and not body and not common_noun_plural(last)


def plays_a_part(subject: Token) -> bool:
    """Whether a word is the subject of a part played: "Ann Vell plays the queen", "Ann Vell
    plays Jo in the new drama", "Ann Vell starred as a spy"."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    if verb.lower_ in _PLAYING:
        return _plays_a_part(verb)
    return verb.lower_ in _STARRING and _stars_as(verb)


def _possessed_role(head: Token, span: Span) -> bool:
    """Whether a shared role noun has a possessor ("the club's manager", "its manager") or the
    name set off after it opens with a given name of one sex ("a new host, Ann Vell")."""
    if head.lower_ not in cues().shared_roles:
        return False
    given = given_name_sex(span[0].text) is not None
    return given or any(c.dep_ == "poss" for c in head.children)


def performer_votes(mention: Mention) -> None:
    """A person's vote for the player of a part, the owner of a person's thing and the name
    set off after a possessed role (see the module)."""
    span = mention.span
    root = span.root
    head = root.head
    dep = root.dep_
    if dep == "nsubj":
        if plays_a_part(root):
            mention.vote(PERSON, _PART_WEIGHT)  # "Ann Vell plays the queen", "starred as"
        return
    given = _person_shaped(span)
    if dep == "poss" and _lower(span.doc, span.end) in POSSESSIVE_ENDINGS:
        solo = any(c.lower_ == "solo" for c in head.children)
        performed = given and head.lower_ in _PERFORMED_WORKS
        if solo or performed:
            mention.vote(PERSON, _OWNED_WEIGHT)  # "Ann Vell's solo career", "Ann Vell's tour"
    elif dep == "appos" and given and head.i < span.start and _possessed_role(head, span):
        mention.vote(PERSON, _ROLE_WEIGHT)  # "The club's manager, Ann Vell,"
