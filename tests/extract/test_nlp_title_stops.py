"""A title's abbreviation keeps its stop and ends no sentence ("Brig. Gen. Ann Roke")."""

from __future__ import annotations

from spacy.language import Language


def test_a_title_abbreviation_is_one_token(nlp: Language) -> None:
    """ "Atty." and "Brig." keep their stops, as "Gen." and "Calif." do."""
    doc = nlp("Brig. Gen. Tom Vell met Atty. Ann Roke in Tarland.")
    assert [t.text for t in doc[:3]] == ["Brig.", "Gen.", "Tom"]
    assert "Atty." in [t.text for t in doc]


def test_no_sentence_starts_after_a_title_abbreviation(nlp: Language) -> None:
    """The name after "Atty." or "Maj." goes on the sentence the title is in."""
    doc = nlp("The court heard that Atty. Ann Roke lied. Maj. Tom Vell spoke next.")
    assert [s.text for s in doc.sents] == [
        "The court heard that Atty. Ann Roke lied.",
        "Maj. Tom Vell spoke next.",
    ]
