"""The information notice (GDPR art. 13) built from this installation's settings.

Why from the settings: the notice must name the real controller (the commune the desk belongs to), the
real recipients (the remote platform this desk is configured to send prefills to) and the retention
actually applied, not a generic text that drifts from what the software does.
"""

from __future__ import annotations

from urllib.parse import urlparse

from frontdesk.documents.data import InformationNotice, Purpose, Service
from frontdesk.documents.templates import duration_words
from frontdesk.settings import Settings

PUBLIC_TASK = "mission d'intérêt public confiée à la commune (article 6.1.e du RGPD)"
EXPLICIT_CONSENT = "votre accord exprès, que vous pouvez retirer (articles 6.1.a et 9.2.a du RGPD)"


def information_notice(settings: Settings, contact: Service, *, dpo_contact: str) -> InformationNotice:
    """The notice for this desk. ``contact`` is the commune's postal address, e-mail and phone; every
    duration it states is the one the retention purge applies (``retention_*`` settings)."""
    commune = settings.commune_name or contact.commune
    article = "d'" if commune[:1].lower() in "aeiouyhéèêâîôû" else "de "
    controller = Service(name=f"Commune {article}{commune}", address=contact.address, postal_code=contact.postal_code,
                         commune=contact.commune, email=contact.email, phone=contact.phone)
    platform = urlparse(settings.demarche_numerique_url).hostname or settings.demarche_numerique_url
    return InformationNotice(
        controller=controller,
        dpo_contact=dpo_contact,
        purposes=(
            Purpose("vous accueillir et vous aider à faire vos démarches administratives", PUBLIC_TASK),
            Purpose("vous remettre les reçus et courriers de vos démarches, et vous donner des nouvelles",
                    PUBLIC_TASK),
            Purpose("noter l'aide dont vous avez besoin pour utiliser Internet (besoins liés à un handicap ou à la "
                    "langue)", EXPLICIT_CONSENT),
            Purpose("compter les passages au guichet, sans nom (statistiques anonymes)", PUBLIC_TASK),
        ),
        data=(
            "votre nom, votre prénom, et si vous le voulez votre date de naissance",
            "votre adresse, votre téléphone, votre courriel, et comment vous préférez être contacté(e)",
            "vos passages au guichet : date, démarche, ce qui a été fait",
            "pour une démarche faite avec vous : vos réponses au formulaire, les pièces remises, où en est la "
            "démarche",
            "avec votre accord seulement : l'aide dont vous avez besoin pour utiliser Internet",
        ),
        recipients=(
            f"les agents du guichet « {settings.desk_name} » de la commune, chacun avec son propre compte",
            "l'administration à qui vous nous demandez d'envoyer votre démarche, seulement ce qu'il lui faut",
            f"la plateforme de l'État Démarche Numérique ({platform}), quand votre démarche passe par elle",
        ),
        retention=(
            f"votre fiche au guichet : {duration_words(settings.retention_resident_months)} après votre dernier "
            "passage, puis elle est effacée ; seules restent des statistiques sans nom",
            f"vos réponses pour une démarche déposée : {duration_words(settings.retention_dossier_months)} après "
            "le dépôt (ou après la date de réponse de l'administration si elle est plus tardive), le temps "
            "d'une contestation, puis elles sont effacées ; une démarche commencée mais pas déposée est effacée "
            f"après {duration_words(settings.retention_draft_months)}",
            "l'aide dont vous avez besoin pour Internet : jusqu'à ce que vous retiriez votre accord, et au plus "
            f"{duration_words(settings.retention_profile_months)} après votre dernier passage",
            "la trace de qui a fait quoi (sans votre nom ni vos réponses) : elle n'est pas effacée, car elle "
            "prouve que les règles ont été respectées",
        ),
        required=("Vous n'êtes pas obligé(e) de donner ces informations. Sans elles, nous vous aidons quand même, "
                  "mais nous ne pourrons pas vous écrire ni retrouver votre dossier lors d'une prochaine visite."),
    )
