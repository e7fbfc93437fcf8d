"""Evidence from the noun that introduces a name or a list: "films such as", "a firm called".

"films like Moon River and Night Harbour", "retailers including Acme and Hale
Stores", "his former companies include Marlow Freight": the plural noun before
"such as", "like" or "including" (or the subject of "include") says what every
name of the list is; so does the noun of "a group known as" or "a firm called". General
word lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.document_votes import modifies_noun
from generator.extract.given_name_votes import personal_name_shape
from generator.extract.lexicon import Lexicon, cues, people_nouns, singulars
from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention
from generator.extract.role_nouns import person_noun

#: Verbs whose subject is the class and whose object the list: "companies include X".
_INCLUDE_VERBS = frozenset({"include", "includes", "included", "including"})
#: Nouns for bodies besides evidence.yaml's heads of organizations' names.
_BODIES = frozenset(
    {"company", "business", "organisation", "organization", "outlet", "store", "shop"}
    | {"supplier", "start-up", "sponsor", "investor", "platform", "line"}
)
#: Things that are given names as people are: "biplanes such as", "dolls including". Not
#: cars, phones or drugs: "trucks such as" often lists their makers.
_THINGS = frozenset({"biplane", "airliner", "helicopter", "doll", "toy"})
#: Works only as a list's noun: "hits including Moon River" (before a name, "hit" describes
#: whoever had it: "hit songwriter Jo Ames").
_LISTED_WORKS = frozenset({"hit"})
#: Words that give a name to the noun before them: "a firm called", "a song named".
_NAMING = frozenset({"called", "named", "dubbed", "titled", "entitled"})
#: How much each kind of class says: a work noun is as sure as "the film X".
_WEIGHTS = {WORK: 3.0, ORG: 2.0, PLACE: 2.0, PERSON: 1.5}


def _kind_of_class(noun: Token, lex: Lexicon, *, plural: bool) -> str | None:
    """The kind a common noun names ("films" a work, "retailers" a body), or None; a list
    needs a plural ("films such as"), a naming does not ("a group known as")."""
    # A noun may open the sentence: "Games such as Kart Rally sold well."
    lower = noun.is_lower or (noun.is_sent_start and noun.text[1:].islower())
    if noun.pos_ != "NOUN" or not lower or (plural and not noun.lower_.endswith("s")):
        return None
    cue = cues()
    if _contest_of_works(noun):
        return WORK  # "best picture nominees include", "album contenders such as"
    if _plays_media(noun):
        return WORK  # "DVD players such as", "portable music players like": machines
    for word in singulars(noun.lower_):
        if word in cue.work_nouns or word in _THINGS or (plural and word in _LISTED_WORKS):
            return WORK
        if word in cue.org_heads or word in _BODIES:
            return ORG
        if word in lex.place_nouns:
            return PLACE
        if word in people_nouns() or word in cue.person_nouns or word in cue.fame_nouns:
            return PERSON
        if person_noun(word):
            return PERSON  # "designers such as", by the role nouns' endings
    return None


#: Those in a contest, people unless a work's noun says what competes: "best film nominees".
_CONTESTANTS = frozenset({"nominee", "contender", "finalist", "shortlistee", "entrant"})


def _contest_of_works(noun: Token) -> bool:
    """Whether a contest's entrants are works by the noun set before them: "best picture
    nominees", "album contenders"; not "best actor nominees", who are people."""
    if not any(word in _CONTESTANTS for word in singulars(noun.lower_)):
        return False
    works = cues().work_nouns | {"picture"}  # "best picture", the Academy's word for film
    return any(c.dep_ == "compound" and c.lower_ in works for c in noun.children)


