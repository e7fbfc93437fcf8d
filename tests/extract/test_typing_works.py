"""Entity typing in arts and business news: awards, bands, films and firms are no people."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import extract_entities, mentions_of
from generator.extract.kinds import best_kind
from tests.extract.conftest import entity_kinds


def test_an_award_after_a_category_is_no_person(nlp: Language) -> None:
    """ "the best actress Lumen" names a category of an award, not an actress called Lumen."""
    kinds = entity_kinds(
        nlp,
        "Hilda Marsh has won the best actress Lumen for her role in a boxing drama. "
        "Jamal Fogg took the best actor Lumen for playing a soul singer. "
        "Mark Lowry lost out on the best director Lumen for the fifth time.",
    )
    assert kinds.get("Lumen") != "person"
    assert kinds.get("Hilda Marsh") == "person"


def test_a_plural_verb_makes_a_name_a_group(nlp: Language) -> None:
    """ "Rory Dalton have split": one person takes a singular verb, a band a plural one."""
    kinds = entity_kinds(
        nlp,
        "Rory Dalton have gone straight to number one with their second album. "
        "Rory Dalton were formed in Glasgow in 2001.",
    )
    assert kinds.get("Rory Dalton") != "person"


def test_a_singular_verb_leaves_a_person(nlp: Language) -> None:
    """ "Rory Dalton has gone": the same name with singular verbs stays a person."""
    kinds = entity_kinds(
        nlp,
        "Rory Dalton has gone straight to number one with his second album. "
        "Rory Dalton was born in Glasgow in 1971.",
    )
    assert kinds.get("Rory Dalton") == "person"


def test_names_listed_with_a_plural_verb_stay_people(nlp: Language) -> None:
    """ "Tom Ashby and Kelly Marsh have signed": the plural verb is the pair's."""
    kinds = entity_kinds(nlp, "Tom Ashby and Kelly Marsh have signed a new record deal, she said.")
    assert kinds.get("Tom Ashby") == "person"
    assert kinds.get("Kelly Marsh") == "person"


def test_the_winner_of_best_film_is_a_work(nlp: Language) -> None:
    """ "Nora Vale won best film": a film with a person's name."""
    assert entity_kinds(nlp, "Nora Vale won best film at the awards.").get("Nora Vale") != "person"


def test_what_only_a_work_has_makes_a_work(nlp: Language) -> None:
    """ "Nora Vale's soundtrack": a person has no soundtrack."""
    kinds = entity_kinds(nlp, "Nora Vale's soundtrack sold well. Nora Vale is a drama.")
    assert kinds.get("Nora Vale") != "person"


def test_the_object_of_directed_is_a_work(nlp: Language) -> None:
    """ "Mick Lamb directed Nora Vale": the director is a person, what he directed a film."""
    kinds = entity_kinds(nlp, "Mick Lamb directed Nora Vale on a small budget.")
    assert kinds.get("Nora Vale") != "person"
    assert kinds.get("Mick Lamb") == "person"


def test_an_organization_that_speaks_stays_an_organization(nlp: Language) -> None:
    """ "Detainee Aid International said": a body speaks, and stays no person."""
    kinds = entity_kinds(
        nlp,
        "Detainee Aid International said the men had been held without charge for years.",
    )
    assert kinds.get("Detainee Aid International", "organization") == "organization"


def test_a_firm_named_after_its_founder_keeps_the_bare_name(nlp: Language) -> None:
    """The chain "Morrow" beside its chairman "Ken Morrow" is no alias of the chairman."""
    entities = extract_entities(
        nlp(
            "Shares in supermarket chain Morrow rose 5% after the firm said it would close "
            "100 stores.\n\nMorrow, which bought a rival last year, has struggled. Chairman "
            "Ken Morrow said he would not step down."
        )
    )
    people = {e.name: e.aliases for e in entities if e.kind == "person"}
    assert "Ken Morrow" in people
    assert "Morrow" not in people["Ken Morrow"]


def test_a_tie_between_kinds_does_not_depend_on_set_order() -> None:
    """Equal votes give the same kind whatever order the kinds come in."""
    # An organization for a full name, a person (then dropped without evidence) for one word.
    for full_name, kind in ((True, "organization"), (False, "person")):
        first = best_kind({"organization": 1.0, "person": 1.0}, {}, full_name=full_name)
        second = best_kind({"person": 1.0, "organization": 1.0}, {}, full_name=full_name)
        assert first == second == kind


