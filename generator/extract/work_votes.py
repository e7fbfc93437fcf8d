"""Evidence that a name is a work: a film, book, show, product, award, or a part played.

"the film X", "X films", "won an X", "download X", "starred in X", "his new
book, X,", "Jo Ames as X", "X star Jo Ames", a title in quote marks. A name
these decide is dropped from the record. General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.doc_words import lower_at, token_at, words_of
from generator.extract.document_names import document_name
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, WORK, Mention
from generator.extract.nlp import verb_lemmas
from generator.extract.typing_actor_parts import named_person
from generator.extract.typing_award_winners import awarded_to_name
from generator.extract.typing_event_names import event_name
from generator.extract.typing_market_indices import names_an_index
from generator.extract.typing_model_years import model_year_name
from generator.extract.typing_show_titles import titled_by_work_noun
from generator.extract.typing_work_makers import maker_votes

_OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "'"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})


def ship_carrier(before: str, before2: str) -> bool:
    """Whether the two words before a name are a ship's kind: "aircraft carrier", "oil carrier"."""
    return before in ("carrier", "carriers") and before2 in _CARGOES


def work_votes(mention: Mention, label: str) -> None:
    """Votes for a work from the words around the mention (``label``: the model's)."""
    span, doc, cue = mention.span, mention.span.doc, cues()
    before, before2 = lower_at(doc, span.start - 1), lower_at(doc, span.start - 2)
    after, after2 = lower_at(doc, span.end), lower_at(doc, span.end + 1)
    if len(span) > 1 and span[-1].lower_ in cue.event_words and span.label_ != "ORG":
        mention.vote(WORK, 3.0)  # "the Comic Expo", "the Silver Lantern Awards"
    if event_name(span):
        mention.vote(WORK, 4.0)  # "the Tarnish War", "the Battle of Kelby Ridge": any label
    if model_year_name(span):
        mention.vote(WORK, 3.0)  # "a maroon 2003 Tarrow Sprite": a vehicle's make and model
    named = before in _NAMED_EVENTS and doc[span.start - 1].is_title  # "Operation" + "Sea Lion"
    if named or (len(span) > 1 and span[0].lower_ in _NAMED_EVENTS):
        mention.vote(WORK, 3.0)  # "Hurricane Ivy", "Operation Sea Lion": events, not people
    # "her hit Lady Vesper", "the film Mrs Pell": the title word opens the work's own name
    titled = span.start > 0 and doc[span.start - 1].is_title and before in cue.honorifics
    work_before, hit_at = (before2, span.start - 3) if titled else (before, span.start - 2)
    if work_before in cue.work_nouns or after in cue.work_nouns:
        mention.vote(WORK, 3.0)  # "the film Moon River", "the Oscar award", "Bond films"
        mention.named_thing = mention.named_thing or titled_by_work_noun(span)
    if names_an_index(doc, span.end):
        mention.vote(WORK, 3.0)  # "the Tarn 100 index", "the Marlow composite", "KSX 50 fell"
    if document_name(span):
        mention.vote(WORK, 4.0)  # "the Harbour Safety Act", "the Tarn Treaty": laws and pacts
    if before == ":" and _subtitle(doc, span.start - 1, span.end):
        mention.vote(WORK, 3.0)  # "the upcoming Starfall: Dark Harbor": a title's second half
    if after in _WEAPONS and label not in ("ORG", "NORP", "GPE"):
        mention.vote(WORK, 3.0)  # "Tern missiles": a weapon; "Acme rockets" may be who fired
    if work_before in ("hit", "hits") and _noun_hit(doc, hit_at):
        mention.vote(WORK, 3.0)  # "her 1985 hit Moon River"; not "the storm hit Kelby"
    if ship_carrier(before, before2):
        mention.vote(WORK, 4.0)  # "the aircraft carrier Sea Lark": a ship, not an airline
    if len(span) > 1 and span[0].text in SHIP_PREFIXES:
        mention.vote(WORK, 3.0)  # "MV Sea Lark", "HMS Tern": a ship
    if before == "for" and _award_before(doc, span.start - 1) and not awarded_to_name(span):
        mention.vote(WORK, 3.0)  # "best actor for Moon River", "best supporting actress for"
    set_off = before == "," and after in (",", "", ";") and _staged(doc, span.start - 2)
    if set_off or any(_staged(doc, i) for i in (span.start - 1, span.end, _appos_head(mention))):
        mention.vote(WORK, 3.0)  # "the play Moon River", "the play, Moon River,", "a Moon River ad"
    if before == "of" and before2 in _VERSIONS:
        mention.vote(WORK, 3.0)  # "productions of Moon River", "the premiere of"
    if after == "-" and after2 in ("winning", "winner", "nominated"):
        mention.vote(WORK, 3.0)  # "Oscar-winning"
    if before in ("a", "an", "the", "his", "her", "their", "two", "three") and (
        before2 in cue.award_verbs
    ):
        mention.vote(WORK, 3.0)  # "won an Oscar"
    if before in cue.work_verbs or (before == "in" and before2 in cue.role_in):
        mention.vote(WORK, 2.0)  # "download Firefox", "starred in Moon River"
    award = lower_at(doc, span.start - 3) in cue.award_verbs
    if before in ("a", "an", "the") and before2 == "for" and award:
        mention.vote(WORK, 3.0)  # "nominated for an Oscar"
    if label == "PERSON" and before in cue.launch_verbs:
        mention.vote(WORK, 2.0)  # things are launched, people are not
    root = span.root
    # Not after a verb of casting the parse took for a noun: "The film stars Jo Ames" may
    # parse as "film" with "Jo Ames" in apposition, but names its actor.
    if (
        (root.dep_ == "appos" and root.head.lower_ in cue.work_nouns)
        or any(c.dep_ == "appos" and c.lower_ in cue.work_nouns for c in root.children)
    ) and before not in CASTING:
        mention.vote(WORK, 3.0)  # "his new book, Lawless Days,"
    if before == "as" and (
        before2 in cue.role_in or before2 in _PLAYS or _ent_type(doc, span.start - 2) == "PERSON"
    ):
        mention.vote(WORK, 3.0)  # "Jo Ames as Captain Drake", "she stars as Drake": a part
    star = token_at(doc, span.end + 1)
    if (
        after in cue.fame_nouns
        and star is not None
        and (
            named_person(star)
            or any(_ent_type(doc, span.end + k) == "PERSON" for k in (2, 3) if star.is_title)
        )
        and mention.place is None
    ):
        # "Moon Quest star Jo Ames" (the model may cut the name: "Jo" a place, "Ames" a person);
        # "Mr Kite star Jo Ames" outweighs the title of a title role
        mention.vote(WORK, 4.5 if before in cue.honorifics else 2.0)
    noun = token_at(doc, span.end)  # lower case: "Father Jo Ames" is a priest's title
    kin = noun is not None and noun.is_lower and after in cue.person_nouns
    if kin and len(span) > 1 and star is not None and star.ent_type_ == "PERSON":
        mention.vote(WORK, 2.0)  # "Blue Pennant father Jo Ames": a name that describes him
    owner = after in ("'s", "\u2019s", "'", "\u2019")  # "part of Jo Ames's penalty": partitive
    if before in _PARTS or (before == "of" and before2 in _PARTS and not owner):
        mention.vote(WORK, 3.0)  # "the character Dotty Penrose", "the role of Dotty Penrose"
    part = token_at(doc, span.start - 1)
    if (
        before2 in _PORTRAYS
        and part is not None
        and part.is_lower
        and part.pos_ in ("NOUN", "VERB")
    ):
        # "she plays barmaid Dotty Penrose": a part ("barmaid" is often tagged a verb);
        # "played against Jo Ames" has a preposition there.
        mention.vote(WORK, 3.0)
    credit = token_at(doc, span.end + 1)
    topical = root.dep_ == "pobj" and root.head.lower_ in _TOPICAL
    credited = after == "," and after2 in _CREDITED and credit is not None and credit.head == root
    # "Dr Jo Ames, directed by the board to resign,": a clause of what a person was told to do.
    told = credit is not None and any(c.dep_ in ("xcomp", "ccomp") for c in credit.children)
    if credited and not topical and not told:
        # "Moon River, directed by Jo Ames,": a film, a book, a record; not "the book
        # Lost Days about Acme, written by Jo Ames", where the credit is the book's
        # whatever the parse says (a title is seldom "about" or "of" something).
        mention.vote(WORK, 3.0)
    if before in _NAMING and (
        before2 in cue.work_nouns
        or (before2 == "," and lower_at(doc, span.start - 3) in cue.work_nouns)
    ):
        mention.vote(WORK, 3.0)  # "the book, named Lost Days", "a song called Moon River"
    if after == "by" and label == "PERSON" and _ent_type(doc, span.end + 1) == "PERSON":
        mention.vote(WORK, 2.0)  # "Moon River by Jo Ames": a song, a book or a painting
    credit_name = _ent_type(doc, span.end + 2) in ("PERSON", "ORG")  # the model may say either
    if after == "," and after2 == "by" and label == "PERSON" and credit_name:
        mention.vote(WORK, 2.0)  # "extract from Moon River, by Jo Ames, published by"
    if label == "PERSON" and len(span) > 1 and _participle(span[-1]):
        mention.vote(WORK, 3.0)  # "Kite Unmasked", "Jo Ames Revisited": a book's title
    if label == "PERSON" and len(span) > 1 and _gerund(span[0]):
        mention.vote(WORK, 3.0)  # "Chasing Marlow", "Saving Kite": a title, no given name
    if after in _SHOW_FOLLOWERS:
        mention.vote(WORK, 2.0)  # "Star Factory contestants", "Eastbridge viewers"
    if after in ("'s", "\u2019s") and after2 in WORK_POSSESSIONS:
        mention.vote(WORK, 2.0)  # "Moon River's soundtrack": only a work has one
    if root.dep_ == "dobj" and root.head.lower_ in _MAKING_VERBS:
        mention.vote(WORK, 2.0)  # "Jo Ames directed Moon River"
    if after in CASTING and (
        _ent_type(doc, span.end + 1) == "PERSON" or lower_at(doc, span.end + 2) in _VOICES
    ):
        mention.vote(WORK, 3.0)  # "Moon River stars Jo Ames": a person stars in, not stars
    if root.dep_ == "nsubjpass" and root.head.lower_ in _SHOWN:
        mention.vote(WORK, 2.0)  # "Moon River will be premiered"; people are released too
    if root.dep_ == "nsubj" and box_office(root.head):
        mention.vote(WORK, 2.0)  # "Moon River topped the box office"
    if root.dep_ in ("nsubj", "compound") and root.head.i == span.end and aired(root.head):
        mention.vote(WORK, 2.0)  # "Moon River aired on Sunday"; "Jo Ames aired her fears"
    category = _award_category(mention)
    if category is not None:
        # "Moon River won best film"; "Static Twins won best group" are a band.
        mention.vote(ORG if category in _ACTS else WORK, 3.0)
    maker_votes(mention)  # "author of Quiet Harbours", "Quiet Harbours: A Life"
    quoted = _quoted_title(doc, span.start, span.end)
    if quoted is not None:
        # A title in quote marks; "a documentary called 'Never Ask The Moon'" says so.
        named = lower_at(doc, quoted - 1) in _NAMING or lower_at(doc, quoted - 1) in cue.work_nouns
        mention.vote(WORK, 4.0 if named else 2.0)


