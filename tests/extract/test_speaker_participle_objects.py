"""A participle of saying set off after a clause ("The former boss backed Lee, saying:
'...'") shares that clause's subject; a description subject is then not the person the
clause's own verb names after it, as it is not for the verb of saying itself."""

from __future__ import annotations

from tests.extract.test_quotes import speakers

#: (text, the person its last quote is not given to)
NAMED_BY_THE_CLAUSE = [
    (
        "Dan Hollis has welcomed a warm open letter of backing from Sir Ray Cotter but admitted "
        "it has added to the strain on him. The former Elm Park boss backed Hollis, who has "
        "taken Rovers to third place, saying: 'He is a great coach and he will do well.'",
        "Dan Hollis",
    ),
    (
        "Ann Vell has been praised by her rival. The veteran councillor thanked Vell, "
        "saying: 'She has earned it.'",
        "Ann Vell",
    ),
]


def test_the_one_the_clause_acts_on_does_not_say_it() -> None:
    """'The former boss backed Hollis, saying: ...' is not Hollis's, nor Vell's when thanked."""
    given = [speakers(text)[-1][1] for text, _ in NAMED_BY_THE_CLAUSE]
    assert all(
        speaker != named for speaker, (_, named) in zip(given, NAMED_BY_THE_CLAUSE, strict=True)
    )


def test_a_clause_naming_no_one_after_keeps_the_description() -> None:
    """'Ann Vell won. The veteran councillor congratulated the voters, saying: ...' is Vell's."""
    text = (
        "Ann Vell won the seat. The veteran councillor congratulated the voters, saying: "
        "'They have spoken.'"
    )
    assert speakers(text)[-1][1] == "Ann Vell"
