"""The closed vocabularies of visits and inclusion profiles, as stable codes.

Codes follow the peers the commune reports to (la Coop de la médiation numérique, Aidants Connect's
procedure categories), so statistics can be exported without translation tables. The UI words them.
"""

from __future__ import annotations

# How the resident prefers to be contacted.
CONTACT_CHANNELS = ("courrier", "telephone", "sms", "email", "guichet")

# How a visit took place.
VISIT_CHANNELS = ("guichet", "telephone", "courrier", "email", "domicile")

# The 10 procedure categories (service-public.fr life events, as Aidants Connect and the Coop use them).
PROCEDURE_CATEGORIES = (
    "papiers", "famille", "social", "travail", "logement", "transports", "argent", "justice", "etranger", "loisirs",
)

# The Coop's digital themes (non-administrative).
DIGITAL_THEMES = (
    "diagnostic_numerique", "prendre_en_main_materiel", "maintenance_materiel", "contenus_numeriques",
    "navigation_internet", "email", "bureautique", "reseaux_sociaux", "sante", "banque_achats_en_ligne",
    "insertion_professionnelle", "securite_numerique", "parentalite", "scolarite_numerique", "culture_numerique",
    "aide_demarches_administratives",
)

VISIT_THEMES = PROCEDURE_CATEGORIES + DIGITAL_THEMES

# Did the procedure get done (the Coop's "degré de finalisation")?
OUTCOMES = ("finalisee", "a_finaliser_en_autonomie", "doit_revenir", "oriente_vers_structure")

# Where a resident is referred to (the Coop's "structure de redirection").
REFERRALS = (
    "administration", "mediation_numerique", "operateur_demarche", "aide_sociale", "insertion_professionnelle",
    "aide_demarches_administratives", "autre",
)

EQUIPMENT = ("aucun", "telephone", "tablette", "ordinateur")

# The Coop's three autonomy levels, from least to most autonomous.
AUTONOMY = ("avec_guidage", "autonome_avec_aide", "autonome")

# Barriers to using digital services. The sensitive ones reveal health (disability), literacy or
# language: GDPR art. 9 territory, recorded only with the resident's explicit consent.
SENSITIVE_BARRIERS = ("lecture_ecriture", "langue_francaise", "visuel", "auditif", "moteur", "cognitif")
OTHER_BARRIERS = ("difficulte_administrative", "isolement", "autre")
BARRIERS = SENSITIVE_BARRIERS + OTHER_BARRIERS

CONSENT_SENSITIVE_NEEDS = "sensitive_needs"