#: Tags of the words that come before a noun and never before a verb: "her", "'s", "the",
#: "biggest", "1985" ("the storm hit" has a noun there, "which hit" a relative).
_BEFORE_A_NOUN = frozenset({"PRP$", "POS", "DT", "JJ", "JJS", "JJR", "CD"})


#: Weapons named after their maker's name for them: "Tern missiles", "a Tern rocket".
_WEAPONS = frozenset({"missile", "missiles", "rocket", "rockets", "torpedo", "torpedoes"})


def _subtitle(doc: Doc, colon: int, end: int) -> bool:
    """Whether a name after a colon is a title's subtitle: the colon follows a capitalised
    word with no space, inside a sentence after a lower-case word ("films like the new
    Starfall: Dark Harbor."), and the name ends a phrase. A caption's "Pictured: Jo Ames"
    opens its line, a headline's "Ames: I quit" goes on with a verb."""
    title, before = token_at(doc, colon - 1), token_at(doc, colon - 2)
    closing = token_at(doc, end)
    return (
        title is not None
        and before is not None
        and title.is_title
        and not title.whitespace_
        and before.is_lower
        and before.is_alpha
        and (closing is None or closing.is_punct)
    )


def _noun_hit(doc: Doc, before: int) -> bool:
    """Whether "hit" after the word at ``before`` is the noun (a song), not the verb: the
    tagger reads "Elvis's hit" as a verb as often as not, the word before tells."""
    token = token_at(doc, before)
    return token is not None and token.tag_ in _BEFORE_A_NOUN and token.lower_ != "that"


