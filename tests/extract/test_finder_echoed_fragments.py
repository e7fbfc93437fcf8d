"""A two-word fragment that a speaker's own quote holds is that speaker's, when its
sentence is about the speaker or reports the words."""

from __future__ import annotations

from tests.extract.test_quotes import speakers


def test_a_fragment_in_a_sentence_about_the_speaker_echoes_her_quote() -> None:
    """'Orla Venn was ‘badly shaken’' before her own words holding them: hers."""
    text = (
        "Orla Venn was ‘badly shaken’ when the parish letter reached her farm.\n\n"
        "She said: ‘I was badly shaken by what it said about my father.’"
    )
    assert ("badly shaken", "Orla Venn") in speakers(text)


def test_a_reported_fragment_echoes_the_quote_that_holds_it() -> None:
    """'Engineers warned it would ‘silt up’' before Reyl's words holding them: Reyl's."""
    text = (
        "Engineers warned the old harbour would ‘silt up’ within a decade.\n\n"
        "Tomas Reyl, the harbour master, said: ‘Without dredging the harbour will silt up "
        "and the boats will leave.’"
    )
    assert ("silt up", "Tomas Reyl") in speakers(text)
