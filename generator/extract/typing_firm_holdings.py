"""Evidence that a name made like a person's is a firm's, from what the text says it holds.

Shops are named after their founders ("Tarvin Hale said sales rose"), so a name of a given
name and a surname that "said" is a person only until the text shows it holds what no
person holds in news: its own stores, shareholders or sales.

- "Tarvin Hale's department stores", "Tarvin Hale's annual sales": the noun its possessive
  governs, whatever words describe it between.
- "Tarvin Hale said its shops were busy": "its" in the clause the name reports, which a
  person would write "his" or "her".
- "Tarvin Hale said sales rose 5%": its figures are the clause's subject, owned by no one.
  Not "Kelbrook's Tarvin Hale said ...": a name owned by another is the owner's boss or
  spokesman, reporting the owner's figures.
- "sales of Tarvin Hale", "the shareholders of Tarvin Hale": a firm's figures or owners.

General word lists only: no names of people or firms.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.doc_words import POSSESSIVE_ENDINGS
from generator.extract.lexicon import cues, lexicon
from generator.extract.mentions import ORG, Mention
from generator.extract.pronoun_forms import ALL_FORMS

#: Premises and owners a firm has and a person, in news, has not: "Hale's 30 stores".
FIRM_PREMISES = frozenset(
    {"stores", "shops", "outlets", "branches", "supermarkets", "showrooms", "factories"}
    | {"shareholders"}
)
#: A firm's takings and custom; an author's sales or a trader's customers are written so too,
#: so these weigh less.
FIRM_FIGURES = frozenset({"sales", "profits", "revenues", "turnover", "customers", "shoppers"})
FIRM_HOLDINGS = FIRM_PREMISES | FIRM_FIGURES
#: Words that may stand between a possessive and the held noun: "Hale's 30 department stores".
_DESCRIBING = frozenset({"amod", "compound", "nummod", "advmod", "quantmod"})
#: The model's labels of names "its" could stand for; not dates, sums or shares ("5%").
_NAMING_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: Pronouns of one person, which stand for the speaker before "its" can.
_PERSON_PRONOUNS = ALL_FORMS
#: Things sold that an artist's or an author's sales are of: "her record sales".
_WORKS_SOLD = frozenset({"record", "records", "ticket", "tickets", "book", "books", "dvd"})


def holding_votes(mention: Mention) -> None:
    """Every vote for a firm from what the name is said to hold (see the module)."""
    if mention.fixed or mention.place is not None:
        return
    held = _possessed_holding(mention) or _holding_of(mention)
    if held is not None:
        mention.vote(ORG, 3.0 if held in FIRM_PREMISES else 2.0)
    if _owned_by_a_name(mention):
        return
    if _reports_its_own(mention) or _reports_its_figures(mention):
        mention.vote(ORG, 1.0)


def _owned_by_a_name(mention: Mention) -> bool:
    """Whether the name follows another capitalised name's "'s": "Kelbrook's Tarvin Hale". The
    owner's figures are what such a name reports, and the owner's stores what it speaks of."""
    span, doc = mention.span, mention.span.doc
    if span.start < 2 or doc[span.start - 1].text not in POSSESSIVE_ENDINGS:
        return False
    owner = doc[span.start - 2]
    return owner.is_title or owner.is_upper


def _possessed_holding(mention: Mention) -> str | None:
    """ "Hale's department stores", "Hale's annual sales": the held noun the name's "'s"
    governs, with only describing words between. Not a noun of `cues().org_possessions`
    right after the "'s", which `evidence` weighs already ("Hale's profits")."""
    span, doc = mention.span, mention.span.doc
    if span.end >= len(doc) or doc[span.end].text not in POSSESSIVE_ENDINGS:
        return None
    root = span.root
    held = root.head
    if root.dep_ != "poss" or held.lower_ not in FIRM_HOLDINGS or held.i <= span.end:
        return None
    if held.i == span.end + 1 and held.lower_ in cues().org_possessions:
        return None
    between = doc[span.end + 1 : held.i]
    return held.lower_ if all(_describes_a_firms(token) for token in between) else None


def _describes_a_firms(token: Token) -> bool:
    """Whether a word between an owner's "'s" and a held noun only describes it, and not as a
    work's or an artist's: "30", "department", "annual"; not "album" nor "ticket" ("her album
    sales" are a singer's)."""
    word = token.lower_
    return token.dep_ in _DESCRIBING and word not in cues().work_nouns and word not in _WORKS_SOLD


def _holding_of(mention: Mention) -> str | None:
    """ "sales of Hale", "the shareholders of Hale": the held noun right before "of" and the
    name, the name no owner itself ("the sales of Hale's books" are the books')."""
    span, doc = mention.span, mention.span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or span.root.dep_ != "pobj":
        return None
    if span.end < len(doc) and doc[span.end].text in POSSESSIVE_ENDINGS:
        return None
    held = doc[span.start - 2].lower_
    return held if held in FIRM_HOLDINGS else None


def _reports_its_own(mention: Mention) -> bool:
    """ "Hale said its shops were busy": "its" in the clause the name's verb of saying opens,
    before any other name or noun a pronoun could go back to; not "Jo Ames said the firm's
    sales were up and its shops busy", where "its" is the firm's, nor "Jo Ames said he
    liked its shops", where a person's pronoun comes first."""
    root = mention.span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in lexicon().reporting_verbs:
        return False
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        for token in clause.subtree:
            if token.lower_ == "its" and token.tag_ == "PRP$":
                return True
            if _takes_up_a_pronoun(token):
                return False
    return False


def _reports_its_figures(mention: Mention) -> bool:
    """ "Hale said sales rose 5%": the clause the name reports has a firm's figure for its
    subject, owned by no one else ("said Acme's sales", "said her sales"). A boss or an
    analyst says so too, but the text then gives their role, which outweighs this."""
    root = mention.span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lower_ not in lexicon().reporting_verbs:
        return False
    return any(
        subject.dep_ == "nsubj"
        and subject.lower_ in FIRM_FIGURES
        and not _owned_by_another(subject)
        for clause in verb.children
        if clause.dep_ == "ccomp" and clause.i > verb.i
        for subject in clause.children
    )


def _owned_by_another(noun: Token) -> bool:
    """Whether a noun has an owner other than "its": "Acme's sales", "her sales"."""
    return any(c.dep_ == "poss" and c.lower_ != "its" for c in noun.children)


def _takes_up_a_pronoun(token: Token) -> bool:
    """A word that ends the search for "its": a name or a body's noun it could stand for
    ("Acme", "the firm"), or a person's pronoun, which says the speaker is someone ("Watkins
    said he was pleased with its results")."""
    word = token.lower_
    named = token.ent_type_ in _NAMING_LABELS
    return named or word in cues().org_heads or word in _PERSON_PRONOUNS
