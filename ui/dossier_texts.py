"""Words for dossiers: statuses, sources, document kinds, the core's refusal codes, and the summary of a
request as the agent reads it back to the resident."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from frontdesk.errors import FrontdeskError
from ui.texts import describe, field_error

if TYPE_CHECKING:
    from frontdesk.catalogue import Procedure
    from frontdesk.services.dossiers import DossierView

_CONTEXT = "Dossiers"

STATUSES = {
    "draft": QT_TRANSLATE_NOOP("Dossiers", "draft"),
    "awaiting_pieces": QT_TRANSLATE_NOOP("Dossiers", "registered, papers missing"),
    "registered": QT_TRANSLATE_NOOP("Dossiers", "registered, complete"),
    "done_on_site": QT_TRANSLATE_NOOP("Dossiers", "done on the site"),
    "awaiting_sending": QT_TRANSLATE_NOOP("Dossiers", "waiting to be sent"),
    "on_platform": QT_TRANSLATE_NOOP("Dossiers", "on Démarche Numérique"),
    # Démarche Numérique's own states, in the history of its dossiers
    "prefilled": QT_TRANSLATE_NOOP("Dossiers", "prefilled, waiting for the person to open it"),
    "brouillon": QT_TRANSLATE_NOOP("Dossiers", "opened by the person, not submitted yet"),
    "en_construction": QT_TRANSLATE_NOOP("Dossiers", "submitted, being checked"),
    "en_instruction": QT_TRANSLATE_NOOP("Dossiers", "being examined"),
    "accepte": QT_TRANSLATE_NOOP("Dossiers", "accepted"),
    "refuse": QT_TRANSLATE_NOOP("Dossiers", "refused"),
    "sans_suite": QT_TRANSLATE_NOOP("Dossiers", "closed without follow-up"),
    # the end of a commune's dossier, recorded from the service's answer
    "decision_accepted": QT_TRANSLATE_NOOP("Dossiers", "granted by the service"),
    "decision_refused": QT_TRANSLATE_NOOP("Dossiers", "refused by the service"),
    "withdrawn": QT_TRANSLATE_NOOP("Dossiers", "withdrawn by the person"),
}

SOURCES = {
    "local": QT_TRANSLATE_NOOP("Dossiers", "commune"),
    "external": QT_TRANSLATE_NOOP("Dossiers", "national site"),
    "demarche-numerique": QT_TRANSLATE_NOOP("Dossiers", "Démarche Numérique"),
}

DOCUMENTS = {
    "acknowledgement": QT_TRANSLATE_NOOP("Dossiers", "Acknowledgement of receipt"),
    "assistance_receipt": QT_TRANSLATE_NOOP("Dossiers", "Assistance receipt"),
    "deposit_certificate": QT_TRANSLATE_NOOP("Dossiers", "Certificate of papers handed in"),
}

CONSENT = {
    "resident": QT_TRANSLATE_NOOP("Dossiers", "the resident"),
    "representative": QT_TRANSLATE_NOOP("Dossiers", "the legal representative"),
    "person_present": QT_TRANSLATE_NOOP("Dossiers", "the person present"),
    "oral": QT_TRANSLATE_NOOP("Dossiers", "orally"),
    "written": QT_TRANSLATE_NOOP("Dossiers", "in writing"),
}

REASONS = {
    "consent_missing": QT_TRANSLATE_NOOP("Dossiers", "The person's consent is not recorded yet."),
    "form_invalid": QT_TRANSLATE_NOOP("Dossiers", "Some answers are missing or wrong: see the messages in the form."),
    "not_a_draft": QT_TRANSLATE_NOOP("Dossiers", "This dossier was already submitted: it cannot change any more."),
    "other_procedure": QT_TRANSLATE_NOOP("Dossiers", "This draft belongs to another procedure."),
    "values_not_plain": QT_TRANSLATE_NOOP("Dossiers", "An answer could not be saved. Please check the form."),
    "values_too_large": QT_TRANSLATE_NOOP("Dossiers", "The answers are too long to be saved."),
    "not_local": QT_TRANSLATE_NOOP("Dossiers", "This procedure is not one of the commune's."),
    "not_external": QT_TRANSLATE_NOOP("Dossiers", "This procedure is not done on a national site."),
    "not_awaiting_pieces": QT_TRANSLATE_NOOP("Dossiers", "This dossier is not waiting for papers."),
    "nothing_received": QT_TRANSLATE_NOOP("Dossiers", "Tick at least one paper received."),
    "not_demarche_numerique": QT_TRANSLATE_NOOP("Dossiers", "This procedure is not a Démarche Numérique one."),
    "not_sent_yet": QT_TRANSLATE_NOOP("Dossiers", "The dossier has not reached Démarche Numérique yet: its link "
                                                  "comes when it is sent."),
    "unknown_decision": QT_TRANSLATE_NOOP("Dossiers", "Choose the decision."),
    "no_decision_expected": QT_TRANSLATE_NOOP(
        "Dossiers", "A decision is recorded only for a commune's request that was registered and not decided yet."),
    "decision_day": QT_TRANSLATE_NOOP(
        "Dossiers", "The day of the decision cannot be in the future nor before the request was registered."),
}

FIELD_CODES = {
    "deadline_required": QT_TRANSLATE_NOOP("Dossiers", "a missing paper needs the day it must be brought by"),
    "deadline_past": QT_TRANSLATE_NOOP("Dossiers", "the day to bring a paper by is already past"),
    "consent_by_invalid": QT_TRANSLATE_NOOP("Dossiers", "say who agrees"),
    "consent_how_invalid": QT_TRANSLATE_NOOP("Dossiers", "say how the person agreed"),
    "date_in_future": QT_TRANSLATE_NOOP("Dossiers", "the date is in the future"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def status_name(status: str) -> str:
    return _tr(STATUSES[status]) if status in STATUSES else status


def procedure_source(source: str) -> str:
    return _tr(SOURCES[str(source)]) if str(source) in SOURCES else str(source)


def document_title(kind: str) -> str:
    return _tr(DOCUMENTS[kind]) if kind in DOCUMENTS else kind


def consent_words(code: str | None) -> str:
    return _tr(CONSENT[code]) if code in CONSENT else ""


def format_day(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def describe_dossier_error(error: FrontdeskError) -> str:
    """The sentence for a refusal of the dossiers service (or any other core error)."""
    if error.code != "dossier.invalid":
        return describe(error)
    params = error.params or {}
    if params.get("reason") in REASONS:
        return _tr(REASONS[params["reason"]])
    errors = params.get("errors") or {}
    if not errors:
        return describe(error)
    words = [_tr(FIELD_CODES[code]) if code in FIELD_CODES else field_error(code) for code in errors.values()]
    return _tr(QT_TRANSLATE_NOOP("Dossiers", "Please check: {problems}.")).format(problems="; ".join(words))


def value_text(value: object) -> str:
    """A form value as the agent reads it aloud: yes/no, lists, addresses in one line."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return _tr(QT_TRANSLATE_NOOP("Dossiers", "yes")) if value else _tr(QT_TRANSLATE_NOOP("Dossiers", "no"))
    if isinstance(value, list):
        if value and isinstance(value[0], dict):
            return _tr(QT_TRANSLATE_NOOP("Dossiers", "{n} item(s)")).format(n=len(value))
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        if "street" in value or "postal_code" in value:
            return ", ".join(x for x in (str(value.get("street", "")),
                                         f"{value.get('postal_code', '')} {value.get('commune', value.get('name', ''))}"
                                         .strip()) if x)
        if "name" in value:
            return f"{value.get('name', '')} ({value.get('postal_code', '')})"
        if "supplied" in value:
            return value_text(bool(value.get("supplied")))
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, str):
        return _text_value(value)
    return str(value)


