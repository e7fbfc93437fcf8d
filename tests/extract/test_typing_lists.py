"""Entity typing from the noun a name stands beside: lists, appositions, plural heads, sites."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from generator.extract.entities import extract_entities
from generator.extract.list_votes import coordination_votes
from generator.extract.mentions import PERSON, PLACE, Mention
from tests.extract.conftest import entity_kinds


def _read_as(nlp: Language, text: str, label: str, *names: str) -> Doc:
    """The parse of ``text`` with every ``names`` labelled ``label``: the model's misreading
    that the rule under test must overrule, whatever the model happens to say today."""
    return _relabel(nlp(text), label, *names)


def _relabel(doc: Doc, label: str, *names: str) -> Doc:
    """``doc`` with every ``names`` labelled ``label`` (see `_read_as`; "": in no entity)."""
    text = doc.text
    spans = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            span = doc.char_span(start, start + len(name), label=label)
            assert span is not None
            spans.append(span)
            start = text.find(name, start + 1)
    kept = [e for e in doc.ents if not any(_overlap(e, s) for s in spans)]
    doc.ents = filter_spans([s for s in spans if label] + kept)
    return doc


def _overlap(one: Span, other: Span) -> bool:
    return one.start < other.end and other.start < one.end


def _kinds(doc: Doc) -> dict[str, str]:
    return {entity.name: entity.kind for entity in extract_entities(doc)}


def test_names_after_films_such_as_are_works(nlp: Language) -> None:
    """ "films such as Jack Ryder, Sally Benton and Kim Lee": titles, not three people."""
    text = "The studio made films such as Jack Ryder, Sally Benton and Kim Lee in the 1990s."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Jack Ryder", "Sally Benton", "Kim Lee"))
    assert "person" not in {kinds.get("Jack Ryder"), kinds.get("Sally Benton")}
    assert kinds.get("Kim Lee") != "person"


def test_a_class_noun_may_open_the_sentence(nlp: Language) -> None:
    """ "Games such as Jack Ryder and Sally Benton ...": the noun's capital is the sentence's."""
    text = "Games such as Jack Ryder and Sally Benton will be on sale when the console launches."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Jack Ryder", "Sally Benton"))
    assert "person" not in {kinds.get("Jack Ryder"), kinds.get("Sally Benton")}


def test_names_a_class_of_firms_includes_are_firms(nlp: Language) -> None:
    """ "Her other companies include Tilden Lowe and Garry Fenn": two firms."""
    text = "Her other companies include Tilden Lowe and Garry Fenn, records show."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Tilden Lowe", "Garry Fenn"))
    assert kinds.get("Tilden Lowe") == kinds.get("Garry Fenn") == "organization"


def test_names_after_actors_such_as_stay_people(nlp: Language) -> None:
    """ "actors such as Harriet Vane": a class of people leaves people as they are."""
    text = "She met actors such as Harriet Vane and Lowry Hill at the party."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Harriet Vane", "Lowry Hill"))
    assert kinds.get("Harriet Vane") == kinds.get("Lowry Hill") == "person"


def test_a_name_in_apposition_to_a_company_is_one(nlp: Language) -> None:
    """ "one company, Corin Daley, from": the apposition says what the name is."""
    text = "Jo Ames runs one company, Corin Daley, from his home in Leeds."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Jo Ames", "Corin Daley"))
    assert kinds.get("Corin Daley") == "organization"
    assert kinds.get("Jo Ames") == "person"


def test_one_name_after_a_plural_head_is_a_body(nlp: Language) -> None:
    """ "Pollsters Hanna Selby asked": one name after a plural noun is a firm, plural left out."""
    text = "Pollsters Hanna Selby asked 1,000 voters which party they backed."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Pollsters Hanna Selby"))
    assert kinds == {"Hanna Selby": "organization"}


def test_names_listed_after_a_plural_head_stay_people(nlp: Language) -> None:
    """ "Broadcasters Jo Ames and Kim Lee": a list after the plural is of people."""
    text = "The college trained broadcasters Jo Ames and Kim Lee."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Jo Ames", "Kim Lee"))
    assert kinds.get("Jo Ames") == kinds.get("Kim Lee") == "person"


def test_a_pronoun_after_a_quotation_is_the_speakers(nlp: Language) -> None:
    """ "'Dovrexit was a promise,' he said. He...": the "he" is the speaker, not Dovrexit."""
    text = "'Dovrexit was a promise we made,' he said. He added that it would be kept."
    assert "Dovrexit" not in _kinds(_read_as(nlp, text, "PERSON", "Dovrexit"))


def test_a_place_the_parse_lists_before_a_noun_takes_no_kind_from_the_list(
    nlp: Language,
) -> None:
    """ "Dana Whitlow and Hollywood actor Kim Lee": Hollywood takes no person's vote from Dana."""
    # Parsed as a list of "Dana Whitlow" and "Hollywood": Hollywood describes the actor.
    words = ["clients", "like", "Dana", "Whitlow", "and", "Hollywood", "actor", "Kim", "Lee"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[0, 0, 3, 1, 3, 3, 8, 8, 5],
        deps=["ROOT", "prep", "compound", "pobj", "cc", "conj", "compound", "compound", "appos"],
        pos=["NOUN", "ADP", "PROPN", "PROPN", "CCONJ", "PROPN", "NOUN", "PROPN", "PROPN"],
        ents=["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON"],
    )
    person = Mention(doc[2:4], PERSON, "Dana Whitlow", "Dana Whitlow", votes={PERSON: 2.0})
    place = Mention(doc[5:6], PLACE, "Hollywood", "Hollywood", prior={PLACE: 1.0})
    coordination_votes([person, place])
    assert PERSON not in place.votes


