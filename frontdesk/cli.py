"""``frontdesk-admin``: headless administration of a desk's database.

It works on the database the settings point at (file and environment, as the application), so an
administrator can migrate, verify or seed without a screen. Messages are in French, for the town
hall's IT staff; exit status 0 means success, 1 a failed check, 2 a usage or settings error.
"""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from frontdesk import __version__
from frontdesk.domain.roles import Actor, Role
from frontdesk.errors import FrontdeskError
from frontdesk.messages_fr import EXPECTED, describe
from frontdesk.settings import KEYS, load_settings, mask_secret

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="frontdesk-admin", description="Administration de Frontdesk.")
    parser.add_argument("--version", action="version", version=f"frontdesk {__version__}")
    parser.add_argument("--demo", action="store_true", help="agir sur la base de démonstration")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")

    sub.add_parser("migrate", help="mettre la base de données à jour (sauvegarde préalable)")
    sub.add_parser("settings", help="vérifier les réglages et afficher les valeurs en vigueur")

    journal = sub.add_parser("journal", help="journal des opérations").add_subparsers(dest="action", required=True)
    journal.add_parser("verify", help="vérifier l'intégrité du journal chaîné")

    demo = sub.add_parser("demo", help="données de démonstration").add_subparsers(dest="action", required=True)
    seed = demo.add_parser("seed", help="créer la commune Admiville et ses usagers fictifs")
    seed.add_argument("--residents", type=int, default=300, help="nombre d'usagers (défaut : 300)")

    agent = sub.add_parser("agent", help="comptes des agents").add_subparsers(dest="action", required=True)
    create = agent.add_parser("create", help="créer un compte (le mot de passe est demandé)")
    create.add_argument("--login", required=True)
    create.add_argument("--name", required=True, help="nom affiché, par exemple « Claire Martin »")
    create.add_argument("--role", choices=[r.value for r in Role], default=Role.AGENT.value)
    create.add_argument("--password-stdin", action="store_true", help="lire le mot de passe sur l'entrée standard")
    agent.add_parser("list", help="lister les comptes")

    catalogue = sub.add_parser("catalogue", help="catalogue des démarches").add_subparsers(dest="action",
                                                                                           required=True)
    catalogue.add_parser("check", help="vérifier toutes les définitions et lister les problèmes")
    imported = catalogue.add_parser("import", help="ajouter une définition au catalogue de la commune")
    imported.add_argument("file", metavar="FICHIER", help="définition TOML d'une démarche")
    import_dn = catalogue.add_parser(
        "import-dn", help="importer le formulaire d'une démarche Démarche Numérique (JSON de /preremplir/…/schema)")
    import_dn.add_argument("file", metavar="FICHIER", help="fichier JSON enregistré depuis la plateforme")
    refresh_dn = catalogue.add_parser("refresh-dn", help="lire le formulaire d'une démarche sur la plateforme")
    refresh_dn.add_argument("number", metavar="NUMERO", type=int, help="numéro de la démarche")
    catalogue.add_parser("list-dn", help="lister les démarches Démarche Numérique connues du guichet")

    token = sub.add_parser("jeton-dn", help="jeton d'API administrateur Démarche Numérique (trousseau du système)")
    token_action = token.add_subparsers(dest="action", required=True)
    token_action.add_parser("enregistrer", help="enregistrer le jeton lu sur l'entrée standard")
    token_action.add_parser("oublier", help="effacer le jeton du trousseau")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(demo=args.demo)
        if args.command == "settings":
            return _settings(settings)
        if args.command == "jeton-dn":
            return _token(args)
        from frontdesk.logs import setup_logging

        setup_logging(settings.log_dir, settings.log_level, stderr=False)
        logging.getLogger(__name__).info("frontdesk-admin %s", args.command)
        if args.command == "catalogue" and args.action in ("check", "import"):  # files only: no database
            return _catalogue(settings, args)
        from frontdesk.context import open_frontdesk

        fd = open_frontdesk(settings)
        try:
            return _COMMANDS[args.command](fd, args)
        finally:
            fd.close()
    except FrontdeskError as exc:
        print(f"Erreur : {describe(exc)}", file=sys.stderr)
        return EXIT_USAGE


def _settings(settings) -> int:
    print(f"Fichier de réglages : {settings.config_file}"
          f"{'' if settings.config_file.exists() else ' (absent : valeurs par défaut)'}")
    print(f"Dossier de données : {settings.data_dir}")
    for key in KEYS:
        value = getattr(settings, key.attr)
        if isinstance(value, str):
            value = mask_secret(value)
        elif isinstance(value, tuple):
            value = " | ".join(value)
        print(f"  {key.dotted} = {value}    (variable {key.env} ; attendu : "
              f"{EXPECTED[key.expected].format(**key.bounds)})")
    return EXIT_OK


def _migrate(fd, _args) -> int:
    report = fd.migration
    if report.migrated:
        print(f"Base migrée de {report.from_revision or 'vide'} à {report.to_revision}.")
        if report.backup:
            print(f"Sauvegarde préalable : {report.backup}")
    else:
        print(f"Base déjà à jour (révision {report.to_revision}).")
    return EXIT_OK


