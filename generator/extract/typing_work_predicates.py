"""Evidence that a name is a work's title from what the sentence says only of works.

- "Ridley Crane was voted best game of the year", "critics named Ridley Crane album of the
  year": the kind a name is voted or named is a work's; a person is voted "best actor".
- "the new series of Ridley Crane", "the first episode of Ridley Crane": only a show has
  series and episodes counted or dated so ("a series of talks" has no such word before it).
- "Ridley Crane returns for a new series", "is to return for a fifth season": what comes back
  for a counted series is the show; its presenter returns "for a new series of" the show.
- "Ridley Crane, which stars Tom Hanks": a work stars an actor; a person stars in one.
- "Ridley Crane, which was released at midnight": what "which" is said to be released,
  published or aired is a work ("who was released" is a prisoner).
- "Ridley Crane went on sale in Japan": goods go on sale; no person nor body does.
- "Ridley Crane is available on iPhone", "is available to download": what is available on
  a named platform or to be downloaded is a work or a product; a person is "available for
  comment" or "on Mondays".

General word lists only: no titles of works.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doc_words import BE_FORMS
from generator.extract.lexicon import cues
from generator.extract.mentions import WORK, Mention
from generator.extract.work_votes import CASTING

#: Verbs that give their object the kind named after them: "voted best game".
_NAMING = frozenset({"voted", "named", "crowned", "declared", "dubbed", "ranked"})
#: Work nouns that are prizes or ranks a person wins too, not kinds of work.
_NOT_KINDS = frozenset(
    {"award", "awards", "prize", "prizes", "trophy", "trophies", "nomination", "nominations"}
    | {"title", "titles", "franchise", "bestseller", "bestsellers", "best-seller"}
)
#: The parts of a show that are counted or dated: "the second series of".
_PARTS = frozenset({"series", "season", "episode", "episodes", "instalment", "installment"})
#: Words before a part that count or date it: "the new series", "the final episode".
_PART_MARKS = frozenset({"new", "latest", "next", "last", "final", "previous", "opening"})
_PART_MARKS |= {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"}
_PART_MARKS |= {"ninth", "tenth", "eleventh", "twelfth"}
_RELATIVES = frozenset({"which", "that"})
#: Forms of "return" (no lemmatizer runs): "X returns for a new series".
_RETURNING = frozenset({"return", "returns", "returned", "returning"})
#: Passive verbs of bringing a work out: "which was released", "which was first aired".
_RELEASED = frozenset({"released", "reissued", "remastered", "premiered", "screened", "aired"})
_RELEASED |= {"published", "broadcast", "televised", "serialised", "serialized"}
#: Forms of "go", whose subject "on sale" is goods (no lemmatizer runs).
_GOING = frozenset({"go", "goes", "went", "going", "gone"})
#: Verbs of getting a work that "available to" takes: "available to download".
_GETTING = frozenset({"download", "stream", "buy", "pre-order", "preorder", "rent", "watch"})
#: Kinds of entity that are no platform: "available on Monday", "on Kim's phone".
_NO_PLATFORM = frozenset({"DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL"})
_DAYS_AND_MONTHS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"january", "february", "march", "april", "may", "june", "july", "august"}
    | {"september", "october", "november", "december"}
)
#: Weight: more than the model's label and a verb of saying together.
_WEIGHT = 3.0


def work_predicate_votes(mention: Mention) -> None:
    """A vote for a work from what the sentence says of the name (see the module)."""
    if mention.fixed or mention.place is not None or mention.span.label_ not in ("PERSON", "ORG"):
        return
    root = mention.span.root
    said_of_a_work = _voted_a_work(root) or _part_of_a_show(root) or _said_of_a_work(root)
    said_of_a_work = said_of_a_work or _back_for_a_part(root)
    # A service or a firm is "available on" a platform too: "Kelby Bank is available on".
    said_of_goods = _on_sale(root) or (mention.span.label_ == "PERSON" and _available(root))
    if said_of_a_work or said_of_goods:
        mention.vote(WORK, _WEIGHT)


def _voted_a_work(root: Token) -> bool:
    """ "X was voted best game", "named X album of the year": the kind the name is given."""
    verb = root.head
    if root.dep_ not in ("nsubjpass", "dobj") or verb.lower_ not in _NAMING:
        return False
    kinds = [c for c in verb.children if c.dep_ == "oprd" and c.pos_ == "NOUN" and c.is_lower]
    return any(k.lower_ in cues().work_nouns and k.lower_ not in _NOT_KINDS for k in kinds)


def _part_of_a_show(root: Token) -> bool:
    """ "the new series of X", "the third season of X": a counted or dated part of a show."""
    of = root.head
    if root.dep_ != "pobj" or of.lower_ != "of" or of.head.lower_ not in _PARTS:
        return False
    marks = [c for c in of.head.children if c.dep_ in ("amod", "nummod")]
    return any(m.lower_ in _PART_MARKS or _numbered(m.lower_) for m in marks)


def _back_for_a_part(root: Token) -> bool:
    """ "X returns for a new series", "X is to return for a fifth season": the subject of
    returning for a counted part that is of nothing named ("for a new series of Y" is Y's)."""
    if root.dep_ != "nsubj":
        return False
    verbs = [root.head, *(c for c in root.head.children if c.dep_ == "xcomp")]
    for verb in (v for v in verbs if v.lower_ in _RETURNING):
        for part in (o for f in verb.children if f.lower_ == "for" for o in f.children):
            if part.dep_ != "pobj" or part.lower_ not in _PARTS or _of_something(part):
                continue
            marks = [c for c in part.children if c.dep_ in ("amod", "nummod")]
            if any(m.lower_ in _PART_MARKS or _numbered(m.lower_) for m in marks):
                return True
    return False


def _of_something(part: Token) -> bool:
    """Whether a part is said to be of something: "a new series of Pitch Up"."""
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in part.children)