def test_a_place_before_a_mistagged_describing_word_takes_no_kind_from_the_list(
    nlp: Language,
) -> None:
    """ "boxer Dana Whitlow and Tarland rugby star Kim Lee": Tarland takes no vote from Dana."""
    # With "rugby" tagged a verb, the place still describes the star.
    words = ["boxer", "Dana", "Whitlow", "and", "Tarland", "rugby", "star", "Kim", "Lee"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 2, 2, 2, 6, 8, 8, 2],
        deps=[
            *("compound", "compound", "ROOT", "cc", "conj"),
            *("compound", "compound", "compound", "conj"),
        ],
        pos=["NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "NOUN", "PROPN", "PROPN"],
        ents=["O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON"],
    )
    person = Mention(doc[1:3], PERSON, "Dana Whitlow", "Dana Whitlow", votes={PERSON: 2.0})
    place = Mention(doc[4:5], PLACE, "Tarland", "Tarland", prior={PLACE: 1.0})
    coordination_votes([person, place])
    assert PERSON not in place.votes


@pytest.mark.parametrize(
    ("text", "label", "name", "kind"),
    [
        # A class of people confirms people the model read; firms are customers too.
        (
            "The depot serves customers such as Marlow Freight every day.",
            "ORG",
            "Marlow Freight",
            "organization",
        ),
        # "the charity Kind Harbour", like "the carrier Skyra".
        (
            "Dana Whitlow founded the charity Kind Harbour in 2015.",
            "PERSON",
            "Kind Harbour",
            "organization",
        ),
        # "who have" is of the accounts, not of one name.
        (
            "Thousands of accounts on Flickwell, who have been warned, were removed.",
            "ORG",
            "Flickwell",
            "organization",
        ),
        # People are not "near"; a park's name may end in a surname.
        (
            "The body of a man was found near Samuel Corbin Park yesterday.",
            "PERSON",
            "Samuel Corbin Park",
            "place",
        ),
        # A site in a place the tables know.
        ("The couple bought Morwen Barn in Suffolk in 2001.", "PERSON", "Morwen Barn", "place"),
        # A person stars in a film; a film features (or stars) a person.
        (
            "Silver Lantern features the voices of Jo Ames and Kim Lee.",
            "PERSON",
            "Silver Lantern",
            None,
        ),
        ("Dana Whitlow stars in a new film about two spies.", "PERSON", "Dana Whitlow", "person"),
        # The box office and a premiere are a film's.
        ("Moon Quarry topped the box office for a third week.", "PERSON", "Moon Quarry", None),
        ("Moon Quarry was premiered in Venice last year.", "PERSON", "Moon Quarry", None),
        # A title in capitals between a body and a person: no one's name runs into a title.
        (
            "Kelby Fire Assistant Deputy Director Jo Ames said crews were tired.",
            "PERSON",
            "Kelby Fire",
            "organization",
        ),
        # The noun a name is given to: "the neighbourhood known as", "a company called".
        (
            "Thousands live in the neighbourhood known as Tinker Row.",
            "PERSON",
            "Tinker Row",
            "place",
        ),
        (
            "He ran a company called Corin Daley until 2016.",
            "PERSON",
            "Corin Daley",
            "organization",
        ),
        # "the Free Tolland group": a person's name is seldom followed by "group".
        (
            "The Free Tolland group backed Jo Ames in May.",
            "PERSON",
            "Free Tolland",
            "organization",
        ),
        # A capitalised word after a name is a title, not what the name owns.
        (
            "The report was written by Jo Ames Business Correspondent for the paper.",
            "PERSON",
            "Jo Ames",
            "person",
        ),
        # Portfolios joined before an office's title are no body: "Trade and Industry".
        (
            "Trade and Industry Secretary Jo Ames said the deal was good.",
            "ORG",
            "Trade and Industry",
            None,
        ),
        ("Culture, Media and Sport Secretary Jo Ames said so.", "ORG", "Media", None),
        # One word, "its" after it and "said" twice: a firm, whatever the model reads.
        (
            "Koruna has said that its new console will go on sale in March. Koruna said sales "
            "rose.",
            "PERSON",
            "Koruna",
            "organization",
        ),
        # A surname that ends like a site, and no word of place before it.
        (
            "Tobin Hall in Kent said the plan would fail. Hall, 45, is a farmer.",
            "PERSON",
            "Tobin Hall",
            "person",
        ),
    ],
)
def test_the_words_beside_a_name_give_its_kind(
    nlp: Language, text: str, label: str, name: str, kind: str | None
) -> None:
    """A name the model reads as ``label`` is of ``kind`` (None: a work) by the words beside it."""
    assert _kinds(_read_as(nlp, text, label, name)).get(name) == kind


