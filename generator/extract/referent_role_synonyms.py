"""Nouns by which news refers back to a person whose stated role says the same in other
words: "Novelist Ann Roe ... the author said", "Singer-songwriter Jo Ames ... the singer
wrote", "Television presenter Kay Dunn ... the host said", "Celebrity chef Tom Vell ...
the cook told".

A description must agree with the role stated for the person it refers back to ("Union
boss Jo Ames spoke. The minister said" is not Ames); a noun that names the same trade, or
a kind that takes the stated one in, agrees too. The table is of common English words.
"""

from __future__ import annotations

from itertools import pairwise

__all__ = ["SYNONYM_NOUNS", "names_role", "police_rank"]

_WRITERS = frozenset(
    ["novelist", "writer", "author", "poet", "playwright", "biographer", "memoirist"]
)
_SINGERS = frozenset(
    ["singer", "songwriter", "vocalist", "frontman", "frontwoman", "rapper", "crooner"]
)
_MUSICIANS = _SINGERS | frozenset(
    ["guitarist", "drummer", "bassist", "pianist", "violinist", "cellist", "composer", "dj"]
)
_HOSTS = frozenset(["presenter", "host", "broadcaster", "anchor", "newsreader"])
_PLAYERS = frozenset(
    [
        "footballer",
        "striker",
        "midfielder",
        "defender",
        "winger",
        "goalkeeper",
        "keeper",
        "forward",
        "fullback",
        "full-back",
        "centre-back",
        "playmaker",
        "batsman",
        "bowler",
        "cricketer",
        "quarterback",
        "pitcher",
        "fly-half",
        "scrum-half",
        "lock",
        "prop",
        "flanker",
        "golfer",
    ]
)
_LAWYERS = frozenset(["lawyer", "solicitor", "barrister", "attorney", "advocate"])
#: Nouns for one who acts, and the words that make a "star" one who acts ("soap star").
_ACTORS = frozenset(["actor", "actress"])
_SCREENS = frozenset(["soap", "film", "movie", "hollywood", "sitcom", "screen", "bollywood"])
_COMEDIANS = frozenset(["comedian", "comic", "comedienne", "funnyman", "funnywoman"])
_EXPLORERS = frozenset(["explorer", "adventurer", "mountaineer", "climber"])
#: The ranks and words a stated role gives a police officer ("Detective Constable"). Only
#: a definite description reads back to them (`police_rank`): "a police officer said" is
#: most often a source the story leaves unnamed, not the officer it names next.
_POLICE = frozenset(
    [
        "officer",
        "constable",
        "detective",
        "sergeant",
        "sgt",
        "sgt.",
        "inspector",
        "superintendent",
        "trooper",
        "patrolman",
        "policeman",
        "policewoman",
    ]
)
#: Members of the US House, whose stated role is the title "Rep." spelled out.
_HOUSE_MEMBERS = frozenset(["representative", "congressman", "congresswoman"])
#: Lawmakers of a legislature, by the titles their stated roles give them.
_LAWMAKERS = _HOUSE_MEMBERS | frozenset(
    ["senator", "legislator", "lawmaker", "assemblyman", "assemblywoman", "mp"]
)

#: A noun of a description and the words of a stated role it may refer back to.
SYNONYM_NOUNS: dict[str, frozenset[str]] = {
    "author": _WRITERS,
    "writer": _WRITERS,
    "novelist": frozenset(["author", "writer"]),
    "singer": _SINGERS,
    "songwriter": _SINGERS,
    "musician": _MUSICIANS,
    "rocker": _MUSICIANS,
    "host": _HOSTS,
    "presenter": _HOSTS,
    "cook": frozenset(["chef", "cook"]),
    "chef": frozenset(["chef", "cook"]),
    "comic": _COMEDIANS,
    "comedian": _COMEDIANS,
    "funnyman": _COMEDIANS,
    "funnywoman": _COMEDIANS,
    "adventurer": _EXPLORERS,
    "explorer": _EXPLORERS,
    "restaurateur": frozenset(["chef", "restaurateur"]),
    "player": _PLAYERS,
    "footballer": _PLAYERS - {"batsman", "bowler", "cricketer", "quarterback", "pitcher"},
    "lawyer": _LAWYERS,
    "attorney": _LAWYERS,
    "solicitor": _LAWYERS,
    "actor": frozenset(["actor", "actress"]),
    "actress": frozenset(["actress", "actor"]),
    "congressman": _HOUSE_MEMBERS,
    "congresswoman": _HOUSE_MEMBERS,
    "lawmaker": _LAWMAKERS,
}


def names_role(noun: str, role: str) -> bool:
    """Whether a description's noun (lower case) names the trade a stated role states in
    other words: a word of the role, or a part of a hyphened word ("singer" of
    "singer-songwriter"), that the noun may stand for."""
    kinds = SYNONYM_NOUNS.get(noun)
    if not kinds:
        return False
    terms = role.lower().replace(",", " ").split()
    if noun in _ACTORS and any(
        word in _SCREENS and after == "star" for word, after in pairwise(terms)
    ):
        return True  # "Soap star Jo Ames ... the actress said"
    return any(term in kinds or set(term.split("-")) & kinds for term in terms)


def police_rank(noun: str, role: str) -> bool:
    """Whether a description's noun (lower case) is a word for a police officer ("officer",
    "policeman") and a stated role gives a police rank ("Sergeant", "Inspector")."""
    if noun not in ("officer", "policeman", "policewoman"):
        return False
    return any(term in _POLICE for term in role.lower().replace(",", " ").split())
