"""The form engine: schemas, canonical values, display conditions and validation (no Qt)."""

from frontdesk.forms.schema import Condition, Field, FieldType, FormSchema
from frontdesk.forms.validation import FieldProblem, clean, validate

__all__ = ["Condition", "Field", "FieldProblem", "FieldType", "FormSchema", "clean", "validate"]
