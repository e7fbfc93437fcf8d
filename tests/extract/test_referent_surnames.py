"""A bare surname that several people of a story share: the principal bearer's."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_bare_surname_is_the_principal_not_the_son_named_nearer() -> None:
    """ "Vell told the board" after "Rory Vell's boatyard" is Marta Vell, not her son."""
    # The story named her first and states him only as her son.
    text = (
        "A review questioned the contracts that Marta Vell's son Rory won last spring. "
        "Most of them went to Rory Vell's boatyard.\n\n"
        "'Every contract went out to tender,' Vell told the board."
    )
    assert speakers(text) == [("Every contract went out to tender", "Marta Vell")]


def test_a_principal_stated_as_kin_settles_nothing() -> None:
    """A first-named bearer who is someone's kin is no principal: the nearest full name keeps it."""
    # For instance "the widow of".
    text = (
        "Marta Vell, the widow of the painter Tomas Vell, opened a gallery on Friday. "
        "Tomas Vell painted the harbour for forty years.\n\n"
        "'The light here is unique,' Vell said."
    )
    assert speakers(text) == [("The light here is unique", "Tomas Vell")]


def test_a_kin_noun_that_describes_a_person_makes_her_no_relative() -> None:
    """ "Dunn said" is Ilka Dunn, described as a club "mother", not her son Ivo Dunn."""
    # "Pellham Rowing Club mother Ilka Dunn, whose son Ivo Dunn rowed": the mother is described, not
    # stated as anyone's kin.
    text = (
        "'We waited years for this,' said Pellham Rowing Club mother Ilka Dunn, whose son "
        "Ivo Dunn rowed for the county until 2010.\n\n"
        "The club built a new boathouse last year.\n\n"
        "'It is a fine day for the town,' Dunn said."
    )
    assert speakers(text)[-1] == ("It is a fine day for the town", "Ilka Dunn")


def test_a_courtesy_title_gives_the_surname_to_the_bearer_of_its_sex() -> None:
    """ "Ms Vell said" after "Her husband Tomas Vell" is Marta Vell, the one known woman bearer."""
    text = (
        "Marta Vell, a former actress, ran the theatre for twenty years.\n\n"
        "Her husband Tomas Vell died in Pellham last week at 92.\n\n"
        "Ms Vell said: 'The town has lost a friend.'"
    )
    assert speakers(text) == [("The town has lost a friend.", "Marta Vell")]


def test_a_bare_surname_goes_on_from_the_titled_mention_before_it() -> None:
    """ "Mr Vell explained ... 'Quote,' Vell told the Ledger": the bare surname is that Mr Vell."""
    # Not Ann Vell, whose full name was written last.
    text = (
        "Tom Vell, a painter, found the dog in the park. Ann Vell, the woman who owned it, "
        "called the police.\n\n"
        "Mr Vell explained why he kept it. His father, a sailor, gave him the lead.\n\n"
        '"To me, that dog is family," Vell told the Ledger.'
    )
    assert speakers(text) == [("To me, that dog is family", "Tom Vell")]


def test_a_bare_surname_that_she_goes_on_from_is_the_woman() -> None:
    """ "'...,' Vell said. She added" after Tom Vell's full name: "she" makes it Ann Vell."""
    # Ann Vell is the one bearer known as a woman.
    text = (
        "Ann Vell chairs the council in Tarland. Tom Vell, a builder, fixed the roof of "
        'the hall. "We lost everything in the flood," Vell said. She added: "Nobody asked '
        'the village."'
    )
    assert speakers(text) == [
        ("We lost everything in the flood", "Ann Vell"),
        ("Nobody asked the village.", "Ann Vell"),
    ]


def test_a_subject_between_leaves_the_bare_surname_to_the_nearest() -> None:
    """ "Vell said the mayor had lied. She added": "she" may be the mayor; Vell stays Tom Vell."""
    # Tom Vell's full name is the nearest.
    text = (
        "Ann Vell chairs the council in Tarland. Tom Vell, a builder, fixed the roof of "
        'the hall. "We lost everything," Vell said. The mayor lied, she said.'
    )
    assert speakers(text)[0] == ("We lost everything", "Tom Vell")


def test_a_mans_title_before_a_womans_surname_is_her_husbands() -> None:
    """ "Mr Pellow added" after "nurse Joanna Pellow ... her husband Dave" is Dave."""
    # The title rules out the only Pellow named in full.
    text = (
        "One supporter, nurse Joanna Pellow, 44, who came with her husband Dave, said: 'We "
        "have waited all summer for this.' Mr Pellow added: 'The queue for tickets took us "
        "five hours.'"
    )
    assert speakers(text)[-1] == ("The queue for tickets took us five hours.", "Dave")


def test_a_mans_title_before_the_surname_of_the_one_woman_is_no_one() -> None:
    """ "Mr Holt said" of the one Holt, Karen, with no man of hers named: no one, not her."""
    text = (
        "Council leader Karen Holt has resigned after a row over plans for 400 homes near "
        "Ashby.\n\nMs Holt said the plans had been drawn up without consultation.\n\n"
        "'I cannot defend a scheme I was never shown,' Mr Holt said."
    )
    assert speakers(text)[-1] == ("I cannot defend a scheme I was never shown", None)


def test_a_mans_title_before_a_man_misread_as_a_woman_keeps_him() -> None:
    """ "Mr Rudd" of Simon Rudd, whom "his daughter Ella" beside him misparsed makes a woman."""
    text = (
        "Simon Rudd, 51 and his ten-year-old daughter Ella queued at the gate for an hour.\n\n"
        "Mr Rudd, a plumber, said: 'We would not miss the first game for anything.'"
    )
    assert speakers(text)[-1] == ("We would not miss the first game for anything.", "Simon Rudd")