def _numbered(word: str) -> bool:
    """An ordinal in figures: "4th", "21st"."""
    return word[:1].isdigit() and word[-2:] in ("st", "nd", "rd", "th")


def _said_of_a_work(root: Token) -> bool:
    """ "X, which stars Tom Hanks", "X, which was released in May": a clause about the name,
    opened by "which" or "that", whose verb casts a person or brings a work out."""
    for clause in root.children:
        if clause.dep_ != "relcl":
            continue
        if clause.lower_ in CASTING:
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if not any(c.dep_ == "dobj" and c.ent_type_ == "PERSON" for c in clause.children):
                continue
        elif clause.lower_ in _RELEASED:
            subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
        else:
            continue
        if subject is not None and subject.lower_ in _RELATIVES:
            return True
    return False


def _on_sale(root: Token) -> bool:
    """ "X went on sale", "X goes on sale next week": the subject of going on sale."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in _GOING:
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(o.dep_ == "pobj" and o.lower_ == "sale" for o in c.children)
        for c in verb.children
    )


def _available(root: Token) -> bool:
    """ "X is available on iPhone", "X will be available to download": the subject of
    "available" on a platform's name or to be got."""
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in BE_FORMS:
        return False
    for word in verb.children:
        if word.dep_ != "acomp" or word.lower_ != "available":
            continue
        for child in word.children:
            if child.dep_ == "xcomp" and child.lower_ in _GETTING:
                return True
            if child.dep_ == "prep" and child.lower_ == "on" and _platform(child):
                return True
    return False


def _platform(on: Token) -> bool:
    """Whether "on" takes a proper name that is no date, person or number, alone or before
    its noun: "on iPhone", "on Nintendo consoles"."""
    for noun in (o for o in on.children if o.dep_ == "pobj"):
        names = [noun] if noun.pos_ == "PROPN" else [c for c in noun.lefts if c.dep_ == "compound"]
        if any(_platform_name(name) for name in names):
            return True
    return False


def _platform_name(name: Token) -> bool:
    """A proper name that is no date, person or number ("Mondays" though the model miss it)."""
    return (
        name.pos_ == "PROPN"
        and name.ent_type_ not in _NO_PLATFORM
        and name.lower_.rstrip("s") not in _DAYS_AND_MONTHS
    )
