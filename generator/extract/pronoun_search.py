"""The reading back of a pronoun search through the sentences before the pronoun.

`PronounSearch._read_back` reads the sentences before a "he"/"she" backwards, subject by
subject, for the person it refers to, with the clues of `referent_pronouns.PronounClues`;
`antecedents.Context` decides from one or two such readings who the pronoun is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from generator.extract.caption_lines import caption_line
from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.lexicon import Lexicon
from generator.extract.pronoun_headings import heading_person
from generator.extract.pronoun_impersonal import IMPERSONAL_SENTENCES, impersonal
from generator.extract.pronoun_passes import PronounPasses
from generator.extract.pronoun_words import (
    acts,
    clause_dep,
    interview_label,
    inverted_subject,
    person_owns,
    spokes_after_body,
    subject_form,
)
from generator.extract.quote_marks import Quote
from generator.extract.referent_epithets import epithet_holder
from generator.extract.referent_nouns import one_person, own_kin, owned_by
from generator.extract.referent_offices import people_noun
from generator.extract.referent_pronouns import (
    SPOKES_SEXES,
    adverbial,
    kin_of_pronoun,
    two_sexes,
)
from generator.extract.referent_spokes_words import SPOKES_PEOPLE
from generator.extract.speaker_names import named_no_person
from generator.extract.speaker_run_in_names import run_in_name
from generator.extract.speaker_small_clauses import perceivers
from generator.extract.speech import (
    CHAIN_SENTENCES,
    CONTINUATION_CHARS,
    EMBEDDED_DEPS,
    PRONOUNS,
    SUBJECT_DEPS,
    definite,
    is_role_noun,
    noun_phrase,
    words,
)

__all__ = ["PronounSearch", "subject_form"]


class PronounSearch(PronounPasses):
    """One reading back from a pronoun through the subjects of the sentences before it."""

    def __init__(self, doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon):
        super().__init__(doc, quotes, entities, lex)
        #: The weak referent the last reading back ended on, if it did (`_search_back`).
        self._weak: Entity | None = None
        #: The person of a fronted clause the last reading back ended on through an
        #: earlier same pronoun ("When Tom Ames left, she ..."), if it did.
        self._chain_fronted: Entity | None = None

    def _read_back(
        self, pronoun: Token, quote: Quote | None, previous: Quote | None, skip: Entity | None
    ) -> tuple[Entity | None, bool]:
        """One reading of `_search_back`, the sentences' lone named person ``skip`` left out."""
        word = subject_form(pronoun)
        self._chain_fronted = None
        index = own = self.sentences.index_at(pronoun.idx)
        spans = self.sentences.spans
        budget = CHAIN_SENTENCES
        things = 0  # sentences about things read past (`pronoun_impersonal`)
        # "... after his wife, Ann Vell, was named in a case in which he wrote": a pronoun
        # whose own sentence names people may be one of them; no reading past things then.
        named_here = any(
            (o := self.owners.get(t.i)) is not None and o.kind == PERSON
            for t in spans[own]
            if t.i < pronoun.i and not self.quoted.inside(t.idx)
        )
        passed = False  # a subject of saying that is no person was read past
        unnamed = words().unnamed_roles  # "a source said": someone, though no one named
        seen: set[int] = set()  # people named in the sentences read
        crossed = False  # read past a pronoun of the other sex as a main subject
        # "the Ledger quoted him as saying": who quotes is not who spoke
        # "neighbours heard her scream": who hears is not who screamed
        quoter = (
            {t.i for c in pronoun.head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}
            if pronoun.dep_ not in SUBJECT_DEPS
            else perceivers(pronoun)
        )
        in_caption = caption_line(spans[own])
        while index >= 0 and budget >= 0:
            if index < own and not in_caption and caption_line(spans[index]):
                index -= 1  # a photo caption between sentences of the story
                continue
            tokens = [t for t in spans[index] if t.i < pronoun.i and t.i not in quoter]
            seen.update(
                id(o)
                for t in tokens
                if (o := self.owners.get(t.i)) is not None and o.kind == PERSON
            )
            chained = False
            office = False  # "..., though the harbour master kept the keys": someone "she" may be
            holder: Entity | None = None  # the person named before whom that office names
            other = False  # a main subject here is a person the text states is of the other sex
            moved_on = False  # a main subject here is the pronoun of the other sex
            owned = False  # a main subject here is the pronoun's ("his letters")
            for token in reversed(tokens):
                if self.quoted.inside(token.idx) or interview_label(token):
                    continue  # "Q: ..." / "A: ...": an interview's labels name no one
                # A sentence split inside a name's clause leaves the name as its root:
                # "retiree Sam Doyle, who lost 16 lbs."
                owner = self.owners.get(token.i)
                fragment = token.dep_ == "ROOT" and owner is not None and owner.kind == PERSON
                # "According to Haley, the threats ...": Haley is the one who speaks.
                according = token.dep_ == "pobj" and token.head.head.lower_ == "according"
                leads = (
                    token.pos_ in ("PROPN", "NOUN") and self._leads_paragraph(token)
                ) or inverted_subject(token, self.owners)  # "Among them is Jo Ames, who"
                if self.unnamed_object(token, word):
                    return None, passed  # "I stop a man to ask whether he ... '...,' he says"
                if crossed and self.unnamed_of_sex(token, word):
                    return None, passed  # "Tom met a woman. He left. She said": maybe her
                if token.dep_ not in SUBJECT_DEPS and not (fragment or according or leads):
                    continue
                if "\n\n" in self.text[token.idx : token.head.idx]:
                    continue  # a caption the parse ran on into the next paragraph's verb
                if self.says(token.head):
                    token = run_in_name(token, token.head) or token  # "Varga, Reddan wrote"
                if token.lower_ == word:
                    fronted = self.fronted_subject(token, word)
                    if fronted is not None and fronted is not skip:
                        self._chain_fronted = fronted
                        return fronted, False  # "When Tom Vell won, he wept. '...,' he said"
                    budget = CHAIN_SENTENCES + 1
                    chained = True
                    # "Lee ... he asked. The audit found ... he said": the same pronoun
                    # before what was passed carries the person across it.
                    passed = False
                    continue
                # "Quinn explained that Acme looked ...": not the topic; but "Ann Lee said
                # she thought '...,' she said" is often parsed with Lee's verb embedded.
                reports = index == own and token.head.dep_ == "ccomp" and self.says(token.head)
                embedded = clause_dep(token.head, self.text) in EMBEDDED_DEPS
                if embedded and not reports and not leads:
                    if self.reported_unnamed(token, word):
                        return None, passed  # "Witnesses say a man hit them. He said": him
                    if self._office_holder(token, word):
                        office = True
                        holder = holder or self.office_named(token, word)
                    continue
                if owned_by(token, word) and not people_noun(token, self.lex):
                    # "His letters to Ann Lee show ... '...,' he wrote": his, not Ann Lee's
                    budget, chained, owned, passed = CHAIN_SENTENCES + 1, True, True, False
                    continue
                role = is_role_noun(token, self.lex)
                body = self.owners.get(token.i)
                parsed_in = spokes_after_body(token, body) if body is not None else None
                if (
                    not role
                    and parsed_in is not None
                    and self._body_reports(token)
                    and self.says(token.head)
                ):
                    # "A Board of Trade spokeswoman said ... she said": the parser made
                    # the body the subject; the body speaks on, as "a spokeswoman for
                    # the Board" below, if her sex is the pronoun's.
                    sex = SPOKES_SEXES.get(parsed_in.lower_)
                    fits = sex is None or sex == ("m" if word == "he" else "f")
                    return (body if fits else None), passed
                if not role and self._body_reports(token) and self.says(token.head):
                    # "The Ferry Trust said ... he said": someone speaking for it, or a
                    # person the model took for a body; past it, as past "the audit found".
                    passed = True
                    continue
                if (
                    token.pos_ == "PROPN"
                    and not role
                    and any(c.dep_ == "det" for c in token.children)
                ):
                    # "the Comet worked ...": a thing's name, not a person; "the
                    # Cardinal said" is a role, whatever its capital.
                    continue
                if (
                    token.pos_ == "PROPN"
                    and token.i not in self.owners
                    and not role
                    and not self._person_titled(token)
                    and not person_owns(token, self.owners)
                ):
                    if named_no_person(token):
                        continue  # "Tilly arrived ... he says" of a sheepdog: no "he"
                    # A name nobody resolved ("Chief Ahanu said"): the likely referent.
                    found = self.missed_person(token)
                    if self._other_sex(found, word):
                        continue  # a name the entities missed, of the other sex
                    if found is None and self._source_of(tokens, word):
                        continue  # "According to Jo Ames, Save Our Fields is ...": her topic
                    return self._fitting(found, word), passed
                entity = self.entity_in(noun_phrase(token))
                # "The former Elm Row star shared ...": the stated role of one person (a
                # body's name in it, "Elm Row", is not who the description is)
                mine = entity is None or entity.kind != PERSON
                held = epithet_holder(token, self.known_people()) if mine else None
                if held is not None and self.compatible(held, word):
                    return held, passed
                if role and token.i not in self.owners and entity and entity.kind == ORG:
                    # "The Green leader was asked": the person who holds the role, if stated
                    entity = self.by_role(token) or entity
                spokes = role and token.lower_ in SPOKES_PEOPLE
                if spokes and (entity is None or entity.kind == ORG) and not definite(token):
                    # "A spokeswoman for Acme said ... She added": Acme goes on speaking,
                    # as "a spokeswoman for Acme said" gives Acme; for Ms Lee, nobody. "The
                    # Tory spokesman" may be someone named before in that role.
                    return self._spokes_body(token, word), passed
                if entity is None and role:
                    # "Director of research at Acme, Jo Ames, agreed": the parser may hang
                    # the appositive name anywhere, but it stands before the verb; one
                    # after it ("the minister met Jo Ames") is someone else.
                    between = [t for t in tokens if token.i < t.i < token.head.i]
                    entity = (
                        self.person_in_subject(token)
                        or self._only_person(between, word)
                        or self.apposed_name(token)
                    )
                if entity is None and not role and token.pos_ == "NOUN" and self.says(token.head):
                    entity = self.person_in_subject(token)  # "says farmer and trader Tom Ames"
                pair = self.coordinated(token)
                if entity is not None and len(pair) > 1:
                    # "Jo Ames and Ann Lee were tipped ...": a subject of two people is
                    # "she" only as the one of them she can be, and then clearly.
                    fitting = [p for p in pair if self.compatible(p, word)]
                    clear = len(fitting) == 1 and self.known_sex(fitting[0])
                    return (fitting[0] if clear else None), passed
                if entity is not None:
                    if entity.kind == PERSON and self.compatible(entity, word):
                        if self.fronted_rival(token, entity, word):
                            return None, passed  # "As Ann Vell wept, Tom Ames ...": either
                        if self._joined_rival(token, entity, word):
                            return None, passed  # "Ann Vell ran it, and Jo Ames ...": either
                        return entity, passed
                    namesake = self._namesake(token, word) if entity.kind == PERSON else None
                    if namesake is not None:
                        return namesake, passed
                    if entity.kind == PERSON and two_sexes(entity):
                        return None, passed  # "Mr Lee" of a Lee family merged in one
                    other = other or self._other_sex(entity, word)
                    continue  # another person, or an organization: not "he"
                if role:
                    found = self.by_role(token)
                    if found is None and kin_of_pronoun(token):
                        continue  # "His doctor gave him ...": someone the pronoun's person has
                    if found is None and not self.of_organization(token):
                        found = self.described(token)  # "the chancellor said", as a subject
                    if self._other_sex(found, word):
                        continue  # "the minister" named a man before: "she" is someone else
                    if found is None and self._passable_office(token):
                        passed = True
                        continue
                    return self._fitting(found, word), passed
                if token.lower_ in PRONOUNS:
                    # The chain of the other sex moved on here. Before it, as past "the
                    # audit found", only a person known to be of the pronoun's sex may be
                    # the one: "Ann Vell said ... He could not ... She said".
                    moved_on = passed = crossed = True
                    break
                if token.pos_ == "NOUN" and self.says(token.head):
                    agent = self._agent(token.head)
                    if agent is not None:
                        # "The view was echoed by Jo Ames": who said it is the agent.
                        return self._fitting(agent, word), passed
                    example = self.example_person(token, word)
                    if example is not None:
                        return example, passed  # "parents such as Jo Ames wrote": Ames
                    if not one_person(token, self.lex) and token.lower_ not in unnamed:
                        # "the audit found", "villagers say": no one "he" could be, but
                        # past them only a person known to be of the pronoun's sex.
                        passed = True
                        continue
                    # "the 26-year-old winger said": the person just before, or nobody.
                    found = self.described(token)
                    if self._other_sex(found, word):
                        continue  # "the winger" of the other sex: someone else
                    return self._fitting(found, word), passed
                if own_kin(token, word) and acts(token):
                    # "His father led the tributes. '...,' he said": the father, whom no
                    # name gives, or the son; never the son as the one left over. "His
                    # father was a fisherman" only describes someone the son has.
                    return None, passed
                if self.unnamed_subject(token, word):
                    # "The woman walked off. 'Quote,' she said": "she" is that woman, whom
                    # no name gives unless the description refers back to one.
                    found = self.described(token) if definite(token) else None
                    if self._other_sex(found, word):
                        continue  # as a role noun of the other sex
                    return self._fitting(found, word), passed
            heading = heading_person(tokens, self.owners, self.quoted.inside)
            if heading is not None and heading is not skip and not moved_on:
                # "Ann Vell, 27 / A former nurse, she ...": a profile's heading names the
                # person its paragraphs are about, whom the parse gave no subject's place.
                return self._fitting(heading, word), passed
            teller = self.quoted_teller(spans[index], word) if index < own else None
            if teller is not None and not moved_on:
                return teller, passed  # "MP Jo Ames said: '...'", the parse giving no subject
            # In the pronoun's own sentence a person in an adverbial clause is what
            # was asked about, not who answers ("Asked if Mr Lee could return, he replied").
            main = index < own or adverbial(pronoun)  # "While Jo Ames read what he called ..."
            candidates = tokens if main else [t for t in tokens if not adverbial(t)]
            named = self._only_person(candidates, word)
            if (
                named is not None
                and named is not skip
                and not chained
                and self._pronoun_first(tokens, word, named)
            ):
                # "After her talk with the board, staff thanked Tom Ames": "her" is someone
                # before, whom this sentence does not name, unless the sentences just before
                # have Ames as their subject; else the reading goes on past this sentence to
                # that someone ("The row saw him dropped and drew in Jo Ames").
                if self._subject_just_before(index, named, word):
                    return named, passed
                budget, index = CHAIN_SENTENCES + 1, index - 1
                continue
            if (
                (not chained or self._named_before_chain(tokens, word, named))
                and not moved_on
                and not owned
                and named is not None
                and named is not skip
                and not self._named_subject(tokens, named)
                # "Tom Vell replaced Kit Penn. '...,' she said": whom the man acted on is
                # "she" only when the text states that sex, not as the one left over.
                and (not other or self.known_sex(named))
            ):
                # No subject settled it: the one person the sentence names ("...
                # produced results for accountant Ann Lee, 50."), unless a main subject
                # names someone the entities missed ("Owen Prade accused Mr Lee of ...").
                if index < own and self._owner_only(tokens, named):
                    self._weak = named
                return named, passed
            if moved_on and index < own and named is not None and self.known_sex(named):
                # "He met Mrs Ann Vell, the manager. '...,' she said": the chain of the other
                # sex moved on there, but the one woman its sentence names is "she".
                return named, passed
            if office and not chained:
                # Reading past "the mayor" to a Governor before guesses; the mayor the text
                # named before ("..., though the mayor never forgot it. '...,' she said") is her.
                return holder, passed
            if self.about_the_pronoun(tokens, word):
                pass  # it goes on about the pronoun's person
            elif (
                things < IMPERSONAL_SENTENCES
                and not named_here
                and impersonal(tokens, self.owners, self.quoted.inside, self.lex)
            ):
                things += 1  # "The spring was dry.": about no one "he" could be
            elif any(
                not (t.is_punct or t.is_space) and not self.quoted.inside(t.idx) for t in tokens
            ):
                budget -= 1  # sentences of the quoted words are not narrative
            index -= 1
        if (
            previous is not None
            and quote is not None
            and previous.speaker is not None
            and previous.speaker.kind == PERSON
            and (
                quote.parts[0][0] - previous.parts[-1][1] < CONTINUATION_CHARS
                or self._adds_on(pronoun, previous, quote)
            )
            and self.compatible(previous.speaker, word)
            and seen <= {id(previous.speaker)}
        ):
            return previous.speaker, passed  # "..., he added": the last speaker goes on
        return self.protagonist(word), passed
