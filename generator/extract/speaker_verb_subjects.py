"""The subject of a verb of saying where the parse does not give it plainly.

`VerbSubjects` finds the token naming who speaks when a verb has two subjects
("The rowing club's treasurer, Ann Pell MBE warned"), none ("Lee said ... But added:"),
a name just before it the parser left unattached, or is a participle of saying
whose subject is the clause's before it ("X said ..., adding:"). `speakers.Attribution`
then reads whom that token names.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import PERSON
from generator.extract.quote_marks import Quote
from generator.extract.speaker_alleged_doers import reported_doer_says
from generator.extract.speaker_named_before import name_before_verb
from generator.extract.speaker_subjects import across_paragraphs, subject_of
from generator.extract.speaker_verbs import Reporting, shown_with, subordinated
from generator.extract.speech import SUBJECT_DEPS, in_any, noun_phrase

__all__ = ["VerbSubjects"]


class VerbSubjects(Reporting):
    """Subjects of verbs of saying that the parse left unclear."""

    def _person_subject(self, verb: Token, quote: Quote) -> Token | None:
        """The one subject naming a person, when the parser gave the verb several.

        "The rowing club's treasurer, Ann Pell MBE warned" can come
        out as two subjects of "warned": the name is the speaker.
        """
        subjects = [
            c
            for c in verb.children
            if c.dep_ == "nsubj"
            and not in_any(c, quote)
            and not self.quoted.inside(c.idx)
            and not across_paragraphs(c, verb)
        ]
        if any(c.i < verb.i for c in subjects):
            # "The keeper, 31, told Harwick Sound:": a second "subject" after the verb
            # is its object, the one told, when one stands before it.
            subjects = [c for c in subjects if c.i < verb.i]
        if len(subjects) < 2:
            return None
        named = [
            t
            for c in subjects
            for t in noun_phrase(c)
            if (owner := self.owners.get(t.i)) is not None and owner.kind == PERSON
        ]
        return named[-1] if len({id(self.owners[t.i]) for t in named}) == 1 else None

    def _named_before(self, verb: Token, quote: Quote) -> Token | None:
        """The name just before a verb the parser gave no subject (`name_before_verb`)."""
        return name_before_verb(verb, quote, self.owners, self.quoted.inside, self.phrase_noun)

    def _elided_subject(self, verb: Token) -> Token | None:
        """The subject of the sentence before, when a verb of saying opens its own with only
        "but" or "and" and no subject ("Lee said the talks went well. But added: '...'"):
        news leaves out a subject that goes on, and only one of saying goes on so."""
        start = self.sentences.spans[self.sentences.index_at(verb.idx)].start
        opening = [t for t in verb.doc[start : verb.i] if not (t.is_space or t.is_punct)]
        if (
            [t.lower_ for t in opening] not in (["but"], ["and"])
            or any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in verb.children)
            or not self.is_reporting(verb)
        ):
            return None
        before = self.sentences.sentence_before(verb.idx)
        root = before.root if before is not None else None
        if root is None or not self.is_reporting(root) or self.quoted.inside(root.idx):
            return None
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        return (
            subjects[0] if len(subjects) == 1 and not self.quoted.inside(subjects[0].idx) else None
        )

    def _participle_subject(self, verb: Token, quote: Quote) -> Token | None:
        """ "X said ..., adding: '...'": the subject of the saying verb before the participle.
        The parser often hangs "adding" on the wrong clause; news style means the one who
        said the earlier words, not someone they report ("X said the agency had advised
        ..., adding"), unless a paper reports a deed and its doer's words (`reported_doer_says`)."""
        if verb.tag_ != "VBG" or any(c.dep_ == "nsubj" for c in verb.children):
            return None
        sent = self.sentences.spans[self.sentences.index_at(verb.idx)]
        # A parse that ran paragraphs together: only the participle's own paragraph counts.
        paragraph = self.text.rfind("\n\n", sent.start_char, verb.idx)
        for token in reversed(self.doc[sent.start : verb.i]):
            if token.idx < paragraph:
                break
            if (
                token.tag_ != "VBG"
                and not any(self.is_reporting(a) for a in token.ancestors)
                and self.is_reporting(token)
                and not self.quoted.inside(token.idx)
                and not shown_with(token, [verb], quote)  # "concludes with footage of"
                and not subordinated(token, verb)  # "As marchers shouted, Lee is heard saying"
                and not reported_doer_says(verb, token)
            ):
                return subject_of(token, quote, self.quoted)
        return None
