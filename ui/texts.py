"""Every sentence the UI derives from a core code: error messages, roles, journal actions.

Source strings are English and marked with QT_TRANSLATE_NOOP so lupdate collects them; they are
translated when shown, so the language can change without restarting.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from frontdesk.errors import FrontdeskError

_MESSAGES = {
    "auth.failed": QT_TRANSLATE_NOOP("Messages", "Wrong login or password."),
    "auth.locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many failed attempts: this account is blocked until {until}. "
        "A supervisor can unblock it by resetting the password."),
    "auth.disabled": QT_TRANSLATE_NOOP("Messages", "This account is disabled. Ask a supervisor."),
    "auth.supervisor_only": QT_TRANSLATE_NOOP("Messages", "Only a supervisor can do this."),
    "auth.agent_required": QT_TRANSLATE_NOOP("Messages", "Sign in with your personal account to do this."),
    "settings.invalid": QT_TRANSLATE_NOOP(
        "Messages", "The setting “{key}” (read from {source}) has a wrong value: “{value}”. "
        "Expected: {expected_text}."),
    "settings.unreadable": QT_TRANSLATE_NOOP("Messages", "The settings file {path} cannot be read: {detail}"),
    "database.newer_schema": QT_TRANSLATE_NOOP(
        "Messages", "The database was created by a newer version of Frontdesk (revision {revision}). "
        "Please update the application."),
    "database.foreign_keys_broken": QT_TRANSLATE_NOOP(
        "Messages", "The database update left {count} broken reference(s); a backup was made before the update."),
    "database.unreachable": QT_TRANSLATE_NOOP("Messages", "The database cannot be opened: {detail}"),
    "desk.prefix_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The desk prefix must be 1 to 6 capital letters or digits, optionally followed by a hyphen "
        "and 1 to 4 more (for example “ADM-A1”)."),
    "desk.prefix_taken": QT_TRANSLATE_NOOP("Messages", "The prefix “{prefix}” is already used by another desk."),
    "agent.login_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The login must be 2 to 32 characters: lower-case letters, digits, dot, hyphen or underscore."),
    "agent.name_invalid": QT_TRANSLATE_NOOP("Messages", "The name must be 2 to 120 characters."),
    "agent.login_taken": QT_TRANSLATE_NOOP("Messages", "The login “{login}” already exists."),
    "agent.first_exists": QT_TRANSLATE_NOOP("Messages", "A first supervisor account already exists."),
    "agent.unknown": QT_TRANSLATE_NOOP("Messages", "This account does not exist."),
    "agent.cannot_disable_self": QT_TRANSLATE_NOOP("Messages", "You cannot disable your own account."),
    "password.too_short": QT_TRANSLATE_NOOP("Messages", "The password must have at least {min} characters."),
    "password.too_long": QT_TRANSLATE_NOOP("Messages", "The password must have at most {max} characters."),
    "password.common": QT_TRANSLATE_NOOP("Messages", "This password is too common."),
    "password.contains_name": QT_TRANSLATE_NOOP("Messages", "The password must not contain your login or your name."),
    "password.repetitive": QT_TRANSLATE_NOOP("Messages", "The password must have at least {min} different characters."),
    "password.too_weak": QT_TRANSLATE_NOOP(
        "Messages", "This password is too weak: make it longer (a sentence of several words is fine) "
        "or mix capitals, digits and special characters."),
    "password.mismatch": QT_TRANSLATE_NOOP("Messages", "The two passwords are different."),
}

_MESSAGES.update({
    "resident.invalid": QT_TRANSLATE_NOOP("Messages", "Please check the fields marked below."),
    "visit.invalid": QT_TRANSLATE_NOOP("Messages", "Please check the fields marked below."),
    "assessment.invalid": QT_TRANSLATE_NOOP("Messages", "Please check the fields marked below."),
    "resident.duplicate": QT_TRANSLATE_NOOP(
        "Messages", "This person may already be known to the desk. Open their file, or create a new one anyway."),
    "inclusion.consent_required": QT_TRANSLATE_NOOP(
        "Messages", "These difficulties concern health, language or reading: they can only be recorded with the "
        "resident's explicit consent. Record the consent first, or untick them."),
    "resident.merged": QT_TRANSLATE_NOOP(
        "Messages", "This file was merged into another one: open the resident's file from the search."),
    "resident.merge_same": QT_TRANSLATE_NOOP(
        "Messages", "Choose another resident: a file cannot be merged with itself."),
    "resident.already_merged": QT_TRANSLATE_NOOP("Messages", "One of these files was already merged."),
    "resident.not_a_merge": QT_TRANSLATE_NOOP("Messages", "This journal entry is not a merge."),
    "resident.not_merged": QT_TRANSLATE_NOOP("Messages", "This merge was already undone."),
    "resident.unmerge_later_merge_first": QT_TRANSLATE_NOOP(
        "Messages", "The file kept was merged again since: undo that later merge first."),
    "auth.forbidden": QT_TRANSLATE_NOOP("Messages", "Your role does not allow this."),
    "journal.broken": QT_TRANSLATE_NOOP("Messages", "The journal was altered: first faulty entry No. {seq}."),
    "resident.unknown": QT_TRANSLATE_NOOP("Messages", "This resident's file does not exist (any more)."),
    "visit.unknown": QT_TRANSLATE_NOOP("Messages", "This visit does not exist (any more)."),
    "dossier.unknown": QT_TRANSLATE_NOOP("Messages", "This dossier does not exist (any more)."),
    "dossier.invalid": QT_TRANSLATE_NOOP("Messages", "This procedure cannot go further yet: please check it."),
    "secrets.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The computer's password safe cannot be used ({detail}). Ask the person who manages the PCs."),
    "catalogue.import_not_toml": QT_TRANSLATE_NOOP(
        "Messages", "The file {path} is not a TOML definition (a .toml file is expected)."),
    "catalogue.import_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {path} cannot be read: {detail}"),
    "catalogue.import_too_large": QT_TRANSLATE_NOOP("Messages", "The file {path} is larger than {max_kib} KiB."),
    "catalogue.import_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The definition {path} has {count} problem(s); it was not imported."),
    "catalogue.import_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "A procedure already has the identifier “{procedure}”; nothing was imported."),
    "documents.contact_missing": QT_TRANSLATE_NOOP(
        "Messages", "The commune's contact details printed on this document are not set up (missing settings: "
        "{keys}). Ask the administrator to fill them in the settings file."),
    "documents.no_consent": QT_TRANSLATE_NOOP(
        "Messages", "No consent is recorded for this resident: record the consent first, then print the form."),
    "privacy.locked": QT_TRANSLATE_NOOP("Messages", "The protected data is locked: restart the application."),
    "privacy.decryption_failed": QT_TRANSLATE_NOOP(
        "Messages", "Protected data could not be read: it was altered or the key is wrong. Call your supervisor."),
    "privacy.passphrase_required": QT_TRANSLATE_NOOP(
        "Messages", "The supervisor's passphrase is needed to open the protected data."),
    "privacy.wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "This passphrase is not the right one."),
    "privacy.passphrase_short": QT_TRANSLATE_NOOP(
        "Messages", "The passphrase must have at least {min} characters (several words are easiest)."),
    "rights.already_anonymised": QT_TRANSLATE_NOOP("Messages", "This resident was already anonymised."),
    "rights.decision_invalid": QT_TRANSLATE_NOOP("Messages", "Choose whether the objection is upheld or rejected."),
    "rights.objection_closed": QT_TRANSLATE_NOOP("Messages", "This objection was already decided."),
    "privacy.key_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The key of the protected data cannot be found on this computer. Call your supervisor."),
})

# Démarche Numérique: the client's errors (frontdesk.connectors.demarche_numerique.errors) and descriptors.
_MESSAGES.update({
    "remote.refused": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique cannot be reached (no network, or a wrong address in the settings)."),
    "remote.refused.request": QT_TRANSLATE_NOOP(
        "Messages", "The address of Démarche Numérique in the settings is not valid."),
    "remote.timeout": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique did not answer in time; it is not known whether the request was taken "
        "into account. The application checks before sending it again."),
    "remote.timeout.connect": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique does not answer (connection timed out)."),
    "remote.reset": QT_TRANSLATE_NOOP(
        "Messages", "The connection with Démarche Numérique was cut; it is not known whether the request was taken "
        "into account. The application checks before sending it again."),
    "remote.server": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique has an error; the application will try again later."),
    "remote.server.unavailable": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique is unavailable for a while."),
    "remote.server.gateway": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique does not answer behind its gateway; it is not known whether the request was "
        "taken into account."),
    "remote.server.internal": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique had an internal error."),
    "remote.server.timeout": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique took too long to prepare its answer."),
    "remote.rate_limited": QT_TRANSLATE_NOOP(
        "Messages", "Too many requests sent to Démarche Numérique: the application tries again in a few seconds."),
    "remote.rate_limited.local": QT_TRANSLATE_NOOP(
        "Messages", "Limit of 15 prefilled dossiers per 15 seconds reached: sending is delayed by a few seconds."),
    "remote.malformed": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique sent an answer that cannot be read."),
    "remote.malformed.shape": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique sent an incomplete answer."),
    "remote.malformed.descriptor": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique sent an incomplete description of the form."),
    "remote.rejected": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique refused the request."),
    "remote.rejected.invalid": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique refused the data sent."),
    "remote.rejected.content_type": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique refused the request (wrong sending format)."),
    "remote.rejected.query": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique did not understand the application's request: the application needs an "
        "update."),
    "remote.rejected.bad_request": QT_TRANSLATE_NOOP(
        "Messages", "Démarche Numérique refused the application's request."),
    "remote.rejected.mutation": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique refused the operation: {message}"),
    "remote.not_found": QT_TRANSLATE_NOOP("Messages", "Not found on Démarche Numérique."),
    "remote.not_found.demarche": QT_TRANSLATE_NOOP(
        "Messages", "This procedure does not exist on Démarche Numérique, or it is closed."),
    "remote.not_found.schema": QT_TRANSLATE_NOOP(
        "Messages", "The form of this procedure is not public on Démarche Numérique (closed procedure, or not open "
        "data)."),
    "remote.not_found.dossier": QT_TRANSLATE_NOOP(
        "Messages", "This dossier cannot be found on Démarche Numérique (a draft not submitted yet, or deleted)."),
    "remote.auth": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique refused access."),
    "remote.auth.token_missing": QT_TRANSLATE_NOOP(
        "Messages", "No valid API token: store the administrator token of the procedure (a mistyped token is "
        "ignored by the platform)."),
    "remote.auth.token_expired": QT_TRANSLATE_NOOP(
        "Messages", "The Démarche Numérique API token has expired: an administrator must create a new one."),
    "remote.auth.forbidden_network": QT_TRANSLATE_NOOP(
        "Messages", "The API token does not allow this computer's network: add the town hall's IP address to the "
        "token, in the administrator's profile."),
    "remote.auth.forbidden": QT_TRANSLATE_NOOP("Messages", "Démarche Numérique refused access with this token."),
    "remote.auth.deprecated_token": QT_TRANSLATE_NOOP(
        "Messages", "This API token has an old format: an administrator must create a new one."),
    "remote.auth.hidden": QT_TRANSLATE_NOOP(
        "Messages", "This procedure or dossier cannot be read with the API token (outside its scope, or the "
        "procedure is not public)."),
    "remote.auth.read_only": QT_TRANSLATE_NOOP(
        "Messages", "The API token is read-only: sending messages needs a read and write token."),
    "remote.auth.instructeur": QT_TRANSLATE_NOOP(
        "Messages", "The chosen case officer has no access to this dossier on Démarche Numérique."),
    "secrets.unavailable": QT_TRANSLATE_NOOP("Messages", "The system's password keyring cannot be reached ({detail})."),
    "dn.descriptor_invalid": QT_TRANSLATE_NOOP(
        "Messages", "The file {file} is not a Démarche Numérique form: {problem_text}."),
    "dn.descriptor_unreadable": QT_TRANSLATE_NOOP("Messages", "The file {file} cannot be read: {detail}"),
    "dn.token_invalid": QT_TRANSLATE_NOOP(
        "Messages", "This is not an API token: paste it in one piece, without spaces (at most 512 characters)."),
})

# Why a descriptor file was refused (params["problem"] of dn.descriptor_invalid).
DESCRIPTOR_PROBLEMS = {
    "not_json": QT_TRANSLATE_NOOP("DescriptorProblems", "it is not JSON"),
    "not_object": QT_TRANSLATE_NOOP("DescriptorProblems", "the content does not describe a procedure"),
    "no_number": QT_TRANSLATE_NOOP("DescriptorProblems", "the procedure number is missing"),
    "no_revision": QT_TRANSLATE_NOOP("DescriptorProblems", "the form's revision and its fields are missing"),
    "bad_champ": QT_TRANSLATE_NOOP("DescriptorProblems", "a field has no identifier or no type"),
    "too_large": QT_TRANSLATE_NOOP("DescriptorProblems", "the file is too large"),
}

# A field changed between two revisions of a Démarche Numérique form (descriptor.FieldChange).
REVISION_CHANGES = {
    "added": QT_TRANSLATE_NOOP("RevisionChanges", "New field: {label}"),
    "removed": QT_TRANSLATE_NOOP("RevisionChanges", "Field removed: {label}"),
    "changed": QT_TRANSLATE_NOOP("RevisionChanges", "Field changed: {label} ({what})"),
}
REVISION_ASPECTS = {
    "label": QT_TRANSLATE_NOOP("RevisionChanges", "wording"),
    "type": QT_TRANSLATE_NOOP("RevisionChanges", "kind of answer"),
    "now_required": QT_TRANSLATE_NOOP("RevisionChanges", "now required"),
    "now_optional": QT_TRANSLATE_NOOP("RevisionChanges", "now optional"),
    "options": QT_TRANSLATE_NOOP("RevisionChanges", "choices"),
    "help": QT_TRANSLATE_NOOP("RevisionChanges", "help text"),
    "condition": QT_TRANSLATE_NOOP("RevisionChanges", "when it is asked"),
}

# One short sentence per field error code, shown under the field.
FIELD_ERRORS = {
    "required": QT_TRANSLATE_NOOP("FieldErrors", "Required."),
    "date_format": QT_TRANSLATE_NOOP("FieldErrors", "Write the date as dd/mm/yyyy, for example 12/03/1950."),
    "year_format": QT_TRANSLATE_NOOP("FieldErrors", "Write the year with 4 digits, for example 1950."),
    "too_long": QT_TRANSLATE_NOOP("FieldErrors", "Too long."),
    "name_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Letters, spaces, hyphens and apostrophes only."),
    "phone_invalid": QT_TRANSLATE_NOOP("FieldErrors", "This is not a valid phone number."),
    "phone_and_no_phone": QT_TRANSLATE_NOOP("FieldErrors", "Type a number or tick “no phone”, not both."),
    "email_invalid": QT_TRANSLATE_NOOP("FieldErrors", "This is not a valid e-mail address."),
    "email_and_no_email": QT_TRANSLATE_NOOP("FieldErrors", "Type an address or tick “no e-mail”, not both."),
    "postal_code_invalid": QT_TRANSLATE_NOOP("FieldErrors", "A French postal code has 5 digits."),
    "birth_date_future": QT_TRANSLATE_NOOP("FieldErrors", "This date is in the future."),
    "birth_date_too_old": QT_TRANSLATE_NOOP("FieldErrors", "This date is too far in the past."),
    "birth_year_range": QT_TRANSLATE_NOOP("FieldErrors", "Year between 1900 and this year."),
    "birth_year_mismatch": QT_TRANSLATE_NOOP("FieldErrors", "The year does not match the date of birth."),
    "channel_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Choose a way from the list."),
    "channel_unreachable": QT_TRANSLATE_NOOP(
        "FieldErrors", "The details needed for this way of contact are missing (number, e-mail or address)."),
    "theme_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Unknown theme."),
    "themes_required": QT_TRANSLATE_NOOP("FieldErrors", "Choose at least one theme."),
    "outcome_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Choose an outcome from the list."),
    "outcome_required": QT_TRANSLATE_NOOP("FieldErrors", "Say how the visit ended."),
    "referral_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Choose an organisation from the list."),
    "referral_required": QT_TRANSLATE_NOOP("FieldErrors", "Say where the resident is referred to."),
    "duration_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Between 1 and 600 minutes."),
    "already_finished": QT_TRANSLATE_NOOP("FieldErrors", "This visit is already finished."),
    "started_in_future": QT_TRANSLATE_NOOP("FieldErrors", "The visit cannot start in the future."),
    "equipment_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Unknown device."),
    "autonomy_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Choose a level from the list."),
    "barrier_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Unknown difficulty."),
    "orientation_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Choose an organisation from the list."),
    "review_before_assessment": QT_TRANSLATE_NOOP("FieldErrors", "The review must come after the assessment."),
    "assessed_in_future": QT_TRANSLATE_NOOP("FieldErrors", "This date is in the future."),
    # Démarche Numérique formats the form engine does not check (descriptor.prefill_problems)
    "dn.siret": QT_TRANSLATE_NOOP("FieldErrors", "A SIRET number has 14 digits."),
    "dn.commune_postal_code": QT_TRANSLATE_NOOP(
        "FieldErrors", "Give the commune's postal code too: Démarche Numérique needs it."),
    "text_invalid": QT_TRANSLATE_NOOP("FieldErrors", "Remove the invisible or control characters."),
}


def field_error(code: str) -> str:
    return QCoreApplication.translate("FieldErrors", FIELD_ERRORS[code]) if code in FIELD_ERRORS else code


_EXPECTED = {
    "database_url": QT_TRANSLATE_NOOP(
        "Messages", "a database address “sqlite:///path/file.sqlite3” or “postgresql://user@host:port/base”"),
    "int_range": QT_TRANSLATE_NOOP("Messages", "a whole number from {min} to {max}"),
    "log_level": QT_TRANSLATE_NOOP("Messages", "one of DEBUG, INFO, WARNING, ERROR"),
    "short_text": QT_TRANSLATE_NOOP("Messages", "a text of 1 to 80 characters"),
    "desk_prefix": QT_TRANSLATE_NOOP(
        "Messages", "1 to 6 capital letters or digits, optionally followed by a hyphen and 1 to 4 more, "
        "for example “ADM” or “ADM-A1”"),
    "http_url": QT_TRANSLATE_NOOP("Messages", "a web address starting with https:// or http://"),
    "positive_seconds": QT_TRANSLATE_NOOP("Messages", "a number of seconds above 0 and at most 300"),
    "folder_name": QT_TRANSLATE_NOOP(
        "Messages", "a folder name (letters, digits, space, dot, hyphen; no “/” and no “..”)"),
    "long_text": QT_TRANSLATE_NOOP("Messages", "a text of 1 to 200 characters"),
    "address_lines": QT_TRANSLATE_NOOP(
        "Messages", "1 to 4 address lines of at most 80 characters (a list, or lines separated by “|”)"),
    "postal_code": QT_TRANSLATE_NOOP("Messages", "a postal code of 5 digits"),
    "email": QT_TRANSLATE_NOOP("Messages", "an e-mail address, for example accueil@mairie.fr"),
    "key_protection": QT_TRANSLATE_NOOP("Messages", "one of auto, keyring, passphrase"),
}

ROLES = {
    "agent": QT_TRANSLATE_NOOP("Roles", "Front-desk agent"),
    "mediator": QT_TRANSLATE_NOOP("Roles", "Digital mediator"),
    "supervisor": QT_TRANSLATE_NOOP("Roles", "Supervisor"),
}

ACTIONS = {
    "auth.sign_in": QT_TRANSLATE_NOOP("Actions", "Signed in"),
    "auth.sign_in_failed": QT_TRANSLATE_NOOP("Actions", "Failed sign-in"),
    "auth.sign_out": QT_TRANSLATE_NOOP("Actions", "Signed out"),
    "auth.screen_locked": QT_TRANSLATE_NOOP("Actions", "Screen locked"),
    "auth.unlock": QT_TRANSLATE_NOOP("Actions", "Screen unlocked"),
    "auth.unlock_failed": QT_TRANSLATE_NOOP("Actions", "Failed unlock"),
    "auth.account_locked": QT_TRANSLATE_NOOP("Actions", "Account blocked after failed attempts"),
    "agent.created": QT_TRANSLATE_NOOP("Actions", "Account created"),
    "agent.password_changed": QT_TRANSLATE_NOOP("Actions", "Password changed"),
    "agent.password_reset": QT_TRANSLATE_NOOP("Actions", "Password reset by a supervisor"),
    "agent.enabled": QT_TRANSLATE_NOOP("Actions", "Account enabled"),
    "agent.disabled": QT_TRANSLATE_NOOP("Actions", "Account disabled"),
    "desk.created": QT_TRANSLATE_NOOP("Actions", "Desk created"),
    "demo.seeded": QT_TRANSLATE_NOOP("Actions", "Demo data created"),
    "dn.descriptor_stored": QT_TRANSLATE_NOOP("Actions", "Démarche Numérique form stored"),
    "dn.revision_changed": QT_TRANSLATE_NOOP("Actions", "Démarche Numérique form changed (new revision)"),
    "dn.revision_reviewed": QT_TRANSLATE_NOOP("Actions", "Changes of a Démarche Numérique form reviewed"),
    "dn.token_saved": QT_TRANSLATE_NOOP("Actions", "Démarche Numérique administrator token saved"),
    "dn.token_forgotten": QT_TRANSLATE_NOOP("Actions", "Démarche Numérique administrator token forgotten"),
    "journal.verified": QT_TRANSLATE_NOOP("Actions", "Journal verified"),
    "resident.created": QT_TRANSLATE_NOOP("Actions", "Resident registered"),
    "resident.updated": QT_TRANSLATE_NOOP("Actions", "Resident's file updated"),
    "resident.merged": QT_TRANSLATE_NOOP("Actions", "Duplicate files merged"),
    "resident.unmerged": QT_TRANSLATE_NOOP("Actions", "Merge undone"),
    "visit.started": QT_TRANSLATE_NOOP("Actions", "Visit started"),
    "visit.finished": QT_TRANSLATE_NOOP("Actions", "Visit finished"),
    "visit.recorded": QT_TRANSLATE_NOOP("Actions", "Visit recorded"),
    "consent.given": QT_TRANSLATE_NOOP("Actions", "Consent recorded"),
    "consent.withdrawn": QT_TRANSLATE_NOOP("Actions", "Consent withdrawn"),
    "assessment.recorded": QT_TRANSLATE_NOOP("Actions", "Digital needs assessed"),
    "dossier.started": QT_TRANSLATE_NOOP("Actions", "Procedure started (draft)"),
    "dossier.consent_recorded": QT_TRANSLATE_NOOP("Actions", "Consent to act on the person's behalf recorded"),
    "dossier.pieces_set": QT_TRANSLATE_NOOP("Actions", "Papers of a procedure noted"),
    "dossier.discarded": QT_TRANSLATE_NOOP("Actions", "Draft procedure discarded"),
    "dossier.submitted": QT_TRANSLATE_NOOP("Actions", "Procedure registered"),
    "dossier.recorded": QT_TRANSLATE_NOOP("Actions", "Procedure on a national site recorded"),
    "dossier.pieces_received": QT_TRANSLATE_NOOP("Actions", "Papers received for a procedure"),
    "dossier.decided": QT_TRANSLATE_NOOP("Actions", "Decision on a procedure recorded"),
    "dossier.queued": QT_TRANSLATE_NOOP("Actions", "Procedure queued for Démarche Numérique"),
    "dossier.prefilled": QT_TRANSLATE_NOOP("Actions", "Prefilled dossier created on Démarche Numérique"),
    "dossier.remote_state": QT_TRANSLATE_NOOP("Actions", "Démarche Numérique dossier changed state"),
    "dossier.link_used": QT_TRANSLATE_NOOP("Actions", "Link of a Démarche Numérique dossier opened or copied"),
    "dossier.remote_detail": QT_TRANSLATE_NOOP("Actions", "Démarche Numérique dossier detail updated"),
    "dossier.receipt_issued": QT_TRANSLATE_NOOP("Actions", "Assistance receipt of a Démarche Numérique dossier"),
    "document.issued": QT_TRANSLATE_NOOP("Actions", "Document issued"),
    "document.reprinted": QT_TRANSLATE_NOOP("Actions", "Duplicate printed"),
    "profile.viewed": QT_TRANSLATE_NOOP("Actions", "Digital needs consulted"),
    "rights.exported": QT_TRANSLATE_NOOP("Actions", "Resident's data exported"),
    "rights.anonymised": QT_TRANSLATE_NOOP("Actions", "Resident anonymised (erasure)"),
    "rights.objection_received": QT_TRANSLATE_NOOP("Actions", "Objection received"),
    "rights.objection_decided": QT_TRANSLATE_NOOP("Actions", "Objection decided"),
    "retention.purged": QT_TRANSLATE_NOOP("Actions", "Retention purge"),
    "key.rotated": QT_TRANSLATE_NOOP("Actions", "Encryption key replaced"),
}

_MESSAGES.update({
    "outbox.busy": QT_TRANSLATE_NOOP(
        "Messages", "Another program of this desk is already sending (another window of Frontdesk?)."),
    "outbox.reference_required": QT_TRANSLATE_NOOP(
        "Messages", "Type the reference the platform gave (for example the dossier number)."),
    "outbox.reason_required": QT_TRANSLATE_NOOP("Messages", "Say why this sending is abandoned."),
    "outbox.reason_too_long": QT_TRANSLATE_NOOP("Messages", "The reason must have at most {max} characters."),
    "outbox.wrong_state": QT_TRANSLATE_NOOP(
        "Messages", "This item changed meanwhile: refresh the list and look again."),
    "outbox.unknown_item": QT_TRANSLATE_NOOP("Messages", "This item does not exist (any more)."),
    "secrets.unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The system's password store cannot be reached: the desk cannot use its stored credentials."),
})

ACTIONS.update({
    "outbox.marked_sent": QT_TRANSLATE_NOOP("Actions", "Sending marked as done by a supervisor"),
    "outbox.abandoned": QT_TRANSLATE_NOOP("Actions", "Sending abandoned"),
    "outbox.resent": QT_TRANSLATE_NOOP("Actions", "Sent again at a supervisor's request"),
    "outbox.retried": QT_TRANSLATE_NOOP("Actions", "Corrected and sent again"),
})

# The outbox: what is being sent, and what happened to it. States are words, never a colour alone.
OUTBOX_STATES = {
    "pending": QT_TRANSLATE_NOOP("Outbox", "Waiting to be sent"),
    "in_flight": QT_TRANSLATE_NOOP("Outbox", "Being sent"),
    "sent": QT_TRANSLATE_NOOP("Outbox", "Sent"),
    "unknown": QT_TRANSLATE_NOOP("Outbox", "Being checked"),
    "failed": QT_TRANSLATE_NOOP("Outbox", "To correct"),
    "needs_review": QT_TRANSLATE_NOOP("Outbox", "For a supervisor to decide"),
    "abandoned": QT_TRANSLATE_NOOP("Outbox", "Abandoned"),
}

OUTBOX_KINDS = {
    "dn.prefill": QT_TRANSLATE_NOOP("Outbox", "Online procedure (prefilled dossier)"),
    "dn.message": QT_TRANSLATE_NOOP("Outbox", "Message to the resident"),
}

OUTBOX_EVENTS = {
    "outbox.enqueued": QT_TRANSLATE_NOOP("Outbox", "Put in the queue"),
    "outbox.claimed": QT_TRANSLATE_NOOP("Outbox", "Sending (attempt {attempt})"),
    "outbox.sent": QT_TRANSLATE_NOOP("Outbox", "Sent (reference {remote_ref})"),
    "outbox.found": QT_TRANSLATE_NOOP("Outbox", "Found on the platform (reference {remote_ref})"),
    "outbox.interrupted": QT_TRANSLATE_NOOP(
        "Outbox", "Interrupted while sending (the application stopped): checked before anything else"),
    "outbox.prefill_resend": QT_TRANSLATE_NOOP(
        "Outbox", "The platform's answer was lost: sent again (an unused draft may stay there; "
        "the platform deletes it after 5 days)"),
    "outbox.resend": QT_TRANSLATE_NOOP("Outbox", "Sent again"),
    "outbox.cannot_check": QT_TRANSLATE_NOOP(
        "Outbox", "Nobody can tell automatically whether the platform received it: a supervisor decides"),
    "outbox.check_failed": QT_TRANSLATE_NOOP("Outbox", "The check could not be made: tried again later"),
    "outbox.too_many_attempts": QT_TRANSLATE_NOOP(
        "Outbox", "Failed {attempts} times: a supervisor decides"),
    "outbox.no_transport": QT_TRANSLATE_NOOP("Outbox", "This version of Frontdesk cannot send this kind of item"),
    "outbox.record_failed": QT_TRANSLATE_NOOP(
        "Outbox", "Sent, but the result could not be written on the dossier"),
    "outbox.unexpected": QT_TRANSLATE_NOOP("Outbox", "Unexpected fault while sending: checked before anything else"),
    "outbox.marked_sent": QT_TRANSLATE_NOOP("Outbox", "Marked as received by a supervisor (reference {remote_ref})"),
    "outbox.abandoned": QT_TRANSLATE_NOOP("Outbox", "Abandoned by a supervisor: {reason}"),
    "outbox.resent": QT_TRANSLATE_NOOP("Outbox", "Sent again at a supervisor's request"),
    "outbox.retried": QT_TRANSLATE_NOOP("Outbox", "Corrected and sent again"),
    # What the platform answered, by kind of failure ("remote.<kind>[.<reason>]").
    "remote.refused": QT_TRANSLATE_NOOP("Outbox", "The platform cannot be reached (network down?): tried again later"),
    "remote.timeout": QT_TRANSLATE_NOOP("Outbox", "The platform did not answer in time"),
    "remote.reset": QT_TRANSLATE_NOOP("Outbox", "The connection was cut during the sending"),
    "remote.server": QT_TRANSLATE_NOOP("Outbox", "The platform had a fault"),
    "remote.rejected": QT_TRANSLATE_NOOP(
        "Outbox", "The platform refused the content: correct the dossier, then send it again"),
    "remote.auth": QT_TRANSLATE_NOOP(
        "Outbox", "The platform refused the desk's credentials: sending paused until a supervisor gives new ones"),
    "remote.rate_limited": QT_TRANSLATE_NOOP("Outbox", "Too many requests: waiting as long as the platform asks"),
    "remote.malformed": QT_TRANSLATE_NOOP("Outbox", "The platform's answer could not be read"),
    "remote.not_found": QT_TRANSLATE_NOOP("Outbox", "This procedure is not (or no longer) open on the platform"),
}


def outbox_state(state: str) -> str:
    return _translated("Outbox", OUTBOX_STATES[state]) if state in OUTBOX_STATES else state


def outbox_kind(kind: str) -> str:
    return _translated("Outbox", OUTBOX_KINDS[kind]) if kind in OUTBOX_KINDS else kind


def outbox_event(code: str | None, params: dict | None = None) -> str:
    """The sentence for an item's event or last error; a remote code is worded by its kind."""
    if not code:
        return ""
    template = OUTBOX_EVENTS.get(code) or OUTBOX_EVENTS.get(".".join(code.split(".")[:2]))
    if template is None:
        return QCoreApplication.translate("Messages", "Unexpected error ({code}).").format(code=code)
    try:
        return _translated("Outbox", template).format(**(params or {}))
    except (KeyError, IndexError):
        return _translated("Outbox", template)


