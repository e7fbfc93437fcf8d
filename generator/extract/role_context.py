"""Roles stated away from the name: descriptions in the sentences around it.

News copy often names someone and describes them sentences later ("Jane Roe
found a lump. ... The Quality Manager from Leeds said"), or opens on someone
not yet named ("A Harlem resident hooked a corpse. ... Luis Roe said"). These
finders read such descriptions, and only while no one else is named between
the name and the description, so that the description can be no one else's. The readers
of a story's lede, before its first name, are in `role_ledes`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.definite_nouns import indefinite
from generator.extract.doc_words import kept_per_doc, tokens_in, tokens_of
from generator.extract.lexicon import Lexicon
from generator.extract.mentions import classify
from generator.extract.role_characters import played_part
from generator.extract.role_nouns import is_role_word, names_someone
from generator.extract.role_phrases import role_phrase, role_words
from generator.extract.role_quoted import in_quote
from generator.extract.role_verbs import as_served, asserted, attribute_of, works_as
from generator.extract.sentence_index import sentence_at, sentence_of, sentences

#: How far after a mention a description of the person is looked for.
MAX_SENTENCES_AFTER = 8
#: ... and how far before its first mention.
MAX_SENTENCES_BEFORE = 3
SUBJECTS = ("nsubj", "nsubjpass")
_APOSTROPHES = str.maketrans({"\u2019": "'"})
_FORMER = frozenset({"former", "ex", "ex-", "late", "retired", "outgoing"})
#: Sentences of the lede, where a story may open on someone it names later.
LEDE_SENTENCES = 3
#: Offices a story's events bring in beside its subject: a court's, the police's, a
#: hospital's, an unnamed source. "The judge" after a defendant's name is the court's.
MET_IN_EVENTS = frozenset(
    {
        *("judge", "justice", "magistrate", "coroner", "prosecutor", "attorney", "lawyer"),
        *("counsel", "officer", "inspector", "investigator", "detective", "sergeant"),
        *("superintendent", "doctor", "spokesman", "spokeswoman", "spokesperson"),
        *("official", "reporter", "correspondent", "host", "presenter", "interviewer"),
    }
)
#: Officials a death brings into a story, never the dead person described again.
_OFFICIALS_OF_DEATHS = frozenset({"coroner", "examiner", "pathologist"})
#: Words before an office that make it another one: "shadow chancellor", "deputy leader".
_OTHER_RANKS = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "former"})


def bare(word: str) -> str:
    """A name word lower-cased without its possessive ("King’s" -> "king")."""
    return word.lower().translate(_APOSTROPHES).removesuffix("'s").removesuffix("'")


#: Where `ents_of` keeps the document's entities and their starts, in ``Doc.user_data``.
_ENTS_KEY = "briefings_ents"


def _indexed_ents(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    ents = tuple(doc.ents)  # sorted by start, never overlapping
    return ents, [ent.start for ent in ents]


def ents_of(sentence: Span) -> tuple[Span, ...]:
    """The entities within the sentence, as ``Span.ents`` gives them, found by bisection:
    ``Span.ents`` scans every entity of the document, and roles ask once per mention
    (thousands in a long text). Roles are read after the entities are final, so the
    document's entities no longer change and are indexed once."""
    ents, starts = kept_per_doc(sentence.doc, _ENTS_KEY, _indexed_ents)
    low = bisect_left(starts, sentence.start)
    high = bisect_left(starts, sentence.end)
    return tuple(ent for ent in ents[low:high] if ent.end <= sentence.end)


def others_in(sentence: Span, own: frozenset[str], lex: Lexicon) -> bool:
    """Whether the sentence names a person other than the one with name words ``own``
    ("Mrs" aside; "COVID-19", with a digit, is no name; "Lord Harcourt" is one)."""
    people, titled = _named_in(sentence, lex)
    return any(not words <= own for words in people) or any(word not in own for word in titled)


#: Where `_named_in` keeps what it read of each sentence, in ``Doc.user_data``.
_NAMED_KEY = "briefings_role_context_named"
#: What `others_in` reads of a sentence whoever it is asked about: each person's name
#: words without courtesy titles, and the word after each courtesy title.
_Named = tuple[tuple[frozenset[str], ...], tuple[str, ...]]


@dataclass
class _SentenceReads:
    """What `_named_in` read of a doc's sentences, by (start, end), with the lexicon read by."""

    lex: Lexicon | None = None
    named: dict[tuple[int, int], _Named] = field(default_factory=dict)


