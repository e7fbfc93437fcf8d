"""Evidence that a name made like a person's is a work's title, from what only a work is said
to be: a film or a book named after its hero ("Vera Quill") is written about as a story.

- "the sequel to Vera Quill", "a follow-up to Vera Quill": a work follows a work.
- "Vera Quill is set in 1950s Leeds", "Vera Quill is based on a true story": a story has a
  setting and a source; a person "is based in" a town and "is set to" do something.
- "Vera Quill opens in 300 cinemas", "was released on DVD": where a film or a book is
  shown or sold; a person is released "on bail" and appears "in court".
- "Vera Quill tells the story of a cleaner": a work's plot, told in the present; not "Jo Ames
  tells the story of her escape", where a person tells their own.
- "starred in Vera Quill", "played the butler in Vera Quill", "as the nurse in Vera Quill",
  "her role in Vera Quill": what an actor is in is a film, a play or a show; no one acts in a
  person. Read only of a name the model calls a person's (an actor "appears in" a court too).
- "Jo Ames was nominated for Vera Quill", "Jo Ames, nominated for Vera Quill,", "Jo Ames
  earned a nomination for Vera Quill": what a person is nominated for is a work (or a
  category); not "the film earned a nomination for Jo Ames", whose nominee is the name.

General word lists only: no titles of works.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import singulars
from generator.extract.listed_names import first_listed_name
from generator.extract.mentions import WORK, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.typing_award_winners import someone

#: Nouns of a work that comes "to" another: "the sequel to Vera Quill".
_FOLLOW_UPS = frozenset({"sequel", "prequel", "follow-up", "spin-off", "successor"})
#: A passive verb and the preposition of a story's setting or source: "is set in", "based on".
_FRAMES = {"set": frozenset({"in", "during", "among"}), "based": frozenset({"on", "upon"})}
#: Where works are shown or sold: "opens in 300 cinemas", "out on DVD".
_VENUES = frozenset(
    {"cinemas", "theatres", "theaters", "screens", "multiplexes", "bookshops", "bookstores"}
    | {"dvd", "video", "blu-ray"}
)
#: Verbs, by their lemmas, of bringing a work out where it is shown or sold.
_SHOWING = ("open", "release", "show", "screen", "premiere", "debut", "arrive")
#: Verbs of telling a plot, in the present, and the nouns of a plot they take.
_TELLS = frozenset({"tells", "recounts", "chronicles", "charts", "retells"})
_PLOTS = frozenset({"story", "tale", "stories", "tales"})
#: Owners that make a told story the teller's own: "her escape", "his life".
_OWN = frozenset({"her", "his", "their", "my", "our", "own"})
#: Weight of these votes: more than the model's label and a verb of saying together.
_WEIGHT = 3.0
#: Verbs, by their lemmas, of acting in a work: "starred in", "was cast in".
_ACTING = ("star", "co-star", "appear", "act", "feature", "cast")
#: Verbs whose object is a part played in a work: "played the butler in".
_PLAYING = ("play", "portray")
#: Nouns of a part, which is had in a work: "her role in", "a cameo in".
_PARTS = frozenset({"role", "roles", "part", "parts", "cameo", "cameos"})
#: Verbs, by their lemmas, and nouns of a nomination, whose "for" is what the nominee is up for.
_NOMINATING = ("nominate", "shortlist")
_NOMINATIONS = frozenset({"nomination", "nominations", "nod", "nods"})
#: An author tells a story in a book too ("Jo Ames tells the story of a soldier"), so a
#: told plot only tips a name the model itself is unsure of.
_TOLD_WEIGHT = 1.5


def work_frame_votes(mention: Mention) -> None:
    """A vote for a work where the grammar around the name says story (see the module)."""
    if mention.fixed or mention.place is not None:
        return
    root = mention.span.root
    acted = mention.span.label_ == "PERSON" and _acted_in(root)
    follows = _follows_a_work(root, mention.span.start) or _nominated_for(root)
    if acted or follows or _set_or_based(root) or _shown_where_works_are(root):
        mention.vote(WORK, _WEIGHT)
    if _tells_a_plot(root):
        mention.vote(WORK, _TOLD_WEIGHT)


def _follows_a_work(root: Token, start: int) -> bool:
    """ "the sequel to Vera Quill": the name (starting at ``start``) is the object of "to"
    after a follow-up's noun, singular or plural, first of a list or a later one ("sequels to
    Vera Quill and Tom Ryde")."""
    own = root
    root = first_listed_name(root)
    to = root.head
    if root.dep_ != "pobj" or to.lower_ != "to":
        return False
    if own is root and any(t.dep_ != "det" for t in root.doc[to.i + 1 : start]):
        # "the sequel to Vera Quill stars Jo Ames": the tagger read "stars" as a noun and hung
        # the whole run on "to"; a name with other words before it in the object is not it.
        return False
    return any(form in _FOLLOW_UPS for form in singulars(_hyphened_word(to.head).lower()))