def _journal(fd, _args) -> int:
    from frontdesk import journal

    start = time.perf_counter()
    with fd.db.read() as session:
        result = journal.verify(session)
    if result.ok:
        print(f"Journal intègre : {result.checked} entrées vérifiées en {time.perf_counter() - start:.1f} s.")
        return EXIT_OK
    print("Erreur : " + describe(FrontdeskError("journal.broken", seq=result.first_bad_seq, problem=result.problem)),
          file=sys.stderr)
    print(f"{result.checked} entrées vérifiées avant l'anomalie.", file=sys.stderr)
    return EXIT_CHECK_FAILED


def _demo(fd, args) -> int:
    from frontdesk import demo

    if args.residents < 0:
        print("Erreur : le nombre d'usagers doit être positif.", file=sys.stderr)
        return EXIT_USAGE
    start = time.perf_counter()
    desk = demo.seed(fd.db, args.residents)
    print(f"Commune de démonstration « {desk.commune_name} » prête : {args.residents} usagers, "
          f"en {time.perf_counter() - start:.1f} s.")
    return EXIT_OK


def _agent(fd, args) -> int:
    from frontdesk.services import accounts
    from frontdesk.services.desk import ensure_desk

    desk = fd.desk or ensure_desk(fd.db, fd.settings.desk_name, fd.settings.desk_prefix, fd.settings.commune_name)
    admin = Actor(desk.id, role=Role.SUPERVISOR)  # whoever runs this CLI administers the PC
    if args.action == "list":
        for agent in accounts.list_agents(fd.db, admin):
            state = "actif" if agent.active else "désactivé"
            print(f"{agent.login:<20} {agent.role.value:<11} {state:<10} {agent.display_name}")
        return EXIT_OK
    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Mot de passe : ")
    if accounts.has_agents(fd.db):
        info = accounts.create_agent(fd.db, admin, args.login, args.name, Role(args.role), password)
    else:
        info = accounts.create_first_supervisor(fd.db, desk.id, args.login, args.name, password)
    print(f"Compte « {info.login} » créé ({info.role.value}).")
    return EXIT_OK


def _catalogue(settings, args) -> int:
    from frontdesk.catalogue.directories import catalogue_directories, load_desk_catalogue
    from frontdesk.catalogue.importer import CatalogueImportError, import_definition
    from frontdesk.messages_fr import catalogue_problem_line

    catalogue = load_desk_catalogue(settings)
    if args.action == "check":
        for problem in catalogue.problems:
            print(catalogue_problem_line(problem), file=sys.stderr)
        local = sum(p.source == "local" for p in catalogue.procedures)
        print(f"{len(catalogue.procedures)} démarches chargées ({local} de la commune, "
              f"{len(catalogue.procedures) - local} sites nationaux) depuis "
              f"{' et '.join(str(d) for d in catalogue_directories(settings))} ; "
              f"{len(catalogue.problems)} problème(s).")
        return EXIT_CHECK_FAILED if catalogue.problems else EXIT_OK
    try:
        procedure, target = import_definition(Path(args.file), settings.catalogue_dir, catalogue)
    except CatalogueImportError as exc:
        for problem in exc.problems:
            print(catalogue_problem_line(problem), file=sys.stderr)
        print(f"Erreur : {describe(exc)}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    print(f"Démarche « {procedure.title} » ({procedure.id}) importée dans {target}.")
    return EXIT_OK


def _catalogue_dn(fd, args) -> int:
    from pathlib import Path

    from frontdesk.connectors.demarche_numerique.client import client_from_settings
    from frontdesk.services import demarches
    from frontdesk.services.desk import ensure_desk

    desk = fd.desk or ensure_desk(fd.db, fd.settings.desk_name, fd.settings.desk_prefix, fd.settings.commune_name)
    admin = Actor(desk.id, role=Role.SUPERVISOR)
    if args.action == "list-dn":
        for procedure in demarches.list_procedures(fd.db):
            print(f"{procedure.id:<12} {procedure.title}")
        return EXIT_OK
    try:
        if args.action == "import-dn":
            form = demarches.import_file(fd.db, admin, Path(args.file))
        else:
            form = demarches.refresh(fd.db, admin, client_from_settings(fd.settings), args.number)
    except FrontdeskError as exc:
        print(f"Erreur : {describe(exc)}", file=sys.stderr)
        return EXIT_CHECK_FAILED
    state = " (hors ligne : version déjà connue)" if form.offline else ""
    print(f"Démarche {form.number} « {form.procedure.title} » : révision {form.revision_id}{state}, "
          f"{len(form.procedure.form.fields)} champs.")
    for change in form.changes:
        print(f"  {CHANGE_KINDS[change.kind]} : {change.label}")
    return EXIT_OK


CHANGE_KINDS = {"added": "champ ajouté", "removed": "champ retiré", "changed": "champ modifié"}


def _token(args) -> int:
    from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, delete_secret, set_secret

    if args.action == "oublier":
        delete_secret(DEMARCHE_NUMERIQUE_TOKEN)
        print("Jeton effacé du trousseau.")
        return EXIT_OK
    value = sys.stdin.readline().strip()
    if not value or any(c.isspace() for c in value):
        print("Erreur : aucun jeton lu sur l'entrée standard (une seule ligne, sans espace).", file=sys.stderr)
        return EXIT_USAGE
    set_secret(DEMARCHE_NUMERIQUE_TOKEN, value)
    print("Jeton enregistré dans le trousseau du système.")
    return EXIT_OK


_COMMANDS = {"migrate": _migrate, "journal": _journal, "demo": _demo, "agent": _agent,
             "catalogue": _catalogue_dn}

if __name__ == "__main__":
    sys.exit(main())
