"""Speakers without a verb of saying beside the quote: narrative subjects, "it", pronouns."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_quote_after_a_sentence_about_a_person_is_theirs() -> None:
    """'Ann Okafor did not need much persuading. "..."': the quote is Ann Okafor's."""
    text = (
        '"It was always meant to be longer," said Peter Lund, the director. '
        "Ann Okafor did not need much persuading. "
        '"We were glad to be asked, and the dancers loved every minute."'
    )
    assert speakers(text)[-1] == (
        "We were glad to be asked, and the dancers loved every minute.",
        "Ann Okafor",
    )


def test_a_quote_paragraph_after_he_did_something_is_his() -> None:
    """A quote paragraph after 'he rented two rooms' goes to the man 'he' is."""
    text = (
        "Dennis Marlow, who slept in his van for a year, got the keys last week. "
        "By then he had rented two rooms above a Norport bakery.\n\n"
        '"The bread wakes me up. The roof holds. Nobody knocks after ten."'
    )
    assert speakers(text)[-1][1] == "Dennis Marlow"


def test_it_after_the_report_speaks_for_the_reports_author() -> None:
    """A study's 'It urges' after 'the study says': the author of the study speaks."""
    text = (
        "Village routes get a close look in a new study from the Fenwick Institute for "
        "Transport.\n\n"
        "Every valley needs a Sunday bus, the study says. "
        "It urges councils to 'stop cutting the last bus home' before 'the dark evenings set in'."
    )
    assert {name for _, name in speakers(text)} == {"Fenwick Institute for Transport"}


def test_it_after_a_person_names_nobody() -> None:
    """'Ruth Calder ... It says "..."': "it" is not the person, so nobody speaks."""
    text = (
        "Ruth Calder bought a new car last week. "
        "It says 'please fill the tank soon' every morning, even with a full tank."
    )
    assert speakers(text) == [("please fill the tank soon", None)]


def test_a_pronoun_skips_a_person_of_the_other_sex() -> None:
    """'asked barber Tom Ware, named after his grandmother Mary Jones' then 'he': Tom Ware."""
    text = (
        "Is the trend over? I asked barber Tom Ware, who owns a shop in Leeds named "
        "after his grandmother Mary Jones. "
        '"Long coats seem to have gone out of fashion this winter," he explains.'
    )
    assert speakers(text)[-1][1] == "Tom Ware"


def test_a_verb_of_doing_between_does_not_stop_a_pronoun() -> None:
    """'the threat will continue to evolve' is no one speaking: 'he said' reads past it."""
    text = (
        '"It is the same group," said Kevin Osei, a researcher at Larkspur Labs. '
        "The emails came from one server in the east. "
        "According to Osei, the threat will continue to evolve until it works. "
        '"They keep trying doors until one of them opens," he said.'
    )
    assert speakers(text)[-1][1] == "Kevin Osei"


def test_a_role_subject_is_not_the_person_after_its_verb() -> None:
    """'The prime minister brushed aside claims by Jo Ames ... He said' is the prime minister."""
    text = (
        "Prime Minister Tom Hale visited Leeds on Monday. "
        "The prime minister brushed aside claims by opposition leader Jo Ames that he "
        'led a weak government. He said: "His side wanted these hearings from day one."'
    )
    assert speakers(text)[-1] == ("His side wanted these hearings from day one.", "Tom Hale")


def test_it_after_an_organization_that_named_a_thing_is_that_thing() -> None:
    """'Acme Group lodged a petition. It claims "..."': the petition speaks, not Acme Group."""
    text = (
        "Acme Group has lodged a petition over the parking fees. "
        "It claims the fees 'punish every shop that stays open late' across the town."
    )
    assert speakers(text) == [("punish every shop that stays open late", None)]


def test_a_title_before_a_name_makes_a_person_whatever_the_ner_says() -> None:
    """'Sergeant Milo Brandt appears to say' names him even if the NER calls it something else."""
    text = (
        "The guards grow nervous as the van stops.\n\n"
        "'Can you hear me? Is the road closed?' Sergeant Milo Brandt appears to say."
    )
    assert speakers(text)[-1][1] == "Milo Brandt"


def test_the_one_heard_shouting_speaks() -> None:
    """'Mark Dunne is then heard yelling, shouting "..."': the one heard speaks."""
    text = (
        "Mark Dunne was arrested in March. "
        "A delirious Dunne is then heard yelling at the officers, shouting "
        "'Open the door, let me out now' at them."
    )
    assert speakers(text)[-1][1] == "Mark Dunne"