#: What only a machine plays, written before "players": "MP3 players", "DVD players".
_MACHINE_MEDIA = frozenset(
    {"mp3", "dvd", "cd", "media", "cassette", "minidisc", "blu-ray", "jukebox"}
)
#: What a musician plays too ("music players" may be a band's): a machine's only with a word
#: of its make before it: "digital music players", "portable video players".
_MEDIA = frozenset({"music", "audio", "video"})
_MACHINE_WORDS = frozenset({"digital", "portable", "personal", "handheld", "pocket"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def _plays_media(noun: Token) -> bool:
    """Whether "players" are machines by what they play: "MP3 players", "digital music
    players"; not "football players" nor "session music players"."""
    if noun.lower_ not in ("player", "players"):
        return False
    # "portable music players": the parse may hang "portable" on "music".
    before = [c for c in noun.children if c.dep_ in _MODIFIERS]
    words = {w.lower_ for c in before for w in (c, *c.children) if w is c or w.dep_ in _MODIFIERS}
    return bool(words & _MACHINE_MEDIA) or (bool(words & _MEDIA) and bool(words & _MACHINE_WORDS))


def _named_noun(doc: Doc, start: int) -> Token | None:
    """The noun a name beginning at ``start`` is given to: "a group known as", "a firm called"."""
    at = start - 1
    if at >= 1 and doc[at].lower_ == "as" and doc[at - 1].lower_ == "known":
        at -= 2
    elif at >= 0 and doc[at].lower_ in _NAMING:
        at -= 1
    else:
        return None
    return doc[at] if at >= 0 else None


def _class_noun(doc: Doc, start: int) -> Token | None:
    """The plural noun that introduces a list beginning at ``start``, if any."""
    at = start - 1
    if at >= 1 and doc[at].lower_ == "as" and doc[at - 1].lower_ == "such":
        at -= 2  # "films such as"
    elif at >= 0 and doc[at].lower_ in ("like", "including"):
        at -= 1  # "films like", "retailers including"
    elif at >= 0 and doc[at].lower_ in _INCLUDE_VERBS:
        verb = doc[at]
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects[0] if subjects else None  # "companies include"
    else:
        return None
    if at >= 0 and doc[at].text == ",":
        at -= 1  # "brands, such as"
    at = _before_time(doc, at)
    return doc[at] if at >= 0 else None


def _before_time(doc: Doc, at: int) -> int:
    """The token before a time phrase that ends at ``at``, or ``at`` itself: in "hits in
    the 1970s including Moon River" and "albums last year, such as" the list belongs to the
    noun the time phrase follows, not to the time."""
    if at < 0 or doc[at].ent_type_ != "DATE":
        return at
    while at >= 0 and doc[at].ent_type_ == "DATE":
        at -= 1
    if at >= 0 and doc[at].tag_ == "IN":
        at -= 1  # "in the 1970s", "during the 1990s"
    return at


def class_votes(mentions: list[Mention], lex: Lexicon) -> None:
    """Every name of a list votes for the kind its introducing noun names."""
    if not mentions:
        return
    doc = mentions[0].span.doc
    for mention in mentions:
        if mention.fixed:
            continue
        top = mention.span.root
        while top.dep_ == "conj" and top.head.i < top.i:
            top = top.head  # "like Moon River, Night Harbour and Ash": the list's first name
        first = min(top.left_edge.i, mention.span.start)
        listed = _class_noun(doc, first)
        noun = (
            listed or _other_noun(doc, mention.span.end) or _apposed_class(top, mention.span.start)
        )
        kind = _kind_of_class(noun, lex, plural=True) if noun is not None else None
        named = _named_noun(doc, mention.span.start) if kind is None else None
        if named is not None:
            kind = _kind_of_class(named, lex, plural=False)  # "the neighbourhood known as"
        # A person's noun overrules the model's other label only for a name written as a
        # person's in a list the noun opens ("designers such as Mila Vorn"); not "its
        # advisers, Tarn Capital and Hollis Brandt", where firms stand beside the noun.
        shaped = listed is not None and noun is listed and _person_shaped(mention.span)
        if kind is None or (kind == PERSON and mention.span.label_ != "PERSON" and not shaped):
            continue  # "clients such as Jo Ames and Hollywood actor Kim Lee"
        if not modifies_noun(mention):
            mention.vote(kind, _WEIGHTS[kind])


def _person_shaped(span: Span) -> bool:
    """Whether a name the model gave another label may still be a person's, so that
    "designers such as Mila Vorn" calls it one: written as a person's name is (two or three
    capitalised words ending no body's or place's name), no article before it, no people's
    word in it ("Vorn Studio", "the Vorn Ensemble", "Tarnish Weavers" are bodies)."""
    the = span.start > 0 and span.doc[span.start - 1].lower_ == "the"
    return not the and personal_name_shape(span) and not any(t.ent_type_ == "NORP" for t in span)


#: Marks that set a list beside the plural noun it names: "three firms – Tarnco, Velmar".
_APPOSING = frozenset({",", ":", "–", "—", "-", "("})


def _apposed_class(top: Token, start: int) -> Token | None:
    """The plural noun in lower case that the parse sets the list's first name beside, a
    comma, colon or dash between: "the trade's largest lines – Tarnco, Velmar and Osk" says
    each name is a line. A name right after its noun ("the lines Tarnco") is not a list."""
    noun = top.head
    if top.dep_ != "appos" or noun.i >= top.i or noun.tag_ != "NNS" or not noun.is_lower:
        return None
    before = top.doc[start - 1] if start > 0 else None
    return noun if before is not None and before.text in _APPOSING else None


#: How many words may describe the noun of "and other": "and other 12th-century towns".
_OTHER_REACH = 4


def _other_noun(doc: Doc, end: int) -> Token | None:
    """The plural noun of "and other" or "or other" right after a name: "Tarn Point and
    other coastal towns", "Tarvik or other retailers" say what the name is one of; not
    "the Tarn Board and other member clubs", where a noun before it is loosely used."""
    if (
        end + 2 >= len(doc)
        or doc[end].lower_ not in ("and", "or")
        or doc[end + 1].lower_ != "other"
    ):
        return None
    for token in doc[end + 2 : end + 2 + _OTHER_REACH]:
        if token.tag_ == "NNS":
            compound = any(c.dep_ == "compound" for c in token.children)
            return None if compound else token
        if token.text != token.lower_:
            return None  # a capital: another name, not the class
    return None
