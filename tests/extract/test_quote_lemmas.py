"""The lemmas that attribution reads of the few verbs it asks about."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.quote_lemmas import lemma


def test_a_verb_is_read_by_its_lemma_in_every_inflection() -> None:
    """'issued', 'wrote', 'sent' and 'goes' are the verbs issue, write, send and go."""
    doc = load_nlp()(
        "Marlow Freight issued a notice, Dana wrote a letter, Owen sent it and goes on."
    )
    found = {token.text: lemma(token) for token in doc if token.pos_ == "VERB"}
    assert found == {"issued": "issue", "wrote": "write", "sent": "send", "goes": "go"}
