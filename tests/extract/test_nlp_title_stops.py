"""A title's abbreviation keeps its stop and ends no sentence ("Brig. Gen. Ann Roke")."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from generator.extract import extract
from tests.extract.test_seeds import seed_from


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


def test_canadian_press_titles_end_no_sentence(nlp: Language) -> None:
    """ "Coun.", "Cst." and the hyphened "Lt.-Gov." are titles, not the ends of sentences."""
    doc = nlp(
        "The vote was close. Coun. Ann Roke backed it, Cst. Tom Vell watched "
        "and Lt.-Gov. Ida Marsh signed it."
    )
    assert [s.text for s in doc.sents] == [
        "The vote was close.",
        "Coun. Ann Roke backed it, Cst. Tom Vell watched and Lt.-Gov. Ida Marsh signed it.",
    ]


def test_a_canadian_press_title_is_the_speakers_role(tmp_path: Path) -> None:
    """ "Coun. Ann Roke said" gives the quote to Ann Roke, a councillor."""
    text = (
        "Tarland council backs plan\n\nTarland council voted 9-4 on Tuesday to close two "
        'branch libraries by the end of the year.\n\n"This is the hardest vote I have cast '
        'in ten years," Coun. Ann Roke said during the debate.\n'
    )
    record = extract([seed_from(tmp_path, text)])[0]
    assert [(p["name"], p["role"]) for p in record["people"]] == [("Ann Roke", "Councillor")]
    assert [q["speaker"] for q in record["quotes"]] == ["Ann Roke"]