def _appos_head(mention: Mention) -> int:
    """The index of the noun a name stands in apposition to ("the play, Moon River"), or -1."""
    root = mention.span.root
    return root.head.i if root.dep_ == "appos" else -1


#: Categories of arts awards after "best": "best actor for Moon River".
_CATEGORIES = frozenset(
    {"actor", "actress", "director", "film", "picture", "song", "album", "score", "screenplay"}
    | {"documentary", "musical", "newcomer", "drama", "comedy", "single", "video", "soundtrack"}
    | {"performance", "animation", "animated", "foreign", "original", "adapted", "british"}
)


def _award_before(doc: Doc, at: int) -> bool:
    """Whether "for" at ``at`` follows an award's category: "won best supporting actor for"."""
    words = [lower_at(doc, i) for i in range(max(at - 4, 0), at)]
    return "best" in words and any(w in _CATEGORIES for w in words[words.index("best") + 1 :])


#: Works of the stage and of advertising, as nouns only ("they play Acme" is a verb).
_STAGE_WORKS = frozenset(
    {"play", "plays", "pantomime", "panto", "ballet", "poem", "painting", "ad", "ads", "advert"}
    | {"adverts", "advertisement", "jingle"}
)


def _staged(doc: Doc, i: int) -> bool:
    """Whether the word at ``i`` is a stage work or an advert as a noun: tagged so, or after an
    article or adjective ("the feminist play", which the tagger may read as a verb)."""
    token = token_at(doc, i)
    if token is None or token.lower_ not in _STAGE_WORKS:
        return False
    previous = token_at(doc, i - 1)
    return token.pos_ == "NOUN" or (previous is not None and previous.pos_ in ("DET", "ADJ"))


