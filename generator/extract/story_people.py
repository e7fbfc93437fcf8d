"""Evidence that a name is a person of a story whom no one need play: "video game heroine
Lana Vell", "the fictional detective Jo Ames", "Jo Ames is one of the novel's best-loved
characters", "Jo Ames is the soap's oldest character", "Jo Ames, the fictional wizard,".
`character_votes` asks when the parse makes the name no part played.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import tokens_of
from generator.extract.game_parts import about_a_game
from generator.extract.mentions import WORK, Mention
from generator.extract.typing_named_characters import named_character

#: Weight of a person of a story, as of a part played: more than a title's vote for a person.
PART_WEIGHT = 4.0

#: Nouns for the people of a story, after a story no one acts: "video game heroine Lana
#: Vell", "cartoon villain Jo Ames". Not "star" nor "detective", not after "film" or "soap":
#: "film hero Jo Ames" and "soap villain Jo Ames" may be the actors.
STORY_PEOPLE = frozenset(
    {"hero", "heroine", "villain", "protagonist", "antihero", "sidekick", "character"}
)
_UNACTED = frozenset({"game", "games", "cartoon", "cartoons", "novel", "novels", "book", "books"})
#: Forms of "be" and "become" that say what their subject is: "Jo Ames was one of ...",
#: "Jo Ames has become one of ...".
_IS = frozenset({"is", "was", "been", "become", "became", "becomes", "remains", "remained"})


def story_person_votes(mention: Mention) -> None:
    """Votes for a person of a story, whom no one need play: "video game heroine Lana
    Vell", "the fictional detective Jo Ames", "Jo Ames is one of the best-loved characters"."""
    span, doc = mention.span, mention.span.doc
    tokens = tokens_of(doc)
    start = span.start
    while start > max(0, span.start - 4) and (
        tokens[start - 1].is_lower or tokens[start - 1].is_punct
    ):
        if tokens[start - 1].text in (",", ".", ";", ":"):
            break
        start -= 1
    described = [t.lower_ for t in tokens[start : span.start]]
    of_a_work = len(described) >= 2 and described[-2] in _UNACTED
    root = span.root
    one_of = root.dep_ == "nsubj" and root.head.lower_ in _IS
    one_of = one_of and (_one_of_them(root.head) or _the_character(root.head))
    one_of = one_of or _set_off_as_a_story_person(doc, span.end) or named_character(span)
    # "the villain Jo Ames" in a text about a video game; not a "hero", who may be real.
    of_a_game = described[-1:] != [] and described[-1] not in ("hero", "heroine")
    of_a_work = of_a_work or (of_a_game and about_a_game(doc))
    if "fictional" in described or (of_a_work and described[-1] in STORY_PEOPLE) or one_of:
        mention.vote(WORK, PART_WEIGHT)
        mention.played = True


def _set_off_as_a_story_person(doc: Doc, comma: int) -> bool:
    """Whether the words set off after a name make it a person of a story: "Jo Ames, the
    fictional wizard,", "Lana Vell, the heroine of the Moon Quest games,"; in a text about a
    video game, "Lana Vell, the heroine of Moon Quest,"."""
    if comma >= len(doc) or doc[comma].text != ",":
        return False
    words = []
    for token in doc[comma + 1 : comma + 10]:
        if token.text in (",", ".", ";", ":", "(", ")"):
            break
        words.append(token.lower_)
    if "fictional" in words[:2]:  # "the fictional wizard", not "a critic of fictional TV"
        return True
    noun = next((w for w in words if w in STORY_PEOPLE), None)
    of = words.index("of") if "of" in words else len(words)
    if noun is None or words.index(noun) >= of:
        return False
    if words[words.index(noun) - 1 : words.index(noun)] in (["cartoon"], ["animated"]):
        return True  # "Wobbly Walrus, the cartoon character loved by millions,"
    # "Lana Vell, the heroine of Moon Quest," where the text is about a video game.
    titled = of + 1 < len(words) and doc[comma + 2 + of].is_title
    return _UNACTED.intersection(words[of:]) != set() or (titled and about_a_game(doc))


def _the_character(verb: Token) -> bool:
    """Whether the verb says its subject is the character, or a show's: "is the longest-serving
    character", "was the soap's best-loved character"; not "is a real character", said of a
    lively person."""
    return any(
        attr.dep_ == "attr"
        and attr.lower_ == "character"
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in attr.children)
        for attr in verb.children
    )


def _one_of_them(verb: Token) -> bool:
    """Whether the verb says its subject is one of the people of a story: "is one of the
    best-loved characters"; not "one of the heroes of the rescue", who may be real."""
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.lower_ != "one":
            continue
        for prep in attr.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                plural = ("characters", "protagonists")
                return any(c.dep_ == "pobj" and c.lower_ in plural for c in prep.children)
    return False
