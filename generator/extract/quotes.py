"""Direct quotations and who said them.

Finding quotes works on characters, paragraph by paragraph, because news
copy breaks the pairing of marks on purpose: a quote running over several
paragraphs leaves each paragraph but the last unclosed, and every new
paragraph of it opens again. Straight marks are told apart by their
neighbours (an opening mark follows a space and precedes a word).

The speaker is the subject of the nearest reporting verb outside the quote
in the same sentences ("..., Bush said", "Shaibani said: ..."). A pronoun
subject is carried back to the person who was the subject just before; a
common noun ("the minister") to the one person whose role it names. When
none of that gives a name, the speaker is None: a wrong name is worse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.entities import ORG, PERSON, Entity
from generator.extract.lexicon import Lexicon, lexicon

MIN_QUOTE_WORDS = 4
_OPENERS = "\u201c\u201e"
_CLOSERS = "\u201d"
_PRONOUNS = frozenset({"he", "she"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass
class Quote:
    """A quotation: its text and where its parts are in the document."""

    parts: list[tuple[int, int]]  # character ranges of the quoted words
    text: str
    speaker: Entity | None = None


# --- finding quotes -----------------------------------------------------------------


def _opens(text: str, at: int) -> bool:
    char = text[at]
    if char in _OPENERS:
        return True
    if char != '"':
        return False
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    return (before.isspace() or before in "([-\u2014:") and not after.isspace()


def _closes(text: str, at: int) -> bool:
    char = text[at]
    if char in _CLOSERS:
        return True
    return char == '"' and not _opens(text, at)


def _paragraph_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]+)*", text):
        ranges.append((match.start(), match.end()))
    return ranges


def find_quotes(text: str) -> list[Quote]:
    """Every quotation of at least MIN_QUOTE_WORDS words, in text order."""
    quotes: list[Quote] = []
    current: list[tuple[int, int]] = []
    for para_start, para_end in _paragraph_ranges(text):
        open_at: int | None = None
        if current and not _opens(text, para_start):
            quotes.append(_quote(text, current))  # the previous paragraph's quote ended there
            current = []
        for at in range(para_start, para_end):
            if open_at is None:
                if _opens(text, at):
                    if current and at != para_start:
                        quotes.append(_quote(text, current))
                        current = []
                    open_at = at + 1
            elif _closes(text, at):
                current.append((open_at, at))
                quotes.append(_quote(text, current))
                current, open_at = [], None
            elif _opens(text, at) and text[at] in _OPENERS + '"':
                # A new opening mark inside a quote: the same speaker goes on
                # ("What is it? "That if you ...").
                current.append((open_at, at))
                open_at = at + 1
        if open_at is not None:
            # Unclosed at the paragraph's end: continues if the next one opens.
            current.append((open_at, para_end))
    if current:
        quotes.append(_quote(text, current))
    return [q for q in quotes if len(q.text.split()) >= MIN_QUOTE_WORDS and not _is_title(q.text)]


def _is_title(text: str) -> bool:
    """ "No More Mr Nasty": a name of a work, not words someone said."""
    words = text.split()
    return len(words) <= 8 and text[-1:].isalnum() and all(w[:1].isupper() for w in words)


def _quote(text: str, parts: list[tuple[int, int]]) -> Quote:
    words = " ".join(" ".join(text[a:b].split()) for a, b in parts)
    words = words.strip(" ,\u2018\u2019'" + _OPENERS + _CLOSERS + '"')
    return Quote(parts=list(parts), text=words)


# --- speakers ------------------------------------------------------------------------


def _sentences(doc: Doc) -> list[Span]:
    """The document's sentences, computed once per document (spaCy rebuilds them)."""
    cached = doc.user_data.get("briefings.sentences")
    if cached is None:
        cached = doc.user_data["briefings.sentences"] = list(doc.sents)
    return cached


