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
    "journal.verified": QT_TRANSLATE_NOOP("Actions", "Journal verified"),
}

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
    template = _MESSAGES.get(error.code)
    if template is None:
        return QCoreApplication.translate("Messages", "Unexpected error ({code}).").format(code=error.code)
    try:
        return _translated("Messages", template).format(**params)
    except (KeyError, IndexError):
        return _translated("Messages", template)


def role_name(role: str) -> str:
    return _translated("Roles", ROLES.get(role, role))


def action_name(action: str) -> str:
    return _translated("Actions", ACTIONS[action]) if action in ACTIONS else action


def problem_text(problem: str | None) -> str:
    return _translated("Messages", PROBLEMS.get(problem or "", problem or ""))