_DECIMAL = re.compile(r"-?\d+\.\d+")
_PHONE = re.compile(r"\+\d{6,15}")


def _text_value(value: str) -> str:
    """Canonical text values (ISO dates and date-times, E.164 phones, decimals with a point) in the
    way they are said and written in France; any other text as it is."""
    try:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return format_day(date.fromisoformat(value))
        if len(value) == 16 and value[4] == "-" and value[10] == "T":
            moment = datetime.fromisoformat(value)
            return _tr(QT_TRANSLATE_NOOP("Dossiers", "{day} at {time}")).format(
                day=format_day(moment.date()), time=moment.strftime("%H:%M"))
    except ValueError:
        return value
    if _PHONE.fullmatch(value):
        from frontdesk.domain.residents import phone_display  # here: phonenumbers only when a phone is shown

        return phone_display(value)
    if _DECIMAL.fullmatch(value):
        return value.replace(".", ",")
    return value


def summary_lines(procedure: Procedure, dossier: DossierView, resident_name: str) -> list[str]:
    """The request, line by line: who, what, the answers, the papers and the consent."""
    lines = [
        _tr(QT_TRANSLATE_NOOP("Dossiers", "Procedure: {title} ({source})")).format(
            title=procedure.title, source=procedure_source(procedure.source)),
        _tr(QT_TRANSLATE_NOOP("Dossiers", "For: {name}")).format(
            name=resident_name or _tr(QT_TRANSLATE_NOOP("Dossiers", "anonymous person"))),
    ]
    if dossier.consent_at is not None:
        lines.append(_tr(QT_TRANSLATE_NOOP("Dossiers", "Consent given by {who}, {how}.")).format(
            who=consent_words(dossier.consent_by), how=consent_words(dossier.consent_how)))
    from frontdesk.forms import FieldType  # here: the form engine is not needed before a procedure is open

    shown = [f for f in procedure.form.visible(dossier.values)
             if f.type not in (FieldType.HEADER, FieldType.EXPLANATION, FieldType.ONLINE_ONLY)]
    if shown:
        lines.append("")
        lines += [f"{field.label}\u00a0: {value_text(dossier.values.get(field.id))}" for field in shown]
    if dossier.pieces:
        lines.append("")
        lines.append(_tr(QT_TRANSLATE_NOOP("Dossiers", "Papers:")))
        for piece in dossier.pieces:
            lines.append(f"• {piece.label}\u00a0: {piece_state(piece)}")
    return lines


def piece_state(piece) -> str:
    if piece.supplied:
        return _tr(QT_TRANSLATE_NOOP("Dossiers", "original seen")) if piece.original else \
            _tr(QT_TRANSLATE_NOOP("Dossiers", "copy handed in"))
    if piece.deadline is not None:
        return _tr(QT_TRANSLATE_NOOP("Dossiers", "missing, to bring by {day}")).format(day=format_day(piece.deadline))
    return _tr(QT_TRANSLATE_NOOP("Dossiers", "not provided"))
