"""What each document says, in plain French, as blocks (see ``blocks``); one function per kind and version.

A template version never changes once documents were issued with it: a reprint must say what the
original said. To change a wording, add a new version and point ``TEMPLATE_VERSIONS`` at it.
The legal items come from the CRPA (accusé de réception: L112-3, R112-5, L114-5, L231-1, L231-4, L232-3)
and the GDPR (art. 13 for the notice, art. 7 and 9 for consent).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from frontdesk.documents.address import address_lines
from frontdesk.documents.blocks import Block, Bullets, Fields, Heading, Letterhead, NewCopy, Para, Signatures, Title
from frontdesk.documents.data import (
    Acknowledgement,
    AssistanceReceipt,
    ConsentForm,
    DepositCertificate,
    DocumentData,
    FollowUpLetter,
    InformationNotice,
    Service,
)

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")

TEMPLATE_VERSIONS: dict[str, int] = {
    "acknowledgement": 1, "assistance_receipt": 1, "deposit_certificate": 1, "consent_form": 1,
    "information_notice": 1, "follow_up_letter": 1,
}

TITLES = {
    "acknowledgement": "Accusé de réception",
    "assistance_receipt": "Récépissé d'accompagnement",
    "deposit_certificate": "Attestation de dépôt de pièces",
    "consent_form": "Formulaire de consentement",
    "information_notice": "Notice d'information",
    "follow_up_letter": "Courrier de suivi",
}

CNIL = ("Si vous pensez que vos droits ne sont pas respectés, vous pouvez vous plaindre auprès de la CNIL "
        "(Commission nationale de l'informatique et des libertés) : www.cnil.fr, ou par courrier : "
        "CNIL, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07.")
RIGHTS = ("Vous avez le droit de voir les informations que nous avons sur vous, de les faire corriger, "
          "de les faire effacer, de limiter leur utilisation et de vous opposer à leur utilisation.")


def long_date(day: date) -> str:
    """``1er mars 2026``: dates written out, so nobody confuses day and month."""
    first = "1er" if day.day == 1 else str(day.day)
    return f"{first} {MONTHS[day.month - 1]} {day.year}"


def long_datetime(moment: datetime) -> str:
    """``3 mars 2026 à 14 h 05``, in the offset the datetime carries."""
    return f"{long_date(moment.date())} à {moment.hour} h {moment.minute:02d}"


def service_lines(service: Service) -> list[str]:
    lines = [service.name, *service.postal_lines()]
    if service.phone:
        lines.append(f"Téléphone : {service.phone}")
    if service.email:
        lines.append(f"Courriel : {service.email}")
    return lines


def _acknowledgement_v1(d: Acknowledgement) -> list[Block]:
    blocks: list[Block] = [
        Title("Accusé de réception de votre demande"),
        Fields((
            ("Votre demande", d.subject),
            ("Déposée par", d.applicant),
            ("Reçue le", long_date(d.received_on)),
            *((("Référence du dossier", d.dossier_reference),) if d.dossier_reference else ()),
        )),
        Heading("Le service qui s'occupe de votre demande"),
        Para("\n".join(service_lines(d.service))),
        Heading("Quand aurez-vous une réponse ?"),
    ]
    when = long_date(d.decision_on)
    if d.silence_means == "acceptance":
        blocks += [
            Para(f"Si vous n'avez pas reçu de réponse le {when}, votre demande sera acceptée.", strong=True),
            Para("C'est la règle « le silence vaut accord » : sans réponse dans le délai, la réponse est oui "
                 "(article L231-1 du code des relations entre le public et l'administration)."),
            Para("Vous pourrez alors demander au service ci-dessus une attestation qui prouve cet accord "
                 "(article L232-3 du même code)."),
        ]
    else:
        blocks += [
            Para(f"Si vous n'avez pas reçu de réponse le {when}, votre demande sera refusée.", strong=True),
            Para("Pour ce type de demande, sans réponse dans le délai, la réponse est non : c'est un refus "
                 "implicite (article L231-4 du code des relations entre le public et l'administration)."),
            Heading("Si vous n'êtes pas d'accord avec ce refus"),
            Para(f"Vous avez deux mois à partir du {when} pour le contester :"),
            Bullets((
                f"en écrivant à {d.service.name} pour demander de revoir la décision (recours gracieux) ;",
                f"en saisissant le {d.appeal_court} (recours contentieux), par courrier ou sur "
                "www.telerecours.fr (Télérecours citoyens).",
            )),
            Para("Si vous faites d'abord un recours gracieux, les deux mois pour saisir le tribunal repartent de "
                 "la réponse à ce recours (ou de son refus implicite, deux mois sans réponse)."),
            Para("Dans ces deux mois, vous pouvez aussi demander pourquoi votre demande a été refusée : les "
                 "raisons doivent vous être données dans un délai d'un mois (article L232-4 du même code)."),
        ]
    if d.missing_pieces:
        assert d.missing_by is not None
        blocks += [
            Heading("Il manque des pièces à votre dossier"),
            Para(f"Merci d'apporter ou d'envoyer ces pièces avant le {long_date(d.missing_by)} :", strong=True),
            Bullets(d.missing_pieces),
            Para("Attention : tant que ces pièces n'ont pas été reçues, le délai de réponse ne commence pas. "
                 "La date de réponse indiquée plus haut sera repoussée d'autant (article L114-5 du code des "
                 "relations entre le public et l'administration)."),
        ]
    return blocks


STATUS_WORDING = {
    "submitted": "Envoyée au service compétent.",
    "queued": "En attente d'envoi : le réseau n'était pas disponible, l'envoi se fera tout seul dès son retour.",
    "draft": "Préparée avec vous : il vous reste à la terminer et à l'envoyer vous-même.",
}


def _assistance_receipt_v1(d: AssistanceReceipt) -> list[Block]:
    blocks: list[Block] = [
        Title("Récépissé d'accompagnement"),
        Para("Ce papier n'est pas un accusé de réception.", strong=True),
        Para(f"Il prouve seulement que vous avez été aidé(e) au guichet de la mairie. Seul {d.competent_service} "
             "peut vous donner l'accusé de réception officiel de votre demande (par courriel, par courrier ou "
             "dans votre espace sur son site)."),
        Fields((
            ("Démarche", d.procedure),
            ("Pour", d.resident),
            ("Faite le", long_datetime(d.done_at)),
            ("Au guichet", d.desk_name),
            ("Service compétent", d.competent_service),
            ("Référence donnée par ce service", d.remote_reference or "pas encore connue"),
            ("Où en est la demande", STATUS_WORDING[d.status]),
            *((("Référence du dossier à la mairie", d.dossier_reference),) if d.dossier_reference else ()),
        )),
        Heading("Ce que nous avons fait ensemble"),
        Bullets(d.what_was_done),
    ]
    if d.next_steps:
        blocks += [Heading("Et maintenant ?"), Bullets(d.next_steps)]
    if d.online_items:
        blocks += [Heading("À compléter en ligne"), Bullets(d.online_items)]
    if d.to_bring:
        blocks += [Heading("À apporter la prochaine fois"), Bullets(d.to_bring)]
    if d.confidential_link:
        blocks += [Heading("CONFIDENTIEL — le lien de votre dossier"),
                   Para("Ce lien ouvre votre dossier : ne le donnez à personne et ne le laissez pas traîner. "
                        "Tapez-le dans un navigateur pour terminer la démarche ailleurs qu'au guichet.",
                        strong=True),
                   Para(d.confidential_link)]
    if d.follow_up:
        blocks += [Heading("Pour suivre votre demande"), Para(d.follow_up)]
    blocks.append(Para("Gardez ce papier : il vous aidera si vous revenez au guichet."))
    return blocks


def _deposit_certificate_v1(d: DepositCertificate) -> list[Block]:
    return [
        Title("Attestation de dépôt de pièces"),
        Para(f"La mairie atteste avoir reçu de {d.resident}, le {long_date(d.received_on)}, au guichet "
             f"« {d.desk_name} », les pièces ci-dessous."),
        Fields((("Pour", d.about),)),
        Heading("Pièces reçues"),
        Fields(tuple((p.label, "original" if p.original else "copie") for p in d.pieces)),
        Para("« Original » : nous avons vu le document original. « Copie » : nous avons reçu une copie."),
        Para("Cette attestation prouve seulement que vous avez déposé ces pièces. Elle ne dit pas si le dossier "
             "est complet ni quelle sera la réponse."),
        Signatures(("Cachet de la mairie et signature de l'agent",)),
    ]


def _consent_form_v1(d: ConsentForm) -> list[Block]:
    def one_copy(label: str) -> list[Block]:
        return [
            Title("Formulaire de consentement"),
            Para(label, strong=True),
            Fields((("Nom", d.resident), ("Date", long_date(d.dated)), ("Responsable", d.controller.name))),
            Heading("Ce que vous acceptez"),
            Para("J'accepte que le guichet de la mairie :"),
            Bullets(d.purposes),
            Heading("Ce qui est noté"),
            Bullets(d.recorded),
            Heading("Pendant combien de temps"),
            Para(d.retention),
            Heading("Vos droits"),
            Para(RIGHTS),
            Para(f"Pour les exercer : {d.dpo_contact or ', '.join(service_lines(d.controller))}."),
            Heading("Changer d'avis"),
            Para(f"Vous pouvez retirer votre accord à tout moment, sans donner de raison : {d.withdraw_how} "
                 "Ce qui a été fait avant reste valable. Si vous refusez ou retirez votre accord, le guichet "
                 "vous aide quand même."),
            Para(CNIL),
            Signatures((f"Signature de {d.resident}", "Signature et nom de l'agent")),
        ]
    return [*one_copy("Exemplaire à garder par vous"), NewCopy("Exemplaire pour la mairie"),
            *one_copy("Exemplaire pour la mairie")]


def _information_notice_v1(d: InformationNotice) -> list[Block]:
    return [
        Title("Vos données personnelles au guichet"),
        Para("Cette notice vous explique ce que nous faisons des informations vous concernant, et vos droits."),
        Heading("Qui est responsable"),
        Para("\n".join(service_lines(d.controller))),
        Para(f"Délégué à la protection des données : {d.dpo_contact}"),
        Heading("Pourquoi nous utilisons vos données, et ce qui nous y autorise"),
        Bullets(tuple(f"{p.label} — {p.legal_basis}" for p in d.purposes)),
        Heading("Quelles données"),
        Bullets(d.data),
        Heading("Qui les reçoit"),
        Bullets(d.recipients),
        Para(d.transfers),
        Heading("Combien de temps nous les gardons"),
        Bullets(d.retention),
        Heading("Devez-vous répondre ?"),
        Para(d.required),
        Para(d.automated),
        Heading("Vos droits"),
        Para(RIGHTS),
        Para("Quand vous avez donné votre accord, vous pouvez le retirer à tout moment ; ce qui a été fait avant "
             "reste valable."),
        Para(f"Pour exercer vos droits, adressez-vous au guichet ou écrivez à : {d.dpo_contact}."),
        Para(CNIL),
    ]


def _follow_up_letter_v1(d: FollowUpLetter) -> list[Block]:
    sender = tuple(service_lines(d.issuer))
    address = tuple(address_lines(d.recipient.name, d.recipient.lines, d.recipient.postal_code,
                                  d.recipient.commune))
    blocks: list[Block] = [
        Letterhead(sender, address),
        Para(f"{d.issuer.commune}, le {long_date(d.dated)}"),
    ]
    if d.reference:
        blocks.append(Fields((("Référence", d.reference),)))
    blocks += [Para(f"Objet : {d.subject}", strong=True), *[Para(p) for p in d.body], Para(d.signatory)]
    return blocks


TEMPLATES: dict[tuple[str, int], Callable[..., list[Block]]] = {
    ("acknowledgement", 1): _acknowledgement_v1,
    ("assistance_receipt", 1): _assistance_receipt_v1,
    ("deposit_certificate", 1): _deposit_certificate_v1,
    ("consent_form", 1): _consent_form_v1,
    ("information_notice", 1): _information_notice_v1,
    ("follow_up_letter", 1): _follow_up_letter_v1,
}


def content(data: DocumentData, template_version: int | None = None) -> list[Block]:
    """The blocks of ``data`` as drawn by ``template_version`` (the current one by default)."""
    version = TEMPLATE_VERSIONS[data.KIND] if template_version is None else template_version
    try:
        template = TEMPLATES[(data.KIND, version)]
    except KeyError:
        raise ValueError(f"no template {data.KIND} v{version}") from None
    return template(data)


def duration_words(months: int) -> str:
    """A retention period as the paper states it ("2 ans", "18 mois"), from the settings in force."""
    return f"{months // 12} an{'s' if months >= 24 else ''}" if months % 12 == 0 else f"{months} mois"