PROBLEMS = {
    "altered": QT_TRANSLATE_NOOP("Messages", "its content was modified"),
    "missing": QT_TRANSLATE_NOOP("Messages", "an entry was deleted"),
    "broken_link": QT_TRANSLATE_NOOP("Messages", "the chain is broken: an entry was deleted or moved"),
}


def _translated(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def local_time(value: datetime, fmt: str = "HH:mm") -> str:
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(value.timestamp())), fmt)


def describe(error: FrontdeskError) -> str:
    """The agent-facing sentence for a core error, in the UI language."""
    params = dict(error.params)
    if isinstance(params.get("until"), datetime):
        params["until"] = local_time(params["until"])
    if "expected" in params:
        expected = _EXPECTED.get(params["expected"], params["expected"])
        params["expected_text"] = _translated("Messages", expected).format(**params)
    if error.code == "dn.descriptor_invalid":
        problem = str(params.get("problem", ""))
        params["problem_text"] = _translated("DescriptorProblems", DESCRIPTOR_PROBLEMS.get(problem, problem))
    template = _MESSAGES.get(error.code)
    if template is None:
        return QCoreApplication.translate("Messages", "Unexpected error ({code}).").format(code=error.code)
    try:
        return _translated("Messages", template).format(**params)
    except (KeyError, IndexError):
        return _translated("Messages", template)


