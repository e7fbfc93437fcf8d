"""A post set off before a name that the parser made a second subject is still its role."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.test_roles import roles_in


def test_post_with_a_span_of_years_before_the_name(nlp: Language) -> None:
    """ "Her coach of ten years, Derek Mallin, described her": a coach, however it is parsed."""
    text = (
        "Meanwhile, Olympic champion sprinter Nia Okafor has announced her retirement at the "
        "age of 31.\n\nOkafor, who won gold in the 200m in Rome, said her body could no "
        'longer cope.\n\nHer coach of ten years, Derek Mallin, described her as "the most '
        'driven athlete I have worked with".\n\nUK Athletics performance director Ben '
        "Tarrant said she had inspired a generation."
    )
    assert roles_in(nlp, text)["Derek Mallin"] == "coach"