def test_a_quote_after_a_passive_sentence_about_a_person_is_theirs() -> None:
    """'Ray Gill was diagnosed with a rare illness.' then a quote paragraph: Ray Gill's."""
    text = (
        "The hockey team started a campaign for its coach on Monday.\n\n"
        "At 25 years old, Ray Gill was diagnosed with a rare illness.\n\n"
        '"Some weeks are harder than others, yet I still get out on the ice."'
    )
    assert speakers(text)[-1][1] == "Ray Gill"


def test_an_unnamed_his_nurse_does_not_stop_he() -> None:
    """'Ray Gill blamed ... His nurse offered him ... "...," he said': Ray Gill speaks."""
    text = (
        "Ray Gill blamed his symptoms on the heat. "
        "His nurse offered him another explanation. "
        '"They told me my blood was not being cleaned at all," he said.'
    )
    assert speakers(text)[-1][1] == "Ray Gill"


def test_the_one_a_saying_participle_follows_speaks() -> None:
    """'footage of Jo Ames asking, "..."': Jo Ames asks, not the ad that uses the footage."""
    text = (
        "A radio spot from the Hale team picks up a remark his opponent made last week.\n\n"
        'The spot uses a clip of Jo Ames asking, "Who would vote for a man like me, anyway?"'
    )
    assert speakers(text)[-1][1] == "Jo Ames"


def test_interjected_reports_speech() -> None:
    """'"...," Tom Hale interjected': a verb of manner reports the quote."""
    text = (
        '"I am glad he does not run the courts," Ann Lee said.\n\n'
        '"Because then you would be locked up," Tom Hale interjected.'
    )
    assert speakers(text)[-1][1] == "Tom Hale"


def test_a_long_sentence_after_a_closed_quote_is_not_its_attribution() -> None:
    """'"...." Later, the mayor's spokesman urged calm ...': the quote is Ann Lee's."""
    text = (
        "Ann Lee said the plan for the bridge would fail. "
        '"It is a disaster for the town. Nobody wanted it." '
        "Later, the mayor's spokesman urged people to stay calm and to wait for the vote."
    )
    assert speakers(text)[0] == ("It is a disaster for the town. Nobody wanted it.", "Ann Lee")


def test_a_quote_paragraph_followed_by_narrative_continues_the_paragraph_before() -> None:
    """A quote paragraph whose quote ends a sentence and narrative follows: the speaker before."""
    text = (
        "Tom Hale spoke to voters in Leeds on Sunday.\n\n"
        '"Nobody believes a word this government says," he said.\n\n'
        '"Our job now is to give voters a plan they can trust." '
        "Mr Hale later toured a new bus depot on the ring road."
    )
    assert speakers(text)[-1][1] == "Tom Hale"


def test_someone_reported_after_a_quote_takes_the_next_quote_paragraph() -> None:
    """'A said "..." B said ..., adding ...' then a quote paragraph: B's, not A's."""
    text = (
        'Ann Lee said: "We want the ferry timetable back by spring." '
        "Party spokesman Jo Ames said the rival plan would have cost the port dearly, "
        "adding that the harbour board had not been asked.\n\n"
        '"Traders should expect that his board will listen to them at last."'
    )
    assert speakers(text)[-1][1] == "Jo Ames"


def test_she_after_a_surname_two_people_share_is_the_woman() -> None:
    """'Vance also wrote menus ... "...," she says': the Vance who can be "she"."""
    text = (
        "Nora Vance visited the bakery with her husband, Carl Vance. "
        '"I found this shop by chance," says Carl Vance. "I came back." '
        '"I was a pilot," says Mr Vance.\n\n'
        "Besides her own recipes, Vance also wrote menus for cafes in the city. "
        '"They were all small cafes and I kept the dishes simple," she says.'
    )
    assert speakers(text)[-1][1] == "Nora Vance"


def test_an_inverted_subject_the_parser_took_for_an_object_speaks() -> None:
    """'"...," responded campaign chairman John Pike': the chairman speaks."""
    text = (
        '"Is this the end of the road for us?" she asked.\n\n'
        '"We have no shortcut other than hard work," responded campaign chairman '
        "John Pike, adding that the team needed more volunteers."
    )
    assert speakers(text)[-1][1] == "John Pike"


def test_a_person_asked_about_in_the_same_sentence_is_not_he() -> None:
    """'Asked if Mr Ames could return, he replied: "..."': he answers, Mr Ames is asked about."""
    text = (
        "Prime Minister Tom Hale told reporters he had not yet seen the full findings.\n\n"
        "Asked if Mr Jo Ames could return to the cabinet, he replied: "
        '"I rate his work on the harbour highly and always will."'
    )
    assert speakers(text)[-1][1] == "Tom Hale"