def _sentence_of(doc: Doc, token: Token) -> Span:
    """The sentence holding a token, from the cached list."""
    for sent in _sentences(doc):
        if sent.start <= token.i < sent.end:
            return sent
    return token.sent


def _inside(token: Token, quote: Quote) -> bool:
    return any(a <= token.idx < b for a, b in quote.parts)


def _frame_sentences(doc: Doc, quote: Quote) -> list[Span]:
    """Sentences holding the start or the end of the quote."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    out = []
    for sent in _sentences(doc):
        # A sentence holding only the closing mark is not the quote's frame.
        overlaps = sent.end_char > first and sent.start_char < last
        if overlaps and (sent.start_char <= first + 1 or sent.end_char >= last - 1):
            out.append(sent)
    return out


def _reporting_verbs(doc: Doc, quote: Quote, quotes: list[Quote], lex: Lexicon) -> list[Token]:
    """Reporting verbs in the quote's sentences, nearest to the quote first."""
    first, last = quote.parts[0][0], quote.parts[-1][1]
    candidates: list[tuple[int, int, int, Token]] = []
    for sent in _frame_sentences(doc, quote):
        for token in sent:
            if any(_inside(token, q) for q in quotes):
                continue
            is_verb = token.pos_ in ("VERB", "AUX") and token.lower_ in lex.reporting_verbs
            according = (
                token.lower_ == "according"
                and token.i + 1 < len(doc)
                and doc[token.i + 1].lower_ == "to"
            )
            if is_verb or according:
                distance = first - token.idx if token.idx < first else token.idx - last
                # A verb whose clause holds the quote introduces it, whatever
                # other verb happens to stand closer.
                governs = (
                    any(_inside(t, quote) for t in token.subtree if not t.is_punct)
                    and not according
                )
                candidates.append((0 if governs else 1, distance, token.i, token))
    return [c[-1] for c in sorted(candidates)]


def _entity_in(span_tokens: list[Token], owners: dict[int, Entity]) -> Entity | None:
    # A person in the phrase beats an organization ("Senate ... Leader Harry Reid").
    found = [owners[t.i] for t in span_tokens if t.i in owners]
    for kind in (PERSON, ORG):
        for entity in found:
            if entity.kind == kind:
                return entity
    return None


