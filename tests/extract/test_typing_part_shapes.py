"""Parts and works no entity: a past "who played", a voiced hero, a part's given name alone; a
title a work's noun takes up in the next sentence or stands right before."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.extract.conftest import entity_kinds

LEAVERS = (
    "Actress Dana Whitlow is to leave the soap Harbour Row after ten years. "
    "She is the second star to quit this year, after Tom Ashby, who played Dr Kiran Vell, "
    "left in January."
)
VOICED = (
    "Games publisher Emberlight said its fantasy title had sold three million copies. "
    "The game's hero, Captain Orrin Vask, is voiced by actor Tom Pellow."
)
BARMAID = (
    "Actress Jodie Marsh is to leave the soap Harbour Row after 15 years playing barmaid "
    'Tina Doyle. A spokesman said Tina would not be killed off. "The door is always open '
    "for Tina to come back,\" he said. Tina has been at the centre of the show's biggest "
    "storylines, including her affair with a garage owner."
)

CAST = (
    "The film stars Fiona Grant as Morag, a widow who takes over her husband's boat, and "
    "newcomer Callum Reid as her son, Ewan."
)
AFFAIR = (
    "Tina has been at the centre of some of the soap's biggest storylines, including her "
    "affair with garage owner Vic Hollis, played by Dean Carver."
)
CHART = (
    "In the singles chart, Marla Quince held on to number one with Tin Lanterns. "
    "The song, which features on the soundtrack of a new film, has spent five weeks at the top."
)
ALBUM = (
    "Singer Tamsin Verey said her new album Cinder Road would be released in June. "
    '"Cinder Road is the most personal record I have made," she said.'
)


@pytest.mark.parametrize(
    ("text", "actor", "part"),
    [
        (LEAVERS, "Tom Ashby", "Kiran Vell"),  # "who played Dr X": a past verb of "who"
        (VOICED, "Tom Pellow", "Orrin Vask"),  # "The game's hero, X, is voiced by actor Y"
        (BARMAID, "Jodie Marsh", "Tina"),  # a part's given name with a verb and a pronoun
        (CAST, "Callum Reid", "Ewan"),  # the second actor of a list "as" a part
        (AFFAIR, "Dean Carver", "Vic Hollis"),  # "played by" a name the model reads as a body
        (CHART, "Marla Quince", "Tin Lanterns"),  # "with X. The song, which ...": X is the song
        (ALBUM, "Tamsin Verey", "Cinder Road"),  # "her new album X": no street, though named so
    ],
)
def test_a_part_is_no_person_and_its_actor_is(
    nlp: Language, text: str, actor: str, part: str
) -> None:
    """The part a person plays or voices, or the work they made, is no entity; the person is."""
    kinds = entity_kinds(nlp, text)
    assert kinds.get(actor) == "person"
    assert part not in kinds
