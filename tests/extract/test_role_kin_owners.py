"""A kin noun with a possessive pronoun names whose kin the person is, when the parse says."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_subject_owns_the_kin_of_its_object(nlp: Language) -> None:
    """ "Ruth Dallow thanked her sister Nessa Dallow": Nessa is Ruth Dallow's sister."""
    text = "On Friday Ruth Dallow warmly thanked her sister Nessa Dallow at the Penmoor fete."
    assert roles_in(nlp, text)["Nessa Dallow"] == "Ruth Dallow's sister"


def test_kin_subject_of_a_reported_clause(nlp: Language) -> None:
    """ "Orrin Blaskett said his son, Tobin Blaskett, had gone": the speaker's son."""
    text = "Orrin Blaskett said his son, Tobin Blaskett, had gone fishing near Kelbrook."
    assert roles_in(nlp, text)["Tobin Blaskett"] == "Orrin Blaskett's son"


def test_name_joined_by_and_owns_the_kin(nlp: Language) -> None:
    """ "Orrin Blaskett and his wife, Mara Blaskett,": the joined name's wife."""
    text = "Orrin Blaskett and his wife, Mara Blaskett, opened a bakery in Kelbrook."
    assert roles_in(nlp, text)["Mara Blaskett"] == "Orrin Blaskett's wife"


def test_whose_names_the_owner(nlp: Language) -> None:
    """ "Orrin Blaskett, whose son Tobin Blaskett left,": the relative clause's name owns him."""
    text = "Orrin Blaskett, whose son Tobin Blaskett left Kelbrook in May, spoke at the hall."
    assert roles_in(nlp, text)["Tobin Blaskett"] == "Orrin Blaskett's son"


def test_girlfriend_is_owned_as_kin_is(nlp: Language) -> None:
    """ "Harold Quillby and his girlfriend, Nessa Dallow,": a partner noun names its owner."""
    text = "Harold Quillby and his girlfriend, Nessa Dallow, opened a bakery in Kelbrook."
    assert roles_in(nlp, text)["Nessa Dallow"] == "Harold Quillby's girlfriend"


def test_pronoun_opening_a_sentence_stands_for_the_subject_before(nlp: Language) -> None:
    """ "Corin Pellam lost his job. His mother Tamsin said": Corin Pellam's mother."""
    text = "Corin Pellam lost his job at the mill in May. His mother Tamsin said: ‘It is unfair.’"
    assert roles_in(nlp, text)["Tamsin"] == "Corin Pellam's mother"


def test_owner_before_found_past_the_rest_of_his_quote(nlp: Language) -> None:
    """The speaker set beside the subject owns the kin past the sentences of his quote."""
    text = (
        "Osric Pellam, 61, was jailed on Tuesday. Ed Pellam's father, Corin Pellam, said "
        "after the hearing: ‘We can begin to heal. We have waited two years.’ His wife, "
        "Tamsin Pellam, said: ‘Never drink and drive.’"
    )
    assert roles_in(nlp, text)["Tamsin Pellam"] == "Corin Pellam's wife"


def test_no_owner_before_when_the_pronoun_is_of_the_other_sex(nlp: Language) -> None:
    """ "Corin Pellam lost his job. Her mother said": "her" is not Corin's."""
    text = "Corin Pellam lost his job at the mill in May. Her mother Tamsin said: ‘It is unfair.’"
    assert roles_in(nlp, text)["Tamsin"] == "mother"


def test_no_owner_before_when_two_people_are_named_there(nlp: Language) -> None:
    """ "Corin Pellam thanked Jory Ames. His wife said": either man's; no owner."""
    text = "Corin Pellam thanked Jory Ames for his help. His wife Tamsin said it was kind."
    assert roles_in(nlp, text)["Tamsin"] == "wife"


def test_a_lawyer_names_the_client_the_pronoun_stands_for(nlp: Language) -> None:
    """ "Dale Hendry denied it. His attorney, Wynn Faraday, told": Dale Hendry's attorney."""
    text = (
        "Dale Hendry, 44, denied stealing the rowing boat from Kelbrook quay. "
        "His attorney, Wynn Faraday, told the court that a cousin had lent it to him."
    )
    assert roles_in(nlp, text)["Wynn Faraday"] == "Dale Hendry's attorney"


def test_a_spokesman_names_whom_he_speaks_for(nlp: Language) -> None:
    """ "Tomas Berling said his spokesman Arvid Kolt would": Tomas Berling's spokesman."""
    text = "Tomas Berling said his spokesman Arvid Kolt would answer questions at the hall."
    assert roles_in(nlp, text)["Arvid Kolt"] == "Tomas Berling's spokesman"


def test_a_predecessor_names_whom_she_came_before(nlp: Language) -> None:
    """ "Mayor Ivo Santell thanked his predecessor, Greta Lunn,": Ivo Santell's predecessor."""
    text = "Mayor Ivo Santell thanked his predecessor, Greta Lunn, for the new bridge."
    assert roles_in(nlp, text)["Greta Lunn"] == "Ivo Santell's predecessor"


def test_owner_before_told_again_by_a_pronoun_in_its_sentence(nlp: Language) -> None:
    """A "he" in the sentence before that can only be its one person keeps "His attorney" his."""
    text = (
        "Tom Gale, 30, faces two years in prison if he is convicted. "
        "His attorney, Kate Ruddle, answered in a short statement."
    )
    assert roles_in(nlp, text)["Kate Ruddle"] == "Tom Gale's attorney"


def test_owner_named_without_the_title_the_model_took_into_the_name(nlp: Language) -> None:
    """ "Comedian Rufus Okafor ... His agent, Wanda Pell,": "Rufus Okafor's agent"."""
    text = (
        "Comedian Rufus Okafor has cancelled his spring tour after a knee operation. "
        "His agent, Wanda Pell, said ticket holders would be refunded."
    )
    assert roles_in(nlp, text)["Wanda Pell"] == "Rufus Okafor's agent"
