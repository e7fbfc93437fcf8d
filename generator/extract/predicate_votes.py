"""Evidence from what the text says a name is: "X was the best-selling game", "the dog, X".

A name that is the subject of "be" with a common noun after it is one of that
noun's kind when the noun is a work's, a thing's, a body's or a place's ("Dusk
Raiders was the year's best-selling game", "Zentra Max is the best phone"); a
noun for people says nothing ("X is the market leader" may be a firm). A name a
firm's verb in the passive has as its subject is a body ("Kettering Lowe was
founded in 1990"); a name given to an animal ("the dog, Biscuit", "his terrier
Biscuit", "a horse named Moss Rowan", "Biscuit the sheepdog") or set beside a
product's noun ("her perfume, Midnight Fenn") is no person's. General word lists only."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.animal_names import (
    BREED_WORDS,
    animal_before_elsewhere,
    described_as_animal,
)
from generator.extract.doc_words import BE_FORMS, tokens_of
from generator.extract.lexicon import Lexicon, animal_kinds, animal_noun, cues
from generator.extract.mentions import ORG, PLACE, WORK, Mention
from generator.extract.name_spans import COURTESY
from generator.extract.noun_votes import MACHINES
from generator.extract.spouse_votes import spouse_votes
from generator.extract.stage_names import stage_name_votes
from generator.extract.subtitles import subtitle_votes, title_run_votes, title_tail_votes
from generator.extract.typing_breeds import breed_votes
from generator.extract.typing_home_towns import home_town_votes
from generator.extract.typing_residence import residence_votes
from generator.extract.typing_rivals import rival_votes

#: Forms of "be" and "become" that join a subject to what it is (no lemmatizer runs).
COPULAS = BE_FORMS | {"became", "becomes", "become", "remains", "remained"}
#: Nouns for bodies besides evidence.yaml's heads of organizations' names.
BODY_CLASS_NOUNS = frozenset({"company", "business", "organisation", "organization", "start-up"})
#: Heads of bodies' names that also head people's: "a games developer", "a chip maker".
_PEOPLE_TOO = frozenset(
    {"maker", "rival", "developer", "publisher", "operator", "broadcaster", "pollster"}
    | {"label", "team", "band", "giant", "unit"}
)
#: Trades that people and firms share, whose largest ("the world's second-largest maker of
#: tyres", "Sweden's biggest truck maker") is a firm: a person is the best, not the biggest.
_SIZED_TRADES = frozenset({"maker", "producer", "operator"})
_SIZES = frozenset({"biggest", "largest"})
#: Verbs whose subject in the passive is a body: people are born, firms founded, floated
#: or acquired ("Corvin Hale was acquired by a rival").
_FOUNDED = frozenset({"founded", "co-founded", "incorporated", "headquartered", "acquired"})
_FOUNDED |= {"floated", "privatised", "privatized", "nationalised", "nationalized", "delisted"}
_FOUNDED |= {"demerged", "rebranded"}
#: Verbs whose subject in the passive is a thing made or sold, never a person ("Bramble Bear
#: was manufactured in Tarnby", "the Pico was discontinued"); not "made", "sold" nor
#: "launched", which people are too ("made captain", a player "sold to" a club, "launched
#: into fame").
_MADE = frozenset({"manufactured", "discontinued", "downloaded", "installed", "patented"})
_MADE |= {"priced", "mass-produced", "preinstalled"}
#: Verbs whose passive subject, with its maker after "by", is a work: "was written by Jo Ames".
#: People are "directed by" someone to do a thing; that "to" clause leaves them people. Not
#: "published" nor "produced": an author is published by a house, a singer produced.
_AUTHORED = frozenset({"written", "co-written", "directed", "co-directed", "scripted"})
_AUTHORED |= {"composed", "illustrated", "narrated", "choreographed"}
#: "went bust", "went into administration": how a firm fails (people "go bankrupt" too).
_WENT = frozenset({"went", "goes", "go", "gone"})
_FAILURES = frozenset({"bust", "administration", "receivership", "liquidation"})


def _failed(verb: Token) -> bool:
    """Whether "went" has a firm's failure after it: "went bust", "went into receivership"."""
    for child in verb.children:
        if child.lower_ in _FAILURES:
            return True
        into = child.dep_ == "prep" and child.lower_ == "into"
        if into and any(c.dep_ == "pobj" and c.lower_ in _FAILURES for c in child.children):
            return True
    return False


