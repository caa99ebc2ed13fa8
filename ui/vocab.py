"""Words for the core's vocabulary codes (channels, themes, outcomes, barriers ...), in the UI language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from frontdesk.domain import vocab

_LABELS = {
    # contact channels
    "courrier": QT_TRANSLATE_NOOP("Vocab", "Paper mail"),
    "telephone": QT_TRANSLATE_NOOP("Vocab", "Phone"),
    "sms": QT_TRANSLATE_NOOP("Vocab", "Text message"),
    "email": QT_TRANSLATE_NOOP("Vocab", "E-mail"),
    "guichet": QT_TRANSLATE_NOOP("Vocab", "At the desk"),
    "domicile": QT_TRANSLATE_NOOP("Vocab", "At home"),
    # procedure categories
    "papiers": QT_TRANSLATE_NOOP("Vocab", "Papers, citizenship, elections"),
    "famille": QT_TRANSLATE_NOOP("Vocab", "Family, school"),
    "social": QT_TRANSLATE_NOOP("Vocab", "Social benefits, health"),
    "travail": QT_TRANSLATE_NOOP("Vocab", "Work, training"),
    "logement": QT_TRANSLATE_NOOP("Vocab", "Housing"),
    "transports": QT_TRANSLATE_NOOP("Vocab", "Transport, mobility"),
    "argent": QT_TRANSLATE_NOOP("Vocab", "Money, taxes, consumer affairs"),
    "justice": QT_TRANSLATE_NOOP("Vocab", "Justice"),
    "etranger": QT_TRANSLATE_NOOP("Vocab", "Foreigners, Europe"),
    "loisirs": QT_TRANSLATE_NOOP("Vocab", "Leisure, sport, culture"),
    # digital themes
    "diagnostic_numerique": QT_TRANSLATE_NOOP("Vocab", "Digital skills check"),
    "prendre_en_main_materiel": QT_TRANSLATE_NOOP("Vocab", "Getting started with a device"),
    "maintenance_materiel": QT_TRANSLATE_NOOP("Vocab", "Device maintenance"),
    "contenus_numeriques": QT_TRANSLATE_NOOP("Vocab", "Managing files and photos"),
    "navigation_internet": QT_TRANSLATE_NOOP("Vocab", "Browsing the internet"),
    "email_theme": QT_TRANSLATE_NOOP("Vocab", "E-mail account"),
    "bureautique": QT_TRANSLATE_NOOP("Vocab", "Office software"),
    "reseaux_sociaux": QT_TRANSLATE_NOOP("Vocab", "Social networks"),
    "sante": QT_TRANSLATE_NOOP("Vocab", "Online health services"),
    "banque_achats_en_ligne": QT_TRANSLATE_NOOP("Vocab", "Online banking and shopping"),
    "insertion_professionnelle": QT_TRANSLATE_NOOP("Vocab", "Job seeking"),
    "securite_numerique": QT_TRANSLATE_NOOP("Vocab", "Staying safe online"),
    "parentalite": QT_TRANSLATE_NOOP("Vocab", "Parenting and screens"),
    "scolarite_numerique": QT_TRANSLATE_NOOP("Vocab", "School and digital tools"),
    "culture_numerique": QT_TRANSLATE_NOOP("Vocab", "Digital culture"),
    "aide_demarches_administratives": QT_TRANSLATE_NOOP("Vocab", "Learning to do procedures online"),
    # outcomes
    "finalisee": QT_TRANSLATE_NOOP("Vocab", "Done"),
    "a_finaliser_en_autonomie": QT_TRANSLATE_NOOP("Vocab", "To be finished by the resident"),
    "doit_revenir": QT_TRANSLATE_NOOP("Vocab", "Must come back"),
    "oriente_vers_structure": QT_TRANSLATE_NOOP("Vocab", "Referred to another organisation"),
    # referrals
    "administration": QT_TRANSLATE_NOOP("Vocab", "Administration (town hall, prefecture…)"),
    "mediation_numerique": QT_TRANSLATE_NOOP("Vocab", "Another digital mediation place"),
    "operateur_demarche": QT_TRANSLATE_NOOP("Vocab", "Body in charge of the procedure (CAF, tax office…)"),
    "aide_sociale": QT_TRANSLATE_NOOP("Vocab", "Social help (CCAS, social centre…)"),
    "insertion_professionnelle_structure": QT_TRANSLATE_NOOP("Vocab", "Job support (France Travail, mission locale…)"),
    "aide_demarches_administratives_structure": QT_TRANSLATE_NOOP("Vocab", "Help with procedures (France Services…)"),
    "autre": QT_TRANSLATE_NOOP("Vocab", "Other"),
    # equipment
    "aucun": QT_TRANSLATE_NOOP("Vocab", "No device"),
    "telephone_device": QT_TRANSLATE_NOOP("Vocab", "Smartphone"),
    "tablette": QT_TRANSLATE_NOOP("Vocab", "Tablet"),
    "ordinateur": QT_TRANSLATE_NOOP("Vocab", "Computer"),
    # autonomy
    "avec_guidage": QT_TRANSLATE_NOOP("Vocab", "Needs to be guided"),
    "autonome_avec_aide": QT_TRANSLATE_NOOP("Vocab", "Autonomous with occasional help"),
    "autonome": QT_TRANSLATE_NOOP("Vocab", "Autonomous"),
    # barriers
    "lecture_ecriture": QT_TRANSLATE_NOOP("Vocab", "Reading or writing"),
    "langue_francaise": QT_TRANSLATE_NOOP("Vocab", "French language"),
    "visuel": QT_TRANSLATE_NOOP("Vocab", "Sight"),
    "auditif": QT_TRANSLATE_NOOP("Vocab", "Hearing"),
    "moteur": QT_TRANSLATE_NOOP("Vocab", "Moving or using the hands"),
    "cognitif": QT_TRANSLATE_NOOP("Vocab", "Memory or understanding"),
    "difficulte_administrative": QT_TRANSLATE_NOOP("Vocab", "Administrative difficulty"),
    "isolement": QT_TRANSLATE_NOOP("Vocab", "Isolation"),
    "autre_barrier": QT_TRANSLATE_NOOP("Vocab", "Other difficulty"),
}

# Some codes mean different things in different lists; the list picks the right word.
_AMBIGUOUS = {
    ("theme", "email"): "email_theme",
    ("equipment", "telephone"): "telephone_device",
    ("referral", "insertion_professionnelle"): "insertion_professionnelle_structure",
    ("referral", "aide_demarches_administratives"): "aide_demarches_administratives_structure",
    ("barrier", "autre"): "autre_barrier",
}

LISTS = {
    "contact_channel": vocab.CONTACT_CHANNELS,
    "visit_channel": vocab.VISIT_CHANNELS,
    "theme": vocab.VISIT_THEMES,
    "outcome": vocab.OUTCOMES,
    "referral": vocab.REFERRALS,
    "equipment": vocab.EQUIPMENT,
    "autonomy": vocab.AUTONOMY,
    "barrier": vocab.BARRIERS,
}


def label(kind: str, code: str | None) -> str:
    """The word for ``code`` in the list ``kind`` (a key of LISTS); unknown codes are shown as they are."""
    if not code:
        return ""
    key = _AMBIGUOUS.get((kind, code), code)
    return QCoreApplication.translate("Vocab", _LABELS[key]) if key in _LABELS else code


def language_name(code: str) -> str:
    """A language in its own words ("français", "العربية"), so the resident can point at it."""
    from PySide6.QtCore import QLocale

    name = QLocale(code).nativeLanguageName()
    return f"{name} ({code})" if name else code


def choices(kind: str) -> list[tuple[str, str]]:
    return [(code, label(kind, code)) for code in LISTS[kind]]
