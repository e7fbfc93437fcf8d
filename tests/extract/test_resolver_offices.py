"""Office nouns that refer back to someone named before: the office of one holder is not
whoever holds another office; a portfolio word ("Cabinet") names no body, a party does."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_the_prime_minister_is_not_the_party_leader_just_before() -> None:
    """'the prime minister told' after 'Tory leader Mark Dane said': Tony Vell, not Dane."""
    text = (
        "Tony Vell has promised to cut hospital waiting lists before the next election.\n\n"
        "Speaking in Leeds on Friday, Mr Vell said the money was already in place. "
        "Tory leader Mark Dane said the plan was a gimmick.\n\n"
        '"We have done the sums and the sums add up," the prime minister told reporters.'
    )
    assert speakers(text)[-1] == ("We have done the sums and the sums add up", "Tony Vell")


def test_the_cabinet_minister_is_the_minister_just_named() -> None:
    """'the Cabinet minister said' after 'Health Secretary Ann Roke rejected': Ann Roke."""
    text = (
        "Ministers are under pressure to relax the rules before the summer.\n\n"
        "Health Secretary Ann Roke on Monday rejected claims that the new rules would shut "
        "the village fetes.\n\n"
        "Speaking to a local radio station, the Cabinet minister said: 'We want every fete "
        "to go ahead this summer.'"
    )
    assert speakers(text)[-1][1] == "Ann Roke"


def test_the_labour_minister_is_not_the_tory_one_just_before() -> None:
    """'the former Labour minister said' after a Tory secretary's words: not Tom Vell."""
    text = (
        "Ministers were accused of dragging their feet over the new bypass.\n\n"
        "Writing in the Ledger, former Tory transport secretary Tom Vell said the delay was "
        "costing jobs, while Ann Roke called it a scandal.\n\n"
        '"The people of Selby deserve better than this," the former Labour minister said.'
    )
    assert speakers(text)[-1] == ("The people of Selby deserve better than this", None)
