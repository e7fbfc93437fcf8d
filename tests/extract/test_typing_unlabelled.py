"""Entity typing from the places a name is written untagged ("the Nomad Trek handset"),
from a surname the story's people bear and from company words ("Lark Films")."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import labelled_kinds


def test_an_untagged_product_noun_after_a_name_makes_it_no_person(nlp: Language) -> None:
    """ "The Nomad Trek handset goes on sale" says what the tagged "Nomad Trek" is."""
    text = "Nomad Trek will cost 200 pounds. The Nomad Trek handset goes on sale next week."
    kinds = labelled_kinds(nlp, text, [("Nomad Trek", "PERSON")])
    assert kinds.get("Nomad Trek") != "person"


def test_an_untagged_body_noun_after_a_name_makes_it_a_body(nlp: Language) -> None:
    """ "she joined the Blue Heron group": the tagged "Blue Heron" is the group."""
    text = (
        "Blue Heron now has 300 members across the county. "
        "Ann Vell joined the Blue Heron group in 2019 after a row over parking."
    )
    kinds = labelled_kinds(nlp, text, [("Blue Heron", "PERSON"), ("Ann Vell", "PERSON")])
    assert kinds.get("Blue Heron") == "organization"
    assert kinds.get("Ann Vell") == "person"


def test_a_name_before_a_noun_without_an_article_stays_a_person(nlp: Language) -> None:
    """ "Tom Ames band members": no article before the name, so no evidence against him."""
    text = "Tom Ames band members said the tour would go ahead. Tom Ames said he was pleased."
    kinds = labelled_kinds(nlp, text, [("Tom Ames", "PERSON")])
    assert kinds.get("Tom Ames") == "person"


def test_a_body_by_label_alone_that_shares_a_persons_surname_is_kin(nlp: Language) -> None:
    """ "Tessa Whitlow" beside "Dan Whitlow, 45,": the model's body label is no evidence."""
    text = (
        "Police said Dan Whitlow, 45, had been arrested at home. "
        "While speaking with Tessa Whitlow, the officer saw bruises on her arms."
    )
    labels = [("Dan Whitlow", "PERSON"), ("Tessa Whitlow", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Tessa Whitlow") == "person"


def test_a_body_the_text_calls_one_keeps_its_kind_beside_a_namesake(nlp: Language) -> None:
    """ "shares in Whitlow Haulage" is a firm's name, whoever else is called Whitlow."""
    text = "Dan Whitlow runs a firm. Shares in Whitlow Haulage fell 3% on Monday."
    labels = [("Dan Whitlow", "PERSON"), ("Whitlow Haulage", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Whitlow Haulage") == "organization"


def test_a_name_ending_in_films_is_a_company(nlp: Language) -> None:
    """ "made by Lark Films": a company-form word ends the name, which is no person's."""
    text = "Fans can watch the new episode on Monday. The show is made by Lark Films."
    assert labelled_kinds(nlp, text, [("Lark Films", "PERSON")]).get("Lark Films") == "organization"


def test_a_namesake_after_an_article_stays_a_body(nlp: Language) -> None:
    """ "told the Ledger Whitlow" beside "Dan Whitlow, 45,": no person's name takes "the"."""
    text = "Dan Whitlow, 45, was arrested. A source told the Ledger Whitlow had been warned."
    labels = [("Dan Whitlow", "PERSON"), ("Ledger Whitlow", "ORG")]
    assert labelled_kinds(nlp, text, labels).get("Ledger Whitlow") == "organization"
