"""Direct quotations and who said them.

`quote_marks` finds the quotes from their marks (every convention of English
news); `speakers` reads each speaker from the parse around it. This module
puts the two together and adds what has no reporting verb: a clause that
introduces the quote with a colon or a dash, and the rule that spans quotes:
a quote with no reporting verb around it continues the speaker of the
sentence before it in the same paragraph ("Mr X said the talks failed. 'It
was a disaster.'"), or of the paragraph before when it opens its own, unless
someone else was reported speaking since; failing that, it is in the words of
the person the sentence before is about ("Lee did not need coaxing. 'I am
thankful.'"). A quote alone in its paragraph that nothing else attributes is the
words of whoever the next paragraph says went on ("Lee added: '...'", `quote_onward`);
a speech left unclosed goes on past one paragraph of the writer's (`quote_left_open`);
a quote "he said" that no one before fits is the next paragraph's named speaker's
(`quote_named_after`).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.lexicon import Lexicon, lexicon
from generator.extract.nlp import text_of
from generator.extract.paragraphs import paragraph_start
from generator.extract.pronoun_forms import BY_SUBJECT
from generator.extract.quote_between import across_narrative, answered, thing_between
from generator.extract.quote_caption_gaps import past_captions
from generator.extract.quote_echoes import echo_speakers, echoed_fragments, settle_repeats
from generator.extract.quote_frames import (
    colon_subject,
    dash_subject,
    self_styled,
    speech_owner,
    verbless_source,
)
from generator.extract.quote_held_fragments import held_fragments
from generator.extract.quote_leads import led_in
from generator.extract.quote_left_open import left_open
from generator.extract.quote_marks import (
    ALL_MARKS,
    MIN_FRAGMENT_WORDS,
    MIN_QUOTE_WORDS,
    Quote,
    find_quotes,
)
from generator.extract.quote_modifiers import names_the_noun_after
from generator.extract.quote_named_after import named_after
from generator.extract.quote_names import quoted_name
from generator.extract.quote_nicknames import quoted_nickname
from generator.extract.quote_onward import going_on
from generator.extract.quote_respectively import share_out
from generator.extract.quote_run_ons import run_on
from generator.extract.quote_sentences import whole_sentence
from generator.extract.quote_sources import quotation_source
from generator.extract.quote_verbless_labels import label_owner
from generator.extract.quote_words_of import judgement_owner, words_owner
from generator.extract.speaker_full_bodies import full_body
from generator.extract.speaker_verbs import added_to_something
from generator.extract.speakers import Attribution, gender_of
from generator.extract.speech import (
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    SUBJECT_DEPS,
    Sentences,
    according_to,
    in_any,
)

#: Most words of a speaker's label before a colon ("Sir Ivo Quist: '...'").
MAX_LABEL_WORDS = 4
#: Third-person pronouns and the subject form whose sex they share.
THIRD_PERSON = {form: forms.subject for forms in BY_SUBJECT.values() for form in forms.all}
#: Words by which speakers speak of themselves.
FIRST_PERSON = frozenset(["i", "me", "my", "myself", "we", "us", "our"])

__all__ = ["MIN_QUOTE_WORDS", "Quote", "attribute", "extract_quotes", "find_quotes", "gender_of"]


def attribute(
    doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon | None = None
) -> list[Entity]:
    """Set each quote's speaker (in place), or leave it None when unclear.

    Returns the people the NER missed who were found speaking ("Owen Marsh
    said"), as new entities.
    """
    search = Attribution(doc, quotes, entities, lex or lexicon())
    _attribute_all(search, quotes)
    return search.added


def _attribute_all(search: Attribution, quotes: list[Quote]) -> None:
    """Set the speaker of each quote, in text order (a quote may continue the one before)."""
    previous: Quote | None = None
    for quote in quotes:
        quote.speaker = (
            _speaker(search, quote, previous)
            or going_on(search, quote, previous)
            or left_open(search, quote, previous)
            or past_captions(search, quote, previous)
            or named_after(search, quote)
        )
        previous = quote


def _speaker(search: Attribution, quote: Quote, previous: Quote | None) -> Entity | None:
    owned = _owner_speaker(search, quote, previous)
    if owned is not None:
        return owned
    verbs = search.reporting_verbs(quote)
    if verbs:
        speaker, decided = search.speaker_of_verbs(verbs, quote, previous)
        if decided:
            return speaker
    label = labelled(search.sentences, quote)
    if label is not None:
        # "Susan Lake: '...'": a transcript's or a list's speaker label.
        return search.speaker_of_subject(label, quote, previous)
    introducer = (
        colon_subject(search.sentences, quote)
        or dash_subject(search.sentences, quote)
        or verbless_source(search.sentences, quote)
    )
    if introducer is not None:
        # "Okafor, the addictions doctor, is more blunt: '...'"; "Her reply was warm: '...'"
        owner = _owned_by(search, judgement_owner(introducer), quote, previous)
        return owner or search.speaker_of_subject(introducer, quote, previous)
    owned = _owned_by(search, words_owner(search.sentences.doc, quote), quote, previous)
    if owned is not None:
        return owned  # "The plan was, in his words, '...'"
    if not search.sentences.starts_sentence(quote):
        return None  # a fragment in a sentence that says nothing of its speaker
    # No reporting verb around the quote: news style continues the speaker of
    # the sentence just before ("Mr Ames said talking was the answer. "You've
    # got to sit down together."), or of the paragraph before when the quote opens
    # its own paragraph.
    first = quote.parts[0][0]
    before = search.sentences.sentence_before(first)
    own_paragraph = before is None
    if before is not None:
        start = before.start_char
    else:
        start, before = search.sentences.paragraph_before(quote)
        if before is None:
            return None
    answer = answered(search, quote, previous, start) if own_paragraph else None
    if answer is not None:
        return answer  # "What should parents do? / '...'": the one interviewed answers
    # "..., according to Lee. '...'": the source of the sentence before goes on, as a
    # speaker does.
    earlier = [
        t
        for t in before
        if (search.is_reporting(t) or according_to(t)) and not search.quoted.inside(t.idx)
    ]
    continued = previous is not None and previous.speaker is not None
    if (
        continued
        and previous is not None
        and previous.parts[-1][1] >= start
        and not search.reported_since(previous, quote)
    ):
        return previous.speaker
    if earlier:
        # A verb of the main clause reports, the nearest first ("The Greens posted
        # losses and Mr X predicted ..."); one in a clause it governs does not
        # ("Lee said Ann asked her why ...").
        earlier.sort(key=lambda verb: (not main_clause(verb), -verb.i))
        found, decided = search.speaker_of_verbs(earlier, quote, previous)
        if decided:
            return found
    if continued and previous is not None and search.nobody_between(previous, quote):
        # '"...," Ms Lee said in Leeds, Yorks. "..."': the abbreviation split the
        # sentence, but no one else has come up since her last words.
        return previous.speaker
    if continued and previous is not None and thing_between(search, previous, quote):
        return previous.speaker
    # "Lee did not need much persuading. 'We were glad ...'": a quote right after a
    # sentence about a person, with no reporting verb, is in that person's words.
    subject = narrative_subject(before, search.owners)
    if subject is not None and not search.quoted.inside(subject.idx):
        found = _owned_by(search, subject, quote, previous)
        if found is not None and found.kind == PERSON and not speaks_of(search, quote, found):
            return found
    led = None if own_paragraph else led_in(search, previous, quote)
    if led is not None and not speaks_of(search, quote, led):
        # "'...,' says Lee. / The move changed her sons' lives. '...'": a lead-in about
        # the speaker alone goes on with the speaker of the paragraph before.
        return led
    if own_paragraph and previous is not None and across_narrative(search, previous, start):
        # "'...,' Lee said. / In 2018 he won a prize. / '...'": a paragraph about the
        # speaker alone between two of the speaker's quotes does not change who speaks.
        return previous.speaker
    return None


def _owner_speaker(search: Attribution, quote: Quote, previous: Quote | None) -> Entity | None:
    """The person or body whose claim, promise or call holds the quote ("X responded to
    Lee's claim that ‘...’" is Lee's words, not X's), who gave itself the quoted name
    ("Lee, a self-styled ‘...’"), whose reply a verbless label before it names ("Her
    reply: ‘...’") or whose quotation the phrase before it says it is ("a line by the poet
    Lee: ‘...’"), or None (`speech_owner`, `self_styled`, `label_owner`,
    `quotation_source`)."""
    doc = search.sentences.doc
    owner = (
        speech_owner(quote, doc, search.is_reporting)
        or self_styled(doc, quote)
        or label_owner(search.sentences, quote)
        or quotation_source(doc, quote)  # "a quote from the poet Lee: '...'"
    )
    return _owned_by(search, owner, quote, previous)


def _owned_by(
    search: Attribution, owner: Token | None, quote: Quote, previous: Quote | None
) -> Entity | None:
    """The person or body an owner word names ("Lee's", "his", "the council"), or None."""
    if owner is None:
        return None
    pronoun = owner.lower_ in POSSESSIVE_PRONOUNS  # "his" is read back, a noun as a subject
    found = (search.antecedent if pronoun else search.speaker_of_subject)(owner, quote, previous)
    return found if found is not None and found.kind in (PERSON, ORG) else None


def speaks_of(search: Attribution, quote: Quote, person: Entity) -> bool:
    """Whether the quote's first sentence names the person or calls them "he" or "she"
    before it says "I": words about someone ("Lee was a fine sailor. 'He never missed a
    tide.'"), not theirs."""
    first, end = quote.parts[0]
    sent = search.sentences.spans[search.sentences.index_at(first)]
    words = search.sentences.doc.char_span(
        first, min(end, max(first + 1, sent.end_char)), alignment_mode="expand"
    )
    if words is None:
        return False
    for token in words:
        if token.lower_ in FIRST_PERSON:
            return False  # "I dreaded the look on his face": the speaker's own words
        if search.owners.get(token.i) is person:
            return True
        pronoun = THIRD_PERSON.get(token.lower_)
        if pronoun is not None and search.compatible(person, pronoun):
            return True
    return False


def narrative_subject(sent: Span, owners: Mapping[int, Entity]) -> Token | None:
    """The subject of a sentence's main verb when it is a name (one of ``owners``, though
    the tagger call it a common noun: "Greaves struck a calmer tone."), "he"/"she" or a
    noun a name stands in apposition to ("Ray Gill was ill.", "His friend, Ray Gill, blames
    the council." before a quote of his own), or the owner of a judgement ("His advice is
    blunt."); the caller leaves out a subject in quoted words, which tell of someone, not
    who speaks."""
    for token in sent:
        if token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT" and token.head.i >= sent.start:
            if any(c.dep_ == "conj" for c in token.children):
                return None  # "Ann Lee and her husband decided ...": two people, not one voice
            named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in token.children)
            if token.pos_ == "PROPN" or token.lower_ in PRONOUNS or named or token.i in owners:
                return token
            return judgement_owner(token)
    # "His advice is blunt: sell nothing.": the parser may hang the judgement's clause on
    # the words after the colon; the sentence's first subject is still the judgement.
    first = next((t for t in sent if t.dep_ in SUBJECT_DEPS), None)
    return judgement_owner(first) if first is not None else None


def labelled(sentences: Sentences, quote: Quote) -> Token | None:
    """The last word of a name that alone opens the quote's paragraph, with a colon:
    "Ann Lee: '...'", as transcripts and lists of reactions set speakers out. A round-up
    of reactions may add where the words appeared or who the speaker is after a comma
    ("Ann Lee, Newsline: '...'", "Tom Ames, harbour pilot: '...'"), in a few words and no verb."""
    first = quote.parts[0][0]
    text = sentences.text
    start = paragraph_start(text, first)
    lead = text[start:first].rstrip(" " + ALL_MARKS)
    if not lead.endswith(":"):
        return None
    name, comma, _ = lead[:-1].partition(",")
    words = name.split()
    if not 0 < len(words) <= MAX_LABEL_WORDS or not all(w[:1].isupper() for w in words):
        return None
    span = sentences.doc.char_span(start, start + len(name), alignment_mode="contract")
    if span is None or not all(t.is_alpha or t.text == "." for t in span):
        return None
    if comma and not _label_aside(sentences, start + len(name) + 1, start + len(lead) - 1):
        return None
    return span[-1]


def _label_aside(sentences: Sentences, start: int, end: int) -> bool:
    """Whether the words after a speaker label's comma are a short aside with no verb:
    an outlet or a calling, not a clause that speaks ("Lee, asked why, replied:")."""
    aside = sentences.doc.char_span(start, end, alignment_mode="contract")
    return (
        aside is not None
        and 0 < len([t for t in aside if not t.is_punct]) <= MAX_LABEL_WORDS
        and not any(t.pos_ in ("VERB", "AUX") for t in aside)
    )


def framed_fragments(search: Attribution, fragments: list[Quote]) -> list[Quote]:
    """The quotes too short to stand alone (fewer than MIN_QUOTE_WORDS words) that a verb of
    saying or judging holds in its own clause and whose subject names a speaker ("the
    council called the plan ‘deeply flawed’"), with that speaker. A short quote nothing
    attributes is a scare quote or a name ("the so-called ‘green deal’") and is left out."""
    kept = []
    for fragment in fragments:
        owned = _owner_speaker(search, fragment, None)
        if owned is not None:
            fragment.speaker = owned
            kept.append(fragment)
            continue
        holding = [
            verb
            for verb in search.reporting_verbs(fragment)
            if any(in_any(t, fragment) for t in verb.subtree)
        ]
        speaker, _ = search.speaker_of_verbs(holding[:1], fragment, None)
        if speaker is None and not holding:
            speaker = _owned_by(search, words_owner(search.sentences.doc, fragment), fragment, None)
        if speaker is not None:
            fragment.speaker = speaker
            kept.append(fragment)
    return kept


def main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence, alone or joined to the head by "and"."""
    while verb.dep_ == "conj":
        verb = verb.head
    return verb.dep_ == "ROOT"


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Quotes of a parsed article with their speakers.

    People the NER missed but the text names as speakers are appended to
    ``entities``, so that the record lists everyone it quotes. A quote shorter
    than MIN_QUOTE_WORDS is kept only when it is a sentence of its own
    (`quote_sentences`), when a verb whose clause holds it names
    its speaker (`framed_fragments`), or when a speaker's own quote holds its
    words and its sentence reports them or is about that speaker (`echoed_fragments`),
    or, with no speaker, when a verb of saying proper holds it as what it says and its
    subject is a noun that names nobody in particular (`held_fragments`).
    Words the page prints twice are two quotes, as a reader meets them twice.
    """
    text = text_of(doc)
    found = find_quotes(text, MIN_FRAGMENT_WORDS)
    # A two-word sentence of its own ("‘It’s exhausting.’") is speech too (`quote_sentences`).
    spoken = {
        id(q) for q in found if len(q.text.split()) >= MIN_QUOTE_WORDS or whole_sentence(text, q)
    }
    quotes = [q for q in found if id(q) in spoken]
    search = Attribution(doc, quotes, entities, lexicon())
    _attribute_all(search, quotes)
    fragments = [q for q in found if id(q) not in spoken]
    framed = framed_fragments(search, fragments)
    kept = {id(q) for q in framed}
    echoed = echoed_fragments(search, quotes, [q for q in fragments if id(q) not in kept])
    kept |= {id(q) for q in echoed}
    held = held_fragments(search, [q for q in fragments if id(q) not in kept])
    quotes = sorted(quotes + framed + echoed + held, key=lambda q: q.parts[0][0])
    echo_speakers(search, quotes)  # words quoted twice, once with their speaker
    settle_repeats(search, quotes)  # words printed twice with two speakers
    run_on(search, quotes)  # bare speech between two quotes of one speaker
    share_out(search, quotes)  # "A and B called it 'x' and 'y', respectively"
    entities.extend(search.added)
    for quote in quotes:
        quote.speaker = full_body(quote.speaker, entities)  # "the Society" of a named one
    # A page that prints words twice (a pull quote repeating a paragraph) quotes them
    # twice: each printing is kept.
    return [
        quote
        for quote in quotes
        if not quoted_name(doc, quote)
        and not quoted_nickname(doc, quote)
        and not names_the_noun_after(doc, quote)
        and not (quote.speaker is None and added_to_something(doc, quote))
    ]
