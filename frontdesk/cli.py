"""``frontdesk-admin``: headless administration of a desk's database.

It works on the database the settings point at (file and environment, as the application), so an
administrator can migrate, verify or seed without a screen. Messages are in French, for the town
hall's IT staff; exit status 0 means success, 1 a failed check, 2 a usage or settings error.
"""

from __future__ import annotations

import argparse
import contextlib
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
    sync = sub.add_parser("sync", help="envoyer les éléments en attente (préremplissages, messages) ; "
                                       "tourne jusqu'à interruption")
    sync.add_argument("--once", action="store_true", help="un seul passage, puis s'arrêter")
    sync.add_argument("--poll", type=float, default=2.0, help="secondes entre deux passages (défaut : 2)")
    sync.add_argument("--prefill-limit", metavar="N/S",
                      help="au plus N préremplissages par S secondes (défaut : la limite de la plateforme, 15/15 ; "
                           "à changer seulement face à un simulateur)")
    sync.add_argument("--backoff", type=float, metavar="S", help="premier délai avant de réessayer (défaut : 30 s)")
    key = sub.add_parser("key", help="clé de chiffrement des données sensibles").add_subparsers(
        dest="action", required=True)
    key.add_parser("rotate", help="chiffrer à nouveau toutes les données sensibles avec une nouvelle clé")

    purge = sub.add_parser("purge", help="appliquer les durées de conservation")
    purge.add_argument("--dry-run", action="store_true", help="lister ce qui serait effacé, sans rien effacer")

    records = sub.add_parser("records", help="registre des activités de traitement (RGPD art. 30), en PDF")
    records.add_argument("--output", required=True, help="fichier PDF à écrire")

    export = sub.add_parser("export", help="exporter les données d'un usager (droit d'accès) en JSON et PDF")
    export.add_argument("--resident", required=True, help="identifiant de l'usager")
    export.add_argument("--output-dir", required=True, help="dossier où écrire les deux fichiers")
    parser.add_argument("--passphrase-stdin", action="store_true",
                        help="lire la phrase secrète des données protégées sur l'entrée standard")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings(demo=args.demo)
        if args.command == "settings":
            return _settings(settings)
        from frontdesk.logs import setup_logging

        setup_logging(settings.log_dir, settings.log_level, stderr=False)
        logging.getLogger(__name__).info("frontdesk-admin %s", args.command)
        if args.command == "catalogue" and args.action in ("check", "import"):  # files only: no database
            return _catalogue(settings, args)
        fd = _open(settings, args)
        try:
            return _COMMANDS[args.command](fd, args)
        finally:
            fd.close()
    except FrontdeskError as exc:
        print(f"Erreur : {describe(exc)}", file=sys.stderr)
        return EXIT_USAGE


def _open(settings, args):
    """Open the desk; where no keyring holds the data key, ask for the supervisor's passphrase."""
    from frontdesk.context import open_frontdesk
    from frontdesk.privacy.keys import PassphraseRequired

    try:
        return open_frontdesk(settings)
    except PassphraseRequired as exc:
        prompt = "Nouvelle phrase secrète des données protégées : " if exc.params.get("first_time") else \
            "Phrase secrète des données protégées : "
        passphrase = sys.stdin.readline().rstrip("\n") if args.passphrase_stdin else getpass.getpass(prompt)
        return open_frontdesk(settings, passphrase)


def _admin(fd) -> Actor:
    from frontdesk.services.desk import ensure_desk

    desk = fd.desk or ensure_desk(fd.db, fd.settings.desk_name, fd.settings.desk_prefix, fd.settings.commune_name)
    return Actor(desk.id, role=Role.SUPERVISOR)  # whoever runs this CLI administers the PC


def _key(fd, _args) -> int:
    from frontdesk.privacy.rotation import rotate_key

    start = time.perf_counter()
    count = rotate_key(fd.db, _admin(fd))
    print(f"Nouvelle clé en service : {count} valeurs chiffrées à nouveau en {time.perf_counter() - start:.1f} s.")
    return EXIT_OK


_KINDS = {"residents": "usagers à anonymiser", "assessments": "bilans d'inclusion à effacer",
          "visits": "passages à détacher de l'usager", "consents": "preuves d'accord à effacer",
          "log_files": "fichiers de traces à effacer", "drafts": "brouillons de démarche abandonnés à effacer",
          "dossiers": "démarches anciennes à anonymiser"}


