"""Evidence from the parse that a name is a part played, not a person: a character.

"Ann Vell plays Jack Stone", "Tom Ames starred as Captain Rook", "Jack Stone, played
by Ann Vell," ("Jack Stone is played by Ann Vell") and "the detective Harry Dunn" as
what a person plays. A sport or a rival is played too: "plays Tom Ames at tennis",
"played against Tom Ames", "played for Norport" keep their kinds. In a text about a video
game, its people are whom gamers play (`game_parts`): "gamers play as Jo Ames", "players
control Jo Ames". Else a person of a story whom no one need play (`story_people`): "video
game heroine Lana Vell", "the fictional detective Jo Ames", "the villain Jo Ames".
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.character_castings import casts_parts
from generator.extract.character_works import SCREEN_WORKS, played_in
from generator.extract.game_parts import (
    GAME_WORDS,
    about_a_game,
    in_gamers_clause,
    played_by_gamers,
)
from generator.extract.hyphens import hyphen_joined
from generator.extract.mentions import PERSON, WORK, Mention
from generator.extract.pronoun_forms import SUBJECTS
from generator.extract.quote_lemmas import verb_forms
from generator.extract.story_people import PART_WEIGHT, STORY_PEOPLE, story_person_votes
from generator.extract.typing_actor_parts import named_person, played_by_an_actor
from generator.extract.typing_described_parts import described_part

#: "Play": its object may be a part or a rival.
_PLAY = ("play",)
#: Verbs whose object, said of a person, is a part: "Ann Vell plays Jack Stone".
_PORTRAY = (*_PLAY, "portray", "voice")
#: Verbs whose "as" phrase is a part: "starred as", "appears as", "returns as" (`verb_forms`
#: spells each out, once, when first asked).
_CAST_AS = (*_PORTRAY, "star", "appear", "return")
#: The forms of "cast" that give a part: "was cast as", "recast as".
_CAST_FORMS = frozenset({"cast", "casting", "recast"})
#: Subject pronouns a person may be ("he", "she" and the first, second and plural persons).
_PERSON_PRONOUNS = SUBJECTS | {"i", "we", "they", "you"}
#: Relative pronouns that stand for the noun their clause hangs on.
_RELATIVES = frozenset({"who", "that"})
#: What a rival is played in: "plays Tom Ames in the final".
_CONTESTS = frozenset(
    {"final", "finals", "semi-final", "semifinal", "quarter-final", "quarterfinal", "round"}
    | {"match", "game", "tie", "tournament", "championship", "championships", "open", "cup"}
)
#: Words that show a text speaks of a story told on screen, stage or page. Not "series" or
#: "stage": a match report has those too, and its "Ann Vell plays Tom Ames" is a game.
_STORY_WORDS = frozenset(
    {"film", "films", "movie", "movies", "sitcom", "sitcoms", "soap", "episode", "episodes"}
    | {"musical", "opera", "novel", "cartoon", "sequel", "character", "characters"}
    | {"actor", "actors", "actress", "actresses", "theatre", "theater", "cinema", "cinemas"}
    | {"adaptation", "adaptations", "comedy", "comedies", "miniseries", "storyline"}
    | {"storylines", "co-star", "co-stars"}
)
#: Kinds of stories that a match report names too ("a five-set thriller", "late drama"):
#: they tell a story only beside a casting shape ("stars Ann Vell as Mab"), never "plays".
_SCREEN_GENRES = frozenset({"drama", "dramas", "thriller", "thrillers"})
#: Weight of a part gamers play: more than a title and the verbs of the game's story, which
#: speak of it as of a person ("players guide Captain Rook ... Rook must rescue his crew").
_GAME_WEIGHT = 8.0


def character_votes(mention: Mention) -> None:
    """Votes for a part played when the parse makes the name one and the text tells a story."""
    root = mention.span.root
    target = root.head if root.dep_ == "appos" and root.head.is_lower else root
    verb = target.head
    portrayed = target.dep_ == "dobj" and verb.lower_ in verb_forms(_PORTRAY)
    # "(best) known for playing Jack Stone": what someone is known for playing is a part.
    known_for = verb.dep_ == "pcomp" and verb.tag_ == "VBG" and verb.head.lower_ == "for"
    # "Vell plays Mab, the queen": a name the model misread (or left out) still plays a part
    # brought in by what it is in the story.
    described = portrayed and described_part(verb)
    # "plays Nurse Hollis in the hospital drama": the work the part is played in is named, so
    # its player is an actor, though the model left a surname alone unread ("Vell plays").
    in_a_work = portrayed and (played_in(target, SCREEN_WORKS) or played_in(verb, SCREEN_WORKS))
    doc = mention.span.doc
    # A text that casts another part ("Ann Vell returns as Mab") tells of parts throughout.
    cast_elsewhere = portrayed and casts_parts(doc) and _tells_a_story(doc, _SCREEN_GENRES)
    any_name = described or in_a_work or cast_elsewhere
    subject = _person_subject(verb, any_name=any_name) or known_for
    played = portrayed and subject and not _sport_or_rival(verb)
    cast = verb.head
    # "starring Callum Vell as Captain Rook": "as" hangs on the actor, the casting verb's object
    # (or on a later actor of its list: "stars Ann Vell as Mab and Jo Ames as her son, Al").
    while cast.dep_ == "conj" and cast.pos_ == "PROPN" and cast.head.pos_ == "PROPN":
        cast = cast.head
    if cast.dep_ == "dobj" and cast.pos_ == "PROPN":
        cast = cast.head
    # "is back as Captain Rook": "as" hangs on "back", as on a verb of casting.
    back_as = cast.lower_ == "back" and cast.head.pos_ in ("VERB", "AUX")
    cast_as = (
        target.dep_ == "pobj"
        and verb.lower_ == "as"
        and (cast.pos_ in ("VERB", "AUX") or back_as)
        and (cast.lower_ in verb_forms(_CAST_AS) or cast.lower_ in _CAST_FORMS or back_as)
        # "was cast as Mab in 2014": a casting's date is no match's ("appears as ... on Sunday").
        and not _sport_or_rival(cast, dated=cast.lower_ not in _CAST_FORMS)
    )
    # "her role as Queen Mab": what a role is "as" is the part.
    cast_as = cast_as or (target.dep_ == "pobj" and verb.lower_ == "as" and _a_role(cast))
    # "best known as Jo Ames in the series Moon River": known by a part in a work.
    known_as = target.dep_ == "pobj" and verb.lower_ == "as" and cast.lower_ == "known"
    cast_as = cast_as or (known_as and (played_in(target) or played_in(cast)))
    # "His wife Sandra, played by Ann Vell,": the parse may hang "played" on the noun before.
    # "Mr Blotto, the bumbling character played by Ann Vell,": on the noun set off after it.
    apposed = [c for c in root.children if c.dep_ == "appos" and c.is_lower]
    words = (*root.children, *target.children, *(w for a in apposed for w in a.children))
    played_by = any(child.dep_ == "acl" and _played_by(child) for child in words)
    # "Captain Rook is played by Ann Vell", "The game's hero, Rook, is voiced by Ann Vell":
    # the name, or the noun it is set off after, is the passive verb's subject.
    played_by = played_by or (target.dep_ == "nsubjpass" and _played_by(target.head))
    # "plays Tom Ames" is as often a game as a part, so it needs its story in its own
    # sentence ("plays Jack Stone in the sitcom"); "known for playing" and the other shapes
    # only name parts.
    plays = verb.lower_ in verb_forms(_PLAY) and not known_for and not _plays_now(verb)
    # "plays Jo Ames, a ruthless lawyer": a part is brought in by what it is in the story,
    # which a match report seldom writes of a rival; its story may be told anywhere.
    plays = plays and not played_by_an_actor(verb) and not described
    story = mention.span.sent if plays else mention.span.doc
    if (played and (in_a_work or _tells_a_story(story) or cast_elsewhere)) or (
        (cast_as or played_by) and _tells_a_story(mention.span.doc, _SCREEN_GENRES)
    ):
        # "plays Dr Jo Ames", "starred as the young king Aldo": a title here is the part's.
        mention.votes.pop(PERSON, None)
        mention.vote(WORK, PART_WEIGHT)  # "Ann Vell plays Jack Stone in the film", "starred as"
        mention.played = True
    elif (cast_as or played_by_gamers(target) or in_gamers_clause(mention)) and about_a_game(
        mention.span.doc
    ):
        mention.votes.pop(PERSON, None)  # "the evil Doctor Crank": the game's title
        mention.vote(WORK, _GAME_WEIGHT)  # "gamers play as Jo Ames", "players control Jo Ames"
        mention.played = True
    else:
        story_person_votes(mention)


#: Nouns for a part an actor takes: "her role as Queen Mab", "his part as Jo Ames".
_ROLE_NOUNS = frozenset({"role", "roles", "part"})


def _a_role(noun: Token) -> bool:
    """Whether a word is the noun of a part an actor takes, with an owner or article before it:
    "her role as", "the part as"; not "in part as", a manner."""
    return (
        noun.pos_ == "NOUN"
        and noun.lower_ in _ROLE_NOUNS
        and any(c.dep_ in ("poss", "det") for c in noun.children)
    )


def _tells_a_story(text: Doc | Span, genres: frozenset[str] = frozenset()) -> bool:
    """Whether the text speaks of a film, an episode, an actor or a theatre, or of one of
    ``genres``. The tokenizer splits "co-star" at its hyphen: read as one word."""
    return any(
        word.lower_ in _STORY_WORDS or word.lower_ in genres or hyphen_joined(word) in _STORY_WORDS
        for word in text
    )


def _person_subject(verb: Token, *, any_name: bool = False) -> bool:
    """Whether the verb's subject is a person: a name the model calls a person (any name,
    when ``any_name``), a personal pronoun, or "who" after one; for a verb with no subject of
    its own under "is to" or "wants to", the subject of that verb ("Tom Greaves is to play
    Jack Stone"); for a gerund on a span of time, the subject of the clause it hangs in
    ("Ann Vell leaves the soap after ten years playing Jo Ames"). Not for any gerund: "won
    the part, playing Ida" in a story of the real Ida would make every "Ida" the part."""
    # "Ann Vell has signed up to play Mab": the parse may hang "to play" as a clause.
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    to_clause = verb.dep_ == "advcl" and to
    if (verb.dep_ == "xcomp" or to_clause) and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.head.lower_ in _SPANS_OF_TIME:
        verb = next((a for a in verb.ancestors if _has_subject(a)), verb)
    for child in verb.children:
        if child.dep_ != "nsubj":
            continue
        named = child.ent_type_ == "PERSON" or (any_name and child.pos_ == "PROPN")
        # "Writer and star Ann Vell plays ...": the parse may make the name a conjunct of the
        # nouns before it, or set it beside them, and the first noun the subject.
        beside = [c for c in child.children if c.dep_ == "appos"]
        named = named or any(c.ent_type_ == "PERSON" for c in (*child.conjuncts, *beside))
        if named or child.lower_ in _PERSON_PRONOUNS:
            return True
        if child.lower_ in _RELATIVES and verb.dep_ == "relcl":
            # "who" says a person even after a name the model reads as a body's.
            person_relative = child.lower_ == "who" and verb.head.pos_ == "PROPN"
            # "The actor, who played ...": a performer's noun, not "the club, who play".
            performer = verb.head.pos_ == "NOUN" and verb.head.lower_ in _PERFORMERS
            person_relative = person_relative or (child.lower_ == "who" and performer)
            return verb.head.ent_type_ == "PERSON" or person_relative
    return False


def _has_subject(verb: Token) -> bool:
    """Whether a word has a subject of its own."""
    return any(c.dep_ == "nsubj" for c in verb.children)


#: Spans of time an actor spends playing a part: "after ten years playing Jo Ames".
_SPANS_OF_TIME = frozenset({"years", "months", "decades", "seasons", "series"})
#: Nouns of performers, whose "who" plays a part: "The actor, who played Sergeant Dobbs".
_PERFORMERS = frozenset(
    {"actor", "actress", "actors", "actresses", "star", "co-star", "comedian", "performer"}
)


def _plays_now(verb: Token) -> bool:
    """Whether "plays" (or "played") is the verb of "who" set off after a person: "Ann Vell,
    who plays Jack Stone, joined the soap": an actor's standing part, which a text of films or
    soaps tells of anywhere, not a match's one-off rival ("plays Tom Ames on Sunday")."""
    relative = any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)
    return verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP", "VBD") and relative


