"""A relative of the pronoun's person who only undergoes something ("His brother was
taken ...") is no one the later "he said" can be: the search reads past them to the
person the story is about, as past "His father was a fisherman"."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_passive_brother_is_read_past() -> None:
    """'His brother was kidnapped ... ‘...,’ he says' is the named driver."""
    text = (
        "A driver who carried aid convoys for a charity has been given leave to stay.\n\n"
        "Tamer Okonjo hid in four different towns with his wife and their two sons.\n\n"
        "His brother was kidnapped from a market by armed men who wanted to find him.\n\n"
        "‘Every night we wondered whether they would come for us,’ he says."
    )
    assert speakers(text) == [
        ("Every night we wondered whether they would come for us", "Tamer Okonjo")
    ]


def test_a_passive_sister_is_read_past() -> None:
    """'Her older sister was badly injured ... ‘...,’ she said' is the named chef."""
    text = (
        "Celebrity chef Lorna Baptiste has opened her third restaurant, in a converted fire "
        "station.\n\n"
        "Her older sister was badly injured in a fire at the building in 1999.\n\n"
        "‘It felt right to bring something good out of this place,’ she said."
    )
    assert speakers(text) == [
        ("It felt right to bring something good out of this place", "Lorna Baptiste")
    ]
