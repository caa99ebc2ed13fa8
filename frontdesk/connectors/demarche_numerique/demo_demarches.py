"""Three Admiville démarches served by the simulator in demo mode and used by the tests.

Together they use every champ type of the platform's January 2026 schema, prefillable or not, so the
demo shows how each one is rendered at the desk. Descriptors have the JSON shape the platform returns
for ``demarcheDescriptor`` (with the revision included); ids are built the platform's way.
"""

from __future__ import annotations

from typing import Any

from frontdesk.connectors.demarche_numerique.ids import global_id

SERVICE = {"id": global_id("Service", 7001), "nom": "Services à la population", "organisme": "Mairie d'Admiville",
           "siret": "21950999900018", "typeOrganisme": "collectivite_territoriale"}
DEPARTEMENTS = [{"code": "95", "name": "Val-d'Oise"}, {"code": "78", "name": "Yvelines"},
                {"code": "75", "name": "Paris"}, {"code": "93", "name": "Seine-Saint-Denis"}]
REGIONS = [{"code": "11", "name": "Île-de-France"}, {"code": "32", "name": "Hauts-de-France"},
           {"code": "53", "name": "Bretagne"}]
PAYS = [{"code": "FR", "name": "France"}, {"code": "BE", "name": "Belgique"}, {"code": "DZ", "name": "Algérie"},
        {"code": "MA", "name": "Maroc"}, {"code": "PT", "name": "Portugal"}, {"code": "SN", "name": "Sénégal"}]


class _Ids:
    """Stable champ ids: the platform's ``Champ-<stable_id>`` from a per-démarche counter."""

    def __init__(self, start: int) -> None:
        self.next = start

    def take(self) -> str:
        self.next += 1
        return global_id("Champ", self.next)


def _champ(ids: _Ids, typename: str, label: str, *, required: bool = False, description: str | None = None,
           **extra: Any) -> dict[str, Any]:
    return {"__typename": typename, "id": ids.take(), "label": label, "description": description,
            "required": required, **extra}


def _descriptor(number: int, revision: int, path: str, title: str, description: str,
                champs: list[dict[str, Any]]) -> dict[str, Any]:
    stamp = "2026-03-02T09:00:00+01:00"
    return {
        "id": global_id("Procedure", number), "number": number, "title": title, "description": description,
        "state": "publiee", "declarative": None, "opendata": True,
        "dateCreation": "2026-01-12T10:00:00+01:00", "datePublication": stamp, "dateDerniereModification": stamp,
        "dateDepublication": None, "dateFermeture": None, "notice": None, "deliberation": None,
        "demarcheURL": f"/commencer/{path}", "cadreJuridiqueURL": None, "service": dict(SERVICE),
        "revision": {"id": global_id("ProcedureRevision", revision), "dateCreation": "2026-02-20T10:00:00+01:00",
                     "datePublication": stamp, "champDescriptors": champs, "annotationDescriptors": []},
    }


def school_registration() -> dict[str, Any]:
    """Inscription scolaire et périscolaire: identity, children (repeated block), choices, pieces."""
    ids = _Ids(1100)
    children = [
        _champ(ids, "TextChampDescriptor", "Prénom de l'enfant", required=True),
        _champ(ids, "DateChampDescriptor", "Date de naissance de l'enfant", required=True),
        _champ(ids, "DropDownListChampDescriptor", "Niveau à la rentrée", required=True,
               options=["Petite section", "Moyenne section", "Grande section", "CP", "CE1", "CE2", "CM1", "CM2"],
               otherOption=False),
    ]
    champs = [
        _champ(ids, "HeaderSectionChampDescriptor", "Responsable légal", level=1),
        _champ(ids, "CiviliteChampDescriptor", "Civilité", required=True),
        _champ(ids, "TextChampDescriptor", "Nom et prénom du responsable légal", required=True),
        _champ(ids, "EmailChampDescriptor", "Adresse électronique",
               description="Pour recevoir la confirmation d'inscription."),
        _champ(ids, "PhoneChampDescriptor", "Téléphone", required=True),
        _champ(ids, "AddressChampDescriptor", "Adresse du domicile", required=True),
        _champ(ids, "HeaderSectionChampDescriptor", "Enfants à inscrire", level=1),
        _champ(ids, "RepetitionChampDescriptor", "Enfant", required=True, champDescriptors=children),
        _champ(ids, "DropDownListChampDescriptor", "École souhaitée", required=True,
               options=["École Jules-Ferry", "École des Tilleuls", "École Marie-Curie"], otherOption=False),
        _champ(ids, "MultipleDropDownListChampDescriptor", "Activités périscolaires",
               options=["Accueil du matin", "Restauration scolaire", "Étude surveillée", "Accueil du mercredi"]),
        _champ(ids, "YesNoChampDescriptor", "L'enfant a-t-il un projet d'accueil individualisé (PAI) ?",
               required=True),
        _champ(ids, "ExplicationChampDescriptor", "Pièces à joindre",
               description="Le livret de famille et un justificatif de domicile de moins de 3 mois.",
               collapsibleExplanationEnabled=False, collapsibleExplanationText=None),
        _champ(ids, "PieceJustificativeChampDescriptor", "Justificatif de domicile", required=True,
               fileTemplate=None),
        _champ(ids, "TitreIdentiteChampDescriptor", "Pièce d'identité du responsable légal", required=True),
        _champ(ids, "CheckboxChampDescriptor", "J'atteste sur l'honneur l'exactitude des informations",
               required=True),
    ]
    return _descriptor(90001, 5101, "admiville-inscription-scolaire", "Inscription scolaire et périscolaire",
                       "Inscrire un enfant dans une école maternelle ou élémentaire d'Admiville et aux "
                       "activités périscolaires.", champs)


