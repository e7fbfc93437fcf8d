"""The forms of "he" and "she" by case: the one table every rule reads its pronoun sets from.

A rule that wants fewer forms than a sex's all (`Forms.all`) takes the cases it means
(`Forms.non_possessive`, or `subject` and `reflexive` by name) and says why where it does.
Two forms serve two cases each: "his" is the possessive determiner and the possessive
pronoun of "he"; "her" is the object and the possessive determiner of "she". So a set that
leaves possessives out for a reason has no "her" in it, though it has "him".
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ALL_FORMS",
    "BY_SEX",
    "BY_SUBJECT",
    "DETERMINER_SEX",
    "HE",
    "SHE",
    "SUBJECTS",
    "Forms",
]


@dataclass(frozen=True)
class Forms:
    """The third-person singular pronoun of one sex, by case (all lower case)."""

    sex: str  # "m" or "f", as `referent_given_names.given_name_sex` gives it
    subject: str  # "he said"
    object: str  # "told him"
    determiner: str  # "his car"
    possessive: str  # "the car is his"
    reflexive: str  # "he hurt himself"

    @property
    def all(self) -> frozenset[str]:
        """Every form of the pronoun."""
        cases = (self.subject, self.object, self.determiner, self.possessive, self.reflexive)
        return frozenset(cases)

    @property
    def non_possessive(self) -> frozenset[str]:
        """The subject, object and reflexive forms that are no possessive form too: "he",
        "him", "himself"; "she", "herself" (the object "her" is also "her car")."""
        return frozenset({self.subject, self.object, self.reflexive}) - {
            self.determiner,
            self.possessive,
        }


HE = Forms("m", "he", "him", "his", "his", "himself")
SHE = Forms("f", "she", "her", "her", "hers", "herself")
#: The pronoun of each sex, by "m" and "f".
BY_SEX = {HE.sex: HE, SHE.sex: SHE}
#: The pronoun of each sex, by its subject form ("he", "she").
BY_SUBJECT = {HE.subject: HE, SHE.subject: SHE}
#: The subject forms: "he", "she".
SUBJECTS = frozenset(BY_SUBJECT)
#: Every form of either sex.
ALL_FORMS = HE.all | SHE.all
#: The sex a possessive determiner says its owner has: "his" -> "m", "her" -> "f".
DETERMINER_SEX = {HE.determiner: HE.sex, SHE.determiner: SHE.sex}
