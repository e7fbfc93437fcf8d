"""The company "the firm" or "the company" takes up: the one body named before whose name
ends in a company's legal form ("Westvale Ferries Ltd", "Acme plc", "Tarn Inc").

A court, a council or a charity named beside it is no firm; when two names end in such a
form, "the firm" could be either, and a wrong speaker is worse than none.
"""

from __future__ import annotations

from generator.extract.entities import ORG, Entity
from generator.extract.referent_names import kindred, one_body

__all__ = ["company_by_legal_form"]

#: Endings of a company's name that only a company has: its legal form.
LEGAL_FORMS = frozenset(
    {"ltd", "limited", "plc", "inc", "incorporated", "corp", "llc", "gmbh", "ag", "sa", "nv"}
)


def company_by_legal_form(noun: str, before: list[Entity]) -> Entity | None:
    """The one organization of ``before`` whose name ends in a legal form, when ``noun`` is
    a noun for a company ("firm", "company")."""
    if noun not in kindred("company"):
        return None
    companies = [
        e for e in before if e.kind == ORG and e.name.lower().rstrip(".").split()[-1] in LEGAL_FORMS
    ]
    return one_body(companies)
