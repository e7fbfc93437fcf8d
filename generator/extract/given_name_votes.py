"""Evidence that a name the model alone reads as a body is a person's: "Justin Vell".

Two capitalised words whose first is a common given name of one sex (data/given_names.yaml)
name a person far more often than a body: in labelled Reuters news hundreds of such names
are people for a handful of bodies, and those end in a word of bodies or places ("Tarn
County", "Grace Road"). So when the model reads such a name as a body (or as a place no
table or gazetteer knows) and nothing in the text says body, place or thing of any of its
writings ("thanks to Justin Vell and Ann Roke", "interviewed by Justin Vell"), each
writing votes once for a person, which outweighs the model's label. Evidence of a body
("shares in Justin Vell", "Justin Vell Ltd") leaves the model's reading alone, unless a
pronoun of the given name's sex takes the name up ("Justin Vell cut 300 jobs, and he said").
An article of the name's own ("the Victoria Vell was launched": a ship, a medal, a hall) is
a thing's: its writings lean that way by half a vote, which keeps the model's reading.
General word lists only.
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, PERSON, PLACE, WORK, Mention, by_writing
from generator.extract.name_hills import hill_name
from generator.extract.nlp import common_nouns
from generator.extract.pronoun_forms import BY_SEX
from generator.extract.referent_given_names import given_name_sex
from generator.extract.shapes import ends_like_place
from generator.extract.typing_articled_names import articled_name

#: The model's labels that such a name gets by mistake: a body, or a place that neither the
#: tables nor the gazetteer know ("winner Justin Vell" read as a town).
_MISREAD = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Kinds whose evidence on any writing keeps the model's body.
_OTHER_KINDS = (ORG, PLACE, WORK)
#: Pronouns of each sex, all forms: "he" after "Justin Vell", who is no body.
_PRONOUNS = {sex: forms.all for sex, forms in BY_SEX.items()}


def personal_name_shape(span: Span) -> bool:
    """Whether a span is written as a person's name may be: two or three capitalised words
    the last of which ends no body's or place's name: "Kortin Vell"; not "Kortin Vell Ltd",
    "Grace Road", "KORTIN VELL"."""
    if len(span) not in (2, 3) or not all(t.is_alpha and t.is_title for t in span):
        return False
    last = span[-1].lower_
    words = cues()
    return not (last in words.org_suffixes or last in words.org_heads or ends_like_place(span))


#: Small words written in lower case inside a surname: "Simone de Varenne", "Jan van der Roke".
_PARTICLES = frozenset(
    {"de", "da", "di", "del", "della", "der", "den", "van", "von", "du", "dos", "das", "le"}
)


def _particle_name_shape(span: Span) -> bool:
    """Whether a span is a given name of one sex, one or two lower-case particles and a
    capitalised surname that ends no body's or place's name: "Simone de Varenne", "Jan van
    der Roke"; not "Simone de Varenne Ltd", "Grace de Tarn Road"."""
    if len(span) not in (3, 4) or given_name_sex(span[0].text) is None:
        return False
    first, last, words = span[0], span[-1], cues()
    if not (first.is_title and first.is_alpha and last.is_title and last.is_alpha):
        return False
    if not all(t.text in _PARTICLES for t in span[1:-1]):
        return False
    body_end = last.lower_ in words.org_suffixes or last.lower_ in words.org_heads
    return not (body_end or ends_like_place(span))


def _given_name_shape(span: Span) -> bool:
    """Whether a span is a given name of one sex and one more capitalised word that ends no
    body's or place's name: "Justin Vell"; not "Justin Vell Ltd", "Grace Road", "JUSTIN VELL".
    Of three words, the second is a given name too and the last no common noun: "Justin Luke
    Vell"; not "Grace Fellows Chapel"."""
    if not personal_name_shape(span):
        return _particle_name_shape(span)
    if len(span) == 3 and (
        given_name_sex(span[1].text) is None or span[-1].lower_ in common_nouns()
    ):
        return False
    return given_name_sex(span[0].text) is not None


def _taken_up_by_sex(span: Span) -> bool:
    """Whether a pronoun of the given name's sex follows the name in its sentence before any
    other name: "Justin Vell cut 300 jobs, and he said"; a body is no "he"."""
    sex = given_name_sex(span.text)
    if sex is None:
        return False
    for token in span.doc[span.end : span.sent.end]:
        if token.ent_type_ or token.text in ('"', "\u201c", "\u201d"):
            return False  # another name, or a quote whose pronoun is the speaker's
        if token.lower_ in _PRONOUNS[sex]:
            return True
        if any(token.lower_ in forms for forms in _PRONOUNS.values()):
            return False
    return False


def given_name_votes(mentions: list[Mention]) -> None:
    """One vote for a person on each writing of a given name and surname that the model reads
    as a body or an unknown place at least once and that the text calls nothing else (see
    the module's doc)."""
    groups = by_writing(mentions)
    for group in groups.values():
        if any(m.fixed or m.place is not None or not _given_name_shape(m.span) for m in group):
            continue
        if not any(m.span.label_ in _MISREAD for m in group):
            continue
        if any(hill_name(m.span) for m in group):
            for mention in group:
                mention.vote(PLACE, 1.0)  # "climbed Ben Corrach": a hill, whatever "Ben" is
            continue
        if any(articled_name(m.span) for m in group):
            # "the Victoria Vell": a thing named so, whatever pronoun follows. Half a vote
            # leaves the model's body or place in place, and is the evidence that keeps
            # org_people from making the body's full name a person's after all.
            for mention in group:
                mention.vote(WORK, 0.5)
            continue
        other = any(m.votes.get(kind, 0.0) > 0 for m in group for kind in _OTHER_KINDS)
        if other and not any(_taken_up_by_sex(m.span) for m in group):
            continue
        for mention in group:
            mention.vote(PERSON, 1.0)
