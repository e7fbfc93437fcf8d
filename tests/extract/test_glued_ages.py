"""An age glued to a name by its comma ("Paul Barrett,58,") is read as a name, a comma and a
number, so the name and its age are found as if the space were there."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_designations import record


def test_glued_comma_splits_name_and_age(nlp: Language) -> None:
    """ "Barrett,58" is three tokens; "1,000" stays one."""
    doc = nlp("Driver Tom Barrett,58, paid 1,000 pounds.")
    assert [t.text for t in doc][:7] == ["Driver", "Tom", "Barrett", ",", "58", ",", "paid"]
    assert "1,000" in [t.text for t in doc]


def test_glued_age_gives_person_and_role() -> None:
    """The person of a glued age keeps a full name, a role and the age."""
    found = record("Tom Barrett,58, a retired teacher, said: ‘I was shocked by it all.’")
    assert [(p["name"], p["role"]) for p in found["people"]] == [
        ("Tom Barrett", "retired teacher, 58")
    ]