def test_a_name_before_a_boss_and_a_person_is_a_firm(nlp: Language) -> None:
    """ "Velvet Lane boss Michael Dunn": the name before the boss is what he runs."""
    kinds = entity_kinds(nlp, "Velvet Lane boss Michael Dunn said fuel costs remained a worry.")
    assert kinds.get("Velvet Lane") == "organization"
    assert kinds.get("Michael Dunn") == "person"


def test_a_part_played_is_no_person(nlp: Language) -> None:
    """ "plays barmaid Dotty Finch" and "the character Dotty Finch" name a part in a show."""
    for text in (
        "Hale plays barmaid Dotty Finch in the show. Dotty will leave the square in spring.",
        "Fans queued to see the character Dotty Finch. Dotty Finch is a barmaid.",
    ):
        assert entity_kinds(nlp, text).get("Dotty Finch") != "person"


def test_a_product_code_after_a_name_is_no_surname(nlp: Language) -> None:
    """ "Nomad VR": a capitalised word and a code in capitals name a product."""
    kinds = entity_kinds(
        nlp, "The demonstration of Galactic: Nomad VR lasted 20 minutes. Nomad VR is out in May."
    )
    assert kinds.get("Nomad VR") != "person"


def test_letters_after_a_name_keep_a_person(nlp: Language) -> None:
    """ "Guy Mansell QC", "Henry Ward III": honours and generations are no product code."""
    honoured = entity_kinds(nlp, "Guy Mansell QC said the case was weak.")
    assert honoured.get("Guy Mansell") == "person"
    third = entity_kinds(nlp, "Henry Ward III said the case was weak.")
    assert third.get("Henry Ward III") == "person"


def test_a_firm_before_its_analyst_is_a_firm(nlp: Language) -> None:
    """ "Pell Brandt analyst Jo Ames": the name before the analyst and a person is the firm."""
    kinds = entity_kinds(nlp, "Pell Brandt analyst Joanna Ames said the shares looked cheap.")
    assert kinds.get("Pell Brandt") != "person"
    assert kinds.get("Joanna Ames") == "person"


def test_a_name_before_its_employees_or_profits_is_a_firm(nlp: Language) -> None:
    """ "Tomas Hilden employees", "Tomas Hilden profits": a firm named after its designer."""
    for text in (
        "Tomas Hilden employees will get a pay rise, the designer said.",
        "Tomas Hilden profits rose 4% last year.",
    ):
        assert entity_kinds(nlp, text).get("Tomas Hilden") != "person"


def test_a_pronoun_after_a_body_that_speaks_is_someone_else(nlp: Language) -> None:
    """ "Parson Street said she was speaking as a lawyer": "she" is not Parson Street."""
    kinds = entity_kinds(
        nlp,
        "Lena Carr spoke at the rally. But Parson Street said she had spoken there in her "
        "role as a lawyer.",
    )
    assert kinds.get("Parson Street") != "person"


def test_a_lone_title_is_no_entity(nlp: Language) -> None:
    """ "the MEP" or "the Cardinal" alone is a title, whatever the model calls it."""
    doc = nlp("The Cardinal met the MEP in Rome.")
    mentions = [m for m in mentions_of(doc) if m.text in ("Cardinal", "MEP")]
    assert mentions == []


def test_a_plural_verb_after_a_relative_clause_marks_a_band(nlp: Language) -> None:
    """ "Rory Dalton, who won a prize last year, are nominated": "who" is a band's too."""
    kinds = entity_kinds(
        nlp,
        "Rory Dalton and Keano led the nominations. Rory Dalton, who won the Mercury prize "
        "last year, are nominated in three categories.",
    )
    assert kinds.get("Rory Dalton") != "person"


def test_a_subjunctive_were_is_no_plural(nlp: Language) -> None:
    """ "If the young Tom Vellan were enrolling": one person, in a conditional."""
    kinds = entity_kinds(
        nlp,
        "If the young Tom Vellan were enrolling at Tarland College now, he would be sent "
        "home. Tom Vellan said so.",
    )
    assert kinds.get("Tom Vellan") == "person"


def test_a_genre_word_opening_a_line_is_no_part_of_the_name(nlp: Language) -> None:
    """ "Comedy Little Tarvik won two awards": the show is Little Tarvik, and no person."""
    kinds = entity_kinds(
        nlp,
        "Comedy Little Tarvik won two awards. Little Tarvik's creators Ned Marsh and "
        "Ida Kellway collected the prizes.",
    )
    assert not any("Little Tarvik" in name and kind == "person" for name, kind in kinds.items())
    assert kinds.get("Ned Marsh") == "person"


