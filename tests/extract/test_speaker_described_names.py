"""A lone first name the NER leaves untagged speaks as a person when the text describes
it as one at any of its uses: set beside a noun for a person ("her aunt Ilse") or
followed by an age ("Ilse, 64 said")."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_name_once_set_beside_a_kin_noun_is_a_person_later() -> None:
    """'Her cousin Ilse' makes Ilse a person: a later bare 'Ilse said', and 'she said', are hers."""
    # 'Her cousin Ilse runs the bakery'; the 'she said' after the bare 'Ilse said' is hers too.
    text = (
        "A bakery has reopened a year after a fire gutted its kitchen.\n\n"
        "Her cousin Ilse has run the bakery on the corner since the spring of 1988.\n\n"
        "Ilse said the new ovens had cost more than the old building.\n\n"
        "‘I cried when the first loaves came out,’ she said."
    )
    assert speakers(text) == [("I cried when the first loaves came out", "Ilse")]


def test_a_name_set_beside_a_kin_noun_speaks() -> None:
    """'Her aunt Ilse, 64 said ...: ‘...’ she said' is Ilse's words."""
    # Though the parser makes the age a second subject and the NER leaves the name out.
    text = (
        "Fans queued from dawn to see the first home match in six months.\n\n"
        "Her aunt Ilse, 64 said the sunshine was a good sign for the game: ‘We have waited "
        "so long for this, haven’t we?’ she said."
    )
    assert speakers(text) == [("We have waited so long for this, haven’t we?", "Ilse")]
