"""A role in brackets beside a name: the writer's aside in a quote, or the name after an office."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_square_brackets_after_a_name_in_a_quote(nlp: Language) -> None:
    """ "Anna Roe [the Transport Secretary]": the writer's words for who she is."""
    text = (
        "Tom Vell criticised the plan. 'Anna Roe [the Transport Secretary] and Ben Hale "
        "[the council leader] need to listen,' he said."
    )
    roles = roles_in(nlp, text)
    assert roles["Anna Roe"] == "Transport Secretary"
    assert roles["Ben Hale"] == "council leader"


def test_a_name_bracketed_after_its_office(nlp: Language) -> None:
    """ "the minister (Carl Dunne)": the office before the bracket is his."""
    text = "Campaigners said the minister (Carl Dunne) had ignored the report for a year."
    assert roles_in(nlp, text)["Carl Dunne"] == "minister"


def test_a_party_or_an_age_in_brackets_is_no_role(nlp: Language) -> None:
    """ "Dan Ives (Labour)" and "Jo Pike (49)" say no role: the list's noun is all."""
    text = "Two councillors, Dan Ives (Labour) and Jo Pike (49), voted against the budget."
    roles = roles_in(nlp, text)
    assert roles.get("Dan Ives") == "councillor"
    assert roles.get("Jo Pike") == "councillor"


def test_an_office_in_round_brackets_before_a_name(nlp: Language) -> None:
    """ "(Rural affairs minister) Gavin Morrow": the writer's insert says who he is."""
    text = (
        "'We have been let down. (Rural affairs minister) Gavin Morrow has avoided us,' "
        "said Tamsyn Tolling. 'We need help from (former Kestrel chief executive) Dean Marsh.'"
    )
    roles = roles_in(nlp, text)
    assert roles["Gavin Morrow"] == "Rural affairs minister"
    assert roles["Dean Marsh"] == "former Kestrel chief executive"


def test_an_aside_in_round_brackets_before_a_name_is_no_role(nlp: Language) -> None:
    """ "(pictured) Tamsyn Tolling" and "(left) Dean Marsh" are asides of a picture."""
    text = "The star was seen with (left) Dean Marsh and (pictured) Tamsyn Tolling."
    roles = roles_in(nlp, text)
    assert roles.get("Dean Marsh") is None
    assert roles.get("Tamsyn Tolling") is None
