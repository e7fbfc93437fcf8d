"""Entities: kinds from the words around a name (employers, works, parts played, "said it")."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities
from generator.extract.evidence import collect
from generator.extract.lexicon import lexicon
from generator.extract.mentions import PERSON, Mention
from tests.extract.conftest import entity_kinds


def _votes(nlp: Language, text: str, start: int, end: int) -> dict[str, float]:
    """The evidence votes of the tokens ``start:end`` read as a person the model found."""
    doc = nlp(text)
    span = doc[start:end]
    span.label_ = "PERSON"
    mention = Mention(span, PERSON, span.text, span.text, prior={PERSON: 1.0})
    collect([mention], lexicon(), set())
    return mention.votes


def test_a_job_with_a_name_makes_it_an_employer(nlp: Language) -> None:
    """ "an analyst with Pemberton Lowe" names a firm; the analyst is a person."""
    kinds = entity_kinds(
        nlp,
        '"Prices will fall," said Ruth Kessel, an analyst with Pemberton Lowe, on Monday.',
    )
    assert kinds.get("Pemberton Lowe") == "organization"
    assert kinds.get("Ruth Kessel") == "person"


def test_the_successor_of_a_name_is_no_employer(nlp: Language) -> None:
    """ "the successor of Jo Ames" says nothing about Jo Ames being a firm."""
    votes = _votes(nlp, "She was named the successor of Jo Ames last week.", 6, 8)
    assert votes.get("organization", 0.0) == 0.0


def test_said_it_makes_the_subject_an_organization(nlp: Language) -> None:
    """ "Balder said it would not comment": people say "he" or "she", firms say "it"."""
    votes = _votes(nlp, "Balder said it would not comment on the report.", 0, 1)
    assert votes.get("organization", 0.0) > 0.5
    assert votes.get("person", 0.0) == 0.0


def test_a_role_noun_takes_up_the_pronoun_before_the_name_does(nlp: Language) -> None:
    """ "Quarn was misled. The minister said he ..." gives Quarn no person's vote."""
    votes = _votes(nlp, "Quarn was misled, critics say. The minister said he knew.", 0, 1)
    assert votes.get("person", 0.0) == 0.0


def test_a_part_played_is_not_a_person(nlp: Language) -> None:
    """ "Jodie Calloway stars as Merrow": Merrow is a character, not a person in the story."""
    votes = _votes(nlp, "Jodie Calloway stars as Merrow in the new film.", 4, 5)
    assert votes.get("work", 0.0) >= 3.0


def test_a_name_in_apposition_to_a_work_is_a_work(nlp: Language) -> None:
    """ "his previous film, Silver Fen," names a film, not an organization or a person."""
    kinds = entity_kinds(nlp, "Tom Brask said his previous film, Silver Fen, won two prizes.")
    assert "Silver Fen" not in kinds
    assert kinds.get("Tom Brask") == "person"


def test_the_work_before_star_and_a_name_is_a_work(nlp: Language) -> None:
    """ "Moon Quest star Jodie Calloway": the show made her known; it is no one."""
    kinds = entity_kinds(nlp, "Moon Quest star Jodie Calloway has signed a new deal with a studio.")
    assert "Moon Quest" not in kinds
    assert kinds.get("Jodie Calloway") == "person"


def test_which_after_a_name_is_not_a_person(nlp: Language) -> None:
    """ "Vantel, which has 30,000 staff," is an organization's clause, not a person's."""
    votes = _votes(nlp, "Vantel, which has 30,000 staff, will cut jobs.", 0, 1)
    assert votes.get("organization", 0.0) >= 1.0


def test_it_in_a_quote_before_said_is_no_organization(nlp: Language) -> None:
    """ ""It is a sad day," said Jo Ames": the "it" is the quote's, Jo Ames is still a speaker."""
    votes = _votes(nlp, '"It is a sad day," said Jo Ames on Monday.', 8, 10)
    assert votes.get("organization", 0.0) == 0.0


