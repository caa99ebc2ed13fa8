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
    "folder_name": "un nom de dossier (lettres, chiffres, espace, point, tiret ; sans « / » ni « .. »)",
    "long_text": "un texte de 1 à 200 caractères",
    "address_lines": "1 à 4 lignes d'adresse de 80 caractères au plus (une liste, ou des lignes séparées par « | »)",
    "postal_code": "un code postal de 5 chiffres",
    "email": "une adresse de courriel, par exemple accueil@mairie.fr",
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
    "catalogue.import_not_toml": "Le fichier {path} n'est pas une définition TOML (extension .toml attendue).",
    "catalogue.import_unreadable": "Le fichier {path} est illisible : {detail}",
    "catalogue.import_too_large": "Le fichier {path} dépasse {max_kib} Kio.",
    "catalogue.import_invalid": "La définition {path} comporte {count} problème(s) ; elle n'a pas été importée.",
    "catalogue.import_duplicate": "Une démarche porte déjà l'identifiant « {procedure} » ; rien n'a été importé.",
    "secrets.unavailable": "Le trousseau de mots de passe du système est inaccessible ({detail}).",
    "dn.descriptor_invalid": "Le fichier {file} n'est pas un formulaire Démarche Numérique : {problem_text}.",
    "dn.descriptor_unreadable": "Le fichier {file} est illisible : {detail}",
    "dn.token_invalid": "Ce n'est pas un jeton d'API : collez-le d'un seul tenant, sans espace "
                        "(512 caractères au plus).",
    "privacy.passphrase_short": "La phrase secrète doit contenir au moins {min} caractères.",
    "privacy.wrong_passphrase": "Cette phrase secrète n'est pas la bonne.",
    "privacy.key_unavailable": "La clé des données protégées est introuvable sur cet ordinateur.",
    "privacy.decryption_failed": "Des données protégées sont illisibles (modifiées, ou mauvaise clé).",
    "resident.unknown": "Cet usager n'existe pas.",
}
MESSAGES.update({
    # Démarche Numérique: every failure the client reports (frontdesk.connectors.demarche_numerique.errors).
    "remote.refused": "La plateforme Démarche Numérique est injoignable (pas de réseau, ou adresse erronée).",
    "remote.refused.request": "L'adresse de la plateforme Démarche Numérique est incorrecte dans les réglages.",
    "remote.timeout": "La plateforme Démarche Numérique n'a pas répondu à temps ; on ne sait pas si la demande "
                      "a été prise en compte.",
    "remote.timeout.connect": "La plateforme Démarche Numérique ne répond pas (délai de connexion dépassé).",
    "remote.reset": "La connexion avec Démarche Numérique a été coupée ; on ne sait pas si la demande a été "
                    "prise en compte.",
    "remote.server": "La plateforme Démarche Numérique est en erreur ; réessayer plus tard.",
    "remote.server.unavailable": "La plateforme Démarche Numérique est momentanément indisponible.",
    "remote.server.gateway": "La plateforme Démarche Numérique ne répond pas derrière son serveur d'accès ; "
                             "on ne sait pas si la demande a été prise en compte.",
    "remote.server.internal": "La plateforme Démarche Numérique a rencontré une erreur interne.",
    "remote.server.timeout": "La plateforme Démarche Numérique a mis trop de temps à préparer sa réponse.",
    "remote.rate_limited": "Trop de demandes envoyées à Démarche Numérique : nouvel essai automatique "
                           "dans quelques secondes.",
    "remote.rate_limited.local": "Limite de 15 préremplissages par 15 secondes atteinte : envoi différé "
                                 "de quelques secondes.",
    "remote.malformed": "Réponse illisible de Démarche Numérique.",
    "remote.malformed.shape": "Réponse incomplète de Démarche Numérique.",
    "remote.malformed.descriptor": "Démarche Numérique a renvoyé une description de formulaire incomplète.",
    "remote.rejected": "Démarche Numérique a refusé la demande.",
    "remote.rejected.invalid": "Démarche Numérique a refusé les données envoyées.",
    "remote.rejected.content_type": "Démarche Numérique a refusé la demande (format d'envoi incorrect).",
    "remote.rejected.query": "Démarche Numérique n'a pas compris la requête de l'application "
                             "(mettre l'application à jour).",
    "remote.rejected.bad_request": "Démarche Numérique a refusé la requête de l'application.",
    "remote.rejected.mutation": "Démarche Numérique a refusé l'opération : {message}",
    "remote.not_found": "Introuvable sur Démarche Numérique.",
    "remote.not_found.demarche": "Cette démarche n'existe pas sur Démarche Numérique, ou elle est close.",
    "remote.not_found.schema": "Le formulaire de cette démarche n'est pas public sur Démarche Numérique "
                               "(démarche close, ou non ouverte aux données publiques).",
    "remote.not_found.dossier": "Ce dossier est introuvable sur Démarche Numérique (brouillon non déposé, "
                                "ou supprimé).",
    "remote.auth": "Démarche Numérique a refusé l'accès.",
    "remote.auth.token_missing": "Aucun jeton d'API valide : enregistrez le jeton administrateur de la démarche "
                                 "(un jeton mal recopié est ignoré par la plateforme).",
    "remote.auth.token_expired": "Le jeton d'API Démarche Numérique a expiré : un administrateur doit en créer "
                                 "un nouveau.",
    "remote.auth.forbidden_network": "Le jeton d'API n'autorise pas le réseau de ce poste : ajouter l'adresse IP "
                                     "de la mairie au jeton, dans le profil administrateur.",
    "remote.auth.forbidden": "Démarche Numérique a refusé l'accès avec ce jeton.",
    "remote.auth.deprecated_token": "Ce jeton d'API est d'un ancien format : un administrateur doit en créer "
                                    "un nouveau.",
    "remote.auth.hidden": "Cette démarche ou ce dossier n'est pas accessible avec le jeton d'API "
                          "(hors de son périmètre, ou démarche non publique).",
    "remote.auth.read_only": "Le jeton d'API est en lecture seule : l'envoi de messages demande un jeton "
                             "en lecture et écriture.",
    "remote.auth.instructeur": "L'instructeur choisi n'a pas accès à ce dossier sur Démarche Numérique.",
})

