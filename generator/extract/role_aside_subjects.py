"""A name set off from its verb by an aside between dashes: "Jo — or, to give him his ring
name, The Hammer — is Kelby's oldest boxing coach".

The parser reads such a name as a modifier of the verb after the closing dash (no subject
at all), so the copula that says who the person is goes unread. The marks say what the
parse does not: a spaced dash right after the name, a dash of the same kind closing the
aside within the sentence, and the verb right after it with no subject of its own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

__all__ = ["verb_across_aside"]

#: Dashes that set an aside off.
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})
#: Dependencies of a subject.
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
#: The longest aside read, in tokens: a longer run is no aside but the sentence.
MAX_ASIDE_TOKENS = 25


def _spaced_dash(token: Token) -> bool:
    """Whether a token is a dash written between spaces, a mark of its own."""
    doc = token.doc
    return (
        token.text in _DASHES
        and token.i > 0
        and bool(doc[token.i - 1].whitespace_)
        and bool(token.whitespace_)
    )


def verb_across_aside(span: Span) -> Token | None:
    """The verb a name is the subject of across a dashed aside ("is" of "Jo — or, to give
    him his ring name, The Hammer — is ..."), when the parse gives that verb no subject
    and hangs the name from it; else None."""
    doc = span.doc
    if span.end >= len(doc) or not _spaced_dash(doc[span.end]):
        return None
    opening = doc[span.end]
    sentence = opening.sent
    last = min(sentence.end, span.end + MAX_ASIDE_TOKENS)
    close = next(
        (t for t in doc[span.end + 1 : last] if t.text == opening.text and _spaced_dash(t)),
        None,
    )
    if close is None or close.i + 1 >= sentence.end:
        return None
    verb = doc[close.i + 1]
    if verb.pos_ not in ("AUX", "VERB") or span.root.head != verb:
        return None
    if any(child.dep_ in _SUBJECTS for child in verb.children):
        return None
    return verb