def test_a_member_of_a_persons_chambers_works_for_the_chambers(nlp: Language) -> None:
    """ "a member of Jo Ames's chambers" gives Jo Ames no employer's vote."""
    votes = _votes(nlp, "He is a member of Jo Ames's chambers in London.", 5, 7)
    assert votes.get("organization", 0.0) == 0.0


def test_a_repeated_mislabel_does_not_outvote_the_text(nlp: Language) -> None:
    """Six mentions the model calls organizations weigh as two against "Suna, 37," and "she"."""
    from generator.extract.kinds import decide
    from generator.extract.mentions import ORG

    doc = nlp("Suna, 37, works nights. She says Suna is tired. Suna left. Suna sang. Suna ate.")
    found = []
    for token in doc:
        if token.text == "Suna":
            span = doc[token.i : token.i + 1]
            found.append(Mention(span, ORG, "Suna", "Suna", prior={ORG: 1.0}))
    found[0].vote(PERSON, 3.0)
    assert {m.kind for m in decide(found, lexicon())} == {PERSON}


def test_they_after_a_name_gives_it_no_persons_vote(nlp: Language) -> None:
    """ "Rovers sold their striker and his agent left": "their" comes first, no person."""
    votes = _votes(nlp, "Rovers sold their striker and his agent left the club.", 0, 1)
    assert votes.get("person", 0.0) == 0.0


def test_a_full_name_whose_first_word_is_a_product_is_no_person(nlp: Language) -> None:
    """ "Zenbox" the console and "Zenbox Arena" with nothing that says person: neither is one."""
    from generator.extract.kinds import decide
    from generator.extract.mentions import ORG

    doc = nlp("Fans of the Zenbox can play on Zenbox Arena tonight.")
    console = doc[3:4]
    arena = doc[7:9]
    found = [
        Mention(console, ORG, "Zenbox", "Zenbox", prior={ORG: 1.0}),
        Mention(arena, PERSON, "Zenbox Arena", "Zenbox Arena", prior={PERSON: 1.0}),
    ]
    assert [m.kind for m in decide(found, lexicon())] == [ORG, ORG]


def test_a_persons_band_after_of_is_an_organization(nlp: Language) -> None:
    """ "Jake Orme of Silver Tin said" makes Silver Tin an employer or a band, not a person."""
    doc_text = "Jake Orme of Silver Tin said the tour was over."
    votes = _votes(nlp, doc_text, 3, 5)
    assert votes.get("organization", 0.0) >= 1.5


def test_users_of_a_name_make_it_no_person(nlp: Language) -> None:
    """ "users of Quorvo" and "Quorvo users" name a service or its company."""
    assert _votes(nlp, "Millions of users of Quorvo were hit.", 4, 5).get("organization")
    assert _votes(nlp, "Quorvo users were hit by the outage.", 0, 1).get("organization")


def test_an_article_before_a_persons_label_is_evidence_against_it(nlp: Language) -> None:
    """ "games for the Zenbox": people's names take no article; "the Smiths" is left alone."""
    assert _votes(nlp, "She buys games for the Zenbox every week.", 5, 6).get("organization")
    assert not _votes(nlp, "She met the Smiths every week.", 3, 4).get("organization")


def test_kin_before_a_first_name_makes_a_person(nlp: Language) -> None:
    """ "his wife Carola" and "her brother Anselm" are people, though the name stands alone."""
    text = "Tom Reeve lived in a village with his wife Carola and her brother Anselm."
    kinds = entity_kinds(nlp, text)
    assert kinds.get("Carola") == "person"
    assert kinds.get("Anselm") == "person"


def test_a_person_noun_and_called_before_a_name_makes_a_person(nlp: Language) -> None:
    """ "a young journalist called Bryony Tate" names a person whatever the model's label."""
    votes = _votes(nlp, "She met a young journalist called Bryony Tate that night.", 6, 8)
    assert votes.get("person", 0.0) >= 3.0


