"""The procedure catalogue: what the desk can do for a resident, from the commune, national sites or
Démarche Numérique, in one shape so the wizard never cares where a procedure comes from."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from frontdesk.domain.text import fold
from frontdesk.forms.schema import FormSchema


class Source(StrEnum):
    LOCAL = "local"
    EXTERNAL = "external"
    DEMARCHE_NUMERIQUE = "demarche-numerique"


SILENCE_VALUES = ("acceptance", "rejection", "none")


@dataclass(frozen=True)
class ServiceInCharge:
    """The service named on the accusé de réception (CRPA R112-5 2°)."""

    name: str
    address_lines: tuple[str, ...]
    postal_code: str
    commune: str
    email: str
    phone: str


@dataclass(frozen=True)
class DecisionRule:
    """When silence becomes a decision, and what it means (CRPA L231-1 and its exceptions)."""

    delay_months: int = 0
    delay_days: int = 0
    silence: str = "none"  # "acceptance" | "rejection" | "none" (no implicit decision)
    recourse: str = ""  # voies et délais de recours, printed on the receipt for a rejection


@dataclass(frozen=True)
class RequiredDocument:
    id: str
    label: str
    original: bool = False  # the original must be shown (otherwise a copy is enough)
    required: bool = True


@dataclass(frozen=True)
class Procedure:
    id: str
    source: Source
    title: str
    category: str
    description: str
    keywords: tuple[str, ...]
    service: ServiceInCharge | None
    decision: DecisionRule | None
    form: FormSchema
    documents: tuple[RequiredDocument, ...]
    url: str = ""
    checklist: tuple[str, ...] = ()
    reference_label: str = ""
    revision: str = ""

    @property
    def search_text(self) -> str:
        return fold(" ".join((self.title, *self.keywords, self.description)))


@dataclass(frozen=True)
class CatalogueProblem:
    """Why a definition (or part of it) was not loaded; ``code`` is worded by the UI and the CLI."""

    file: str
    procedure: str
    field: str
    code: str
    detail: str


@dataclass(frozen=True)
class Catalogue:
    procedures: tuple[Procedure, ...]
    problems: tuple[CatalogueProblem, ...] = ()

    def get(self, procedure_id: str) -> Procedure | None:
        return next((p for p in self.procedures if p.id == procedure_id), None)

    def search(self, words: str, category: str | None = None) -> list[Procedure]:
        """Procedures whose title, keywords or description hold every word (accents and case ignored).

        Title matches come first, then the commune's own procedures, then alphabetical order, so "carte"
        lists the identity card before a procedure that merely mentions a card in its description.
        """
        terms = fold(words).split()
        found = []
        for procedure in self.procedures:
            if category and procedure.category != category:
                continue
            text = procedure.search_text
            if all(term in text for term in terms):
                title = fold(procedure.title)
                found.append((-sum(term in title for term in terms), procedure.source is not Source.LOCAL,
                              title, procedure))
        return [procedure for *_, procedure in sorted(found, key=lambda row: row[:3])]

    def with_procedures(self, procedures: tuple[Procedure, ...]) -> Catalogue:
        """This catalogue plus ``procedures`` (the Démarche Numérique connector adds its own)."""
        known = {p.id for p in self.procedures}
        return Catalogue(self.procedures + tuple(p for p in procedures if p.id not in known), self.problems)