def test_a_verb_of_saying_with_no_subject_does_not_hide_the_narrative_subject() -> None:
    """'...to tell her captain. "..."': "tell" names no speaker, so the sentence's person speaks."""
    # The quote is in the words of the person the sentence is about.
    text = (
        "Dana Whitlow joined the ferry crew in 2019.\n\n"
        "Whitlow kept quiet, but when the engine failed, she could not find a way to tell "
        "her captain. ‘I dreaded the look on his face when he found out.’"
    )
    assert speakers(text) == [("I dreaded the look on his face when he found out.", "Dana Whitlow")]


def test_a_quote_about_the_person_of_the_sentence_before_is_not_theirs() -> None:
    """A quote about Prade after a sentence on him is nobody's; "I never asked" is Prade's own."""
    # After 'Prade was a proud man ...', "He never asked ..." and "The trouble with Prade ..." speak
    # of Prade, so nobody is named.
    before = (
        "Owen Prade ran the lock at Selby for thirty years.\n\n"
        "Prade was a proud man until the flood took his boat.\n\n"
    )
    he = "‘He never once asked the council for help, not even after the flood.’"
    named = "‘The trouble with Prade was that nobody could help him.’"
    own = "‘I never once asked the council for help, not even after the flood.’"
    assert speakers(before + he)[0][1] is None
    assert speakers(before + named)[0][1] is None
    assert speakers(before + own)[0][1] == "Owen Prade"


def test_a_quote_after_a_sentence_about_two_people_is_neither_ones() -> None:
    """A quote after a sentence naming two people is not given to one of them on that alone."""
    # 'Ann Okafor and her husband Tom decided ...'.
    text = (
        "Ann Okafor and her husband Tom Okafor decided to move to Port Selby last spring. "
        '"I was so tired of the city, my husband said we should just go."'
    )
    assert speakers(text)[-1][1] is None


def test_a_colon_after_another_person_named_is_not_the_subjects() -> None:
    """A colon after another person named: the clause's subject did not write the words."""
    # 'Kay shut the office, leading Ann Lee to put up a notice with the words: "..."': another
    # person stands between the clause's subject and the colon.
    text = (
        "Dana Kay shut the ferry office in Port Selby, leading the harbour master Ann Lee "
        'to put up a notice in the window with the words: "We will be back in the spring."'
    )
    assert speakers(text)[-1][1] != "Dana Kay"


def test_a_participle_hung_on_the_shot_of_a_person_is_that_persons() -> None:
    """'a shot of Ann Roke asking, "..."': the parser hangs "asking" on the shot; Ann Roke asks."""
    text = (
        "Ann Roke chairs the Tarland council. "
        "The clip ends with a shot of Ann Roke asking, “Who will pay for all of this in the end?”"
    )
    assert speakers(text)[-1] == ("Who will pay for all of this in the end?", "Ann Roke")


def test_footage_of_a_person_saying_gives_the_words_to_that_person() -> None:
    """'footage of Vell saying at the hall, "...,"': Tom Vell says it, not the footage."""
    text = (
        "The advert, called Greedy, cites a report that Tom Vell paid no rates for ten years. "
        'It ends with footage of Vell saying at the town hall on Monday, "That makes me '
        'clever," as Ann Roke jeered.'
    )
    assert speakers(text)[-1] == ("That makes me clever", "Tom Vell")


def test_a_participle_hung_on_the_photo_of_a_thing_names_nobody() -> None:
    """'a photo of a farm gate sign saying "..."': a sign's words, no speaker."""
    text = (
        "Ann Roke runs the farm at Tarland. "
        "Walkers passed round a photo of a farm gate sign saying ‘Keep out of the top "
        "field after dark.’"
    )
    assert speakers(text)[-1] == ("Keep out of the top field after dark.", None)


def test_a_verb_that_concludes_with_a_clip_of_a_name_saying_does_not_report() -> None:
    """'Her film concludes with a clip of Tom Vell saying ..., "..."': Tom Vell says it."""
    text = (
        "Ann Roke has a new advert out. Her film concludes with a clip of Tom Vell saying "
        "at a hustings last month, “That makes me clever,” when Roke pressed him on his rates."
    )
    assert speakers(text)[-1] == ("That makes me clever", "Tom Vell")


def test_a_name_after_with_does_not_take_the_words_of_the_verb() -> None:
    """'With the Dunmore gang attacking ..., drivers warn "...": no name shown, no speaker."""
    text = (
        "Lorry drivers met in Tarland on Monday. With the Dunmore Crew attacking and robbing "
        "their lorries on the coast road, drivers warn of ‘a hard and bloody winter’ ahead."
    )
    assert speakers(text)[-1][1] is None


def test_a_manner_verb_in_ing_form_reports_speech() -> None:
    """ "was seen sobbing: '...'": the "-ing" form of a verb of manner reports the quote."""
    text = "The court heard Dale Wickes was seen sobbing: \u2018I never meant to hurt her.\u2019"
    assert speakers(text)[-1][1] == "Dale Wickes"
