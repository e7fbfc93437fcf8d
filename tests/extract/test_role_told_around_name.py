"""Roles told around a name in ways the parse leaves loose: a trade read as an adjective
or written with a capital, a description closed by a dash or left open, a rank inside
the set-off name, a name heading its paragraph, "one of" before the name, "named as",
and a description after a home town."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.lexicon import lexicon
from generator.extract.role_unclosed import subject_before
from tests.extract.test_roles import roles_in


def test_trade_read_as_adjective(nlp: Language) -> None:
    """ "magician Ceri Vell": a noun for a person the tagger took for an adjective."""
    text = "One resident, magician Ceri Vell, watched the parade."
    assert roles_in(nlp, text)["Ceri Vell"] == "magician"


def test_trade_read_as_modifier_of_name(nlp: Language) -> None:
    """ "the fate of florist Ceri Quist": the adjective-tagged trade modifies the name."""
    text = "Across the square, the fate of florist Ceri Quist was decided by the council."
    assert roles_in(nlp, text)["Ceri Quist"] == "florist"


def test_capitalised_trade_after_former(nlp: Language) -> None:
    """ "Former Guardsman Tom Vell": a trade the lists lack, written with a capital."""
    text = "Former Guardsman Tom Vell will stand against the mayor."
    assert roles_in(nlp, text)["Tom Vell"] == "Former Guardsman"


def test_open_description_before_name_and_verb(nlp: Language) -> None:
    """ "Kai's heartbroken grandmother, Odette said": a description the parse left loose."""
    doc = nlp("Kai’s heartbroken grandmother, Odette said: ‘He was our whole world.")
    assert doc[3].dep_ == "dep"  # what the rule is for: "grandmother" hung from neither word
    assert subject_before(doc[5:6], 4, lexicon()) == "Kai's heartbroken grandmother"


def test_rank_inside_set_off_name(nlp: Language) -> None:
    """ "Her father, Major Tom Vell,": the rank hides no comma before it, and is his title."""
    text = "Her father, Major Tom Vell, had once been a polo coach in Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "Major, father"


def test_description_closed_by_dash(nlp: Language) -> None:
    """ "Roke's lawyer – Tom Vell –": dashes set the name off as commas do."""
    text = "Roke's lawyer – Tom Vell – said the fine was unfair."
    assert roles_in(nlp, text)["Tom Vell"] == "Roke's lawyer"


def test_name_heading_its_paragraph(nlp: Language) -> None:
    """ "2. Ann Roke, 41" over "The harbour pilot from Tarland ...": the line below."""
    text = (
        "Five marchers were held.\n\n2. Ann Roke, 41\n\n"
        "The harbour pilot, who trained in Leeds, says she will march again."
    )
    assert roles_in(nlp, text)["Ann Roke"] == "harbour pilot, 41"


def test_one_of_before_the_name(nlp: Language) -> None:
    """ "One of the marchers, Tom Vell, said": the group comes first."""
    text = "One of the marchers, Tom Vell, said it was cold at the gates."
    assert roles_in(nlp, text)["Tom Vell"] == "one of the marchers"


def test_named_as(nlp: Language) -> None:
    """ "Police named the victim as Tom Vell": the noun the name is given to."""
    text = "Police named the victim as Tom Vell, 34, on Tuesday."
    assert roles_in(nlp, text)["Tom Vell"] == "victim, 34"


def test_named_locally_as(nlp: Language) -> None:
    """ "The driver, named locally as Tom Vell, died": the noun the clause qualifies."""
    text = "The driver, named locally as Tom Vell, died at the scene."
    assert roles_in(nlp, text)["Tom Vell"] == "driver"


def test_description_after_home_town(nlp: Language) -> None:
    """ "Tom Vell, 34, from Bury, a retired nurse,": the nurse is Vell, not Bury."""
    text = "Tom Vell, 34, from Bury, a retired nurse, said the ward was full."
    assert roles_in(nlp, text)["Tom Vell"] == "retired nurse, 34"


def test_other_is_no_part_of_the_role(nlp: Language) -> None:
    """ "one other prime minister, Tom Vell,": "other" says which one, not what he is."""
    text = "She went to the funeral of one other prime minister, Tom Vell, in Tarland."
    assert roles_in(nlp, text)["Tom Vell"] == "prime minister"


def test_one_of_before_a_name_hung_from_the_verb(nlp: Language) -> None:
    """ "one of its senior engineers, Lena Quist, confessed": the name read as an adverb."""
    text = (
        "Officials fear for the project since one of its senior engineers, Lena Quist, "
        "confessed selling design plans."
    )
    assert roles_in(nlp, text)["Lena Quist"] == "one of its senior engineers"