def test_proper_nouns_the_model_left_after_a_name_are_part_of_it(nlp: Language) -> None:
    """Capitalised words in no entity right after a person's name end it; a stop word does not."""
    # "Tarek Bahram" read of "Tarek Bahram Hosseini Zand"; a stop word as in "Kim In, Officials
    # Said".
    text = "The radio quoted spokesman Tarek Bahram Hosseini Zand as saying the war went on."
    doc = _relabel(_read_as(nlp, text, "PERSON", "Tarek Bahram"), "", "Hosseini Zand")
    assert "Tarek Bahram Hosseini Zand" in _kinds(doc)
    words = ["Talks", "With", "Kim", "In", ",", "Officials", "Said"]  # a headline's capitals
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=[True, True, True, False, True, True, False],
        tags=["NNS", "IN", "NNP", "NNP", ",", "NNS", "VBD"],
        heads=[6, 0, 1, 2, 6, 6, 6],
        deps=["nsubj", "prep", "pobj", "appos", "punct", "nsubj", "ROOT"],
        ents=["O", "O", "B-PERSON", "O", "O", "O", "O"],
    )
    assert "Kim In" not in _kinds(doc)


def test_a_name_ending_in_a_castle_or_barn_is_a_site(nlp: Language) -> None:
    """ "Marden Castle", "Tolley Barn" are sites, outweighing the model's reading of a person."""
    # Words that end sites' names far more often than surnames.
    kinds = entity_kinds(
        nlp,
        "Visitors flocked to Marden Castle, which reopened on Sunday. Marden Castle was built "
        "in 1320. The couple bought Tolley Barn in 2010. Tolley Barn had been a stable.",
    )
    assert kinds.get("Marden Castle") == "place"
    assert kinds.get("Tolley Barn") == "place"


def test_a_full_name_and_a_park_after_at_is_a_site(nlp: Language) -> None:
    """ "met at Ann Lee Tarn Park" is a site named after someone, not the person."""
    # "shouted at Jo Hall" may be at her, and "Mary Ann Hall said" is a woman.
    text = (
        "A few hundred marchers met at Ann Lee Tarn Park and walked to the town hall. "
        "Mary Ann Hall said she was proud of them."
    )
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Ann Lee Tarn Park", "Mary Ann Hall"))
    assert kinds.get("Ann Lee Tarn Park") != "person"
    assert kinds.get("Mary Ann Hall") == "person"


def test_a_name_and_other_towns_is_a_place(nlp: Language) -> None:
    """ "near Tarn Point and other coastal towns": the noun of "and other" says the kind."""
    text = "Divers who worked near Tarn Point and other coastal towns fell ill later."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Tarn Point"))
    assert kinds.get("Tarn Point") != "person"


def test_a_name_and_other_actors_stays_a_person(nlp: Language) -> None:
    """ "Mara Quill and other actors": a noun for people keeps the person."""
    text = "Mara Quill and other actors signed the letter to the studio on Monday."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Mara Quill"))
    assert kinds.get("Mara Quill") == "person"


def test_names_after_biplanes_including_are_things(nlp: Language) -> None:
    """ "biplanes, including the famous Kestrel Moth": an aircraft's name, not a person's."""
    text = "The squadron flew biplanes, including the famous Kestrel Moth, over the fields."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Kestrel Moth"))
    assert kinds.get("Kestrel Moth") != "person"


def test_a_name_before_oilfield_is_a_place(nlp: Language) -> None:
    """ "the offshore Marrah Kesh oilfield": a field's name, as "the Kelby field" is."""
    text = "Tarvik said the offshore Marrah Kesh oilfield would reopen in May."
    kinds = _kinds(_read_as(nlp, text, "PERSON", "Marrah Kesh"))
    assert kinds.get("Marrah Kesh") != "person"
