"""Evidence that a text is about a video game and that a name is whom its gamers play.

"gamers play as Jo Ames", "players control Jo Ames", "Jo Ames returns as a playable
character"; a text about a game writes "gamers", "consoles" or "a computer game".
`character_votes` and `story_people` read them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import kept_per_doc, tokens_of
from generator.extract.mentions import Mention
from generator.extract.quote_lemmas import verb_forms

#: Words that show a text is about a video game: its players are "gamers", it runs on a
#: "console", its people are "playable". Not "gaming", which is gambling too.
GAME_WORDS = frozenset({"gamer", "gamers", "playable", "videogame", "videogames"})
#: Nouns that make the "game" after them a video game: "computer games", "video game".
_GAME_KINDS = frozenset({"video", "computer"})
#: The players of a game, the subjects of `_GAMER_VERBS`: "gamers control Jo Ames".
_GAMERS = frozenset({"gamer", "gamers", "player", "players"})
#: What gamers do to the people of their game: "players guide Jo Ames through the maze".
_GAMER_VERBS = ("play", "control", "guide", "steer")


#: Where `about_a_game` keeps its answer for a text, in ``Doc.user_data``: asked for many
#: of its names, it reads every word once.
_ABOUT_A_GAME_KEY = "game_parts.about_a_game"


def about_a_game(doc: Doc) -> bool:
    """Whether the text speaks of a video game: "gamers", "consoles", "a computer game"."""
    return kept_per_doc(doc, _ABOUT_A_GAME_KEY, _game_words_in)


def _game_words_in(doc: Doc) -> bool:
    """Whether any word of ``doc`` is one of a text about a video game (`about_a_game`)."""
    for token in tokens_of(doc):
        word = token.lower_
        if word in GAME_WORDS or (word in ("console", "consoles") and token.pos_ == "NOUN"):
            return True
        if word in ("game", "games") and token.i > 0 and doc[token.i - 1].lower_ in _GAME_KINDS:
            return True
    return False


def played_by_gamers(target: Token) -> bool:
    """Whether the name is what gamers play or control ("players control Jo Ames and his
    brother Al"), or a "playable" one ("Jo Ames returns as a playable character")."""
    while target.dep_ in ("conj", "appos") and target.head.i != target.i:
        target = target.head
    verb = target.head
    if target.dep_ in ("nsubj", "nsubjpass"):
        nouns = [c for c in verb.children if c.dep_ == "attr"]  # "is a playable character"
        nouns += [o for c in verb.children if c.lower_ == "as" for o in c.children]
        return any(a.lower_ == "playable" for noun in nouns for a in noun.children)
    return (
        target.dep_ == "dobj"
        and verb.lower_ in verb_forms(_GAMER_VERBS)
        and any(c.dep_ == "nsubj" and c.lower_ in _GAMERS for c in verb.children)
    )


def in_gamers_clause(mention: Mention) -> bool:
    """Whether a name the model calls a person's is in the clause of what gamers do to the
    people of their game: "gamers guide the hedgehog to rescue his friend Tully from Doctor
    Crank"; the verb's own object is `played_by_gamers`'s."""
    if mention.span.label_ != "PERSON":
        return False
    for verb in mention.span.root.ancestors:
        if verb.lower_ in verb_forms(_GAMER_VERBS) and any(
            c.dep_ == "nsubj" and c.lower_ in _GAMERS for c in verb.children
        ):
            return True
    return False
