"""Sample data for every kind of document, with accents, œ and € everywhere, shared by the document tests
and the document benchmarks."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from frontdesk.documents import (
    Acknowledgement,
    AssistanceReceipt,
    ConsentForm,
    DepositCertificate,
    FollowUpLetter,
    Piece,
    PostalAddress,
    Service,
    information_notice,
)
from frontdesk.settings import Settings

PARIS = timezone(timedelta(hours=1))
MAIRIE = Service(name="Mairie d'Admiville", address=("Hôtel de ville", "1 place de l'Église"), postal_code="59000",
                 commune="Admiville", email="accueil@admiville.fr", phone="03 20 00 00 00")
URBANISME = Service(name="Service urbanisme et cœur de ville", address=("12 rue Étienne-Œhmichen",),
                    postal_code="59000", commune="Admiville", email="urbanisme@admiville.fr", phone="03 20 00 00 10")
RESIDENT = "Éloïse Lefèvre-Cœurderoy"


def acknowledgement(silence: str = "rejection", missing: bool = True) -> Acknowledgement:
    return Acknowledgement(
        issuer=MAIRIE, service=URBANISME, applicant=RESIDENT,
        subject="Demande d'aide municipale à l'équipement numérique (forfait de 150 €)",
        received_on=date(2026, 3, 2), decision_on=date(2026, 5, 2), silence_means=silence,
        missing_pieces=("Justificatif de domicile de moins de 3 mois", "Avis d'imposition 2025 (œuvres sociales)")
        if missing else (),
        missing_by=date(2026, 3, 31) if missing else None,
        appeal_court="tribunal administratif de Lille" if silence == "rejection" else "",
        dossier_reference="URB-2026-0042",
    )


def assistance_receipt(status: str = "queued") -> AssistanceReceipt:
    return AssistanceReceipt(
        issuer=MAIRIE, desk_name="Services à la population", resident=RESIDENT,
        procedure="Demande de carte nationale d'identité (pré-demande en ligne)",
        done_at=datetime(2026, 3, 2, 14, 5, tzinfo=PARIS),
        what_was_done=("Création du compte ANTS avec vous", "Pré-demande remplie et vérifiée ensemble",
                       "Timbre fiscal de 25 € acheté en ligne"),
        competent_service="l'Agence nationale des titres sécurisés (ANTS)", status=status,
        remote_reference="" if status == "queued" else "PD-7F3K-22XQ",
        next_steps=("Prendre rendez-vous en mairie équipée d'un dispositif de recueil",),
        to_bring=("Le numéro de pré-demande", "Une photo d'identité de moins de 6 mois", "L'ancienne carte"),
        follow_up="Sur ants.gouv.fr, rubrique « Mon espace », ou au guichet avec ce papier.",
    )


def deposit_certificate() -> DepositCertificate:
    return DepositCertificate(
        issuer=MAIRIE, desk_name="Services à la population", resident=RESIDENT, received_on=date(2026, 3, 2),
        about="Dossier d'aide à l'équipement numérique URB-2026-0042",
        pieces=(Piece("Pièce d'identité (carte nationale d'identité)", True),
                Piece("Facture d'électricité — février 2026", False),
                Piece("Attestation de la caisse d'allocations familiales", False)),
    )


def consent_form() -> ConsentForm:
    return ConsentForm(
        controller=MAIRIE, resident=RESIDENT, dated=date(2026, 3, 2),
        purposes=("faire des démarches en ligne en mon nom, avec moi, et seulement celles que je demande",
                  "noter l'aide dont j'ai besoin pour utiliser Internet, y compris des besoins liés à la vue ou à "
                  "la langue"),
        recorded=("mon nom et mes coordonnées", "les démarches faites et leur référence",
                  "l'aide dont j'ai besoin (jamais de détail médical)"),
        retention="Trois ans après votre dernier passage au guichet ; l'aide dont vous avez besoin est effacée dès "
                  "que vous retirez votre accord.",
        withdraw_how="dites-le au guichet, ou écrivez à la mairie (adresse ci-dessus) ou à dpo@admiville.fr.",
        dpo_contact="Délégué à la protection des données, Mairie d'Admiville, dpo@admiville.fr",
    )


def settings() -> Settings:
    from pathlib import Path

    return Settings(data_dir=Path("/nonexistent"), config_file=Path("/nonexistent/settings.toml"),
                    database_url="sqlite:///:memory:", commune_name="Admiville",
                    desk_name="Services à la population")


def notice():
    return information_notice(settings(), MAIRIE, dpo_contact="Délégué à la protection des données, "
                              "Mairie d'Admiville, 1 place de l'Église, 59000 Admiville, dpo@admiville.fr")


def letter(i: int = 0) -> FollowUpLetter:
    return FollowUpLetter(
        issuer=MAIRIE,
        recipient=PostalAddress(
            name=f"Madame Éloïse Lefèvre-Cœurderoy {i}" if i else "Madame Éloïse Lefèvre-Cœurderoy",
            lines=("Résidence les Œillets, bâtiment B, appartement 12", "14 avenue du Maréchal-de-Lattre-de-Tassigny"),
            postal_code="59800", commune="Saint-André-lez-Lille"),
        dated=date(2026, 3, 20), subject="Votre demande de carte nationale d'identité",
        body=("Madame,",
              "Votre demande de carte nationale d'identité a avancé : la préfecture l'a validée le 18 mars 2026.",
              "Vous pouvez venir chercher votre carte au guichet, du lundi au vendredi de 8 h 30 à 17 h. "
              "Apportez ce courrier et votre ancienne carte. Le timbre de 25 € est déjà payé.",
              "Nous restons à votre disposition pour toute question.",
              "Avec nos salutations distinguées,"),
        signatory="Le service Accueil — Mairie d'Admiville", reference="ADM-A1-2026-000042",
    )


def all_documents():
    return {
        "acknowledgement": acknowledgement(),
        "acknowledgement_acceptance": acknowledgement("acceptance", missing=False),
        "assistance_receipt": assistance_receipt(),
        "deposit_certificate": deposit_certificate(),
        "consent_form": consent_form(),
        "information_notice": notice(),
        "follow_up_letter": letter(),
    }