def _sport_or_rival(verb: Token, *, dated: bool = True) -> bool:
    """Whether the verb plays a game, a side or a match: "at tennis", "for Norport", "in the
    final", and when ``dated``, "on Sunday". Not a span of time a part is played over:
    "since 1999", "for ten years"."""
    for child in verb.children:
        if child.dep_ != "prep":
            continue
        objects = [obj for obj in child.children if obj.dep_ == "pobj"]
        if child.lower_ in ("since", "for") and any(o.ent_type_ == "DATE" for o in objects):
            continue  # "has played Jo Ames since 1999": an actor's standing part
        if child.lower_ in ("against", "for", "with"):
            return True
        if child.lower_ == "at" and any(
            obj.is_lower and not any(d.dep_ == "det" for d in obj.children) for obj in objects
        ):
            return True  # "at tennis", not "at the Kelby Theatre"
        dates = ("DATE", "TIME") if dated else ()
        if any(obj.lower_ in _CONTESTS or obj.ent_type_ in dates for obj in objects):
            return True  # "plays Tom Ames in the final", "plays Tom Ames on Sunday"
    return False


def _played_by(verb: Token) -> bool:
    """Whether a passive "played" says a person plays the name: ", played by Ann Vell,", "is
    played by Ann Vell"."""
    return (
        verb.lower_ in verb_forms(_PORTRAY)
        and verb.tag_ == "VBN"
        and any(
            agent.dep_ == "agent" and any(named_person(obj) for obj in agent.children)
            for agent in verb.children
        )
    )


#: Words one of which a text writes whenever `character_votes` votes, so that `vote_gates`
#: skips it for every name of a text that writes none. Each branch that votes reads one: a
#: part played needs `_tells_a_story` (`_STORY_WORDS`, `_SCREEN_GENRES`), a screen work it
#: is played in (`SCREEN_WORKS`) or, for a game's part, `about_a_game` (`GAME_WORDS`,
#: "console(s)", "game(s)"); a person of a story needs
#: "fictional", a `STORY_PEOPLE` noun, or "characters", "protagonists" (`story_people`) or
#: "character" (`story_people`, a story word). Read as lower-case words, as those tests do;
#: "star" and "stars" for "co-star", which the tokenizer splits at its hyphen (`hyphen_joined`).
STORY_CUES = (
    _STORY_WORDS
    | {"star", "stars"}
    | _SCREEN_GENRES
    | STORY_PEOPLE
    | GAME_WORDS
    | {"fictional", "characters", "protagonists", "console", "consoles", "game", "games"}
    | SCREEN_WORKS
)
