"""A paragraph about the speaker's own things, or things alone, keeps the speaker."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_paragraph_about_her_firm_keeps_the_speaker() -> None:
    """ "'...,' said Ines Worley. / Her bakery opened in 2009. / '...'": still her words."""
    text = (
        "'Flour has doubled in price since the spring,' said Ines Worley.\n\n"
        "Her bakery opened on the corner of Tanner Row in 2009 and now has nine staff.\n\n"
        "'We have held our prices for as long as we could, but something has to give.'"
    )
    assert speakers(text)[-1][1] == "Ines Worley"


def test_a_paragraph_about_his_farm_by_name_keeps_the_speaker() -> None:
    """ "'...,' Abel Quant said. / Quant's farm lost forty sheep. / '...'": still his."""
    text = (
        '"The river came over the bank in less than an hour," Abel Quant said.\n\n'
        "Quant's farm lost forty sheep and most of the winter feed in the flood.\n\n"
        '"My father farmed this land for fifty years and never saw water like it."'
    )
    assert speakers(text)[-1][1] == "Abel Quant"


def test_a_paragraph_about_things_alone_keeps_the_speaker() -> None:
    """ "'...,' said Rosa Venn. / The bridge cost £4m. The span opens in May. / '...'": hers."""
    text = (
        "'Nobody believed we could finish it on time,' said Rosa Venn.\n\n"
        "The footbridge cost £4million and took two years to build. The new span is due "
        "to open to walkers in May.\n\n"
        "'I still walk down to look at it every evening before I go home.'"
    )
    assert speakers(text)[-1][1] == "Rosa Venn"