def _named_in(sentence: Span, lex: Lexicon) -> _Named:
    """The name words (courtesy titles aside) of each person the sentence names, and the
    word after each courtesy title that opens a name the model did not find ("Lord
    Harcourt said"). Read once per sentence and kept in the doc, as `ents_of` keeps the
    entities: roles are read after the entities are final, and a sentence is read again
    for each person and mention before it."""
    reads = kept_per_doc(sentence.doc, _NAMED_KEY, lambda _: _SentenceReads())
    if reads.lex is not lex:  # a test's own lexicon reads anew
        reads.lex, reads.named = lex, {}
    found = reads.named.get((sentence.start, sentence.end))
    if found is not None:
        return found
    people: list[frozenset[str]] = []
    for ent in ents_of(sentence):
        if ent.label_ != "PERSON" or any(c.isdigit() for c in ent.text) or played_part(ent):
            continue  # a part played ("who plays barman Sid Tate") is no other person
        if not classify(ent, lex):
            continue  # the entity step reads no name there ("Brexit", a table's noise)
        words = {bare(w) for w in ent.text.split() if w[:1].isupper()}
        people.append(frozenset(words - lex.honorifics))
    # "Lord Harcourt said", where the model found no person: a courtesy title names one.
    titled = tuple(
        bare(token.nbor().text)
        for token in tokens_in(sentence)
        if token.lower_ in lex.honorifics and token.i + 1 < sentence.end and token.nbor().is_title
    )
    found = reads.named[(sentence.start, sentence.end)] = (tuple(people), titled)
    return found


def _alone_in(sentence: Span, own: frozenset[str], lex: Lexicon) -> bool:
    """Whether the only person the sentence names is the one with name words ``own``."""
    named = any(ent.label_ == "PERSON" for ent in ents_of(sentence))
    return named and not others_in(sentence, own, lex)


def describing_subject(sentence: Span, lex: Lexicon, *, past_source: bool = False) -> Token | None:
    """The subject a sentence opens with ("But the Leeds teacher, pictured, said"), or
    the speaker of a quote ("‘It was awful,’ the Leeds teacher said"), or None. With
    ``past_source``, a source named after what it reports that is no role ("..., police
    said") leaves the subject the sentence opens with."""
    root = sentence.root
    if root.lower_ in lex.reporting_verbs:
        speaker = next((c for c in root.children if c.dep_ in SUBJECTS), None)
        # "The boxing star was freed, police said": past a source that is no one's role,
        # after the words it reports, the sentence's subject may still be one
        source = speaker is not None and not names_someone(speaker, lex)
        if (
            speaker is not None
            and speaker.pos_ in ("NOUN", "PROPN")
            and not (past_source and source and speaker.i > _reported(root))
        ):
            return speaker
    for token in tokens_in(sentence):
        if token.dep_ in SUBJECTS and token.left_edge.i >= sentence.start:
            lead = tokens_of(sentence.doc)[sentence.start : token.left_edge.i]
            if all(t.is_space or t.dep_ in ("cc", "advmod") for t in lead):
                return token
            return None
    return None


def _reported(verb: Token) -> int:
    """Where the clause a reporting verb reports starts (past the end when there is none)."""
    said = [c.left_edge.i for c in verb.children if c.dep_ == "ccomp"]
    return min(said, default=len(verb.doc))


def _describes_one(head: Token, lex: Lexicon) -> bool:
    """Whether "the <head>" can only be someone already in the story: a former holder
    ("the former prime minister"), a description that is no office ("the Leeds
    mother-of-two"), or an office with an age or origin ("the 60-year-old manager
    from Leeds", "the actor, 47,"); a bare office ("the prime minister", "the Pakistani president")
    may be another person."""
    if any(t.i < head.i and t.lower_ in _FORMER for t in head.subtree):
        return True
    if not is_role_word(head, lex):
        return True
    # "the actor, 47,": an age set off right after the office is as telling as one before
    aged = any(c.dep_ == "appos" and c.like_num and c.i == head.i + 2 for c in head.children)
    return aged or any(
        (t.i < head.i and t.ent_type_ == "DATE") or (t.lower_ == "from" and t.head.i == head.i)
        for t in head.subtree
    )