#: Products that are given names as people are: "the phone, Zentra Max", "X is a perfume".
#: Only in apposition or after "is": before or after a name they describe what it made
#: or owns ("a Tarvik phone", "the Ames phone call").
_PRODUCTS = frozenset(
    {"phone", "smartphone", "car", "truck", "vehicle", "device", "gadget", "drug", "vaccine"}
    | {"perfume", "fragrance", "chatbot", "robot", "toy", "doll", "aircraft", "plane", "jet"}
    | {"engine", "app", "console", "product", "laptop", "tablet", "camera", "drone"}
    | {"virus", "worm", "trojan", "malware", "spyware"}
)
#: Nouns whose thing "called" or "named" a name is no person: "a computer worm called Lena
#: Voss", "an app called Juno", "a robot named Theo".
_CALLED_THINGS = MACHINES | _PRODUCTS
#: Words that give the name after them to the noun before them: "a horse named Moss Rowan".
_NAMING = frozenset({"called", "named", "dubbed", "nicknamed"})


def _animal(token: Token | None) -> bool:
    """A lower-case noun for an animal, singular or plural: "terrier", "terriers"."""
    if token is None or not token.is_lower or token.pos_ not in ("NOUN", "PROPN"):
        return False
    return animal_noun(token.lower_)


def _bred(token: Token | None) -> bool:
    """An animal's noun or a breed's word before a word of breeds: "a collie cross", "a bully
    breed mix"."""
    return _animal(token) or (token is not None and token.lower_ in BREED_WORDS)


def _product(token: Token) -> bool:
    """A lower-case singular noun for a product: "perfume", "phone"."""
    return token.is_lower and token.tag_ == "NN" and token.lower_ in _PRODUCTS


def _named_thing(token: Token) -> bool:
    return _animal(token) or _product(token)


def _at(mention: Mention, i: int) -> Token | None:
    tokens = tokens_of(mention.span.doc)  # as `token_at`, one call less: asked ~10 times a name
    return tokens[i] if 0 <= i < len(tokens) else None


def predicate_votes(mention: Mention, lex: Lexicon) -> None:
    """Votes of what the text says the name is (see the module's doc); `animal_votes`,
    gated by `vote_gates`, is asked right before."""
    breed_votes(mention)
    stage_name_votes(mention)
    home_town_votes(mention)
    residence_votes(mention)
    spouse_votes(mention)
    rival_votes(mention)
    subtitle_votes(mention)
    title_run_votes(mention)
    title_tail_votes(mention)
    _copula_votes(mention, lex)
    if _listed_or_owned(mention) or _whose_shares(mention):
        mention.vote(ORG, 3.0)  # "Nasdaq-listed Kelby Vance", "Kelby Vance, whose shares fell"
    if _office_beside_person(mention, lex):
        mention.vote(WORK, 3.0)  # "Dan Ames, Channel Patrol Commander, said": the office
    described = _set_off_noun(mention)
    kind = _described_kind(described, mention, lex) if described is not None else None
    if kind is not None:
        mention.vote(kind, 2.0)  # "Vera Kell, Jo Ames's film about a nurse,": what it is


#: Words a description set off after a name opens with besides a possessive: "the", "a".
_DESCRIPTION_OPENERS = frozenset({"the", "a", "an", "its", "their"})
#: Tags of the words of a description's noun phrase: "Jo Ames's new film", "the online site".
_PHRASE_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "JJS", "JJR", "NN", "NNP", "NNPS", "CD"})
_PHRASE_TAGS |= {"HYPH", "VBN", "VBG"}
#: Words after a description's head noun that close its phrase: "film about", "film, had".
_PHRASE_ENDS = frozenset({",", ".", ";", ":", ")", "about", "of", "from", "by", "which", "that"})
_PHRASE_ENDS |= {"starring", "with", "in", "for"}


def _set_off_noun(mention: Mention) -> Token | None:
    """The head noun of a description set off after a name, when the parse misses the
    apposition: "Vera Kell, Jo Ames's film about a nurse," -> "film"; "Jo Ames, the film's
    director," -> "director" (the last noun of the phrase, not the first)."""
    doc, start = mention.span.doc, mention.span.end + 1
    if start >= len(doc) or doc[start - 1].text != ",":
        return None
    end = start
    while end < min(start + 8, len(doc)) and doc[end].tag_ in _PHRASE_TAGS:
        end += 1
    phrase = doc[start:end]
    opened = phrase and (
        phrase[0].lower_ in _DESCRIPTION_OPENERS or any(t.tag_ == "POS" for t in phrase)
    )
    if not opened or end >= len(doc) or doc[end].lower_ not in _PHRASE_ENDS:
        return None
    head = phrase[-1]
    return head if head.tag_ == "NN" and head.is_lower else None


#: Words besides the animals' nouns one of which `animal_votes` reads in every branch
#: that votes (`animal_cue_written`).
_ANIMAL_CUES = _PRODUCTS | _NAMING | BREED_WORDS