def social_help() -> dict[str, Any]:
    """Demande d'aide sociale facultative (CCAS): numbers, dates, places, bank details shown on a condition."""
    ids = _Ids(2100)
    champs = [
        _champ(ids, "HeaderSectionChampDescriptor", "Le foyer", level=1),
        household := _champ(ids, "IntegerNumberChampDescriptor", "Nombre de personnes au foyer", required=True),
        _champ(ids, "DecimalNumberChampDescriptor", "Ressources mensuelles du foyer (en euros)", required=True),
        _champ(ids, "NumberChampDescriptor", "Montant du loyer (ancien champ)"),
        _champ(ids, "DateChampDescriptor", "Date d'arrivée dans la commune"),
        _champ(ids, "PaysChampDescriptor", "Nationalité", required=True, options=PAYS),
        _champ(ids, "DepartementChampDescriptor", "Département de la précédente résidence", options=DEPARTEMENTS),
        _champ(ids, "RegionChampDescriptor", "Région de naissance", options=REGIONS),
        _champ(ids, "CommuneChampDescriptor", "Commune de résidence", required=True),
        _champ(ids, "EpciChampDescriptor", "Intercommunalité"),
        _champ(ids, "HeaderSectionChampDescriptor", "La demande", level=1),
        nature := _champ(ids, "DropDownListChampDescriptor", "Nature de l'aide demandée", required=True,
                         options=["Aide alimentaire", "Aide à l'énergie", "Aide au transport"], otherOption=True),
        _champ(ids, "LinkedDropDownListChampDescriptor", "Organisme orienteur",
               options=["--Services sociaux--", "Assistante sociale de secteur", "CCAS",
                        "--Associations--", "Restos du cœur", "Secours populaire"]),
        _champ(ids, "TextareaChampDescriptor", "Motif de la demande", required=True),
        _champ(ids, "DatetimeChampDescriptor", "Rendez-vous souhaité avec le CCAS"),
        # A display condition of the newer schema: food aid is given in kind, and money is paid to
        # households of two or more only, so the bank details are asked for the other cases.
        _champ(ids, "IbanChampDescriptor", "IBAN pour le versement",
               condition=["and", ["!=", ["champ", nature["id"]], "Aide alimentaire"],
                          [">=", ["champ", household["id"]], 2]]),
        _champ(ids, "CnafChampDescriptor", "Quotient familial CAF"),
        _champ(ids, "DgfipChampDescriptor", "Avis d'imposition"),
        _champ(ids, "PoleEmploiChampDescriptor", "Situation France Travail"),
        _champ(ids, "MesriChampDescriptor", "Statut étudiant"),
        _champ(ids, "PieceJustificativeChampDescriptor", "Justificatifs de ressources", required=True,
               fileTemplate=None),
    ]
    return _descriptor(90002, 5201, "admiville-aide-ccas", "Demande d'aide sociale facultative (CCAS)",
                       "Demander une aide ponctuelle au centre communal d'action sociale d'Admiville.", champs)


def public_space() -> dict[str, Any]:
    """Occupation du domaine public: companies and associations, maps, registries."""
    ids = _Ids(3100)
    champs = [
        _champ(ids, "HeaderSectionChampDescriptor", "Le demandeur", level=1),
        _champ(ids, "SiretChampDescriptor", "Numéro SIRET de l'entreprise"),
        _champ(ids, "RNAChampDescriptor", "Numéro RNA de l'association"),
        _champ(ids, "RNFChampDescriptor", "Numéro RNF de la fondation"),
        _champ(ids, "FormattedChampDescriptor", "Numéro d'immatriculation du véhicule"),
        _champ(ids, "HeaderSectionChampDescriptor", "L'occupation", level=1),
        _champ(ids, "DropDownListChampDescriptor", "Type d'occupation", required=True,
               options=["Déménagement", "Terrasse", "Échafaudage", "Benne à gravats"], otherOption=False),
        _champ(ids, "DateChampDescriptor", "Premier jour", required=True),
        _champ(ids, "IntegerNumberChampDescriptor", "Nombre de jours", required=True),
        _champ(ids, "AddressChampDescriptor", "Adresse de l'occupation", required=True),
        _champ(ids, "CarteChampDescriptor", "Emprise sur le plan"),
        _champ(ids, "DossierLinkChampDescriptor", "Numéro d'un dossier précédent"),
        _champ(ids, "ReferentielChampDescriptor", "Référence de voirie"),
        _champ(ids, "EngagementJuridiqueChampDescriptor", "Engagement juridique"),
        _champ(ids, "AnnuaireEducationChampDescriptor", "Établissement scolaire concerné"),
        _champ(ids, "COJOChampDescriptor", "Accréditation"),
        _champ(ids, "ExplicationChampDescriptor", "Redevance",
               description="L'occupation du domaine public donne lieu à une redevance fixée par le conseil "
                           "municipal.", collapsibleExplanationEnabled=True,
               collapsibleExplanationText="Tarifs 2026 : 2 € par m² et par jour."),
    ]
    return _descriptor(90003, 5301, "admiville-occupation-domaine-public",
                       "Autorisation d'occupation du domaine public",
                       "Demander l'autorisation d'occuper la voie publique (déménagement, terrasse, travaux).",
                       champs)


def demo_descriptors() -> list[dict[str, Any]]:
    return [school_registration(), social_help(), public_space()]