def _acted_in(root: Token) -> bool:
    """ "starred in Vera Quill", "played the butler in", "as the nurse in", "her role in",
    the first of a list or a later one ("appeared in Vera Quill and Tom Ryde")."""
    root = first_listed_name(root)
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    anchor = root.head.head
    if anchor.pos_ in ("VERB", "AUX"):
        played = any(c.dep_ == "dobj" for c in anchor.children)  # "played the butler in"
        return anchor.lower_ in verb_forms(_ACTING) or (
            played and anchor.lower_ in verb_forms(_PLAYING)
        )
    if anchor.pos_ != "NOUN":
        return False
    owner = anchor.head
    return (
        anchor.lower_ in _PARTS
        or (anchor.dep_ == "pobj" and owner.lower_ == "as")
        or (anchor.dep_ == "dobj" and owner.lower_ in verb_forms(_PLAYING))
    )


def _nominated_for(root: Token) -> bool:
    """ "Jo Ames was nominated for Vera Quill", "Jo Ames, nominated for Vera Quill,", "Jo Ames
    earned a nomination for Vera Quill": the object of "for" after a verb or a noun of
    nominating whose nominee is a person; the first of a list or a later one. After the verb,
    a lone name is the nominee too ("Ames, nominated for Vera Quill,"): no one and nothing is
    nominated for a person, but a film "earned a nomination for" its actor."""
    root = first_listed_name(root)
    if root.dep_ != "pobj" or root.head.lower_ != "for":
        return False
    anchor = root.head.head
    if anchor.pos_ == "VERB" and anchor.lower_ in verb_forms(_NOMINATING):
        nominees = [c for c in anchor.children if c.dep_ == "nsubjpass"]
        if anchor.dep_ == "acl":
            nominees.append(anchor.head)  # "Jo Ames, nominated for Vera Quill,"
        return any(someone(nominee) or nominee.pos_ == "PROPN" for nominee in nominees)
    if anchor.lower_ not in _NOMINATIONS or anchor.dep_ != "dobj":
        return False
    return any(c.dep_ == "nsubj" and someone(c) for c in anchor.head.children)


def _hyphened_word(token: Token) -> str:
    """A noun with the words hyphened onto its front, as written: "follow-up" of "up"."""
    doc, start = token.doc, token.i
    while start >= 2 and doc[start - 1].text == "-" and not doc[start - 2].whitespace_:
        start -= 2
    return doc[start : token.i + 1].text.lower()


def _set_or_based(root: Token) -> bool:
    """ "Vera Quill is set in Leeds", "was based on a novel": the passive subject of "set" or
    "based" with the preposition of a setting or a source."""
    verb = root.head
    prepositions = _FRAMES.get(verb.lower_)
    if root.dep_ != "nsubjpass" or prepositions is None:
        return False
    return any(c.dep_ == "prep" and c.lower_ in prepositions for c in verb.children)


def _shown_where_works_are(root: Token) -> bool:
    """ "Vera Quill opened in 300 cinemas", "was released on DVD": the subject of a verb of
    showing with a preposition whose object is where works are shown or sold; not "Jo Ames
    works in cinemas"."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lower_ not in verb_forms(_SHOWING):
        return False
    return any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in _VENUES for o in c.children)
        for c in root.head.children
    )


def _tells_a_plot(root: Token) -> bool:
    """ "Vera Quill tells the story of a cleaner": the subject of a verb of telling in the
    present whose object is a story "of" someone not the teller's own."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _TELLS:
        return False
    for plot in (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _PLOTS):
        subjects = [o for p in plot.children if p.lower_ == "of" for o in p.children]
        if subjects and not any(_owned(word) for word in [plot, *subjects]):
            return True
    return False


def _owned(noun: Token) -> bool:
    """Whether a noun has an owner's pronoun: "her story", "the story of his escape"."""
    return any(c.dep_ == "poss" and c.lower_ in _OWN for c in noun.children)
