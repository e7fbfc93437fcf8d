"""Evidence that a name written with a possessive that owns nothing is a body's: "Sales at
Tolland's fell", "A spokesman for Brindle's said", "Brindle's, the Soho restaurant, closed".
A person's possessive always owns a noun after it ("Jo Ames's house"); a shop's, hotel's or
firm's name may end in "'s" and be the whole name (as "McDonald's" and "Lloyd's" are), so
a verb or a clause's punctuation right after the "'s" says the name is a body.

Not when the "'s" is a shortened "is" or "has" ("Ames's been arrested", "Jo's going"): a
participle follows it then. Not after a verb of being ("the decision was Ames's"), where a
person's possessive stands alone, nor for a full name that opens with a given name
("Carla Penn's."), which is a person's however the sentence ends, nor in a headline written
in capitals, whose verbs and nouns the tagger confuses. Not for an illness named after its
finder ("patients with high-risk Tarrow's, which spreads"), nor for possessives listed
before the one noun they share ("Ames's, Roe's and Vell's campaigns")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from generator.extract.doc_words import POSSESSIVE_ENDINGS, lower_at, token_at, words_of
from generator.extract.mentions import ORG, Mention
from generator.extract.referent_given_names import given_name_sex

__all__ = ["possessive_body_votes"]

#: Tags of a finite verb that may follow a body's name as its subject: "Tolland's fell".
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Punctuation that ends the phrase the name stands in: "for Tolland's, which ...".
#: Not a closing bracket: "on (Ames's) not accepting" is a person's act, bracketed.
_CLOSERS = frozenset({",", ".", ";", ":", "!", "?"})
#: Verbs of being, after which a person's possessive stands alone: "the idea was Ames's".
_BEING = frozenset({"is", "was", "are", "were", "be", "been", "being"})
#: Nouns of illness an eponym's possessive owns elsewhere: "Tarrow's disease".
_ILLNESS_NOUNS = frozenset({"disease", "syndrome", "palsy", "lymphoma", "sarcoma", "oesophagus"})
#: Words right before an illness that stands alone: "he has Tarrow's", "living with Tarrow's".
_HAVING = frozenset({"has", "had", "have", "having", "developed", "develop", "develops"})
#: Words before "with" or "from" before an illness: "diagnosed with", "suffering from".
_AILING = frozenset({"diagnosed", "living", "lives", "live", "people", "patients", "suffering"})
_AILING |= {"suffers", "suffered", "suffer", "died", "dies", "die"}
#: Weight: more than the model's person label and a verb of saying together.
_WEIGHT = 3.0


def possessive_body_votes(mention: Mention) -> None:
    """A body's vote for a name whose "'s" owns no noun (see the module)."""
    span, doc = mention.span, mention.span.doc
    if lower_at(doc, span.end) not in POSSESSIVE_ENDINGS or not all(
        t.text[:1].isupper() for t in span
    ):
        return
    if lower_at(doc, span.start - 1) in _BEING:
        return  # "the decision was Ames's": the person's, standing alone
    if len(span) > 1 and given_name_sex(span[0].text) is not None:
        return  # "Carla Penn's.": a person's full name
    if _an_illness(span):
        return  # "high-risk Tarrow's, which spreads": an illness named after its finder
    if any(t.is_upper and len(t) > 1 for t in span):
        return  # "AMES'S PLAN FAILS": a headline in capitals, whose words the tagger misreads
    follower = token_at(doc, span.end + 1)
    if follower is not None and follower.text == "," and _possessive_list(doc, follower.i):
        return  # "Ames's, Roe's and Vell's campaigns": possessives sharing one noun
    if follower is None or follower.text in _CLOSERS or follower.tag_ in _FINITE:
        mention.vote(ORG, _WEIGHT)  # "Sales at Tolland's fell", "for Brindle's, which"


def _possessive_list(doc: Doc, comma: int) -> bool:
    """Whether another possessive follows the comma within a few words: "Ames's, Roe's and
    Vell's campaigns", whose first possessive owns the noun at the end."""
    return any(lower_at(doc, i) in POSSESSIVE_ENDINGS for i in range(comma + 1, comma + 6))


def _an_illness(span: Span) -> bool:
    """Whether the name with its "'s" names an illness after the one who found it: it owns a
    noun of illness elsewhere in the document ("Tarrow's disease"), or stands after a
    describing word ("high-risk Tarrow's"), after "has" ("he has Tarrow's") or after
    "diagnosed with", "suffering from" and the like."""
    doc, known = span.doc, words_of(span.doc)
    for at in known.starts_of([t.text for t in span]):
        end = at + len(span)
        if end + 1 >= len(doc):
            break  # the starts come in text order: no later one has two words after it
        if known.lowers[end] in POSSESSIVE_ENDINGS and lower_at(doc, end + 1) in _ILLNESS_NOUNS:
            return True  # "Tarrow's disease" anywhere in the document
    before = token_at(doc, span.start - 1)
    if before is None:
        return False
    if (before.tag_ == "JJ" and before.is_lower) or before.lower_ in _HAVING:
        return True
    return before.lower_ in ("with", "from") and lower_at(doc, span.start - 2) in _AILING
