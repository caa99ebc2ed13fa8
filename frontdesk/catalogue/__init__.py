"""The procedure catalogue: model, definition files and implicit-decision dates (no Qt)."""

from frontdesk.catalogue.decision import add_months, implicit_decision_date
from frontdesk.catalogue.loader import load_catalogue
from frontdesk.catalogue.model import (
    Catalogue,
    CatalogueProblem,
    DecisionRule,
    Procedure,
    RequiredDocument,
    ServiceInCharge,
    Source,
)

__all__ = [
    "Catalogue", "CatalogueProblem", "DecisionRule", "Procedure", "RequiredDocument", "ServiceInCharge", "Source",
    "add_months", "implicit_decision_date", "load_catalogue",
]
