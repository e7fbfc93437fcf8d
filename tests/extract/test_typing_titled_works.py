"""Entity typing from a sentence's grammar: works' titles and groups made like people's names."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds


def test_a_name_taking_in_which_is_no_person(nlp: Language) -> None:
    """ "Wren Calloway, in which a girl tames a dragon": no person is "in which"."""
    kinds = entity_kinds(
        nlp,
        "Wren Calloway, in which a girl tames a dragon, topped the download chart for a "
        "third week. Studio head Piers Loddon said Wren Calloway had beaten all hopes.",
    )
    assert kinds.get("Wren Calloway") != "person"
    assert kinds.get("Piers Loddon") == "person"


def test_two_names_with_a_singular_verb_are_one_title(nlp: Language) -> None:
    """ "Osric Fell and the Glass Tower is": two subjects would take "are"."""
    kinds = entity_kinds(
        nlp,
        "Osric Fell and the Glass Tower is to open in cinemas at Easter, distributor Hamlyn "
        "Pictures said. Osric Fell and the Glass Tower was shot in Morocco last summer.",
    )
    assert "Osric Fell" not in kinds


def test_two_people_with_a_plural_verb_stay_people(nlp: Language) -> None:
    """ "Delia Marsh and Owen Keble are": two people, as the plural verb says."""
    kinds = entity_kinds(
        nlp,
        "Delia Marsh and Owen Keble are to marry in June, their agent said. Ms Marsh met "
        "Mr Keble on the set of a police drama.",
    )
    assert kinds.get("Delia Marsh") == "person"
    assert kinds.get("Owen Keble") == "person"


def test_a_name_that_formed_in_a_town_is_a_band(nlp: Language) -> None:
    """ "Juno Harker formed in Cardiff": a band forms, a person forms something."""
    kinds = entity_kinds(
        nlp,
        "Juno Harker formed in Cardiff in 2002 and signed to a small label a year later. "
        "Juno Harker said the new single was written on a farm in Powys.",
    )
    assert kinds.get("Juno Harker") != "person"


def test_a_person_who_formed_something_stays_a_person(nlp: Language) -> None:
    """ "Bryn Okoro formed a choir": the object says he made it."""
    kinds = entity_kinds(
        nlp,
        "Bryn Okoro formed a choir in his village in 1994. Bryn Okoro said singing had kept "
        "the village together.",
    )
    assert kinds.get("Bryn Okoro") == "person"


def test_a_firm_after_a_plural_trade_stays_a_firm_when_it_says_things(nlp: Language) -> None:
    """ "Auditors Tolley Brace said ... Tolley Brace said": one firm, however often it speaks."""
    kinds = entity_kinds(
        nlp,
        "Auditors Tolley Brace said the charity's books were in order. Tolley Brace said "
        "donations had fallen by a fifth. Tolley Brace said reserves would last a year.",
    )
    assert kinds.get("Tolley Brace") == "organization"


def test_a_name_up_for_a_bands_award_is_a_band(nlp: Language) -> None:
    """ "Lark Ashworth is nominated for best international group": a group's award."""
    kinds = entity_kinds(
        nlp,
        "Lark Ashworth is nominated for best international group at next month's ceremony. "
        "Lark Ashworth said the news came as a shock.",
    )
    assert kinds.get("Lark Ashworth") != "person"


def test_what_makers_are_of_is_a_work(nlp: Language) -> None:
    """ "the makers of Hattie Crane said": a show has makers and a cast, a person has not."""
    kinds = entity_kinds(
        nlp,
        "A wedding will be shown on Christmas Day, the makers of Hattie Crane said. Hattie "
        "Crane has been on BBC One since 2001.",
    )
    assert kinds.get("Hattie Crane") != "person"


def test_the_soaps_character_and_her_soap_are_no_people(nlp: Language) -> None:
    """ "Wynne Tarrant in Hartley Gale is the longest-serving character": a part, in a show."""
    kinds = entity_kinds(
        nlp,
        "Wynne Tarrant in Hartley Gale is the longest-serving character on the channel. "
        "Wynne Tarrant has run the corner shop since the first episode.",
    )
    assert kinds.get("Wynne Tarrant") != "person"
    assert kinds.get("Hartley Gale") != "person"


def test_a_lively_person_called_a_character_stays_a_person(nlp: Language) -> None:
    """ "Edwin Sollis is a real character": said of a person, with "a"."""
    kinds = entity_kinds(
        nlp,
        "Edwin Sollis is a real character, his neighbours in the village said. Edwin Sollis "
        "has kept bees for sixty years.",
    )
    assert kinds.get("Edwin Sollis") == "person"


def test_a_name_that_split_up_is_a_band(nlp: Language) -> None:
    """ "Osric Penn split up in 2004": one person splits from someone, a band splits up."""
    kinds = entity_kinds(
        nlp,
        "Osric Penn split up in 2004 after three albums and a long row over royalties. Osric "
        "Penn said a reunion tour would start in Dublin.",
    )
    assert kinds.get("Osric Penn") != "person"


def test_a_person_who_split_from_a_partner_stays_a_person(nlp: Language) -> None:
    """ "Ada Venn split from her husband": "from" names whom she left."""
    kinds = entity_kinds(
        nlp,
        "Ada Venn split from her husband in 2004 after a long row over money. Ada Venn said "
        "she would move to Dublin.",
    )
    assert kinds.get("Ada Venn") == "person"