def referred_after(
    span: Span, lex: Lexicon, own: frozenset[str], sex: str | None = None, *, again: bool = False
) -> str | None:
    """ "Quality Manager from Leeds" in "Jane Roe ... . She said ... . The Quality
    Manager from Leeds said".

    Only when the sentence of ``span`` names no one else, and a sentence after
    it, before anyone else is named, opens with a definite description of one
    person as its subject (see `_describes_one`), or with "he" or "she" said to
    be one ("She is a retired nurse"). A description whose own clause takes up the
    pronoun of the other sex than ``sex`` ("the young activist says she ...", of a man)
    is someone else, and ends the search. A bare office is read only of a person the
    story names ``again`` (see `_lede_office`): one named once may be a passer-by.
    """
    sentence = sentence_of(span)
    named_in = sentence.end  # where the mention's own sentence ends
    doc = span.doc
    if not _alone_in(sentence, own, lex):
        return None
    for _ in range(MAX_SENTENCES_AFTER):
        if sentence.end >= len(doc):
            return None
        next_one = sentence.end == named_in
        sentence = sentence_at(doc, sentence.end)
        # "Jo Roe was held. The boxing star was freed, police said": the sentence's subject
        subject = describing_subject(sentence, lex, past_source=True)
        if others_in(sentence, own, lex):
            return _aged_opening(subject, sentence, own, lex, sex) if next_one else None
        if subject is not None and in_quote(subject):
            continue  # the speaker's words, not the narrator's
        if subject is not None and subject.lower_ in ("he", "she"):
            stated = _stated_of_pronoun(subject, lex)
            if stated:
                return stated
            continue
        if subject is None or not names_someone(subject, lex):
            continue
        if _source_of(subject, sentence, own):
            continue  # "Roe had a knife, the sheriff added": who told of them, not they
        if _takes_up_other_sex(subject, sex):
            return None
        definite = opened_by_the(subject)
        named = any(
            t.ent_type_ == "PERSON" and not played_part(t.doc[t.i : t.i + 1])
            for t in subject.subtree
        )
        # "The banner that is hoisted": a thing's clause.
        thing = any(t.lower_ in ("that", "which") for t in subject.subtree)
        if joined_to_another(subject):
            continue
        if subject.lower_ in _OFFICIALS_OF_DEATHS:
            continue  # "... died in hospital. The medical examiner said his death was ..."
        varied = again and sentence.start == named_in and _lede_office(span, subject, own)
        if definite and not named and not thing and (varied or _describes_one(subject, lex)):
            role = role_phrase(subject, range(0), lex)
            if role and role.lower() not in role_words().generic:
                return role
    return None


def _aged_opening(
    subject: Token | None, sentence: Span, own: frozenset[str], lex: Lexicon, sex: str | None
) -> str | None:
    """ "model" of "Jo Roe split from her husband. The model, 31, held hands with Ed Poe":
    the sentence right after the name's may name someone else and still open on the
    person named before, as its subject and before the other name, when the description
    carries their age ("The model, 31,"): an age is said of someone met already. No
    office a story's events bring in ("The officer, 31, arrested Ed Poe")."""
    if subject is None or subject.dep_ not in SUBJECTS or in_quote(subject):
        return None
    aged = any(c.dep_ == "appos" and c.like_num and c.i == subject.i + 2 for c in subject.children)
    opening = sentence.doc[sentence.start : subject.right_edge.i + 1]
    if not aged or any(t.ent_type_ == "PERSON" for t in opening):
        return None
    if not names_someone(subject, lex) or subject.lower_ in MET_IN_EVENTS:
        return None
    if (
        not opened_by_the(subject)
        or joined_to_another(subject)
        or _takes_up_other_sex(subject, sex)
    ):
        return None
    role = role_phrase(subject, range(0), lex)
    return role if role and role.lower() not in role_words().generic else None


#: Dependencies of a name written before a noun as its modifier ("Acme League star").
_NAME_BEFORE = frozenset({"compound", "nmod"})


