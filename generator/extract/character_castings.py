"""Whether a text casts parts: "Ann Vell returns as Queen Mab", "Jo Ames, played by Tom Vell".

A text that casts one part by a shape no match report writes tells of parts throughout, so
`character_votes` reads its bare "Tom Hale plays Rosa Kite" as a part too, though that
sentence names no film: reviews and cast lists write the work once and the parts after it.
Not a text that tells a real life ("the biopic", "the story of Howard Vane"): its actors play
people, whom the text's other shapes must show as parts.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import kept_per_doc
from generator.extract.lexicon import lexicon
from generator.extract.quote_lemmas import verb_forms
from generator.extract.typing_actor_parts import named_person

__all__ = ["casts_parts"]

#: Verbs whose "as" phrase with a name is a part: "returns as Queen Mab", "starred as".
_CAST_AS = ("star", "appear", "return", "play", "portray", "voice")
#: Forms of "cast" (`verb_forms` would read "cast" as a regular verb).
_CAST_FORMS = frozenset({"cast", "recast"})
#: Verbs whose passive with a person's "by" gives a part: "Jo Ames, played by Tom Vell".
_PORTRAY = ("play", "portray", "voice")
#: Words of a text about a real life, whose parts are people: "the biopic", "a life story".
_BIOPIC_WORDS = frozenset({"biopic", "biopics", "biography", "biographical"})
#: Nouns whose "of" and a name tell a life: "the story of Howard Vane", "the life of".
_LIFE_NOUNS = frozenset({"story", "life"})
_KEY = "character_castings.casts"


def casts_parts(doc: Doc) -> bool:
    """Whether the text casts a named part (see the module), read once per document."""
    return kept_per_doc(doc, _KEY, _read_casts)


def _read_casts(doc: Doc) -> bool:
    if any(token.lower_ in _BIOPIC_WORDS or _life_of_a_name(token) for token in doc):
        return False
    return any(_cast_as(token) or _played_by(token) for token in doc)


def _life_of_a_name(noun: Token) -> bool:
    """ "the story of Howard Vane", "the life of Ada Lorne": a life told, with its "of" name."""
    return noun.lower_ in _LIFE_NOUNS and any(
        prep.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in prep.children)
        for prep in noun.children
    )


def _cast_as(word: Token) -> bool:
    """ "as" with a name, hanging on a verb of casting: "returns as Queen Mab"; not an office
    ("returns as Prime Minister"), whose last word is a role's."""
    verb = word.head
    roles = lexicon().role_words
    return (
        word.lower_ == "as"
        and word.dep_ == "prep"
        and verb.pos_ in ("VERB", "AUX")
        and (verb.lower_ in verb_forms(_CAST_AS) or verb.lower_ in _CAST_FORMS)
        and any(
            c.dep_ == "pobj" and c.pos_ == "PROPN" and c.lower_ not in roles for c in word.children
        )
    )


def _played_by(verb: Token) -> bool:
    """A passive "played" whose subject, or the name it is set after, is a name and whose
    "by" is a person: "Jo Ames, played by Tom Vell," "Jo Ames is played by Tom Vell"; not
    "the ball was played by Tom Vell"."""
    if verb.tag_ != "VBN" or verb.lower_ not in verb_forms(_PORTRAY):
        return False
    by_person = any(
        agent.dep_ == "agent" and any(named_person(obj) for obj in agent.children)
        for agent in verb.children
    )
    named = (verb.dep_ == "acl" and verb.head.pos_ == "PROPN") or any(
        c.dep_ == "nsubjpass" and c.pos_ == "PROPN" for c in verb.children
    )
    return by_person and named
