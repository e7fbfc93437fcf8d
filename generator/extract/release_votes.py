"""Evidence that a name is a released work from the noun that introduces it.

"The band's new single, Paper Kites, ...": a title set off after its owner's work noun
(the tagger often reads "single" as an adjective, so the parse's apposition is no help);
"it launched a new cereal, Choco Flakes": what a launch's object is called; "their hits
include Paper Kites and Glass Roads": the works a list of works names. General word
lists only.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import tokens_of
from generator.extract.lexicon import cues, lexicon, occupations, people_nouns
from generator.extract.mentions import ORG, WORK, Mention

#: Tags of the words of a noun phrase before its noun: "the band's new", "her 2004".
_NOUN_PHRASE = frozenset({"DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "HYPH", "VBN"})
_OWNERS = frozenset({"POS", "PRP$"})
#: What a list after "include" may be made of, beyond the work nouns of evidence.yaml.
_LISTED_WORKS = frozenset(
    {"hits", "songs", "singles", "albums", "records", "tracks", "credits", "works", "roles"}
    | {"products", "gadgets", "devices", "toys", "titles", "shows", "programmes", "films"}
    # A performer's credits: "her stage appearances included Harbour Lights and Tin Roses".
    | {"appearances", "performances", "productions", "plays"}
)
#: Lists of brands name bodies: "its brands include Kelso and Marrow".
_LISTED_BODIES = frozenset({"brands", "labels", "chains", "subsidiaries"})
_INCLUDE = frozenset({"include", "includes", "included", "including"})
#: Clause heads that end the walk up from a name: its own verb is no list's, nor a
#: participle's ("Star Quest, hosted by Jo Ames"); a title opening with a verb is no clause
#: ("include Dancing in Glass").
_CLAUSES = frozenset({"ROOT", "ccomp", "relcl", "advcl", "acl"})
_REACH = 5


def release_votes(mention: Mention) -> None:
    """Votes for a work (or a body) from the noun that introduces the name."""
    span, doc = mention.span, mention.span.doc
    if _set_off_after_owned_work(doc, span):
        mention.vote(WORK, 3.0)  # "her new single, Paper Kites,"
    if span.label_ not in ("ORG", "GPE") and _set_off_after_a_launch(doc, span):
        mention.vote(WORK, 3.0)  # "it launched a new cereal, Choco Flakes."
    if _titled_by_its_noun(span):
        mention.vote(WORK, 3.0)  # "her new album Salt Road", "the sitcom Harbour Lane"
        mention.named_thing = True  # said outright: no shape of a place or person outweighs it
    listed = _listed_by(span)
    if listed in _LISTED_BODIES:
        mention.vote(ORG, 2.0)  # "its brands include Kelso"
    elif listed is not None:
        mention.vote(WORK, 3.0)  # "their hits include Paper Kites and Glass Roads"


#: Nouns of released works that a title follows as its name: "her album Salt Road". Not the
#: nouns a sports report uses too ("the game", "the series", "the title", "the show").
_TITLED_WORKS = frozenset(
    {"album", "single", "song", "novel", "film", "movie", "sitcom", "documentary", "memoir"}
    | {"biopic", "musical", "soap", "podcast", "handset", "smartphone", "console", "app"}
)


def _titled_by_its_noun(span: Span) -> bool:
    """Whether a lower-case noun of a released work right before the name is joined to it
    by the parse, as the name's noun: "the album Salt Road"."""
    noun = span.doc[span.start - 1] if span.start > 0 else None
    if noun is None or not noun.is_lower or noun.lower_ not in _TITLED_WORKS:
        return False
    return span.start <= noun.head.i < span.end or span.root.head == noun


def _set_off_after_owned_work(doc: Doc, span: Span) -> bool:
    """Whether the name stands between commas right after "<owner>'s [adjectives] <work
    noun>" that no preposition governs ("after his show, Jo Ames, 45, said" is a time); a
    title word may open the work's name ("her new album, Sir Lancel,")."""
    tokens = tokens_of(doc)  # no Token made per doc[i]
    start = span.start
    if (
        start > 0
        and tokens[start - 1].is_title
        and tokens[start - 1].lower_ in lexicon().honorifics
    ):
        start -= 1
    comma, noun = start - 1, start - 2
    if noun < 0 or tokens[comma].text != "," or tokens[noun].lower_ not in cues().work_nouns:
        return False
    if span.end < len(tokens) and tokens[span.end].text not in (",", ";"):
        return False
    owned, i = False, noun - 1
    while i >= 0 and (tokens[i].tag_ in _NOUN_PHRASE or tokens[i].tag_ in _OWNERS):
        owned = owned or tokens[i].tag_ in _OWNERS
        i -= 1
    return owned and (i < 0 or tokens[i].tag_ not in ("IN", "TO"))


def _set_off_after_a_launch(doc: Doc, span: Span) -> bool:
    """Whether the name follows a comma after the object of a verb of launching that is no
    word for people or bodies: "launched a new cereal, Choco Flakes", "unveiled its phone, the
    Nova"; not "released a suspect, Tom Vell", "launched a party, Tarn First"."""
    comma = span.start - 1
    if comma > 0 and doc[comma].lower_ == "the":
        comma -= 1
    if comma < 1 or doc[comma].text != ",":
        return False
    noun = doc[comma - 1]
    if noun.tag_ != "NN" or noun.dep_ != "dobj" or noun.head.lower_ not in cues().launch_verbs:
        return False
    lower = noun.lower_
    people = cues().person_nouns | people_nouns() | lexicon().role_words | occupations()
    return lower not in people and lower not in cues().org_heads


def _listed_by(span: Span) -> str | None:
    """The plural noun of works or brands whose list after "include" holds the name, or
    None: "her films include Moon River", "hit songs including Moon River"; not a name a
    member is for ("awards including best actor for Jo Ames"). Other prepositions may be a
    title's own words ("include Dancing in Tin and Harbour Glass")."""
    token: Token = span.root
    for _ in range(_REACH):
        if token.head is token:
            return None
        token = token.head
        if token.lower_ in _INCLUDE:  # the list follows: not "Jo Ames's films include"
            return _includer(token) if token.i < span.start else None
        if token.dep_ in _CLAUSES or token.pos_ == "AUX":
            return None
        if token.dep_ == "prep" and token.lower_ == "for":
            return None  # "best actor for Jo Ames": whom a member is for, not a member
    return None


def _includer(verb: Token) -> str | None:
    """The plural work or brand noun that "include" lists the members of, or None."""
    if verb.lower_ == "including":
        noun = verb.head if verb.dep_ == "prep" else None
    else:
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if noun is None:
        return None
    lower = noun.lower_
    if lower in _LISTED_BODIES or lower in _LISTED_WORKS:
        return lower
    return lower if lower in cues().work_nouns and lower.endswith("s") else None
