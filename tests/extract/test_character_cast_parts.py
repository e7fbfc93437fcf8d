"""Parts an actor takes, in shapes the model and the parse give oddly: "who will play",
"her role as", "starring X as Y", a titled part, and the short form of a part's name."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from tests.extract.conftest import entity_kinds, labelled, person_labelled_kinds


def test_who_plays_after_a_name_the_model_calls_a_body_is_a_part(nlp: Language) -> None:
    """ "Tara Vell, who plays Jo Ames": "who" makes the actor a person, so Jo Ames is the part."""
    text = "Tara Vell, who plays Jo Ames in the film, said she was happy. Jo Ames is brave."
    doc = labelled(nlp, text, [("Tara Vell", "ORG"), ("Jo Ames", "PERSON"), ("Jo Ames", "PERSON")])
    kinds = {e.name: e.kind for e in extract_entities(doc)}
    assert kinds.get("Jo Ames") != "person"


def test_a_part_in_an_adaptation_is_a_part(nlp: Language) -> None:
    """ "who will play Jo Ames in a new adaptation": an adaptation tells a story."""
    kinds = entity_kinds(
        nlp,
        "Tara Vell, who will play Jo Ames in a new television adaptation, said she was "
        "delighted. Filming starts in May.",
    )
    assert kinds.get("Jo Ames") != "person"


def test_what_a_role_is_as_is_a_part(nlp: Language) -> None:
    """ "her role as Queen Mab in the film": what a role is "as" is the part."""
    kinds = entity_kinds(
        nlp, "Tara Vell won an award last year for her role as Queen Mab in the film Frost Gate."
    )
    assert kinds.get("Mab") != "person"
    assert kinds.get("Queen Mab") != "person"


def test_starring_an_actor_as_a_name_makes_the_name_a_part(nlp: Language) -> None:
    """ "The film, starring Dan Reid as the soldier Jem Rook,": "as" hangs on the actor."""
    kinds = entity_kinds(
        nlp,
        "The film, starring Dan Reid as the soldier Jem Rook, knocked the comedy off the top "
        "spot. Jem Rook is a hero to many, its director said.",
    )
    assert kinds.get("Dan Reid") == "person"
    assert kinds.get("Jem Rook") != "person"


def test_a_title_of_a_part_played_is_the_parts(nlp: Language) -> None:
    """ "who will play Dr Halloway ... the new Halloway": the title "Dr" votes for no person."""
    text = (
        "Tara Vell, who will play Dr Halloway in a new film, said she was thrilled. "
        "The writer said the new Halloway would be sharper than ever."
    )
    names = ["Tara Vell", "Dr Halloway", "Halloway"]
    kinds = person_labelled_kinds(nlp, text, names)
    assert kinds.get("Tara Vell") == "person"
    assert kinds.get("Halloway") != "person"


def test_the_first_name_of_a_part_whose_surname_is_a_noun_is_the_parts(nlp: Language) -> None:
    """ "who plays porter Barry Quill ... 'Barry is a loser'": the part's first name is its."""
    kinds = entity_kinds(
        nlp,
        "The sitcom won a prize. Its star, Dev Raman, who plays porter Barry Quill, also won. "
        '"Barry is a loser but people love him," Raman said.',
    )
    assert kinds.get("Dev Raman") == "person"
    assert kinds.get("Barry") != "person"


def test_a_name_set_beside_a_noun_played_by_an_actor_is_a_part(nlp: Language) -> None:
    """ "His screen wife Sandra, played by Bev Marr,": "played" hangs on "wife"."""
    kinds = entity_kinds(
        nlp,
        "Actor Jon Tull is to leave the soap. His on-screen wife Sandra, played by Bev Marr, "
        "will stay.",
    )
    assert kinds.get("Bev Marr") == "person"
    assert kinds.get("Sandra") != "person"


def test_names_in_the_clause_of_what_gamers_do_are_the_games(nlp: Language) -> None:
    """ "gamers guide the fox to rescue his friend Pell from the evil Baron Grell": parts."""
    kinds = entity_kinds(
        nlp,
        "Games maker Tarvo has unveiled a sequel to its video game. In Moss Quest, gamers "
        "guide the fox through five worlds to rescue his friend Pell from the evil Baron Grell.",
    )
    assert kinds.get("Pell") != "person"
    assert kinds.get("Grell") != "person"
    assert kinds.get("Moss Quest") != "person"


def test_what_an_actor_is_known_as_in_a_series_is_a_part(nlp: Language) -> None:
    """ "best known as Detective Jo Kettle in the series Moon Watch": a part, not a person."""
    kinds = entity_kinds(
        nlp,
        "The actress Fay Lund joins the cast. Lund, best known as Detective Jo Kettle in the "
        "BBC series Moon Watch, said she had always wanted to play a villain.",
    )
    assert kinds.get("Jo Kettle") != "person"