# Problems of catalogue definitions (frontdesk/catalogue/loader.py), as the CLI lists them.
CATALOGUE_PROBLEMS = {
    "catalogue.unreadable": "fichier illisible (syntaxe TOML ou encodage)",
    "catalogue.too_large": "fichier trop volumineux",
    "catalogue.missing": "une rubrique obligatoire manque ou est vide",
    "catalogue.wrong_type": "une rubrique a une valeur du mauvais type",
    "catalogue.unknown_key": "rubrique inconnue (faute de frappe ?)",
    "catalogue.bad_id": "identifiant incorrect",
    "catalogue.bad_source": "la source doit être « local » ou « external »",
    "catalogue.bad_category": "catégorie de démarche inconnue",
    "catalogue.bad_field_type": "type de champ inconnu",
    "catalogue.duplicate_field": "le même identifiant est utilisé deux fois",
    "catalogue.duplicate_id": "une autre démarche porte déjà cet identifiant",
    "catalogue.bad_condition": "la condition d'affichage désigne un champ inconnu ou placé après, ou bien une "
                               "réponse, un opérateur ou une valeur inconnus",
    "catalogue.options_required": "un choix doit avoir sa liste de réponses",
    "catalogue.bad_options": "les réponses doivent être différentes, et « autre » s'indique avec allow_other",
    "catalogue.bad_bounds": "le minimum dépasse le maximum",
    "catalogue.nested_group": "un groupe répété ne peut pas en contenir un autre",
    "catalogue.bad_required": "ce type de champ ne peut pas être obligatoire",
    "catalogue.bad_silence": "le sens du silence doit être « acceptance », « rejection » ou « none »",
    "catalogue.bad_delay": "le délai de décision implicite manque ou est hors limites",
    "catalogue.bad_url": "l'adresse web doit commencer par https://",
    "catalogue.bad_email": "l'adresse électronique du service n'est pas valide",
    "catalogue.bad_phone": "le numéro de téléphone du service n'est pas valide",
    "catalogue.bad_postal_code": "le code postal du service n'est pas valide",
    "catalogue.external_only": "cette rubrique est réservée aux sites nationaux",
}


def catalogue_problem_line(problem) -> str:
    """One line per problem: where (file, procedure, entry), then what, then the technical detail."""
    where = " — ".join(part for part in (problem.file, problem.procedure, problem.field) if part)
    what = CATALOGUE_PROBLEMS.get(problem.code, problem.code)
    return f"{where} : {what} ({problem.detail})" if problem.detail else f"{where} : {what}"


PROBLEMS = {
    "altered": "contenu modifié",
    "missing": "entrée supprimée",
    "broken_link": "chaînage rompu : entrée supprimée ou déplacée",
    # Démarche Numérique descriptor files
    "not_json": "ce n'est pas du JSON",
    "not_object": "le contenu n'est pas la description d'une démarche",
    "no_number": "le numéro de la démarche manque",
    "no_revision": "la révision du formulaire et ses champs manquent",
    "bad_champ": "un champ n'a pas d'identifiant ou de type",
    "too_large": "fichier trop volumineux",
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
