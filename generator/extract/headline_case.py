"""A given headline made readable with the body's evidence: case and apostrophes.

Some feeds strip apostrophes from headlines ("Selbys mayor", "wont"): `with_apostrophes`
puts back those the body writes. An ALL-CAPS wire headline is put in sentence case
with names kept as the article writes them ("WHITLOW SAYS SELBIANS READY" ->
"Whitlow says Selbians ready"); `recase` decides each word on its own, by the first
rule that has evidence, in this order:

1. dotted letters ("U.S.", "U.N.") as written;
2. a word the body writes with a capital inside a sentence and never in lower case;
3. an initialism: a short word the body writes in capitals, with or without dots
   ("US" beside "U.S."), or spells out in capitalised words ("US" beside "United
   States") and never writes in lower case;
4. a country, region or nationality the tables know, unless the body writes it in
   lower case ("TURKEY" in a recipe);
5. otherwise lower case, except the headline's first word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

from generator.extract.lexicon import initials, lexicon, normalize

#: Longest run of letters read as an initialism ("NATO", "OPEC"); "UNICEF" is a word.
MAX_INITIALISM = 5
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
_WITH_APOSTROPHE = re.compile(r"\b\w+['\u2019]\w+\b")
_CAPITALISED_RUN = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|the\s+|and\s+)?[A-Z][a-z]+)+")


@dataclass(frozen=True)
class BodyCase:
    """How the body writes its words: the evidence every headline word is checked against."""

    inside: Counter[str]  # capitalised words not at a sentence start, as written
    lower: Counter[str]  # words the body writes in lower case
    spelt_initials: frozenset[str]  # "US" from "United States", "EU" from "European Union"
    body: str

    @classmethod
    def of(cls, body: str, names: tuple[str, ...] = ()) -> BodyCase:
        """The evidence of one article body and of the names its furniture gave, such as the
        dateline's town ("Indian Wells"), which the body may never write again."""
        inside: Counter[str] = Counter(word for name in names for word in name.split())
        # Not the letters of an initialism: "U.S." writes no word "U".
        for match in re.finditer(r"\b([A-Z][\w'-]*)(?!\.[A-Z])", body):
            if not _opens_a_sentence(body, match.start()):
                inside[match.group(1)] += 1
        lower = Counter(w.lower() for w in re.findall(r"\b[a-z][\w'-]*", body))
        spelt = [initials(run.group().split()) for run in _CAPITALISED_RUN.finditer(body)]
        known = frozenset(
            letters[start:end]
            for letters in spelt
            for start in range(len(letters))
            for end in range(start + 2, len(letters) + 1)
        )
        return cls(inside, lower, known, body)

    def in_capitals(self, word: str) -> int:
        """How often the body writes ``word`` in capitals, with or without dots ("U.S.")."""
        dotted = r"\.?".join(re.escape(c) for c in word.replace(".", ""))
        return len(re.findall(rf"(?<![\w.]){dotted}\.?(?!\w)", self.body))


#: What may stand between a sentence's end and its first word: spaces, line breaks and the
#: marks that open a quote or an aside.
_BEFORE_A_SENTENCE = " \t\n\r\"'(\u2018\u201c"


