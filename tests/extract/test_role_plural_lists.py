"""A plural title before a list of names is each listed person's."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.role_plural_lists import surface_list_title
from tests.extract.test_roles import roles_in


def test_party_members_in_the_plural_before_a_list(nlp: Language) -> None:
    """ "Senior Tories" before three names makes each of them a senior Tory."""
    text = "Senior Tories Tom Vell, Ann Cole and Ed Pomfrey wrote to the whips on Monday."
    roles = roles_in(nlp, text)
    assert roles["Tom Vell"] == "Senior Tory"
    assert roles["Ann Cole"] == "Senior Tory"
    assert roles["Ed Pomfrey"] == "Senior Tory"


def test_party_name_in_the_plural_before_a_list(nlp: Language) -> None:
    """ "Senior Conservatives" (read by the model as the party) before names is theirs."""
    text = (
        "Senior Conservatives Edward Lamb, Joanna Pryce and Martin Sowerby have written"
        " to the Chancellor."
    )
    roles = roles_in(nlp, text)
    assert roles["Edward Lamb"] == "Senior Conservative"
    assert roles["Martin Sowerby"] == "Senior Conservative"


def test_list_read_by_its_marks_not_its_parse(nlp: Language) -> None:
    """A list's first title reaches later names over commas and "and", however the parse hung it."""
    # Here no word is tied to any other.
    words = ["Harbour", "stars", "Ann", "Cole", ",", "Ed", "Poe", "and", "Mia", "Dunn", "sang"]
    spaces = [True, True, True, False, True, True, False, True, True, True, False]
    tags = ["NNP", "NNS", "NNP", "NNP", ",", "NNP", "NNP", "CC", "NNP", "NNP", "VBD"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, tags=tags)
    doc.ents = [Span(doc, 2, 4, "PERSON"), Span(doc, 5, 7, "PERSON"), Span(doc, 8, 10, "PERSON")]

    def title_end(span: Span, lex: Lexicon) -> int | None:
        return 1 if span.start == 2 else None

    listed = surface_list_title(doc[8:10], lexicon(), title_end)
    assert listed is not None and (listed[0].start, listed[1]) == (2, 1)
    singular_doc = Doc(
        nlp.vocab, words=words, spaces=spaces, tags=["NN" if t == "NNS" else t for t in tags]
    )
    singular_doc.ents = [Span(singular_doc, s, e, "PERSON") for s, e in ((2, 4), (5, 7), (8, 10))]
    assert surface_list_title(singular_doc[8:10], lexicon(), title_end) is None


def test_plural_title_after_another_titled_name(nlp: Language) -> None:
    """A long list's last names keep its plural title though parsed as tied to a name before it."""
    # "Stage veteran X and Lantern Row stars A, B and C": the parse ties them to a name before the
    # title.
    text = (
        "Stage veteran Tom Vell and Lantern Row stars Ann Cole, Ed Pomfrey and Mia Dunn"
        " sent flowers to the family."
    )
    roles = roles_in(nlp, text)
    assert roles["Mia Dunn"] == "Lantern Row star"
    assert roles["Ed Pomfrey"] == "Lantern Row star"
    assert roles["Tom Vell"] == "Stage veteran"


def test_singular_title_is_the_first_name_only(nlp: Language) -> None:
    """A singular title before a list is the first name's alone ("Mayor Jo Roe, Ed ...")."""
    text = "Mayor Jo Roe, Ed Pomfrey and Mia Dunn opened the new bridge at Kelby on Friday."
    roles = roles_in(nlp, text)
    assert roles["Jo Roe"] == "Mayor"
    assert roles["Mia Dunn"] is None


def test_headteacher_opening_a_sentence(nlp: Language) -> None:
    """ "Headteacher" written with a capital before a name is the name's title."""
    text = "Headteacher Orla Brennock wrote to parents about the flooded playground."
    assert roles_in(nlp, text)["Orla Brennock"] == "Headteacher"