#: Nouns whose "of" is a work: "productions of Moon River", "the cast of Moon River"
#: ("the production of" is as often a factory's or a newspaper's).
_VERSIONS = frozenset(
    {"productions", "remake", "adaptation", "staging", "revival", "premiere", "cast", "finale"}
    | {"screening", "sequel", "prequel", "episode", "episodes", "trailer", "soundtrack"}
    | {"singing", "rendition", "renditions", "remix", "reissue"}  # "the singing of Moon River"
)


def box_office(verb: Token) -> bool:
    """Whether a clause is about the box office: "topped the box office", "at the box office",
    "has grossed $90m"; not by a clause it reports ("said it topped the box office")."""
    if verb.lower_ in ("grossed", "grosses", "grossing"):
        return not any(c.dep_ == "prt" for c in verb.children)  # "grossed out" is disgust
    lowers = words_of(verb.doc).lowers
    clauses = ("ccomp", "parataxis", "relcl")  # what others did: not this verb's own words
    own = (t for c in verb.children if c.dep_ not in clauses for t in c.subtree)
    return any(t.lower_ == "office" and t.i > 0 and lowers[t.i - 1] == "box" for t in own)


def aired(verb: Token) -> bool:
    """Whether a verb is "air" with no object: a programme airs, a person airs a view."""
    return verb.lower_ in ("airs", "aired") and not any(
        c.dep_ in ("dobj", "obj") for c in verb.children
    )


#: Verbs whose subject is a work when a person is their object: "Moon River stars Jo Ames",
#: "Moon River features the voice of Jo Ames" (the parse often reads "stars" as a noun).
CASTING = frozenset({"stars", "starred", "co-stars", "features", "featured"})
_VOICES = frozenset({"voice", "voices", "talents"})
#: Verbs of showing a work, in the passive: "Moon River was premiered".
_SHOWN = frozenset({"premiered", "screened", "launched", "unveiled", "published", "broadcast"})


def _quoted_title(doc: Doc, start: int, end: int) -> int | None:
    """The opening quote mark of a short title the name is part of, or None:
    "'Moon River'", "'Never Ask The Moon'": up to four capitalised words may stand
    between the mark and the name, and the closing mark follows the name, also after the
    sentence's stop that American style puts inside it ("in 'Moon River.'").
    """
    closing = token_at(doc, end)
    if closing is not None and closing.text in (".", ",", "!", "?"):
        closing = token_at(doc, end + 1)
    if closing is None or closing.text not in _CLOSING_QUOTES:
        return None
    for i in range(start - 1, max(start - 6, -1), -1):
        if doc[i].text in _OPENING_QUOTES:
            return i
        if not doc[i].is_title:
            return None
    return None


#: Words before a quoted title that say it is one: "a film called 'Moon River'".
_NAMING = frozenset({"called", "titled", "entitled", "named", "dubbed"})


