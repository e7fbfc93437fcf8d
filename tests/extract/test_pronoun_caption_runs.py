"""A picture caption ending in an abbreviation ("Salem, Mass.") that the parse runs into
the next paragraph: the last name of the caption is no subject of the verb after it."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_last_name_of_a_caption_is_not_the_next_paragraph_subject() -> None:
    """'..., and Mia Kerr outside the shop in Salem, Mass. / Lind and Orr moved' is Lind."""
    text = (
        "Rosa Lind opened her bakery in Salem ten years ago with her husband Tom Orr. "
        "Their lodger Mia Kerr was the first to work there.\n\n"
        "Rosa Lind and husband Tom Orr, far left, pose with their lodgers Ella, left, and "
        "Mia Kerr outside the shop in Salem, Mass.\n\n"
        "Lind and Orr moved to Salem from Krakow in 2013.\n\n"
        '"I had never baked bread for money before," she recalled.'
    )
    assert speakers(text)[-1] == ("I had never baked bread for money before", "Rosa Lind")
