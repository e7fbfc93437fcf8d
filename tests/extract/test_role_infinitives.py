"""The verb of an infinitive right before a title is no part of the role."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract.lexicon import lexicon
from generator.extract.role_titles import title_before
from tests.extract.test_roles import roles_in

#: "He vowed to never criticise council leader Ann Vell." as the tagger may read it, with
#: the infinitive's verb taken for an adjective of "council": (word, tag, pos, head, dep).
MISREAD = [
    ("He", "PRP", "PRON", 1, "nsubj"),
    ("vowed", "VBD", "VERB", 1, "ROOT"),
    ("to", "TO", "PART", 6, "aux"),
    ("never", "RB", "ADV", 6, "neg"),
    ("criticise", "JJ", "ADJ", 5, "amod"),
    ("council", "NN", "NOUN", 6, "compound"),
    ("leader", "NN", "NOUN", 8, "compound"),
    ("Ann", "NNP", "PROPN", 8, "compound"),
    ("Vell", "NNP", "PROPN", 1, "dobj"),
    (".", ".", "PUNCT", 1, "punct"),
]


def misread_infinitive(nlp: Language) -> Doc:
    """The sentence with "criticise" tagged as an adjective inside the title."""
    words, tags, pos, heads, deps = (list(column) for column in zip(*MISREAD, strict=True))
    spaces = [at < len(words) - 2 for at in range(len(words))]  # none before the stop
    ents = ["O"] * 7 + ["B-PERSON", "I-PERSON", "O"]
    return Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, heads=heads, deps=deps, ents=ents)


def test_verb_after_to_and_an_adverb_is_no_title(nlp: Language) -> None:
    """ "vowed to never criticise council leader Ann Vell": the verb is no part of her title."""
    # Though the verb is tagged as an adjective.
    doc = misread_infinitive(nlp)
    assert title_before(doc.ents[0], lexicon()) == "council leader"


def test_quoted_adverbs_between_to_and_the_verb(nlp: Language) -> None:
    """'to "never, ever" criticise council leader Ann Vell': the verb is left out."""
    text = 'She promised to "never, ever" criticise council leader Ann Vell again.'
    assert roles_in(nlp, text)["Ann Vell"] == "council leader"


def test_preposition_to_keeps_the_title(nlp: Language) -> None:
    """ "handed to council leader Ann Vell": "to" is a preposition, the title stays."""
    text = "The hall was handed to council leader Ann Vell on Monday."
    assert roles_in(nlp, text)["Ann Vell"] == "council leader"


def test_past_form_after_preposition_to_stays(nlp: Language) -> None:
    """ "sent to retired nurse Jo Roe": the adjective after a preposition is kept."""
    text = "He was sent to retired nurse Jo Roe for care."
    assert roles_in(nlp, text)["Jo Roe"] == "retired nurse"
