"""The lemmas that attribution reads of the few verbs it asks about."""

from __future__ import annotations

from generator.extract.nlp import load_nlp
from generator.extract.quote_lemmas import inflections, lemma
from generator.extract.speech import words


def test_a_verb_is_read_by_its_lemma_in_every_inflection() -> None:
    """'issued', 'wrote', 'sent' and 'goes' are the verbs issue, write, send and go."""
    doc = load_nlp()(
        "Marlow Freight issued a notice, Dana wrote a letter, Owen sent it and goes on."
    )
    found = {token.text: lemma(token) for token in doc if token.pos_ == "VERB"}
    assert found == {"issued": "issue", "wrote": "write", "sent": "send", "goes": "go"}


def test_a_verb_named_by_its_lemma_is_spelled_out_in_every_form() -> None:
    """Regular, doubled, '-ies' and strong forms come from the lemma; nouns' forms stay out."""
    assert inflections("hiss") == {"hiss", "hisses", "hissed", "hissing"}
    assert inflections("blog") == {"blog", "blogs", "blogged", "blogging"}
    assert inflections("decry") == {"decry", "decries", "decried", "decrying"}
    assert {"swore", "sworn", "swearing"} <= inflections("swear")
    assert "sweared" not in inflections("swear")
    assert inflections("text", present=False) == {"texted", "texting"}


def test_quote_verbs_named_by_lemma_attribute_in_any_form() -> None:
    """A verb listed once ('snarl') attributes as 'snarling'; a noun-like one as '-ed' only."""
    verbs = words().manner_verbs
    assert {"snarl", "snarls", "snarled", "snarling", "texted"} <= verbs
    assert "texts" not in verbs
