"""The form engine: schemas, canonical values, display conditions and validation (no Qt)."""

from frontdesk.forms.schema import AllOf, AnyOf, Check, Condition, Expression, Field, FieldType, FormSchema, Op
from frontdesk.forms.validation import FieldProblem, clean, validate

__all__ = ["AllOf", "AnyOf", "Check", "Condition", "Expression", "Field", "FieldProblem", "FieldType", "FormSchema",
           "Op", "clean", "validate"]
