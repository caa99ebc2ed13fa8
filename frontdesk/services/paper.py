"""Issuing the commune's papers from the screens: a resident's consent form and the information notice.

The screens only preview and print; deciding what a paper says (from the settings and the resident's
record) and committing it before it is printed happens here, in the core, so the same rules hold for
every caller and the tests can check them without a window.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from frontdesk.documents import IssuedDocument, issue, latest_for_resident, record_reprint
from frontdesk.documents.commune import consent_form, notice
from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from frontdesk.services.inclusion import consent_status
from frontdesk.services.residents import get_resident
from frontdesk.settings import Settings
from frontdesk.store.database import Database


def issue_consent_form(settings: Settings, db: Database, actor: Actor, resident_id: uuid.UUID) -> IssuedDocument:
    """A new consent form for the resident's active consent (two copies to sign), dated the day it was given.

    Raises ``FrontdeskError("documents.no_consent")`` when no consent is active: the form records one.
    """
    resident = get_resident(db, actor, resident_id)
    consent = consent_status(db, actor, resident.id)
    if consent is None or not consent.active:
        raise FrontdeskError("documents.no_consent")
    data = consent_form(settings, resident.display_name, consent.given_at.astimezone().date())
    return issue(db, actor, data, resident_id=resident.id)


def consent_form_copy(settings: Settings, db: Database, actor: Actor,
                      resident_id: uuid.UUID) -> tuple[IssuedDocument, datetime | None]:
    """The resident's consent form to print again: a duplicata of the last one issued (journalled), with its
    reprint moment; or a new form when none was issued yet (the reprint moment is then None)."""
    resident = get_resident(db, actor, resident_id)
    latest = latest_for_resident(db, resident.id, "consent_form")
    if latest is None:
        return issue_consent_form(settings, db, actor, resident.id), None
    return record_reprint(db, actor, latest.number)


def issue_notice(settings: Settings, db: Database, actor: Actor) -> IssuedDocument:
    """The information notice (GDPR art. 13) of this installation, numbered like every paper handed out."""
    return issue(db, actor, notice(settings))
