"""French wording of the core's error codes, for the headless CLI (the UI words them through Qt)."""

from __future__ import annotations

from frontdesk.errors import FrontdeskError

EXPECTED = {
    "database_url": "une adresse de base de données « sqlite:///chemin/fichier.sqlite3 » ou "
                    "« postgresql://utilisateur@hôte:port/base »",
    "int_range": "un nombre entier entre {min} et {max}",
    "log_level": "l'un de DEBUG, INFO, WARNING, ERROR",
    "short_text": "un texte de 1 à 80 caractères",
    "desk_prefix": "1 à 6 lettres majuscules ou chiffres, suivis si besoin d'un tiret et de 1 à 4 autres, "
                   "par exemple « ADM » ou « ADM-A1 »",
    "http_url": "une adresse web commençant par https:// ou http://",
    "positive_seconds": "un nombre de secondes supérieur à 0 et au plus 300",
    "key_protection": "l'un de auto, keyring (trousseau du système), passphrase (phrase secrète)",
}

MESSAGES = {
    "settings.invalid": "Réglage « {key} » incorrect (lu dans {source}) : « {value} ». Attendu : {expected_text}.",
    "settings.unreadable": "Le fichier de réglages {path} est illisible : {detail}",
    "database.newer_schema": "La base de données a été créée par une version plus récente de Frontdesk "
                             "(révision {revision}). Mettez à jour l'application.",
    "database.foreign_keys_broken": "La migration a laissé {count} référence(s) incohérente(s) ; "
                                    "la base a été sauvegardée avant migration.",
    "database.unreachable": "Impossible d'ouvrir la base de données : {detail}",
    "journal.broken": "Journal altéré : première entrée en défaut n° {seq} ({problem_text}).",
    "desk.prefix_invalid": "Le préfixe du guichet doit faire 1 à 6 lettres majuscules ou chiffres, suivis si besoin "
                           "d'un tiret et de 1 à 4 autres (par exemple « ADM-A1 »).",
    "desk.prefix_taken": "Le préfixe « {prefix} » est déjà utilisé par un autre guichet.",
    "agent.login_invalid": "L'identifiant doit faire 2 à 32 caractères : lettres minuscules, chiffres, point, "
                           "tiret ou tiret bas.",
    "agent.name_invalid": "Le nom affiché doit faire 2 à 120 caractères.",
    "agent.login_taken": "L'identifiant « {login} » existe déjà.",
    "agent.first_exists": "Un premier compte responsable existe déjà.",
    "agent.unknown": "Ce compte n'existe pas.",
    "password.too_short": "Le mot de passe doit contenir au moins {min} caractères.",
    "password.too_long": "Le mot de passe doit contenir au plus {max} caractères.",
    "password.common": "Ce mot de passe est trop courant.",
    "password.contains_name": "Le mot de passe ne doit pas contenir votre identifiant ni votre nom.",
    "password.repetitive": "Le mot de passe doit contenir au moins {min} caractères différents.",
    "password.too_weak": "Mot de passe trop faible : allongez-le (une phrase de plusieurs mots convient) "
                         "ou mélangez majuscules, chiffres et caractères spéciaux.",
    "auth.supervisor_only": "Action réservée aux responsables.",
    "privacy.passphrase_short": "La phrase secrète doit contenir au moins {min} caractères.",
    "privacy.wrong_passphrase": "Cette phrase secrète n'est pas la bonne.",
    "privacy.key_unavailable": "La clé des données protégées est introuvable sur cet ordinateur.",
    "privacy.decryption_failed": "Des données protégées sont illisibles (modifiées, ou mauvaise clé).",
    "resident.unknown": "Cet usager n'existe pas.",
}

PROBLEMS = {
    "altered": "contenu modifié",
    "missing": "entrée supprimée",
    "broken_link": "chaînage rompu : entrée supprimée ou déplacée",
}


def describe(error: FrontdeskError) -> str:
    params = dict(error.params)
    if "expected" in params:
        params["expected_text"] = EXPECTED.get(params["expected"], params["expected"]).format(**params)
    if "problem" in params:
        params["problem_text"] = PROBLEMS.get(params["problem"], params["problem"])
    template = MESSAGES.get(error.code)
    if template is None:
        return f"Erreur ({error.code})."
    try:
        return template.format(**params)
    except (KeyError, IndexError):
        return template