def _award_category(mention: Mention) -> str | None:
    """The noun of "won best film" when the mention is who won it; None otherwise."""
    root = mention.span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in cues().award_verbs:
        return None
    for prize in verb.children:
        if prize.dep_ == "dobj" and any(c.lower_ == "best" for c in prize.subtree if c.i < prize.i):
            noun = prize.lower_
            if noun in _PRIZES:
                # "won the best actress prize": the category is the noun before the prize's
                # word, and an actress's prize is won by a person.
                before = [c for c in prize.children if c.dep_ == "compound" and c.i < prize.i]
                noun = before[-1].lower_ if before else ""
            work = noun in cues().work_nouns and noun not in _PRIZES
            if noun in _ACTS or work or noun == "picture":
                return noun
    return None


#: Words for the prize itself, which say nothing of who won it: "the best actress prize".
_PRIZES = frozenset({"award", "awards", "prize", "prizes", "trophy", "trophies", "gong"})


#: What a carrier carries when it is a ship: "the aircraft carrier", "a bulk carrier".
_CARGOES = frozenset(
    {"aircraft", "bulk", "ore", "oil", "gas", "lng", "lpg", "crude", "product", "products"}
    | {"chemical", "container", "car", "cargo", "helicopter", "troop"}
)
#: Prefixes of ships' names, as written: "MV Sea Lark", "HMS Tern", "USS Harrow".
SHIP_PREFIXES = frozenset({"MV", "HMS", "USS", "RMS", "HMAS", "HMCS", "HMNZS", "RFA", "FV"})
#: "plays barmaid Dotty Penrose": verbs of acting a part, before the part's noun.
_PORTRAYS = frozenset({"play", "plays", "played", "playing", "portrays", "portrayed", "portraying"})
#: Nouns for a part in a story: "the character Dotty Penrose", "the role of Dotty Penrose".
_PARTS = frozenset({"character", "characters", "role", "part", "alter-ego", "persona"})
#: Nouns after a show's name that no person's name takes: "Star Factory contestants".
_SHOW_FOLLOWERS = frozenset(
    {"contestant", "contestants", "housemate", "housemates", "episode", "episodes", "viewers"}
    | {"storyline", "storylines", "spin-off", "finale"}
)
#: Award categories won by a band, not a person: "best group".
_ACTS = frozenset({"group", "band", "act", "duo", "trio"})
#: "Moon River's soundtrack": things a work has and a person does not.
WORK_POSSESSIONS = frozenset(
    {"soundtrack", "sequel", "prequel", "trailer", "cast", "lyrics", "screenplay", "plot"}
    | {"storyline", "premiere", "chorus", "tracklisting", "episodes", "gameplay", "creator"}
    | {"creators", "producers", "co-stars", "makers"}
)
#: Participles after a title and a comma that credit its makers: "Moon River, directed by".
_CREDITED = frozenset(
    {"directed", "starring", "written", "co-written", "produced", "narrated", "featuring"}
    | {"published", "illustrated", "adapted", "scripted", "co-starring"}
)
#: Prepositions whose object is what a work is about: "critical of Acme, written by".
_TOPICAL = frozenset({"of", "about", "on", "against", "for", "with", "to", "from", "by"})
#: Verbs whose object is a work a person made: "Jo Ames directed Moon River".
_MAKING_VERBS = frozenset(
    {"directed", "directing", "filmed", "recorded", "remade", "scripted", "screened"}
    | {"sing", "sings", "sang", "sung"}  # "the crowd sang Moon River"
    | {"renewed", "rebooted", "remastered"}  # "the network renewed Moon River": a series
)
#: First words of named storms and operations.
_NAMED_EVENTS = frozenset({"hurricane", "typhoon", "cyclone", "storm", "operation", "project"})
#: "plays as Drake": the name is a part played.
_PLAYS = frozenset({"play", "plays", "played", "playing", "cast", "portrayed", "voiced"})


def _ent_type(doc: Doc, i: int) -> str:
    token = token_at(doc, i)
    return token.ent_type_ if token is not None else ""


def _gerund(token: Token) -> bool:
    """A capitalised "-ing" form of a verb ("Finding", "Chasing", "Running"); no given name is
    one ("Sterling", "Irving" and "Channing" are no verb's)."""
    word = token.lower_
    if not token.is_title or not word.endswith("ing") or len(word) < 6:
        return False
    stem, verbs = word[:-3], verb_lemmas()
    return stem in verbs or stem + "e" in verbs  # not "Manning": doubled, it is a surname too


def _participle(token: Token) -> bool:
    """A capitalised past participle of a regular verb ("Revealed", "Exposed"); no surname
    is one ("Reed" and "Alfred" are no verb's)."""
    word = token.lower_
    if not token.is_title or not word.endswith("ed") or len(word) < 6:
        return False
    return word[:-2] in verb_lemmas() or word[:-1] in verb_lemmas()
