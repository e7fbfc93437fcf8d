"""Who said each quotation: the subject of the nearest reporting verb outside it.

The speaker is read from the parse of the sentences around the quote:
"..., Bush said", "said Bush", "Shaibani said: ...", "according to X". Its
subject then names the speaker:

* a named person or organization ("a spokesman for X" and "X's spokesman"
  give the organization X; a person's spokesman or critics are not that person);
* a pronoun, a role noun, "the company", a description or a name the NER
  missed: whom it refers back to (`antecedents.Context`);
* any other noun ("one resident", "officials"): nobody.

A quote with no reporting verb around it continues the speaker of the
sentence before it in the same paragraph, or, when the quote is a paragraph of
its own, the speaker of the paragraph before (`quotes`). A wrong name is worse
than none, so every unclear case gives None.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.quote_issuers import issued_after, issued_before, issuing_subject
from generator.extract.quote_marks import Quote
from generator.extract.speaker_bindings import named_after_verb, object_pronoun
from generator.extract.speaker_bodies import body_named_before, body_phrase
from generator.extract.speaker_cut_bodies import whole_body
from generator.extract.speaker_defendants import against_its_writer
from generator.extract.speaker_described_names import apposed_name
from generator.extract.speaker_document_parts import writing_of
from generator.extract.speaker_forward import introduced_later
from generator.extract.speaker_fronted_verbs import fronted_verb_subject
from generator.extract.speaker_given_names import given_name, given_person, named_as
from generator.extract.speaker_lede_pronouns import lede_description
from generator.extract.speaker_mentions import organization_noun
from generator.extract.speaker_misspelt_names import misspelt_bearer
from generator.extract.speaker_owned_writings import owning_pronoun
from generator.extract.speaker_possessives import unmarked_possessive
from generator.extract.speaker_quoted_predicates import predicate_speaker, predicate_subject
from generator.extract.speaker_run_in_names import run_in_name
from generator.extract.speaker_set_off_names import name_before_description
from generator.extract.speaker_small_clauses import small_clause_pronoun
from generator.extract.speaker_subject_words import its_owner, owning_body_noun, written_as_name
from generator.extract.speaker_subjects import across_paragraphs, outside_relative, subject_of
from generator.extract.speaker_surnames import surname_bearer
from generator.extract.speaker_things import reported_thing
from generator.extract.speaker_titled import titled_inside
from generator.extract.speaker_verb_subjects import VerbSubjects
from generator.extract.speaker_with_absolutes import with_subject
from generator.extract.speech import (
    PRONOUNS,
    definite,
    gender_of,
    is_role_noun,
    noun_phrase,
    words,
)
from generator.extract.writing_phrases import sender_named

__all__ = ["Attribution", "gender_of"]


class Attribution(VerbSubjects):
    """Speaker search in one document: reporting verbs, their subjects, and who they name."""

    # --- subjects ---------------------------------------------------------------------

    def speaker_of_verbs(
        self, verbs: list[Token], quote: Quote, previous: Quote | None
    ) -> tuple[Entity | None, bool]:
        """(speaker, whether a subject settled it) from the reporting verbs, nearest first."""
        for verb in verbs:
            predicate = predicate_subject(verb, quote, self.sentences)  # "She ‘still ...’"
            if predicate is not None:
                return predicate_speaker(self, predicate, quote, previous), True
            subject = (
                self._participle_subject(verb, quote)
                or self._person_subject(verb, quote)
                or with_subject(verb, quote)  # "with one user, Ann Vell, commenting:"
                or subject_of(verb, quote, self.quoted)
                or self._named_before(verb, quote)
                or self._elided_subject(verb)
                or fronted_verb_subject(verb, quote)  # "Said the mayor, Ann Lee: '...'"
            )
            if subject is None or across_paragraphs(subject, verb):
                continue
            subject = run_in_name(subject, verb) or subject  # "Varga, Reddan wrote, ..."
            found = self.speaker_of_subject(subject, quote, previous)
            if found is None:  # "A senior surgeon warned ...": named a paragraph or two on
                lede = lede_description(subject)  # "A nurse ... as she said"
                found = introduced_later(
                    lede or subject, quote.parts[-1][1], self.text, self.entities
                )
                if found is not None and lede is not None:
                    found = found if self.compatible(found, subject.lower_) else None
            if found is None and reported_thing(subject, verb, verbs):
                continue  # "Lee said the findings describe it as '...'": Lee's report
            if found is None and subject.lower_ in PRONOUNS and subject.idx > quote.parts[-1][1]:
                found = self.sayer_before(verbs, subject, quote)
            if found is not None and self._bound_apart(verb, subject, found, quote):
                return None, True  # "the woman said Ann Vell was '...'": not Ann Vell
            if found is not None and titled_inside(found, quote, subject.lower_):
                return None, True  # "'... Dr Vell ...,' he wrote": not Dr Vell
            return found, True
        return None, False

    def _bound_apart(self, verb: Token, subject: Token, found: Entity, quote: Quote) -> bool:
        """Whether the verb's own clause, or the clause whose subject a participle of saying
        shares, names `found` after it (`named_after_verb`), in its own paragraph: a parse
        that ran on past "N.B." into the next one says nothing; or takes as its object a
        "him" or "her" that can be `found` ("The dispatcher tells her": `object_pronoun`)."""
        told = object_pronoun(verb, subject, found, self.owners, quote)
        if told is not None and self.compatible(found, told):
            return True
        start = quote.parts[0][0]
        sent = self.sentences.spans[self.sentences.index_at(verb.idx)]
        limit = start if verb.idx < start else sent.end_char
        paragraph_end = self.text.find("\n\n", verb.idx)
        if paragraph_end != -1:
            limit = min(limit, paragraph_end)
        # "The former boss backed Lee, saying: '...'": the participle's subject is its
        # clause's, which is not the one that clause's own verb names after it.
        clause = subject.head
        shared = clause is not verb and clause in verb.ancestors
        if shared and named_after_verb(clause, subject, found, self.owners, quote, limit):
            return True
        return named_after_verb(verb, subject, found, self.owners, quote, limit)

    def speaker_of_subject(
        self, subject: Token, quote: Quote, previous: Quote | None
    ) -> Entity | None:
        """Who a reporting verb's subject names, or None."""
        if unmarked_possessive(subject):
            # "Senator Ames’ Press Secretary told": the parser took the bare
            # possessive mark for punctuation; the secretary speaks, unnamed, not Ames.
            return None
        aside = (
            name_before_description(subject, self.quoted.inside)
            if subject.i not in self.owners
            else None
        )
        if aside is not None:
            # "'...,' Ann Vell, Kit's mother told the paper": the name speaks.
            found = self.owners.get(aside.i) or self.missed_person(aside)
            if found is not None and found.kind == PERSON:
                return found
        given = None if subject.i in self.owners else given_name(subject) or named_as(subject)
        if given is not None:
            # "One woman, who gave only her first name, Rosa, said": that name speaks
            found = self.owners.get(given.i) or self.missed_person(given)
            if found is None:
                found = given_person(given, self.lex)
                self.added.append(found)
                self.owners[given.i] = found
            if found.kind == PERSON:
                return found
        unowned = subject.i not in self.owners
        # "the Dutchman said": the one person named before as Dutch, else a title's holder
        titled = self.national(subject) or (self.titled_holder(subject) if unowned else None)
        if titled is not None:
            return titled
        holder = self.holder_named(subject) if subject.i not in self.owners else None
        if holder is not None:
            return holder
        if subject.i not in self.owners and not written_as_name(subject):
            bearer = surname_bearer(subject, self.known_people())  # "Sly demanded"
            if bearer is not None:
                return bearer
        if subject.i not in self.owners and written_as_name(subject):
            # "Brisk, a senior party adviser, said": the name is the speaker, or nobody;
            # "the First Minister said" is whoever holds that office.
            found = (
                self.missed_person(subject)
                or self.named_aside(subject)
                or misspelt_bearer(subject, self.known_people())  # "said Ferrowman"
            )
            if found is not None or not is_role_noun(subject, self.lex):
                return found
        state = self.state_spoken_for(subject)
        if state is not None:
            # "the Dutch embassy said", "a Scottish government spokesman said": no entity
            # owns the phrase, which names the body that speaks
            return state
        named = whole_body(subject, self.entity_in(noun_phrase(subject)), self.entities)
        if named is None or named.kind == ORG:
            # "Acme International, a rental company, company spokesman Jo Ames told ...":
            # the one person of the phrase speaks, wherever the parser hung the name.
            named = self.person_in_subject(subject) or named
        if named is not None and (
            self.member_of(subject, named) or self.apart_from(subject, named)
        ):
            # "an Acme staffer said", "the Lee-supporting teen said": someone of Acme's or
            # of Lee's, not Acme or Lee speaking.
            named = None
        if named is not None:
            return named
        apposed = apposed_name(subject) if subject.i not in self.owners else None
        if apposed is not None and apposed.i not in self.owners:
            # "Her aunt Tove, 64 said": the name the NER missed speaks, not "her"'s
            # person nor one described before.
            found = self.missed_person(apposed)
            if found is not None and found.kind == PERSON:
                return found
        if subject.lower_ in PRONOUNS or small_clause_pronoun(subject):
            return self.antecedent(subject, quote, previous)
        if subject.lower_ == "it":
            return self.it_antecedent(subject)
        if subject.lower_ == "they":
            return self.they_antecedent(subject)
        for_org = self.speaks_for(subject) or self.spoken_for(subject)
        if for_org is not None:
            return for_org
        speaks_or_writes = subject.lower_ in words().spokes_nouns | words().document_nouns
        body = owning_body_noun(subject) if speaks_or_writes else None
        if body is not None and body.i not in self.owners:
            # "the union's spokesman said", "according to the firm's website": the body
            # "the union" refers back to, which owns the writing or the one who speaks.
            return self.org_antecedent(body)
        its = its_owner(subject)
        if its is not None:
            return self.it_antecedent(its)  # "its spokesman said": whom "it" refers to
        owner = owning_pronoun(subject)
        if owner is not None:
            # "her statement read", "his latest note reads": whom the owner refers to.
            return self.antecedent(owner, quote, previous)
        writing = writing_of(subject)  # "the report said", "a passage of the report said"
        if writing is not None:
            return self._writer(writing, quote, previous)
        group = self.group_body(subject)  # "the Dornwick Search and Rescue team wrote"
        if group is not None:
            return group
        if organization_noun(subject) and definite(subject):
            found = outside_relative(subject, self._body_referent(subject))
            return found or self._relative_owner(subject)
        if is_role_noun(subject, self.lex):
            # "the lanky professor said", no professor's role stated: the person just before;
            # "the Acme chief executive said" is Acme's, whoever was named before; "one
            # officer said" is someone the story does not name.
            if any(c.lower_ in ("a", "an", "one", "another") for c in subject.children):
                return None
            found = self.by_role(subject)
            if found is None and not self.of_organization(subject):
                found = self.described(subject)
            return found
        if subject.pos_ == "PROPN":
            return self.site_body(subject) or self.missed_person(subject)
        return self.described(subject)

    def _writer(self, writing: Token, quote: Quote, previous: Quote | None) -> Entity | None:
        """Who speaks in a writing ("the report said"): the writer its phrase names
        (`author`), else who issued it (`quote_issuers`), else the body it refers back to
        (`_writing_body`). A sender or issuer the text gives but this search cannot
        resolve ("the letter from a group of fishermen said", "In a post, it said ... the
        post read") leaves the writing unattributed: the body last named nearby would be
        a guess."""
        author = self.author(writing)
        if author is not None:
            return author
        issuer = issuing_subject(writing, self.is_reporting) or issued_before(
            writing, self.text, self.quoted.inside, self.is_reporting
        )
        if issuer is not None:
            if issuer.lower_ in words().document_nouns:
                return None
            return self.speaker_of_subject(issuer, quote, previous)
        if sender_named(writing):
            return None
        later = issued_after(writing, self.text, self.quoted.inside)
        found = self._writing_body(writing)  # else the issuer named just after (`issued_after`)
        return found or (None if later is None else self.speaker_of_subject(later, quote, previous))

    def _writing_body(self, writing: Token) -> Entity | None:
        """The organization a definite writing that names no author refers back to: "The
        Pellham Roads Trust counted ... The survey said" is the trust's, the body that was
        last a subject nearby (`org_antecedent`); a person there first leaves it unknown,
        and so does a body the writing accuses ("X is being sued. The lawsuit alleges")."""
        if not definite(writing) or any(c.dep_ == "poss" for c in writing.children):
            return None
        found = outside_relative(writing, self.org_antecedent(writing))
        return None if found is None or against_its_writer(writing, found, self.owners) else found

    def _relative_owner(self, noun: Token) -> Entity | None:
        """The organization owning the thing a relative clause describes, when the body noun
        speaks in that clause ("the council ordered forty of Vellcorp's pumps, which the
        company claimed would '...'": Vellcorp), or None."""
        if noun.head.dep_ != "relcl":
            return None
        described = [noun.head.head]
        # "forty of Vellcorp's pumps, which ...": the parser may hang the clause on the
        # amount; the thing is what it is an amount "of".
        described += [
            o
            for p in described[0].children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for thing in described:
            for child in thing.children:
                owner = self.owners.get(child.i) if child.dep_ == "poss" else None
                if owner is not None and owner.kind == ORG:
                    return owner
        return None

    def _body_referent(self, noun: Token) -> Entity | None:
        """The organization a definite body noun names or refers back to (`org_antecedent`),
        unless the noun's own lower-case phrase names another ("the Tarn select committee
        said" after the Kelby council): that phrase is the body then. With none found, the
        lower-case phrase a bare "the committee" refers back to (`speaker_bodies`). Such
        a phrase is kept as a new organization."""
        found = self.org_antecedent(noun)
        own = body_phrase(noun)
        if own is not None:
            names = {w.lower() for w in found.name.split()} if found is not None else set()
            if not {t.lower_ for t in own if t.pos_ == "PROPN"} <= names:
                return self.new_organization(own)
        if found is not None:
            return found
        phrase = body_named_before(noun, self.text, self.quoted.inside)
        return None if phrase is None else self.new_organization(phrase)
