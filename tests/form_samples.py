"""Form schemas shared by the renderer tests and the form benchmark: every field type, and a long mixed form."""

from __future__ import annotations

from frontdesk.forms import Condition, Field, FieldType, FormSchema

T = FieldType

ALL_TYPES = FormSchema((
    Field("titre", T.HEADER, "Le demandeur"),
    Field("explication", T.EXPLANATION, "Renseignez la personne qui fait la demande."),
    Field("civilite", T.CIVILITY, "Civilité", required=True),
    Field("nom", T.TEXT, "Nom", required=True, help="Nom de naissance"),
    Field("motif", T.LONG_TEXT, "Motif"),
    Field("enfants", T.INTEGER, "Nombre d'enfants", min=0, max=20),
    Field("montant", T.DECIMAL, "Montant du loyer"),
    Field("naissance", T.DATE, "Date de naissance", max=0),
    Field("rendez_vous", T.DATETIME, "Rendez-vous"),
    Field("allocataire", T.YES_NO, "Allocataire de la CAF ?", required=True),
    Field("numero_caf", T.TEXT, "Numéro d'allocataire", condition=Condition("allocataire", equals=True)),
    Field("certifie", T.CHECKBOX, "Je certifie l'exactitude des informations"),
    Field("courriel", T.EMAIL, "Adresse électronique"),
    Field("telephone", T.PHONE, "Téléphone"),
    Field("adresse", T.ADDRESS, "Adresse"),
    Field("naissance_lieu", T.COMMUNE, "Commune de naissance"),
    Field("remise", T.CHOICE, "Remise", options=("Sur place", "Par courrier"), allow_other=True, required=True),
    Field("jours", T.MULTIPLE_CHOICE, "Jours", options=("Lundi", "Mardi", "Jeudi")),
    Field("personnes", T.GROUP, "Personne accompagnante", min_items=0, max_items=2, children=(
        Field("prenom", T.TEXT, "Prénom", required=True),
        Field("mineur", T.YES_NO, "Mineur ?"),
        Field("age", T.INTEGER, "Âge", condition=Condition("mineur", equals=True)),
    )),
    Field("justificatif", T.DOCUMENT, "Justificatif de domicile", required=True),
    Field("signature", T.ONLINE_ONLY, "Signature électronique"),
))

ALL_VALUES = {
    "civilite": "Mme", "nom": "Lefèvre-Dupont", "motif": "Première demande\nsur deux lignes", "enfants": 2,
    "montant": "512.40", "naissance": "1950-03-12", "rendez_vous": "2026-12-01T09:30", "allocataire": True,
    "numero_caf": "1234567", "certifie": True, "courriel": "eloise@example.fr", "telephone": "+33612345678",
    "adresse": {"street": "12 rue de la Mairie", "postal_code": "95000", "commune": "Admiville"},
    "naissance_lieu": {"name": "Pontoise", "postal_code": "95300", "insee": "95500"},
    "remise": "autre: au guichet de quartier", "jours": ["Lundi", "Jeudi"],
    "personnes": [{"prenom": "Léa", "mineur": True, "age": 9}, {"prenom": "Marc", "mineur": False}],
    "justificatif": {"supplied": True, "original": False},
}

_CYCLE = (T.TEXT, T.TEXT, T.DATE, T.CHOICE, T.YES_NO, T.INTEGER, T.EMAIL, T.PHONE, T.LONG_TEXT, T.CHECKBOX,
          T.DECIMAL, T.ADDRESS, T.MULTIPLE_CHOICE, T.HEADER, T.CIVILITY)


def mixed_schema(count: int = 150) -> FormSchema:
    """``count`` fields cycling through the common types, a few conditional, like a long Démarche Numérique form."""
    fields = []
    for index in range(count):
        kind = _CYCLE[index % len(_CYCLE)]
        condition = Condition(f"f{index - 1}", equals=True) if kind is T.INTEGER else None
        fields.append(Field(f"f{index}", kind, f"Champ n° {index + 1} ({kind.value})", required=index % 3 == 0
                            and kind not in (T.HEADER,), options=("Option A", "Option B", "Option C"),
                            allow_other=kind is T.CHOICE, condition=condition))
    return FormSchema(tuple(fields))
