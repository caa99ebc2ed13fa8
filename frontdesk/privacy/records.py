"""The record of processing activities (GDPR art. 30(1)) as a PDF, from this installation's settings.

Generated rather than written by hand so that the retention periods, the recipients and the key
protection it states are the ones the software applies today (art. 30(1) f and g).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlparse

from frontdesk.clock import utcnow
from frontdesk.documents.blocks import Block, Bullets, Fields, Heading, Para
from frontdesk.documents.layout import PageFormat, Sheet, draw
from frontdesk.documents.templates import duration_words as _months
from frontdesk.documents.templates import long_datetime
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.settings import Settings

TITLE = "Registre des activités de traitement"


def record_blocks(settings: Settings) -> list[Block]:
    commune = settings.commune_name or "la commune"
    platform = urlparse(settings.demarche_numerique_url).hostname or settings.demarche_numerique_url
    protection = {"auto": "trousseau du système d'exploitation, ou phrase secrète d'un responsable à défaut",
                  "keyring": "trousseau du système d'exploitation", "passphrase": "phrase secrète d'un responsable"}
    return [
        Heading("Responsable du traitement"),
        Fields((("Responsable", f"Commune : {commune}"), ("Service", settings.desk_name),
                ("Délégué à la protection des données", "à compléter : nom et coordonnées du DPO de la commune"))),
        Heading("Finalités"),
        Bullets(("Accueil des usagers et accompagnement aux démarches administratives (« mode assisté ») — "
                 "base légale : mission d'intérêt public (art. 6.1.e RGPD)",
                 "Démarches faites avec l'usager (dossiers) : formulaire rempli avec lui et en son nom, après son "
                 "accord ; dépôt au service de la commune, enregistrement d'une démarche faite sur un site "
                 "national, ou préremplissage et suivi sur Démarche Numérique — mission d'intérêt public "
                 "(art. 6.1.e)",
                 "Remise de reçus, récépissés et courriers de suivi — mission d'intérêt public (art. 6.1.e)",
                 "Repérage des besoins d'inclusion numérique ; besoins liés au handicap ou à la langue — "
                 "consentement exprès (art. 9.2.a)",
                 "Statistiques anonymes d'activité du guichet — mission d'intérêt public (art. 6.1.e)")),
        Heading("Catégories de personnes et de données"),
        Bullets(("Usagers accueillis : identité, date ou année de naissance, coordonnées, canal de contact préféré",
                 "Passages : date, canal, durée, thèmes, issue, orientation",
                 "Profil d'inclusion numérique : équipement, accès, autonomie, difficultés — les difficultés "
                 "liées à la santé ou à la langue sont des données sensibles (art. 9), chiffrées",
                 "Accords et oppositions : dates seulement",
                 "Dossiers de démarches : démarche, réponses données par l'usager, pièces remises ou attendues, "
                 "statut et dates, accord pour agir en son nom ; numéro, jeton et lien du dossier sur Démarche "
                 "Numérique — réponses, jeton et lien chiffrés",
                 "Agents : identifiant, nom, rôle, horodatage de leurs actions (journal)")),
        Heading("Destinataires"),
        Bullets((f"Agents habilités du guichet « {settings.desk_name} », comptes nominatifs, selon leur rôle",
                 "Administration compétente pour la démarche demandée par l'usager (service de la commune, "
                 "site national)",
                 f"Plateforme de l'État Démarche Numérique ({platform}) et le service instructeur de la démarche, "
                 "pour les démarches qui passent par elle : seulement les réponses du formulaire",
                 "Aucun transfert hors de l'Union européenne")),
        Heading("Durées de conservation (réglages en vigueur)"),
        Fields((
            ("Fiche d'un usager sans contact", f"{_months(settings.retention_resident_months)} après le dernier "
                                               "contact, puis anonymisée"),
            ("Profil d'inclusion", f"{_months(settings.retention_profile_months)} après le dernier contact"),
            ("Lien entre un passage et l'usager", f"{_months(settings.retention_visit_identity_months)}, puis "
                                                  "passage anonyme (statistiques)"),
            ("Preuve d'accord ou de retrait", f"{_months(settings.retention_consent_months)}"),
            ("Fichiers de traces techniques", f"{_months(settings.retention_log_months)}"),
            ("Brouillon de démarche abandonné", f"{_months(settings.retention_draft_months)} après la dernière "
                                                "modification, puis effacé"),
            ("Dossier de démarche déposé", f"{_months(settings.retention_dossier_months)} après le dépôt ou la date "
                                           "de décision implicite si elle est plus tardive, puis anonymisé "
                                           "(démarche, statut et dates restent pour les statistiques)"),
            ("Journal des opérations", "conservé, sans donnée personnelle autre que des identifiants")),
        ),
        Heading("Mesures de sécurité (art. 32)"),
        Bullets(("Comptes nominatifs, mots de passe robustes hachés (Argon2id), blocage après échecs, "
                 f"verrouillage de l'écran après {settings.lock_after_minutes} min d'inactivité",
                 "Habilitations par rôle vérifiées par l'application elle-même (agent, médiateur, responsable)",
                 "Données sensibles chiffrées (AES-256-GCM) ; clé protégée par " + protection[settings.key_protection],
                 "Journal chaîné et infalsifiable de qui a fait quoi ; consultation des profils journalisée",
                 "Purge automatique selon les durées ci-dessus ; export et effacement sur demande de l'usager",
                 "Sauvegarde de la base avant chaque mise à jour de son schéma")),
    ]


def record_pdf(actor: Actor, settings: Settings, now: datetime | None = None) -> bytes:
    require(actor, Permission.RECORDS_PRINT)
    issuer = f"Commune : {settings.commune_name}" if settings.commune_name else "Commune"
    sheet = Sheet(blocks=[Para("Article 30 du règlement général sur la protection des données."),
                          *record_blocks(settings)],
                  title=TITLE, number="", issued_line=f"Édité le {long_datetime((now or utcnow()).astimezone())}",
                  code="", qr="", issuer=issuer)
    return draw([sheet], PageFormat.A4, False, title=TITLE, author=issuer)
