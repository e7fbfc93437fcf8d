"""Characters an actor plays are no other people: "The actor, 47, who plays barman Sid
Tate, filmed his last scenes" takes up the actor named before, though it names someone.

A description read from the sentences after a name must come before anyone else is named
(`role_context`); a part played, named as the object of "plays" or after "stars as", is
the described person's work, not a second person the description could be of."""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["played_part"]

#: Verbs whose object is a part in a play, film or show, in every form (the pipeline
#: keeps no lemmas).
_PLAYING = frozenset(
    {"play", "plays", "played", "playing", "portray", "portrays", "portrayed", "portraying"}
)
#: Verbs whose "as" names the part ("stars as Sid Tate").
_STARRING = _PLAYING | frozenset(
    {"star", "stars", "starred", "starring", "appear", "appears", "appeared", "appearing"}
)
#: How a name hangs from the noun it renames ("barman Sid Tate").
_RENAMING = ("appos", "compound")


def played_part(name: Span) -> bool:
    """Whether a person's name is a part someone plays: the object of "plays" ("who plays
    barman Sid Tate") or named after "as" of "stars as" ("who starred as Sid Tate")."""
    token: Token = name.root
    while token.dep_ in _RENAMING and token.head != token:
        token = token.head
    if token.dep_ == "dobj":
        return token.head.lower_ in _PLAYING
    if token.dep_ == "pobj" and token.head.lower_ == "as":
        return token.head.head.lower_ in _STARRING
    return False