def animal_cue_written(written: frozenset[str]) -> bool:
    """Whether a text's lower-case words hold one that `animal_votes` reads in every branch
    that votes, so that `vote_gates` skips it for every name of a text that holds none: an
    animal's noun (`_animal`; `animal_kinds` are animals too) in an apposition, before the
    name, after "the" or ending a description, or a capitalised kind before a name; else a
    `_PRODUCTS` noun (`_product`), a `_NAMING` word ("called": the only way to a
    `_CALLED_THINGS` noun) or a breed's word ending a description (`BREED_WORDS`)."""
    return not _ANIMAL_CUES.isdisjoint(written) or any(animal_noun(w) for w in written)


def animal_votes(mention: Mention) -> None:
    """A name given to an animal: by apposition, a noun before it, naming, or "the" after."""
    span, root = mention.span, mention.span.root
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head  # "her spaniels, Dobbin and Rook": the list's first name
    first = min(top.left_edge.i, span.start)
    before, before2 = _at(mention, span.start - 1), _at(mention, span.start - 2)
    # The parse often misses the apposition of a list, so the words say it.
    set_off = _lower(_at(mention, first - 1)) == "," and _animal(_at(mention, first - 2))
    appos = set_off or (top.dep_ == "appos" and _animal(top.head))
    described = any(c.dep_ == "appos" and _named_thing(c) for c in root.children)
    appos = appos or (top.dep_ == "appos" and _product(top.head))
    naming = _lower(before) in _NAMING
    at = span.start - 2
    if before2 is not None and before2.tag_ == "RB":
        at -= 1  # "a spaniel cross now named Theo"
    named = _at(mention, at)
    called = naming and (
        _animal(named)
        or (_lower(named) == "," and _animal(_at(mention, at - 1)))
        or _lower(named) in _CALLED_THINGS
        or (_lower(named) == "," and _lower(_at(mention, at - 1)) in _CALLED_THINGS)
        or (_lower(named) in BREED_WORDS and _bred(_at(mention, at - 1)))
    )
    kind_before = _animal(before) and before is not None and before.tag_ in ("NN", "NNS")
    after_noun = _the_animal_after(mention) or described_as_animal(mention)
    if appos or described or called or kind_before or after_noun:
        mention.vote(WORK, 3.0)  # a pet, a racehorse, a robot, a perfume: no person
        if _lower(before) in COURTESY and (appos or set_off):
            mention.vote(WORK, 3.0)  # "their cat, Mr Biscuit": a joke title, no person
        # Said outright, not read off a list's commas or a noun before a clause's subject
        # ("the dog Jo Ames had owned").
        mention.named_thing = (appos and not set_off) or described or called or after_noun
    elif _animal_in_name(before, span.start) or animal_before_elsewhere(mention):
        mention.vote(WORK, 3.0)  # "Racehorse Moss Rowan": the model's name opened with it
        mention.named_thing = True


def _animal_in_name(before: Token | None, start: int) -> bool:
    """A capitalised animal's noun that the model's name opened with and `name_spans` cut
    off: "Racehorse Moss Rowan" (the name's first word carries on the model's entity)."""
    if before is None or not before.is_title or before.lower_ not in animal_kinds():
        return False
    return before.ent_iob_ in ("B", "I") and before.doc[start].ent_iob_ == "I"


def _the_animal_after(mention: Mention) -> bool:
    """ "Tilly the sheepdog": "the" and an animal's noun that ends the phrase after the name
    (not "Jo Ames the lion tamer")."""
    end = mention.span.end
    closing = _at(mention, end + 2)
    return (
        _lower(_at(mention, end)) == "the"
        and _animal(_at(mention, end + 1))
        and not (
            closing is not None
            and closing.is_lower
            and closing.is_alpha
            and (not closing.tag_.startswith(_CLAUSE_TAGS))
        )
    )


#: Tags of the words that may follow a noun phrase ending in an animal's noun ("Tilly the
#: sheepdog cost", "... who", "... and"); any other word carries the phrase on: "the lion
#: tamer" (tagged as a noun, an adjective or an adverb).
_CLAUSE_TAGS = ("VB", "MD", "IN", "CC", "W", "TO", "PRP", "RP", "DT")


def _lower(token: Token | None) -> str:
    return token.lower_ if token is not None else ""


def _kind_of(noun: Token, lex: Lexicon) -> str | None:
    """The kind other than a person's that a singular common noun says its subject is, or
    None: "X is the market leader" may be a firm, so a noun for people says nothing."""
    word, cue = noun.lower_, cues()
    if word in cue.work_nouns or _named_thing(noun):
        return WORK
    if (word in cue.org_heads or word in BODY_CLASS_NOUNS) and word not in _PEOPLE_TOO:
        return ORG
    if word in lex.place_nouns:
        return PLACE
    return None


