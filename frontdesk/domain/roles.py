"""Roles, what each may do, and the acting person, as services see them.

``PERMISSIONS`` is the one table of who may do what; services call ``require`` themselves, so hiding a
button in the UI is never the only barrier (a caller that goes straight to a service meets the same
check). The reasoning per rule is in docs/permissions.md.

Least privilege (CNIL, "gérer les habilitations"): a reception agent registers residents, records
visits and issues paper, but does not read the health- and language-related needs of the inclusion
profile, which only the mediators who accompany residents over time and the supervisors need. Anyone
at the desk may record a withdrawal of consent or an objection: the resident must be able to withdraw
as easily as they consented (GDPR art. 7(3)), at whichever counter they stand. Everyone at the desk
does assisted procedures (that is the desk's job) and may push the outbox; changing what the desk
offers (catalogue, Démarche Numérique forms) and deciding the fate of a change nobody could check
(it may create a duplicate dossier in the resident's name) are supervisor acts.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    AGENT = "agent"
    MEDIATOR = "mediator"
    SUPERVISOR = "supervisor"


class Permission(StrEnum):
    RESIDENT_READ = "resident.read"  # search, open a file: identity, contact, visits
    RESIDENT_WRITE = "resident.write"  # register, correct (GDPR art. 16 rectification)
    RESIDENT_MERGE = "resident.merge"  # merge duplicates and undo a merge
    VISIT_WRITE = "visit.write"  # record a visit, run a visit's timer
    PROFILE_WRITE = "profile.write"  # record an assessment (its non-sensitive part)
    SENSITIVE_READ = "sensitive.read"  # read health- and language-related needs (GDPR art. 9)
    SENSITIVE_WRITE = "sensitive.write"  # record sensitive needs and the consent they require
    CONSENT_WITHDRAW = "consent.withdraw"  # record a withdrawal of consent
    OBJECTION_RECORD = "objection.record"  # record a resident's objection (GDPR art. 21)
    DOCUMENT_ISSUE = "document.issue"  # print receipts, forms, letters; reprint duplicates
    RIGHTS_EXPORT = "rights.export"  # access export of one resident (GDPR art. 15)
    RIGHTS_ERASE = "rights.erase"  # erase / anonymise a resident (GDPR art. 17)
    ACCOUNTS_MANAGE = "accounts.manage"  # create, disable agents, reset passwords
    JOURNAL_READ = "journal.read"  # the journal, its verification, the access journal
    RETENTION_PURGE = "retention.purge"  # run the retention purge, see what it would remove
    RECORDS_PRINT = "records.print"  # the record of processing (GDPR art. 30)
    KEY_ROTATE = "key.rotate"  # re-encrypt with a new data key
    DOSSIER_READ = "dossier.read"  # list and open assisted procedures (dossiers), their status history
    DOSSIER_WRITE = "dossier.write"  # start, fill, submit, record a dossier; its pieces; review a new DN form
    CATALOGUE_IMPORT = "catalogue.import"  # import a procedure definition or a Démarche Numérique descriptor
    OUTBOX_SEND = "outbox.send"  # send waiting items now; send again an item corrected after a refusal
    OUTBOX_REVIEW = "outbox.review"  # resolve an item nobody could check: mark sent, send again, abandon
    PLATFORM_CREDENTIALS = "platform.credentials"  # set or forget the Démarche Numérique administrator token


_EVERYONE = frozenset({
    Permission.RESIDENT_READ, Permission.RESIDENT_WRITE, Permission.VISIT_WRITE, Permission.PROFILE_WRITE,
    Permission.CONSENT_WITHDRAW, Permission.OBJECTION_RECORD, Permission.DOCUMENT_ISSUE,
    Permission.DOSSIER_READ, Permission.DOSSIER_WRITE, Permission.OUTBOX_SEND,
})
_MEDIATOR = _EVERYONE | {Permission.SENSITIVE_READ, Permission.SENSITIVE_WRITE}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.AGENT: _EVERYONE,
    Role.MEDIATOR: _MEDIATOR,
    Role.SUPERVISOR: frozenset(Permission),
}


@dataclass(frozen=True)
class Actor:
    """Who acts, from which desk. ``agent_id`` is None for the system itself (migrations, seeding)."""

    desk_id: uuid.UUID
    agent_id: uuid.UUID | None = None
    role: Role | None = None

    @property
    def is_supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR

    def may(self, permission: Permission) -> bool:
        """An actor without a role (the system) may do nothing a person would need a role for."""
        return self.role is not None and permission in PERMISSIONS[self.role]


def require(actor: Actor, permission: Permission) -> None:
    """Services call this first: a refusal names the permission for the log, never data."""
    from frontdesk.errors import PermissionDenied

    if not actor.may(permission):
        code = "auth.supervisor_only" if permission not in PERMISSIONS[Role.MEDIATOR] else "auth.forbidden"
        raise PermissionDenied(code, permission=permission.value)

