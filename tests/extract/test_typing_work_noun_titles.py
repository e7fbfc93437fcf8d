"""A title right after its work's noun is that work: no place and no person, whatever its shape."""

from __future__ import annotations

from spacy.language import Language

from tests.extract.conftest import entity_kinds

ALBUM = (
    "Singer Tamsin Verey said her new album Cinder Road would be released in June. "
    '"Cinder Road is the most personal record I have made," she said.'
)


def test_an_album_named_like_a_street_is_no_place(nlp: Language) -> None:
    """ "her new album Cinder Road": the album, though its name ends like a street's."""
    kinds = entity_kinds(nlp, ALBUM)
    assert kinds.get("Tamsin Verey") == "person"
    assert "Cinder Road" not in kinds