def test_a_full_name_ends_at_of_unless_a_place_follows(nlp: Language) -> None:
    """ "Ama Boateng of Free the Streets" is Ama Boateng; "Princess Ines of Monaco" keeps Monaco."""
    from generator.extract.people import person_before_of

    doc = nlp("Ama Boateng of Free the Streets spoke. Princess Ines of Monaco came.")
    group = doc[0:6]
    group.label_ = "PERSON"
    assert person_before_of(group, lexicon()).text == "Ama Boateng"
    royal = doc[8:12]
    royal.label_ = "PERSON"
    assert person_before_of(royal, lexicon()).text == "Princess Ines of Monaco"


def test_a_nationality_as_first_word_is_no_persons_name(nlp: Language) -> None:
    """ "Danish Harrier" aircraft: no one's first name is a nationality."""
    votes = _votes(nlp, "Danish Harrier aircraft flew over the sea.", 0, 2)
    assert votes.get("organization", 0.0) >= 1.5


def test_a_verb_only_people_do_keeps_a_one_word_name(nlp: Language) -> None:
    """ "Quell resigned on Monday" and "Quell's wife": firms do not resign or marry."""
    assert _votes(nlp, "Quell resigned on Monday after the vote.", 0, 1).get("person")
    assert _votes(nlp, "Quell's wife was not at the meeting.", 0, 1).get("person")
    assert not _votes(nlp, "Quell's shares fell on Monday.", 0, 1).get("person")


def test_a_person_label_the_evidence_overrules_becomes_a_work(nlp: Language) -> None:
    """ "the film Moon Harbour": later steps see a work's label, not a person the NER found."""
    doc = nlp("Critics loved the film Moon Harbour. Moon Harbour opens on Friday.")
    spans = [e for e in doc.ents if e.text == "Moon Harbour"]
    if not spans or spans[0].label_ != "PERSON":
        doc.ents = [e for e in doc.ents if e.text != "Moon Harbour"] + [
            doc.char_span(23, 35, label="PERSON")
        ]
    assert "Moon Harbour" not in {entity.name for entity in extract_entities(doc)}
    assert all(e.label_ != "PERSON" for e in doc.ents if e.text == "Moon Harbour")


def test_a_word_describing_a_firm_before_its_name_is_no_name(nlp: Language) -> None:
    """ "Budget airline Skyra": "Budget" only describes Skyra; "Sony rival Nintendo" keeps Sony."""
    assert _votes(nlp, "Budget airline Skyra lifted its forecast.", 0, 1).get("work")
    assert not _votes(nlp, "Quorvo rival Balder lifted its forecast.", 0, 1).get("work")


def test_a_named_storm_is_no_person(nlp: Language) -> None:
    """ "Hurricane Ivy" is a storm, however the model labels it."""
    assert _votes(nlp, "Hurricane Ivy hit the coast on Monday.", 0, 2).get("work")


def test_for_and_the_inside_a_name_make_it_no_persons(nlp: Language) -> None:
    """ "League for the Return of Rivers" is an organization whatever the model's label."""
    votes = _votes(nlp, "The League for the Return of Rivers urged calm.", 1, 7)
    assert votes.get("organization", 0.0) >= 2.0


def test_a_name_before_a_band_role_and_a_person_is_the_band(nlp: Language) -> None:
    """ "Static Twins drummer Jo Ames" and "Static Twins's guitarist" name a band, not a person."""
    kinds = entity_kinds(nlp, "Static Twins drummer Jo Ames said the tour would go on.")
    assert kinds.get("Static Twins") != "person"
    votes = _votes(nlp, "Hollow Kings's guitarist left the stage early.", 0, 2)
    assert votes.get("organization", 0.0) >= 2.0