def _kinds_naming(nlp: Language, text: str, form: str) -> list[str]:
    """The kinds of the entities extracted from ``text`` that ``form`` names or aliases."""
    return [e.kind for e in extract_entities(nlp(text)) if form in (e.name, *e.aliases)]


def test_a_short_company_name_is_the_company(nlp: Language) -> None:
    """ "Segal" beside "Segal Corp" is the company, though "Segal said he" reads like a man."""
    kinds = _kinds_naming(
        nlp,
        "Segal Corp has cut the price of its games console. Segal said he expected sales to "
        "rise. Segal has sold 10 million machines.",
        "Segal",
    )
    assert kinds == ["organization"]


def test_a_titled_founder_keeps_his_name(nlp: Language) -> None:
    """ "Mr Segal founded Segal Corp": a title makes the bare name the founder."""
    kinds = entity_kinds(nlp, "Mr Segal founded Segal Corp in 1980. Mr Segal said he was proud.")
    assert kinds.get("Segal") == "person"


def test_an_adjective_that_is_also_a_title_makes_no_person(nlp: Language) -> None:
    """ "the minister's official Kent house": "official" describes the house, no one's title."""
    kinds = entity_kinds(
        nlp,
        "Officials met at the home secretary's official Kent house on Monday to plan a new forum.",
    )
    assert kinds.get("Kent") != "person"


def test_a_relative_who_after_a_place_name_is_someone_else(nlp: Language) -> None:
    """ "co-owner of the Ash Valley Mine, who was the face of the rescue": "who" is the owner."""
    kinds = entity_kinds(
        nlp,
        "There was no word from Bob Morrell, co-owner of the Ash Valley Mine, who was the "
        "face of the rescue, on Saturday.",
    )
    assert kinds.get("Ash Valley Mine") != "person"


def test_the_co_of_co_owner_is_no_company_form(nlp: Language) -> None:
    """ "Bob Morrell, co-owner of the mine": "co" is half a word, not "Co" after a firm."""
    kinds = entity_kinds(
        nlp,
        "There was no word from Bob Morrell, co-owner of the Ash Valley Mine, who was the "
        "face of the rescue, on Saturday.",
    )
    assert kinds.get("Bob Morrell") == "person"


def test_a_name_inside_a_quoted_title_is_no_person(nlp: Language) -> None:
    """ "a documentary called 'Meet Harry Dunne'": the name is part of a title."""
    for text in (
        "The BBC will show a documentary called 'Meet Harry Dunne' on Saturday.",
        "The BBC will show 'Meet Harry Dunne' on Saturday, a film about a Dublin milkman.",
    ):
        assert entity_kinds(nlp, text).get("Harry Dunne") != "person"


def test_a_title_credited_to_its_makers_is_a_work(nlp: Language) -> None:
    """ "Vera Holt, directed by Mike Lowden," is a film: a title credited to makers is a work."""
    # And "Killing Frank by Roberta Flint" a song; a credit after the object of "of" is not the
    # name's ("critical of Corvanto, written by Jo Ames" is the book's).
    from generator.extract.evidence import collect
    from generator.extract.lexicon import lexicon
    from generator.extract.mentions import PERSON, WORK, Mention

    def work_vote(text: str, start: int, end: int) -> float:
        span = nlp(text)[start:end]
        span.label_ = "PERSON"
        mention = Mention(span, PERSON, span.text, span.text, prior={PERSON: 1.0})
        collect([mention], lexicon(), set())
        return mention.votes.get(WORK, 0.0)

    assert work_vote("Vera Holt, directed by Mike Lowden, won the prize.", 0, 2) >= 3.0
    text = "He held a copy of the book Lost Days critical of Corvanto, written by Jo Ames."
    assert work_vote(text, 11, 12) == 0.0
    assert work_vote("They played Killing Frank by Roberta Flint at the wedding.", 2, 4) >= 2.0


def test_a_research_firms_short_name_is_the_firm(nlp: Language) -> None:
    """ "Quillmark" beside "Quillmark Research" is the firm when the text speaks of it as a body."""
    # However often it says things, when the text also speaks of it as a body ("its report").
    kinds = _kinds_naming(
        nlp,
        "The short seller Quillmark Research published a report on Monday. Quillmark said "
        "the carmaker had misled investors for years. In its report, Quillmark claimed the "
        "trucks did not work. Quillmark told reporters it stood by the findings. 'We have "
        "the evidence,' Quillmark wrote. Quillmark added that the trucks were rolled "
        "downhill. Quillmark said that staff bought parts at a local shop. Quillmark alleged "
        "the founder lied.",
        "Quillmark",
    )
    assert kinds == ["organization"]