def _subject(verb: Token, quote: Quote | None = None) -> Token | None:
    """Who does the reporting: the verb's subject outside the quote itself."""
    if verb.lower_ == "according":
        objects = [t for t in verb.subtree if t.dep_ == "pobj"]
        return objects[0] if objects else None
    # The parser can make a word of the quote a subject of the reporting verb
    # too ('"the best prospect ...", Mr Blair told'); the speaker is outside.
    subjects = [
        c
        for c in verb.children
        if c.dep_ in _SUBJECT_DEPS and (quote is None or not _inside(c, quote))
    ]
    if subjects:
        return min(subjects, key=lambda c: abs(c.i - verb.i))
    # "the agency quoted Zverev as saying": the quoted one speaks.
    if (
        verb.lower_ == "saying"
        and verb.head.lower_ == "as"
        and verb.head.head.lower_ in ("quoted", "quotes", "quoting", "cited", "quote")
    ):
        objects = [c for c in verb.head.head.children if c.dep_ == "dobj"]
        return objects[0] if objects else None
    # "..., he added" parsed as a clause hanging off the quote's verb.
    if verb.dep_ in ("conj", "xcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head, quote)
    return None


_PHRASE_DEPS = frozenset({"compound", "flat", "amod", "appos", "nmod", "det", "punct"})


def _noun_phrase(token: Token) -> list[Token]:
    """The subject's name words and its appositive, not possessors or prepositions.

    "Mr Blair's official spokesman" is not Mr Blair; "the MP for
    Sittingbourne" is not Sittingbourne.
    """
    out = [token]
    for child in token.children:
        if child.dep_ in _PHRASE_DEPS:
            out.extend(t for t in child.subtree if t.dep_ in _PHRASE_DEPS or t == child)
    return out


_MALE = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "sheikh", "emir", "he", "his"})
_FEMALE = frozenset(
    {"ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "queen", "princess", "she", "her"}
)


def gender_of(entity: Entity) -> str | None:
    """ "m" or "f" when a courtesy title says so ("Mr Howard"), else None."""
    for mention in entity.mentions:
        start = mention.span.start
        if start > 0:
            word = mention.span.doc[start - 1].lower_
            if word in _MALE:
                return "m"
            if word in _FEMALE:
                return "f"
    return None


def _compatible(entity: Entity, pronoun: str) -> bool:
    gender = gender_of(entity)
    return gender is None or gender == ("m" if pronoun in _MALE else "f")


def _antecedent(
    doc: Doc, before: int, pronoun: str, owners: dict[int, Entity], people: list[Entity]
) -> Entity | None:
    """The person a pronoun subject refers to: the latest matching subject before it.

    The search stops (None) at a subject that names someone we cannot
    resolve ("the documentary maker"): carrying past it would guess.
    """
    sents = [s for s in _sentences(doc) if s.end_char <= before + 1]
    for sent in reversed(sents[-2:]):
        for token in sent:
            if token.dep_ not in _SUBJECT_DEPS:
                continue
            entity = _entity_in(_noun_phrase(token), owners)
            if entity is not None and entity.kind == PERSON:
                if _compatible(entity, pronoun):
                    return entity
                continue
            if token.pos_ == "NOUN" and token.lower_ in lexicon().role_words:
                found = _by_role_or_topic(token, doc, owners, people)
                return found if found is not None and _compatible(found, pronoun) else None
    return None


def _by_role(token: Token, people: list[Entity]) -> Entity | None:
    # "the Tory leader" -> the one person whose stated role is a "... leader".
    words = [t.lower_ for t in token.subtree if t.dep_ in ("compound", "amod") or t == token]
    matching = [p for p in people if p.role and all(w in p.role.lower().split() for w in words)]
    return matching[0] if len(matching) == 1 else None


def attribute(
    doc: Doc, quotes: list[Quote], entities: list[Entity], lex: Lexicon | None = None
) -> None:
    """Set each quote's speaker (in place), or leave it None when unclear."""
    lex = lex or lexicon()
    # Names inside quotes never speak: "Reagan needs this," said Mousavi.
    owners = {
        token.i: entity
        for entity in entities
        for m in entity.mentions
        for token in m.span
        if not any(_inside(token, q) for q in quotes)
    }
    people = [e for e in entities if e.kind == PERSON]
    previous: Quote | None = None
    for quote in quotes:
        quote.speaker = _speaker(doc, quote, quotes, previous, owners, people, lex)
        previous = quote


def _speaker(
    doc: Doc,
    quote: Quote,
    quotes: list[Quote],
    previous: Quote | None,
    owners: dict[int, Entity],
    people: list[Entity],
    lex: Lexicon,
) -> Entity | None:
    verbs = _reporting_verbs(doc, quote, quotes, lex)
    if verbs:
        speaker, decided = _speaker_of_verbs(doc, verbs, previous, quote, owners, people, lex)
        if decided:
            return speaker
    # No reporting verb around the quote: news style continues the speaker of
    # the sentence just before ("Mr Blair said talking was the answer. "You've
    # got to confront it."), if that sentence is in the same paragraph.
    before = _sentence_before(doc, quote.parts[0][0])
    if before is not None:
        earlier = [
            t for t in before if t.pos_ in ("VERB", "AUX") and t.lower_ in lex.reporting_verbs
        ]
        if earlier:
            found, _ = _speaker_of_verbs(doc, earlier, previous, quote, owners, people, lex)
            if found is not None:
                return found
        if (
            previous is not None
            and previous.speaker is not None
            and (previous.parts[-1][1] >= before.start_char)
        ):
            return previous.speaker
    return None


def _sentence_before(doc: Doc, at: int) -> Span | None:
    """The sentence before the one holding character ``at``, in the same paragraph."""
    sents = _sentences(doc)
    for index, sent in enumerate(sents):
        if sent.start_char <= at < sent.end_char + 1 and index > 0:
            previous = sents[index - 1]
            between = doc.text[previous.end_char : sent.start_char]
            return None if "\n\n" in between or "\n\n" in previous.text.strip() else previous
    return None


def _topic_person(doc: Doc, owners: dict[int, Entity]) -> Entity | None:
    """The person the story is about, from its first two sentences.

    The subject of a reporting verb ("..., Tony Blair has said") wins over
    other subjects ("George W Bush will display ..."): a later "the prime
    minister said" refers back to the person who speaks in the lead.
    """
    speakers: list[Entity] = []
    subjects: list[Entity] = []
    for sent in _sentences(doc)[:2]:
        for token in sent:
            if token.dep_ in _SUBJECT_DEPS:
                entity = _entity_in(_noun_phrase(token), owners)
                if entity is not None and entity.kind == PERSON:
                    reporting = token.head.lower_ in lexicon().reporting_verbs
                    (speakers if reporting else subjects).append(entity)
    found = speakers or subjects
    return found[0] if found else None


def _speaker_of_verbs(
    doc: Doc,
    verbs: list[Token],
    previous: Quote | None,
    quote: Quote,
    owners: dict[int, Entity],
    people: list[Entity],
    lex: Lexicon,
) -> tuple[Entity | None, bool]:
    """(speaker, whether a subject settled it) from the reporting verbs, nearest first."""
    for verb in verbs:
        subject = _subject(verb, quote)
        if subject is None:
            continue
        speaker = _entity_in(_noun_phrase(subject), owners)
        if speaker is not None:
            return speaker, True
        if subject.lower_ in _PRONOUNS:
            found = _antecedent(
                doc, _sentence_of(doc, subject).start_char, subject.lower_, owners, people
            )
            if (
                found is None
                and previous is not None
                and previous.speaker is not None
                and (
                    quote.parts[0][0] - previous.parts[-1][1] < 400
                    and _compatible(previous.speaker, subject.lower_)
                )
            ):
                found = previous.speaker  # "..., he added": the last speaker goes on
            return found, True
        if subject.pos_ == "NOUN" and subject.lower_ in lex.role_words:
            return _by_role_or_topic(subject, doc, owners, people), True
        # Any other subject ("excerpts", "the report") is not a speaker; a
        # farther reporting verb may still name one.
    return None, False


def _by_role_or_topic(
    subject: Token, doc: Doc, owners: dict[int, Entity], people: list[Entity]
) -> Entity | None:
    """ "The foreign secretary told MPs": the person with that role, else the
    story's main person when the phrase is definite and owned by no one."""
    found = _by_role(subject, people)
    if found is not None:
        return found
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children)
    possessed = any(c.dep_ == "poss" for c in subject.children)
    if definite and not possessed and subject.lower_ not in _UNNAMED_ROLES:
        return _topic_person(doc, owners)
    return None


#: Roles that news gives to people it does not name ("the spokesman said").
_UNNAMED_ROLE_WORDS = (
    "spokesman spokeswoman spokesperson official officials source sources analyst expert "
    "diplomat aide adviser advisor worker member"
)
_UNNAMED_ROLES = frozenset(_UNNAMED_ROLE_WORDS.split())


def extract_quotes(doc: Doc, entities: list[Entity]) -> list[Quote]:
    """Quotes of a parsed article with their speakers."""
    quotes = find_quotes(doc.text)
    attribute(doc, quotes, entities)
    unique: dict[str, Quote] = {}
    for quote in quotes:
        unique.setdefault(quote.text, quote)
    return list(unique.values())
