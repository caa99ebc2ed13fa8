"""The commune's own documents, built from the settings: its contact block, the consent form and the notice.

Why here and not in each screen: the contact details and the data protection officer come from the
settings file the town hall's IT deploys, and every paper a resident takes home must name the same
controller, so one function per document reads them, and a missing detail is a clear settings error
rather than a half-empty page.
"""

from __future__ import annotations

from datetime import date

from frontdesk.documents.data import ConsentForm, InformationNotice, Service
from frontdesk.documents.notice import information_notice
from frontdesk.documents.templates import duration_words
from frontdesk.errors import FrontdeskError
from frontdesk.settings import Settings

CONTACT_KEYS = {
    "commune_name": "commune.name", "commune_address": "commune.address",
    "commune_postal_code": "commune.postal_code", "commune_email": "commune.email",
    "commune_phone": "commune.phone", "dpo_contact": "privacy.dpo_contact",
}

CONSENT_NEEDS = ("noter l'aide dont j'ai besoin pour utiliser Internet, y compris des difficultés liées à la santé "
                 "(vue, audition, mobilité…), à la lecture ou à la langue française",)
CONSENT_ACT = ("faire avec moi, en mon nom, les démarches en ligne que je demande, et seulement celles-là",)


class ContactMissing(FrontdeskError):
    """The settings lack what the commune's documents must print; ``params["keys"]`` names the settings keys."""

    code = "documents.contact_missing"


def _missing(settings: Settings) -> list[str]:
    return [key for attr, key in CONTACT_KEYS.items() if not getattr(settings, attr)]


def commune_contact(settings: Settings) -> Service:
    """The town hall as residents reach it: name, postal address, e-mail and phone; raises ``ContactMissing``."""
    missing = _missing(settings)
    if missing:
        raise ContactMissing(keys=", ".join(missing))
    name = settings.commune_name
    article = "d'" if name[:1].lower() in "aeiouyhéèêâîôû" else "de "
    return Service(name=f"Mairie {article}{name}", address=settings.commune_address,
                   postal_code=settings.commune_postal_code, commune=name, email=settings.commune_email,
                   phone=settings.commune_phone)


def consent_form(settings: Settings, resident: str, dated: date, *, act_on_behalf: bool = False) -> ConsentForm:
    """The consent form for noting a resident's sensitive needs (and, for a dossier, acting on their behalf)."""
    contact = commune_contact(settings)
    recorded = ["mon nom et mes coordonnées",
                "l'aide dont j'ai besoin pour utiliser Internet (jamais de détail médical)"]
    if act_on_behalf:
        recorded.insert(1, "les démarches faites pour moi et leur référence")
    return ConsentForm(
        controller=contact, resident=resident, dated=dated,
        purposes=(*(CONSENT_ACT if act_on_behalf else ()), *CONSENT_NEEDS),
        recorded=tuple(recorded),
        retention=f"Mon dossier est gardé {duration_words(settings.retention_resident_months)} après mon dernier "
                  "passage au guichet. L'aide dont j'ai "
                  "besoin liée à la santé, à la lecture ou à la langue est effacée dès que je retire mon accord.",
        withdraw_how=f"dites-le au guichet, ou écrivez à la mairie ({', '.join(contact.postal_lines())}) ou à "
                     f"{contact.email}.",
        dpo_contact=settings.dpo_contact,
    )


def notice(settings: Settings) -> InformationNotice:
    """The GDPR art. 13 notice of this installation."""
    return information_notice(settings, commune_contact(settings), dpo_contact=settings.dpo_contact)