def opened_by_the(noun: Token) -> bool:
    """Whether "the" opens the noun's phrase: as its own article, or as the article of a
    name before it that the parser hung "the" on ("The Acme Racing League star": by the
    parse "the" is the league's, yet the phrase takes up one star). A name owning the
    noun by a possessive ("the club's coach") is left out: "the" is then the club's."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return True
    article = noun.left_edge
    if article.lower_ != "the" or article.dep_ != "det" or article.head == noun:
        return False
    word = article.head
    while word != noun:
        if word.pos_ != "PROPN" or word.dep_ not in _NAME_BEFORE or word.i > noun.i:
            return False
        word = word.head
    return True


def _source_of(subject: Token, sentence: Span, own: frozenset[str]) -> bool:
    """Whether the subject is the source of a reporting verb after the words it reports,
    which name the person: "Roe had a knife, the sheriff added" is told of Roe by someone
    else (no one tells of themselves by name)."""
    verb = subject.head
    if verb != sentence.root or subject.i < _reported(verb):
        return False
    return any(
        t.pos_ == "PROPN" and bare(t.text) in own
        for t in tokens_of(sentence.doc)[sentence.start : subject.i]
    )


def joined_to_another(noun: Token) -> bool:
    """Whether a description is joined to another person's: "The prime minister and his
    chancellor arrived" names two people; "the former envoy and Irish president" one."""
    return any(
        c.dep_ == "conj" and any(d.dep_ in ("det", "poss") for d in c.children)
        for c in noun.children
    )


def _lede_office(span: Span, office: Token, own: frozenset[str]) -> bool:
    """Whether a bare office ("The Home Secretary") opening the paragraph right after a
    name's paragraph in the story's lede is that person again: news names its subject
    in the lede and goes on with the office, unless another person is written with that
    office as a title ("Home Secretary Ed Poe") or the name's sentence has that noun
    too. Within one paragraph, or as a quote's speaker, the office may be someone else's."""
    doc = span.doc
    start = office.left_edge.i
    if sentence_of(span).start not in {s.start for s in sentences(doc)[:LEDE_SENTENCES]}:
        return False
    if office.lower_ in MET_IN_EVENTS:
        return False  # "Jo Roe admitted theft. / The judge said": the court's judge
    if start == 0 or not (doc[start - 1].is_space or "\n" in doc[start - 1].whitespace_):
        return False
    if any(
        t.lower_ == office.lower_ and t.i not in range(span.start, span.end)
        for t in tokens_in(sentence_of(span))
    ):
        return False  # "fined by a judge. The judge ...": the one the lede names beside
    return not held_as_title(office, own)


def held_as_title(office: Token, own: frozenset[str]) -> bool:
    """Whether a person other than the one with name words ``own`` is written with the
    words of "the <office>" as a title ("Home Secretary Ed Poe"); a rank before them
    makes another office ("shadow chancellor Ed Poe" is no chancellor)."""
    doc = office.doc
    words = [t.lower_ for t in office.subtree if t.i >= office.left_edge.i + 1]
    for ent in doc.ents:
        if ent.label_ != "PERSON" or {bare(w) for w in ent.text.split()} <= own:
            continue
        start = ent.start - len(words)
        before = [t.lower_ for t in doc[max(0, start) : ent.start]]
        if before == words and not (start > 0 and doc[start - 1].lower_ in _OTHER_RANKS):
            return True
    return False


def _takes_up_other_sex(subject: Token, sex: str | None) -> bool:
    """Whether the clause a subject's verb reports has the pronoun of the other sex than
    ``sex`` ("m"/"f") as its subject: "the nurse says she ..." is no man."""
    if sex is None:
        return False
    other = "she" if sex == "m" else "he"
    verb = subject.head
    return any(
        token.lower_ == other
        and token.dep_ in ("nsubj", "nsubjpass")
        and token.head.dep_ == "ccomp"
        and token.head.head.i == verb.i
        for token in verb.subtree
    )


def _stated_of_pronoun(pronoun: Token, lex: Lexicon) -> str | None:
    """ "nurse" in "She is a nurse" or "He works as a docker": what a sentence that
    opens on "he" or "she" says the one person named just before is."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or any(c.dep_ == "neg" for c in verb.children):
        return None
    if not asserted(verb):
        return None
    noun = attribute_of(verb) or works_as(verb)
    if noun is None or not names_someone(noun, lex):
        return None
    if not indefinite(noun) and not _office_of_one(noun, lex):
        return None  # "She is the one ...": not a description of her alone
    role = role_phrase(noun, range(0), lex)
    return as_served(role, verb) if role and role.lower() not in role_words().generic else None


def _office_of_one(noun: Token, lex: Lexicon) -> bool:
    """Whether "the" and ``noun`` are an office one person holds: a title told whose it is
    ("the Iranian foreign minister", "the chief executive of Acme")."""
    told = any(c.dep_ in ("amod", "compound", "poss", "prep") for c in noun.children)
    return told and is_role_word(noun, lex)
