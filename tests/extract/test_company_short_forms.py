"""A firm's name shortened before its words of trade is the firm, not a person."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds

_TEXT = (
    "Mr Ames left his role at Tally Sprout Technology in March 2016. "
    "Mr Ames's involvement with Tally Sprout was fully declared, it is understood."
)


def test_two_words_before_a_word_of_trade_are_the_firm(nlp: Language) -> None:
    """ "Tally Sprout" beside "Tally Sprout Technology" is the firm, whatever the model read."""
    labels = [("Ames", "PERSON"), ("Tally Sprout Technology", "FAC"), ("Tally Sprout", "PERSON")]
    kinds = labelled_kinds(nlp, _TEXT, labels)
    assert kinds.get("Tally Sprout") != "person"
    assert kinds.get("Tally Sprout Technology") == "organization"


def test_two_words_before_a_group_s_trade_are_the_firm(nlp: Language) -> None:
    """ "Tally Sprout said" beside "Tally Sprout Media Group": the firm speaks."""
    text = "Tally Sprout Media Group cut 40 jobs. Tally Sprout said trade was slow."
    labels = [("Tally Sprout Media Group", "ORG"), ("Tally Sprout", "PERSON")]
    assert labelled_kinds(nlp, text, labels).get("Tally Sprout") == "organization"


def test_a_founder_beside_a_foundation_stays_a_person(nlp: Language) -> None:
    """ "Nell Ostrow" beside "the Nell Ostrow Foundation" may be the founder herself."""
    text = (
        "The Nell Ostrow Foundation gave the library a grant of £5,000. "
        "Nell Ostrow, who set it up in 1990, said she was glad."
    )
    kinds = labelled_kinds(
        nlp, text, [("Nell Ostrow Foundation", "ORG"), ("Nell Ostrow", "PERSON")]
    )
    assert kinds.get("Nell Ostrow") == "person"


def test_a_desk_after_a_name_is_no_firm(nlp: Language) -> None:
    """ "Jo Ames Technology Editor" is a byline: the capitalised desk makes no firm of her."""
    text = "Jo Ames Technology Editor\n\nSales of phones fell. Jo Ames said shops were quiet."
    kinds = labelled_kinds(nlp, text, [("Jo Ames", "PERSON"), ("Jo Ames", "PERSON")])
    assert kinds.get("Jo Ames") == "person"
