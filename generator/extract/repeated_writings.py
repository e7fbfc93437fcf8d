"""The writings of a name that `repeated_names` tagged say what it is not, never that it
is a person: a name is published as a person by what its tagged writings say. Otherwise
a firm the model once read as a person, and that "said" things in the sentences the
model skipped, would be published as a person where it was dropped before.
"""

from __future__ import annotations

from generator.extract.mentions import PERSON, Mention
from generator.extract.repeated_names import REPEATED_KEY


def without_person_evidence(mentions: list[Mention]) -> None:
    """The votes for a person of the writings `repeated_names` tagged are dropped: a name
    is published as a person by what its tagged writings say, never by the copies."""
    if not mentions:
        return
    copied = set(mentions[0].span.doc.user_data.get(REPEATED_KEY, ()))
    for mention in mentions:
        if mention.span.start in copied:
            mention.votes.pop(PERSON, None)