def _purge(fd, args) -> int:
    from frontdesk.privacy import retention

    admin = _admin(fd)
    todo = (retention.plan if args.dry_run else retention.purge)(fd.db, admin, fd.settings)
    print("Purge à blanc : rien n'est effacé." if args.dry_run else "Purge effectuée.")
    for kind, count in todo.counts().items():
        print(f"  {_KINDS[kind]} : {count}")
    if args.dry_run:
        for kind in ("residents", "assessments", "visits", "consents", "drafts", "dossiers"):
            for item in getattr(todo, kind):
                print(f"    {kind} {item}")
        for path in todo.log_files:
            print(f"    log_files {path.name}")
    return EXIT_OK


def _records(fd, args) -> int:
    from pathlib import Path

    from frontdesk.privacy.records import record_pdf

    target = Path(args.output)
    target.write_bytes(record_pdf(_admin(fd), fd.settings))
    print(f"Registre écrit : {target}")
    return EXIT_OK


def _export(fd, args) -> int:
    import uuid
    from pathlib import Path

    from frontdesk.privacy import rights

    try:
        resident_id = uuid.UUID(args.resident)
    except ValueError:
        print("Erreur : identifiant d'usager mal formé.", file=sys.stderr)
        return EXIT_USAGE
    folder = Path(args.output_dir)
    folder.mkdir(parents=True, exist_ok=True)
    data = rights.resident_data(fd.db, _admin(fd), resident_id)
    issuer = f"Commune : {fd.settings.commune_name}" if fd.settings.commune_name else "Commune"
    stem = f"donnees-{data['resident']['id']}"
    (folder / f"{stem}.json").write_bytes(rights.export_json(data))
    (folder / f"{stem}.pdf").write_bytes(rights.export_pdf(data, issuer))
    print(f"Export écrit : {folder / stem}.json et .pdf")
    return EXIT_OK


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


def _token(fd, args) -> int:
    """The administrator token, through the same service as the supervisor's dialog (journalled)."""
    from frontdesk.services.dn_token import forget_token, save_token

    if args.action == "oublier":
        forget_token(fd.db, _admin(fd))
        print("Jeton effacé du trousseau.")
        return EXIT_OK
    value = sys.stdin.readline().strip()
    if not value:
        print("Erreur : aucun jeton lu sur l'entrée standard (une seule ligne, sans espace).", file=sys.stderr)
        return EXIT_USAGE
    save_token(fd.db, _admin(fd), value)
    print("Jeton enregistré dans le trousseau du système.")
    return EXIT_OK


def _sync(fd, args) -> int:
    import signal
    import threading

    from frontdesk.connectors.demarche_numerique.throttle import Throttle
    from frontdesk.outbox.backoff import Backoff
    from frontdesk.outbox.desk import desk_client, desk_sender
    from frontdesk.outbox.lock import SenderBusy

    if fd.desk is None:
        print("Erreur : ce poste n'a pas encore de guichet (lancez l'application une première fois).", file=sys.stderr)
        return EXIT_USAGE
    client = desk_client(fd.settings)
    if args.prefill_limit:
        try:
            count, seconds = args.prefill_limit.split("/")
            client.throttle = Throttle(int(count), float(seconds))
        except ValueError:
            print("Erreur : --prefill-limit attend N/S, par exemple 15/15.", file=sys.stderr)
            return EXIT_USAGE
    backoff = Backoff(base_s=args.backoff, cap_s=max(args.backoff, 60.0)) if args.backoff is not None else None
    sender = desk_sender(fd.settings, fd.db, fd.desk.id, client=client, backoff=backoff)
    try:
        sender.start()
    except SenderBusy:
        print("Erreur : un autre programme de ce guichet envoie déjà (application ouverte ?).", file=sys.stderr)
        return EXIT_CHECK_FAILED
    try:
        if args.once:
            report = sender.run_once()
            print(f"Envoyés : {report.sent} sur {report.attempted} tentative(s).")
            return EXIT_OK
        stop = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
        print("Envoi en cours (Ctrl+C pour arrêter).", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            sender.run_forever(stop, poll_s=args.poll)
        return EXIT_OK
    finally:
        sender.stop()


_COMMANDS = {"migrate": _migrate, "journal": _journal, "demo": _demo, "agent": _agent,
             "catalogue": _catalogue_dn, "sync": _sync,
             "key": _key, "purge": _purge, "records": _records, "export": _export, "jeton-dn": _token}

if __name__ == "__main__":
    sys.exit(main())
