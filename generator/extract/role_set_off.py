"""A description set off by a comma right after a name, which the parser hung elsewhere.

English sets an appositive right after what it describes, so the noun phrase a comma
opens right after a name says who that name is, however the parse reads it:

* with its closing comma left out ("Tom Vell, an old neighbour said so"), the
  parser makes the description a second subject of the name's verb, or the subject of
  a relative clause of the name with no relative word, which English does not set off;
* after a name inside a larger phrase ("the son of Tom Vell, the convicted forger
  who ...", "talks with Ed Poe and Ann Roke, the head of the board"), it hangs the
  description from a word further up.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.lexicon import Lexicon
from generator.extract.role_context import SUBJECTS
from generator.extract.role_nouns import names_someone
from generator.extract.role_phrases import (
    MAX_ROLE_WORDS,
    role_phrase,
    role_words,
    trim,
    write_role,
)

__all__ = ["set_off_elsewhere"]


def _phrase_opening(span: Span, at: int) -> Token:
    """The head of the largest noun phrase that starts at token ``at`` after the name: a
    clause whose subject it is ("an old neighbour said") stops it."""
    noun = span.doc[at]
    while (
        noun.head.i != noun.i  # a sentence's root is its own head
        and noun.head.i > span.end
        and noun.head.left_edge.i == at
        and noun.head.pos_ != "VERB"
    ):
        noun = noun.head
    return noun


def _hung_elsewhere(noun: Token, name: Token) -> bool:
    """Whether the parse made ``noun`` a second subject of the name's verb, the subject of
    a clause of the name without a relative word, or an appositive of a word before the
    name whose phrase holds the name."""
    verb = noun.head
    if noun.dep_ in SUBJECTS and verb.i > noun.i:
        if name.dep_ in SUBJECTS and verb == name.head:
            return True
        relative = any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in verb.subtree)
        return verb.dep_ == "relcl" and verb.head == name and not relative
    if noun.dep_ != "appos" or noun.head.i >= name.i:
        return False
    return any(a.i == noun.head.i for a in name.ancestors)


def set_off_elsewhere(span: Span, lex: Lexicon) -> str | None:
    """ "old neighbour" in "Tom Vell, an old neighbour said so" and "convicted forger"
    in "the son of Tom Vell, the convicted forger who ...": a singular noun for a person
    whose phrase a comma right after the name opens, in the same paragraph, which the
    parse hung elsewhere (see the module's note), or None."""
    doc = span.doc
    comma = span.end
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return None
    noun = _phrase_opening(span, comma + 1)
    if noun.pos_ != "NOUN" or noun.tag_ != "NN" or not names_someone(noun, lex):
        return None
    if any(t.is_space or "\n" in t.whitespace_ for t in doc[span.start : noun.i]):
        return None
    participle = _with_participle(noun)
    if participle is not None:
        return participle
    if not _hung_elsewhere(noun, span.root):
        return None
    return role_phrase(noun, range(span.start, span.end), lex)


def _with_participle(noun: Token) -> str | None:
    """ "woman put in charge of the ferries" in "Ann Vell, the woman put in charge of the
    ferries,": a general noun for a person ("man", "woman") set off after a name, which the
    parse made the subject of a participle it read as a verb in the past tense; the
    participle is what sets the person apart. None for any other noun, or a verb with an
    auxiliary, an object or a clause of its own ("the man admitted he lied"), or with
    nothing after it ("the woman said")."""
    verb = noun.head
    if noun.lower_ not in role_words().generic or noun.dep_ not in SUBJECTS:
        return None
    if verb.tag_ not in ("VBN", "VBD") or verb.i < noun.i or verb.right_edge.i == verb.i:
        return None
    told = ("dobj", "ccomp", "nsubj", "nsubjpass", "aux", "auxpass")
    # what the parse hung before the noun is the rest of the sentence, not the clause's
    if any(c.dep_ in told and c.i > noun.i for c in verb.children):
        return None
    words = list(noun.doc[noun.i : verb.right_edge.i + 1])
    while words and words[-1].is_punct:
        words.pop()  # the full stop or comma that closes the clause
    if not words or words[-1] == verb or len(words) > MAX_ROLE_WORDS:
        return None
    if any(t.is_punct and t.tag_ != "HYPH" for t in words):
        return None  # a comma or dash inside: the clause runs on past the description
    return write_role(trim(words))
