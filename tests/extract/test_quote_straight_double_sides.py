"""A straight double mark whose neighbours do not say its side: one before a stop closes
(after a nested quote's mark too), one glued between two sentences or standing between
spaces closes the quote open there, else opens one (`quote_mark_roles`)."""

from __future__ import annotations

from tests.extract.test_quote_runs import texts


def test_a_double_after_a_nested_single_and_before_a_stop_closes() -> None:
    """ "... 'words'". Narration: the quote ends at the double mark, not at the next one."""
    text = (
        "Ivo Brand spoke for an hour. \"It is like asking a cook: 'make soup but bring no "
        'pot\'". A homely picture, but it worked. "Our roads need money now".'
    )
    assert texts(text) == [
        "It is like asking a cook: 'make soup but bring no pot",
        "Our roads need money now",
    ]


def test_a_double_after_a_nested_single_and_before_a_comma_closes() -> None:
    """ "... 'words'", he said: the comma after the marks ends the quote."""
    text = "\"Farmers must sell 'where the buyers are'\", said Ada Lusk. The fair opens today."
    assert texts(text) == ["Farmers must sell 'where the buyers are"]


def test_a_double_glued_after_a_stop_opens_when_nothing_is_open() -> None:
    """narration."[The firm] has ...," he said: a lost paragraph break before the speech."""
    text = (
        'The ferry stopped in May."[The firm] has taken our fares for years," said Ivo '
        'Brand.The vote is on Friday."EU rules would not allow this," Ada Lusk said.'
    )
    assert texts(text) == [
        "[The firm] has taken our fares for years",
        "EU rules would not allow this",
    ]


def test_a_double_glued_after_a_stop_closes_the_open_quote() -> None:
    """ "words."Narration: the glued mark ends the open quote."""
    text = (
        'Ivo Brand said: "We waited all day."Ferries run twice a week in winter. "It '
        'is slow," he said.'
    )
    assert texts(text) == ["We waited all day.", "It is slow"]


def test_a_typewriter_pair_glued_after_a_stop_opens() -> None:
    """narration.''Words'', he said: a pair of single marks glued after a stop opens too."""
    text = "He wants the town to act.''They have waited far too long'', Ivo Brand said."
    assert texts(text) == ["They have waited far too long"]


def test_a_double_between_spaces_opens_when_nothing_is_open() -> None:
    """called the plan " a tax on ...": a space after the opening mark."""
    text = 'Ada Lusk called the plan " a tax on the poorest families in town". She left.'
    assert texts(text) == ["a tax on the poorest families in town"]


def test_a_double_between_spaces_closes_the_open_quote() -> None:
    """ "words. " she said: a space before the closing mark."""
    text = 'Ada Lusk said: "We are not done with this plan yet. " Then she left the hall.'
    assert texts(text) == ["We are not done with this plan yet."]


def test_a_double_before_an_ellipsis_after_a_space_still_opens() -> None:
    """he said. "... words": a spaced mark before dots opens speech that went on."""
    text = 'The pier is shut, he said. "... We will reopen it in the spring."'
    assert texts(text) == ["... We will reopen it in the spring."]


def test_a_double_before_an_ellipsis_after_a_dash_still_opens() -> None:
    """said—"... words": a mark glued to a dash before dots opens the speech."""
    text = 'Ada Lusk paused and said—"...and we will open the pier again in May."'
    assert texts(text) == ["...and we will open the pier again in May."]