def revision_change(kind: str, label: str, what: tuple[str, ...] = ()) -> str:
    """One line of the list of changes between two revisions of a Démarche Numérique form."""
    aspects = ", ".join(_translated("RevisionChanges", REVISION_ASPECTS.get(a, a)) for a in what)
    return _translated("RevisionChanges", REVISION_CHANGES[kind]).format(label=label, what=aspects)


def role_name(role: str) -> str:
    return _translated("Roles", ROLES.get(role, role))


def action_name(action: str) -> str:
    return _translated("Actions", ACTIONS[action]) if action in ACTIONS else action


def problem_text(problem: str | None) -> str:
    return _translated("Messages", PROBLEMS.get(problem or "", problem or ""))


# The form engine's problem codes (frontdesk/forms), shown under the field.
FORM_PROBLEMS = {
    "form.required": QT_TRANSLATE_NOOP("FormProblems", "Required."),
    "form.invalid": QT_TRANSLATE_NOOP("FormProblems", "This answer cannot be read: please type it again."),
    "form.text": QT_TRANSLATE_NOOP("FormProblems", "Type a text."),
    "form.too_long": QT_TRANSLATE_NOOP("FormProblems", "Too long: at most {max} characters."),
    "form.integer": QT_TRANSLATE_NOOP("FormProblems", "Type a whole number, for example 3."),
    "form.decimal": QT_TRANSLATE_NOOP("FormProblems", "Type a number, for example 12,50."),
    "form.too_small": QT_TRANSLATE_NOOP("FormProblems", "Must be at least {min}."),
    "form.too_large": QT_TRANSLATE_NOOP("FormProblems", "Must be at most {max}."),
    "form.date": QT_TRANSLATE_NOOP("FormProblems", "Write the date as dd/mm/yyyy, for example 12/03/1950."),
    "form.datetime": QT_TRANSLATE_NOOP(
        "FormProblems", "Write the date and time as dd/mm/yyyy hh:mm, for example 12/03/2026 14:30."),
    "form.date_too_early": QT_TRANSLATE_NOOP("FormProblems", "The date must be on or after {min}."),
    "form.date_too_late": QT_TRANSLATE_NOOP("FormProblems", "The date must be on or before {max}."),
    "form.yes_no": QT_TRANSLATE_NOOP("FormProblems", "Answer yes or no."),
    "form.email": QT_TRANSLATE_NOOP("FormProblems", "This is not a valid e-mail address."),
    "form.phone": QT_TRANSLATE_NOOP("FormProblems", "This is not a valid phone number."),
    "form.postal_code": QT_TRANSLATE_NOOP("FormProblems", "A French postal code has 5 digits."),
    "form.insee": QT_TRANSLATE_NOOP("FormProblems", "An INSEE code has 5 characters, for example 95018."),
    "form.choice": QT_TRANSLATE_NOOP("FormProblems", "Choose an answer from the list."),
    "form.other_required": QT_TRANSLATE_NOOP("FormProblems", "Say what “other” means."),
    "form.too_few_items": QT_TRANSLATE_NOOP("FormProblems", "Add at least {min}."),
    "form.too_many_items": QT_TRANSLATE_NOOP("FormProblems", "At most {max}: remove the extra ones."),
}


