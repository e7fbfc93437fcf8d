"""A body's noun that opens the next sentence takes up the subject before it.

News names a firm or a band and then describes it: "Harlow Penn will headline the
festival. The Scottish band released their debut last year." The definite noun that is
the next sentence's subject (`reported_it.COMPANY_NOUNS`: "the firm", "the US bank", "the
band") takes up the subject of the sentence before, which is then that body, not a
person. A noun the text used before the subject's sentence ("A campaign group ... Jo Ames
will stand. The group said") has its referent already, and so has one after a sentence
that names or makes another body ("Jo Ames founded Tarn Pike. The firm ..."): no vote is
given then. A person's pronoun after it ("The firm said she would be missed") votes for
the person as `document_votes.pronoun_votes` reads it, outweighing this vote with the
model's label.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.doc_words import kept_per_doc, words_of
from generator.extract.lexicon import cues
from generator.extract.mentions import ORG, Mention
from generator.extract.quote_lemmas import verb_forms
from generator.extract.reported_it import COMPANY_NOUNS

#: Weight of a body's noun taking up the subject: more than the model's person label of one
#: writing, less than a title ("Mr") and a verb of saying together.
TAKEN_UP = 1.5


def described_subject_votes(mentions: list[Mention]) -> None:
    """A vote for a body for each subject of a sentence whose next sentence opens with "the"
    and a body's noun as its subject, a noun the text has not used before."""
    if not mentions:
        return
    first_use = first_uses(mentions[0].span.doc)
    for mention in mentions:
        if mention.fixed or not main_subject(mention.span):
            continue
        sentence = mention.span.sent
        following = next_sentence(sentence)
        noun = None if following is None else _body_noun_opening(following)
        if following is None or noun is None or first_use[noun.lower_] < sentence.start:
            continue
        if not _body_after(mention.span):
            mention.vote(ORG, TAKEN_UP)


#: Verbs whose subject makes, joins or runs a body, which the body's noun after may be:
#: "Jo Ames founded a bakery chain. The firm ...".
_MAKING_BODIES = (
    *("found", "start", "set", "form", "launch", "create", "establish", "open", "build"),
    *("join", "run", "own", "lead", "head", "chair", "manage", "buy", "acquire"),
)


def _body_after(span: Span) -> bool:
    """Whether the rest of the name's sentence holds another body the noun may take up: a
    name the model reads as a body, a body's noun ("started a band"), or a verb of making
    or running one ("founded", "joined")."""
    words = cues().org_heads | COMPANY_NOUNS
    rest = span.doc[span.end : span.sent.end]
    if any(
        (t.ent_type_ == "ORG" and not _names_an_award(t))
        or (t.pos_ == "NOUN" and t.lower_ in words)
        for t in rest
    ):
        return True
    return span.root.head.lower_ in verb_forms(_MAKING_BODIES)


#: Lower-case nouns of prizes that a body's name the model reads may only qualify: "won two
#: Tarn awards" names a prize, not a body that "The band" after it could take up.
_AWARDS = frozenset({"award", "awards", "prize", "prizes", "trophy", "trophies", "medal", "medals"})


def _names_an_award(token: Token) -> bool:
    """Whether a token of the model's body modifies a lower-case noun of a prize after it:
    "Tarn" of "won two Tarn awards"."""
    head = token.head
    after = token.dep_ == "compound" and head.i > token.i
    return after and head.is_lower and head.lower_ in _AWARDS


def main_subject(span: Span) -> bool:
    """Whether a name is the subject of its sentence's main verb, or of the words that verb
    reports: "Harlow Penn will headline", "Harlow Penn will headline, organisers said"."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    main = span.sent.root  # after the test: most names are no subject
    return root.head == main or (root.head.dep_ == "ccomp" and root.head.head == main)


def first_uses(doc: Doc) -> dict[str, int]:
    """Where the text first uses each word (lower case), read once per document."""
    return kept_per_doc(doc, _FIRST_USES_KEY, _read_first_uses)


def _read_first_uses(doc: Doc) -> dict[str, int]:
    found: dict[str, int] = {}
    for at, lower in enumerate(words_of(doc).lowers):
        found.setdefault(lower, at)
    return found


_FIRST_USES_KEY = "typing_anaphors.first_uses"


def next_sentence(sentence: Span) -> Span | None:
    """The sentence after this one, if any."""
    doc = sentence.doc
    if sentence.end >= len(doc):
        return None
    following = doc[sentence.end].sent
    return following if following.start == sentence.end else None


def _body_noun_opening(sentence: Span) -> Token | None:
    """The body's noun of a sentence's subject that is "the", any describing words and that
    noun, and opens the sentence: "band" of "The Scottish band released"."""
    subject = next((t for t in sentence.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in COMPANY_NOUNS:
        return None
    first = first_word(subject)
    return subject if first.lower_ == "the" and first.i == sentence.start else None


def first_word(noun: Token) -> Token:
    """The first word of a noun's phrase before the noun: "The" of "The Scottish band"."""
    return noun.doc[noun.left_edge.i]
