"""An organization found as a speaker is the story's entity of that name when it has one."""

from __future__ import annotations

from spacy.language import Language

from generator.extract.entities import ORG, Entity, Mention
from generator.extract.lexicon import lexicon
from generator.extract.referent_missed_organizations import MissedOrganizations


def test_a_name_the_story_holds_is_not_made_twice(nlp: Language) -> None:
    """ "A Tarnbook spokesperson said" with "Tarnbook" unowned is the story's Tarnbook."""
    # The entities left that "Tarnbook" unowned; no second organization of the name is added.
    doc = nlp("Tarnbook removed the pages. A Tarnbook spokesperson said more checks would come.")
    known = Entity(ORG, "Tarnbook", [Mention(doc[0:1], ORG, "Tarnbook", "Tarnbook")])
    missed = MissedOrganizations(doc, [], [known], lexicon())
    found = missed.new_organization(doc[6:7])
    assert found is known
    assert missed.added == []
    assert [m.span.start for m in known.mentions] == [0, 6]