def form_problem(code: str, params: dict | None = None) -> str:
    """The sentence for a form problem; dates in the parameters are shown the French way."""
    shown = {}
    for key, value in (params or {}).items():
        if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
            value = f"{value[8:10]}/{value[5:7]}/{value[0:4]}"
        elif isinstance(value, float) and not value.is_integer():
            value = QLocale().toString(value)
        shown[key] = value
    template = FORM_PROBLEMS.get(code)
    if template is None:
        return _translated("FormProblems", FORM_PROBLEMS["form.invalid"])
    try:
        return _translated("FormProblems", template).format(**shown)
    except (KeyError, IndexError):
        return _translated("FormProblems", template).split("{")[0].strip()


# Problems of the catalogue definitions (frontdesk/catalogue), for the supervisor.
CATALOGUE_PROBLEMS = {
    "catalogue.unreadable": QT_TRANSLATE_NOOP("CatalogueProblems", "the file cannot be read (TOML syntax or encoding)"),
    "catalogue.too_large": QT_TRANSLATE_NOOP("CatalogueProblems", "the file is too large"),
    "catalogue.missing": QT_TRANSLATE_NOOP("CatalogueProblems", "a required entry is missing or empty"),
    "catalogue.wrong_type": QT_TRANSLATE_NOOP("CatalogueProblems", "an entry has the wrong kind of value"),
    "catalogue.unknown_key": QT_TRANSLATE_NOOP("CatalogueProblems", "unknown entry (a typo?)"),
    "catalogue.bad_id": QT_TRANSLATE_NOOP("CatalogueProblems", "invalid identifier"),
    "catalogue.bad_source": QT_TRANSLATE_NOOP("CatalogueProblems", "the source must be “local” or “external”"),
    "catalogue.bad_category": QT_TRANSLATE_NOOP("CatalogueProblems", "unknown procedure category"),
    "catalogue.bad_field_type": QT_TRANSLATE_NOOP("CatalogueProblems", "unknown field type"),
    "catalogue.duplicate_field": QT_TRANSLATE_NOOP("CatalogueProblems", "the same identifier is used twice"),
    "catalogue.duplicate_id": QT_TRANSLATE_NOOP("CatalogueProblems", "another procedure already has this identifier"),
    "catalogue.bad_condition": QT_TRANSLATE_NOOP(
        "CatalogueProblems", "the display condition names an unknown or later field, or an unknown answer, "
                             "operator or value"),
    "catalogue.options_required": QT_TRANSLATE_NOOP("CatalogueProblems", "a choice needs its list of answers"),
    "catalogue.bad_options": QT_TRANSLATE_NOOP(
        "CatalogueProblems", "answers must differ and “autre” is written with allow_other"),
    "catalogue.bad_bounds": QT_TRANSLATE_NOOP("CatalogueProblems", "the minimum is above the maximum"),
    "catalogue.nested_group": QT_TRANSLATE_NOOP("CatalogueProblems", "a repeated group cannot contain another one"),
    "catalogue.bad_required": QT_TRANSLATE_NOOP("CatalogueProblems", "this kind of field cannot be required"),
    "catalogue.bad_silence": QT_TRANSLATE_NOOP(
        "CatalogueProblems", "the meaning of silence must be “acceptance”, “rejection” or “none”"),
    "catalogue.bad_delay": QT_TRANSLATE_NOOP(
        "CatalogueProblems", "the implicit-decision delay is missing or out of range"),
    "catalogue.bad_url": QT_TRANSLATE_NOOP("CatalogueProblems", "the web address must start with https://"),
    "catalogue.bad_email": QT_TRANSLATE_NOOP("CatalogueProblems", "the service's e-mail address is not valid"),
    "catalogue.bad_phone": QT_TRANSLATE_NOOP("CatalogueProblems", "the service's phone number is not valid"),
    "catalogue.bad_postal_code": QT_TRANSLATE_NOOP("CatalogueProblems", "the service's postal code is not valid"),
    "catalogue.external_only": QT_TRANSLATE_NOOP("CatalogueProblems", "this entry is only for national sites"),
}


def catalogue_problem(code: str) -> str:
    template = CATALOGUE_PROBLEMS.get(code)
    return _translated("CatalogueProblems", template) if template else code