def _described_kind(noun: Token, mention: Mention, lex: Lexicon) -> str | None:
    """The kind a noun the text says the name is gives it (`_kind_of`), or a firm's for the
    largest of a trade people share with firms (`_largest_trade`)."""
    return _kind_of(noun, lex) or (ORG if _largest_trade(noun, mention) else None)


def _largest_trade(noun: Token, mention: Mention) -> bool:
    """ "Sweden's biggest truck maker": the largest of a trade people share with firms is a
    firm, unless the name is a place's ("the region's biggest oil producer")."""
    sized = noun.lower_ in _SIZED_TRADES and any(c.lower_ in _SIZES for c in noun.children)
    return sized and mention.place is None


def _authored(verb: Token) -> bool:
    """ "was directed by Jo Ames": a verb of making a work with its maker after "by", and no
    clause of what the subject was made to do ("was directed by police to leave")."""
    if verb.lower_ not in _AUTHORED:
        return False
    by = any(c.dep_ == "agent" for c in verb.children)
    return by and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children)


def _copula_votes(mention: Mention, lex: Lexicon) -> None:
    """ "X was the best-selling game of the year", "X is a chain of shops": the noun the
    subject is said to be; "X was founded in 1990": a body."""
    root = mention.span.root
    verb = root.head
    taken_over = verb.lower_ == "taken" and any(
        c.dep_ == "prt" and c.lower_ == "over" for c in verb.children
    )
    if root.dep_ == "nsubjpass" and (verb.lower_ in _FOUNDED or taken_over):
        mention.vote(ORG, 2.0)  # "was founded in 1990", "is being taken over"
        return
    if root.dep_ == "nsubjpass" and verb.lower_ in _MADE:
        mention.vote(WORK, 2.0)  # "was first manufactured in 1950", "was discontinued"
        return
    if root.dep_ == "nsubjpass" and _authored(verb):
        mention.vote(WORK, 2.0)  # "Vera Kell was directed by Jo Ames": a film, not a woman
        return
    if root.dep_ == "nsubj" and verb.lower_ in _WENT and _failed(verb):
        mention.vote(ORG, 2.0)  # "Corvin Hale went bust", "went into administration"
        return
    if root.dep_ != "nsubj" or verb.lower_ not in COPULAS:
        return
    nouns = [c for c in verb.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.is_lower]
    if len(nouns) != 1 or nouns[0].tag_ != "NN":
        return  # "X and Y are brothers": a plural says nothing of one name
    kind = _described_kind(nouns[0], mention, lex)
    if kind is not None:
        mention.vote(kind, 2.0)


def _office_beside_person(mention: Mention, lex: Lexicon) -> bool:
    """Whether a name of several words ending in a title is set off beside a person's name, as
    its office: "Dan Ames, Channel Patrol Commander, said"; not "Jo Bishop" alone, nor a list
    ("Jo Ames, Kim Bishop and Al Roe", which the parse may read as an apposition too)."""
    span = mention.span
    if len(span) < 2 or not span[-1].is_title or span[-1].lower_ not in lex.role_words:
        return False
    before, person = _at(mention, span.start - 1), _at(mention, span.start - 2)
    closing, word = _at(mention, span.end), _at(mention, span.end + 1)
    return (
        before is not None
        and before.text == ","
        and person is not None
        and person.ent_type_ == "PERSON"
        and closing is not None
        and closing.text == ","
        and word is not None
        and word.is_lower  # "Commander, said"; a list goes on with a name or "and"
    )


#: Second halves of adjectives that only a firm bears before its name: "Nasdaq-listed",
#: "state-owned", "publicly-traded", "state-run" ("London-based" fits people too).
_FIRM_PARTICIPLES = frozenset({"listed", "owned", "traded", "quoted", "run"})


def _listed_or_owned(mention: Mention) -> bool:
    """Whether a hyphened participle of a firm's stands right before the name."""
    start = mention.span.start
    participle, hyphen = _at(mention, start - 1), _at(mention, start - 2)
    return (
        participle is not None
        and participle.lower_ in _FIRM_PARTICIPLES
        and hyphen is not None
        and hyphen.text == "-"
        and not hyphen.whitespace_
    )


def _whose_shares(mention: Mention) -> bool:
    """ "Kelby Vance, whose shares have halved": a relative clause owning a firm's things."""
    end = mention.span.end
    owned = _at(mention, end + 2)
    return (
        _lower(_at(mention, end)) == ","
        and _lower(_at(mention, end + 1)) == "whose"
        and owned is not None
        and owned.lower_ in _FIRM_POSSESSIONS
    )


#: What only a firm owns after "whose" (not org_possessions' "chief", "board", "members",
#: which a person's clause may also hold: "whose chief worry").
_FIRM_POSSESSIONS = frozenset(
    {"shares", "stock", "shareholders", "profits", "revenues", "earnings", "subsidiary"}
    | {"subsidiaries", "headquarters", "subscribers", "customers"}
)
