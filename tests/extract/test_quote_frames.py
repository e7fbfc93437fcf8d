"""Quoted fragments framed by a verb that judges or finds: whose words they are, or nobody's."""

from __future__ import annotations

from tests.extract.test_quotes import speakers as quote_speakers


def speakers(text: str) -> dict[str, str | None]:
    """Quote text -> speaker name of every quote of an article given as text."""
    return dict(quote_speakers(text))


def test_billed_as_gives_the_fragment_to_the_subject() -> None:
    """'X billed the lorry as ‘...’' is X's description, in X's words."""
    text = (
        "Dana Whitlow founded the haulier in Port Selby in 2015.\n\n"
        "Whitlow billed the new lorry as ‘the most advanced truck on any road’ at the launch."
    )
    assert speakers(text) == {"the most advanced truck on any road": "Dana Whitlow"}


def test_a_body_that_found_gives_its_finding() -> None:
    """'After an inquiry, the Harbour Board found ‘...’': the board's finding, in its words."""
    text = (
        "The Harbour Board looked into the ferry operator last year.\n\n"
        "After an inquiry, the Harbour Board found ‘serious and repeated safety failings’ "
        "in the way the crews were trained."
    )
    assert speakers(text) == {"serious and repeated safety failings": "Harbour Board"}


def test_a_saying_verb_outranks_a_framing_one() -> None:
    """'The party will stand as ‘...’, Ames said' is Ames's report, not the party's words."""
    text = (
        "The Green Shore Party will present itself as ‘the only real alternative’ at the "
        "election, Tom Ames has said."
    )
    assert speakers(text) == {"the only real alternative": "Tom Ames"}


def test_a_pronoun_subject_of_a_framing_verb_names_nobody() -> None:
    """'He regarded her as ‘...’' is unattributed: a judging sentence is no report of speech."""
    # Its 'he' is too often read as the wrong person.
    text = (
        "Tom Ames and Dana Whitlow ran the firm together for a decade.\n\n"
        "He later regarded her as ‘a danger to the whole business’."
    )
    assert speakers(text) == {"a danger to the whole business": None}


def test_a_fragment_in_a_clause_about_something_else_is_not_the_finders() -> None:
    """'Police found a man who was ‘badly hurt and confused’': the quote is not the police's."""
    # The quote describes the man, in words the police did not frame.
    text = (
        "A 999 call sent Selby Police out to the harbour on Friday night.\n\n"
        "Selby Police found a man who was ‘badly hurt and very confused’ near the slipway."
    )
    assert speakers(text) == {"badly hurt and very confused": None}


def test_a_two_word_fragment_a_named_speaker_frames_is_a_quote() -> None:
    """'Selby Council called the plan ‘deeply flawed’': two framed words are the council's quote."""
    # Two words a verb of saying holds in its own clause.
    text = "Selby Council called the harbour plan ‘deeply flawed’ at its meeting on Monday."
    assert speakers(text) == {"deeply flawed": "Selby Council"}


def test_a_two_word_fragment_nobody_frames_is_no_quote() -> None:
    """A short scare quote with no speaker ('the so-called ‘green deal’') is left out."""
    # Such as 'residents call it ‘the mile’': a name for something, not a quotation.
    text = (
        "The so-called ‘green deal’ failed within a year.\n\n"
        "Residents now call the road ‘the mile’ because of its length."
    )
    assert speakers(text) == {}


def test_spoke_of_gives_the_fragment_to_the_speaker() -> None:
    """'Ames spoke of ‘deep regret’': the 'of' phrase holds the speaker's own words, even two."""
    text = (
        "Tom Ames wrote to the harbour board last week.\n\n"
        "In his letter, Ames spoke of ‘deep regret’ over the closures."
    )
    assert speakers(text) == {"deep regret": "Tom Ames"}


def test_one_holder_of_a_role_is_nobody_named() -> None:
    """'"...," one officer said' after a named officer is someone the story does not name."""
    # A role noun after 'one', 'a' or 'another' is not read back to the person holding it.
    text = (
        "Officer Dana Whitlow was hurt when the van hit her patrol car in Port Selby.\n\n"
        "‘Two of the crew are hurt, both of them awake and talking,’ one officer said "
        "on the phone."
    )
    assert speakers(text) == {"Two of the crew are hurt, both of them awake and talking": None}


def test_a_claim_holds_its_owners_words_not_the_reporters() -> None:
    """'Ames responded to Dana Whitlow's claim that she ‘...’': the claim's words are Whitlow's."""
    # Though Ames's verb is the one in the sentence.
    text = (
        "Tom Ames spoke at the harbour meeting on Monday.\n\n"
        "Ames said he was unmoved by Dana Whitlow's claim that she "
        "‘saved the port from certain ruin’."
    )
    assert speakers(text) == {"saved the port from certain ruin": "Dana Whitlow"}


def test_words_about_a_claim_are_not_its_owners() -> None:
    """'Ames hailed Whitlow's offer as ‘a fine first step’': the quote judges the offer."""
    text = "Tom Ames hailed Dana Whitlow's offer on the harbour as ‘a fine first step for us’."
    assert speakers(text) != {"a fine first step for us": "Dana Whitlow"}


def test_a_self_styled_name_is_its_bearers_words() -> None:
    """'Vell, a self-styled ‘...’, has led ...': the name Vell gave herself is hers."""
    text = (
        "Ann Vell, a self-styled ‘friend of the river’, has led the campaign for ten years.\n\n"
        "Vell – a self-styled ‘queen of the quay’ – has sold fish on the harbour since 1990.\n\n"
        "Ever the self-described ‘keeper of the old ways’, she turned down the council's offer."
    )
    assert speakers(text) == {
        "friend of the river": "Ann Vell",
        "queen of the quay": "Ann Vell",
        "keeper of the old ways": "Ann Vell",
    }


def test_a_name_others_give_names_no_speaker() -> None:
    """'Locals call the bridge the ‘...’': a nickname with no self-styling names nobody."""
    text = (
        "Ann Vell crossed the bridge every day.\n\n"
        "Locals call the bridge the ‘old iron lady of the harbour’ and rarely use its name."
    )
    assert speakers(text) == {"old iron lady of the harbour": None}