def _opens_a_sentence(body: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or a paragraph: the body's start, a stop
    before it, or a line break (a wire story indents each paragraph: "\\n    It was")."""
    start = at
    while start and body[start - 1] in _BEFORE_A_SENTENCE:
        start -= 1
    return not start or body[start - 1] in ".!?:" or "\n" in body[start:at]


def with_apostrophes(title: str, body: str) -> str:
    """The headline with each word the body writes only with an apostrophe written so:
    "Selbys" -> "Selby\u2019s" when the body has "Selby\u2019s" and never "Selbys"; a
    common noun's possessive ("town\u2019s") is not put back, as the plural is as likely."""
    forms: dict[str, Counter[str]] = {}
    for match in _WITH_APOSTROPHE.finditer(body):
        key = re.sub(r"['\u2019]", "", match.group()).lower()
        forms.setdefault(key, Counter())[match.group()] += 1
    if not forms:
        return title
    plain = {w.lower() for w in re.findall(r"\w+", body)}

    def restored(match: re.Match[str]) -> str:
        word = match.group()
        key = word.lower()
        if key not in forms or key in plain or word.isupper():
            return word
        form = forms[key].most_common(1)[0][0]
        if form[:1].islower() and form[-2:] in ("'s", "\u2019s"):
            return word  # "towns" may be a plural of a common noun the body uses as "town's"
        return word[0] + form[1:]  # the headline's own capital: "Wont" -> "Won't"

    return re.sub(r"(?<!['\u2019])\b\w+\b(?!['\u2019])", restored, title)


def recase(title: str, body: str, names: tuple[str, ...] = ()) -> str:
    """An ALL-CAPS headline in sentence case, proper nouns as the body or ``names`` (names
    the page's furniture gives, in title case) write them."""
    if not title.isupper():
        return title
    case = BodyCase.of(body, names)

    def piece(text: str, first: bool) -> str:
        bare = text.strip(",:;!?\"'()")
        bare = bare if _DOTTED.fullmatch(bare) else bare.rstrip(".")
        return text.replace(bare, _word(bare, first, case), 1) if bare else text

    def word_of(word: str, first: bool) -> str:
        if any(c.isdigit() for c in word):
            return word  # a model or a code: "F-4", "SU-24", "G7"
        # A hyphenated word is cased piece by piece: "U.S.-IRAN" -> "U.S.-Iran".
        return "-".join(piece(p, first and n == 0) for n, p in enumerate(word.split("-")))

    words = title.split()
    firm = _opening_firm(words)
    return " ".join(
        _capitalised(word) if index < firm else word_of(word, index == 0)
        for index, word in enumerate(words)
    )


#: A company's legal form, the last word of its name in a wire headline ("TARN VELL CORP").
_LEGAL_FORMS = frozenset({"inc", "corp", "co", "ltd", "plc", "llc", "nv", "gmbh"})
#: Most words of a firm's name before its legal form at a headline's start.
_MOST_FIRM_WORDS = 5
#: Small words inside a firm's name ("BANK OF TARN CORP"), and stop words that open many
#: ("FIRST TARN CORP").
_NAME_JOINERS = frozenset({"of", "and"})
_NAME_STOP_WORDS = frozenset({"first", "third"})


def _opening_firm(words: list[str]) -> int:
    """How many words of a headline in capitals are the firm's name it opens with, legal form
    included ("TARN VELL INDUSTRIES INC 3RD QTR NET"): 0 when it opens with none. A results
    or dividend notice names the firm only there, and its name words have no evidence in the
    body to keep their capitals; the legal form is that evidence. Words that are no name's
    (stop words, figures) before the form mean it opens no name."""
    for index, word in enumerate(words[: _MOST_FIRM_WORDS + 1]):
        bare = word.strip(",.").lower()
        if index and bare in _LEGAL_FORMS:
            return index + 1
        if (index and bare in _NAME_JOINERS) or bare in _NAME_STOP_WORDS:
            continue
        if not bare.replace("&", "").replace("-", "").isalpha() or bare in STOP_WORDS:
            return 0
    return 0


def _capitalised(word: str) -> str:
    """A name's word with one capital ("TARN" -> "Tarn"); one with "&" is kept ("Q&Z"), and a
    joiner is lower case ("BANK OF TARN" -> "Bank of Tarn")."""
    if word.lower() in _NAME_JOINERS:
        return word.lower()
    return word if "&" in word else word[:1] + word[1:].lower()


def _word(bare: str, first: bool, case: BodyCase) -> str:
    """One headline word (without punctuation around it) in the case the evidence gives."""
    if _DOTTED.fullmatch(bare):
        return bare  # "U.S.", "U.N.": dots after single letters
    capitalised = bare[:1] + bare[1:].lower()
    lowered = bare.lower()
    written_inside = case.inside[capitalised] or case.inside[capitalised.removesuffix("s")]
    if written_inside and (first or not case.lower[lowered]):
        return capitalised
    if _is_initialism(bare, lowered, case):
        return bare
    if not case.lower[lowered] and _is_a_place_or_people(lowered):
        return capitalised
    return capitalised if first else lowered


def _is_initialism(bare: str, lowered: str, case: BodyCase) -> bool:
    """ "OPEC" or "US" where the body writes "OPEC" or "U.S." more often than "us";
    "EU" beside "European Union" unless it is a common word ("IT", "AT")."""
    if not bare.isalpha() or not 2 <= len(bare) <= MAX_INITIALISM:
        return False
    if case.in_capitals(bare) > case.lower[lowered]:
        return True
    return bare in case.spelt_initials and lowered not in STOP_WORDS and not case.lower[lowered]


def _is_a_place_or_people(lowered: str) -> bool:
    """A country, region or nationality word the tables know ("iran", "kuwaiti")."""
    tables = lexicon()
    word = lowered.removesuffix("'s").removesuffix("\u2019s")
    return tables.place(word) is not None or normalize(word) in tables.demonyms
