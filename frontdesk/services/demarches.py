"""Démarche Numérique procedures at the desk: their forms cached per revision, refreshed when online.

The desk must be able to fill a Démarche Numérique form with the network down, so every form it has
seen is kept in the database, one row per revision. When the platform publishes a new revision, the
new one becomes current and the agent is shown which fields changed (until someone marks them seen),
and a draft started on an older revision says what changed since. The desk's sending thread checks
every known form when online (``refresh_all``). A supervisor can also import a form from the JSON of
``/preremplir/{path}/schema`` (a desk that never reached the platform).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from frontdesk.catalogue import Catalogue, Procedure
from frontdesk.clock import utcnow
from frontdesk.connectors.demarche_numerique.champ_types import CODED_TYPES, walk_champs
from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.descriptor import FieldChange, diff_forms, procedure_from_descriptor
from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import FrontdeskError
from frontdesk.store.database import Database
from frontdesk.store.models import DemarcheDescriptorRevision

log = logging.getLogger(__name__)
MAX_IMPORT_BYTES = 5_000_000


class DescriptorError(FrontdeskError):
    """A descriptor file or answer that cannot be a Démarche Numérique form."""

    code = "dn.descriptor_invalid"


@dataclass(frozen=True)
class DemarcheForm:
    """A démarche as the desk knows it: the procedure, where it came from, and what changed lately."""

    procedure: Procedure
    number: int
    revision_id: str
    source: str                      # "remote" or "import"
    checked_at: datetime             # last confirmation by the platform (or the import)
    changes: tuple[FieldChange, ...] = ()   # since the previous revision, until reviewed
    offline: bool = False            # the platform could not be reached: this is the cached revision


def check_descriptor(data: Any) -> dict[str, Any]:
    """The descriptor itself, from either shape: ``demarcheDescriptor`` JSON (the schema route) or a
    whole GraphQL answer ``{"data": {"demarcheDescriptor": ...}}``; raises DescriptorError otherwise."""
    if isinstance(data, Mapping) and isinstance(data.get("data"), Mapping):
        data = data["data"].get("demarcheDescriptor")
    if not isinstance(data, Mapping):
        raise DescriptorError(problem="not_object")
    revision = data.get("revision")
    if not isinstance(data.get("number"), int) or isinstance(data.get("number"), bool):
        raise DescriptorError(problem="no_number")
    if not isinstance(revision, Mapping) or not revision.get("id") or not isinstance(
            revision.get("champDescriptors"), list):
        raise DescriptorError(problem="no_revision")
    for champ in revision["champDescriptors"]:
        if not isinstance(champ, Mapping) or not champ.get("id") or not champ.get("__typename"):
            raise DescriptorError(problem="bad_champ")
    return dict(data)


def store_descriptor(db: Database, actor: Actor, descriptor: Mapping[str, Any], *, source: str,
                     path: str = "") -> DemarcheForm:
    """Keep this revision (once) and make it the démarche's current one."""
    if source == "import":  # a file from outside: what the desk offers changes on a supervisor's word
        require(actor, Permission.CATALOGUE_IMPORT)
    data = check_descriptor(descriptor)
    procedure_from_descriptor(data)  # a descriptor the form engine cannot take is refused here, before any read
    number, revision_id = int(data["number"]), str(data["revision"]["id"])
    now = utcnow()
    with db.unit_of_work(actor) as uow:
        rows = list(uow.session.scalars(select(DemarcheDescriptorRevision)
                                        .where(DemarcheDescriptorRevision.demarche_number == number)))
        data = _with_known_options(data, [r.descriptor for r in rows])
        procedure = procedure_from_descriptor(data)
        row = next((r for r in rows if r.revision_id == revision_id), None)
        previous = next((r for r in rows if r.current and r.revision_id != revision_id), None)
        if previous is not None:
            uow.session.execute(update(DemarcheDescriptorRevision)
                                .where(DemarcheDescriptorRevision.demarche_number == number,
                                       DemarcheDescriptorRevision.revision_id != revision_id)
                                .values(current=False))
            uow.journal.append("dn.revision_changed", "demarche", number, revision=revision_id[:120],
                               previous=previous.revision_id[:120], source=source)
        elif row is None or row.descriptor != data:
            uow.journal.append("dn.descriptor_stored", "demarche", number, revision=revision_id[:120], source=source)
        if row is None:
            row = DemarcheDescriptorRevision(origin_desk_id=actor.desk_id, demarche_number=number,
                                             revision_id=revision_id, reviewed=previous is None, path="")
            uow.session.add(row)
        row.descriptor = data
        row.title = procedure.title[:500]
        row.source = source
        row.current = True
        row.checked_at = now
        row.path = path or _path_of(data) or row.path
    return _form(db, number)


def refresh(db: Database, actor: Actor, client: DemarcheNumeriqueClient, number: int, *,
            path: str | None = None) -> DemarcheForm:
    """The démarche's form, fresh from the platform when it answers, else the cached revision
    (``offline=True``). Raises the RemoteError when the platform fails and nothing is cached."""
    try:
        descriptor = client.descriptor(number, path=path or _cached_path(db, number) or None)
    except RemoteError as exc:
        cached = get_form(db, number)
        if cached is None:
            raise
        log.info("descriptor of démarche %s not refreshed (%s): cached revision used", number, exc.code)
        return replace(cached, offline=True)
    return store_descriptor(db, actor, descriptor, source="remote", path=path or "")


@dataclass(frozen=True)
class FormsRefresh:
    """One round of ``refresh_all``: what the platform confirmed, changed, or could not give."""

    checked: int = 0                 # démarches the platform answered for
    changed: tuple[int, ...] = ()    # démarches now on a new revision
    unreachable: int = 0             # not answered (network, platform): the cached revision stays
    refused: int = 0                 # answered with a form the desk cannot take: the cached one stays


def refresh_all(db: Database, actor: Actor, client: DemarcheNumeriqueClient) -> FormsRefresh:
    """Ask the platform for every form the desk knows; new revisions become current (changes to review).

    Never raises for a network fault or a form the engine refuses: one démarche's trouble does not keep
    the others from being checked, and the desk keeps filling the revision it has.
    """
    with db.read() as session:
        known = list(session.execute(select(DemarcheDescriptorRevision.demarche_number,
                                            DemarcheDescriptorRevision.revision_id)
                                     .where(DemarcheDescriptorRevision.current.is_(True))))
    checked, unreachable, refused, changed = 0, 0, 0, []
    for number, revision_id in known:
        try:
            form = refresh(db, actor, client, number)
        except RemoteError as exc:  # nothing cached any more (erased meanwhile): next round
            log.info("form of démarche %s not checked: %s", number, exc.code)
            unreachable += 1
            continue
        except FrontdeskError as exc:
            log.warning("form of démarche %s refused, the cached revision stays: %s", number, exc.code)
            refused += 1
            continue
        if form.offline:
            unreachable += 1
            continue
        checked += 1
        if form.revision_id != revision_id:
            changed.append(number)
    return FormsRefresh(checked, tuple(changed), unreachable, refused)


def list_forms(db: Database) -> list[DemarcheForm]:
    """Every démarche the desk can fill, with its changes not yet seen, by title."""
    with db.read() as session:
        numbers = list(session.scalars(select(DemarcheDescriptorRevision.demarche_number)
                                       .where(DemarcheDescriptorRevision.current.is_(True))
                                       .order_by(DemarcheDescriptorRevision.title)))
    return [form for form in (_form(db, number) for number in numbers) if form is not None]


def changes_since(db: Database, number: int, revision_id: str) -> tuple[FieldChange, ...]:
    """What changed in the démarche's form since ``revision_id`` (a draft's): nothing when it is still the
    current one or is no longer known. Matched on the first 80 characters, as a dossier keeps them."""
    with db.read() as session:
        rows = list(session.scalars(select(DemarcheDescriptorRevision)
                                    .where(DemarcheDescriptorRevision.demarche_number == number)))
        current = next((r for r in rows if r.current), None)
        old = next((r for r in rows if not r.current and r.revision_id[:80] == revision_id[:80]), None)
        if current is None or old is None or current.revision_id[:80] == revision_id[:80]:
            return ()
        return tuple(diff_forms(procedure_from_descriptor(old.descriptor).form,
                                procedure_from_descriptor(current.descriptor).form))


def get_form(db: Database, number: int) -> DemarcheForm | None:
    """The cached current revision, with no network."""
    return _form(db, number)


def list_procedures(db: Database) -> list[Procedure]:
    """Every Démarche Numérique procedure the desk knows (current revisions), for the catalogue."""
    with db.read() as session:
        rows = list(session.scalars(select(DemarcheDescriptorRevision)
                                    .where(DemarcheDescriptorRevision.current.is_(True))
                                    .order_by(DemarcheDescriptorRevision.title)))
        return [procedure_from_descriptor(row.descriptor) for row in rows]


def with_demarches(catalogue: Catalogue, db: Database) -> Catalogue:
    """The catalogue of local and external procedures, plus the Démarche Numérique ones the desk knows."""
    return catalogue.with_procedures(tuple(list_procedures(db)))


def procedure_at_revision(db: Database, number: int, revision_id: str) -> Procedure | None:
    """The form a dossier was filled with, even after the démarche moved on."""
    with db.read() as session:
        row = session.scalar(select(DemarcheDescriptorRevision).where(
            DemarcheDescriptorRevision.demarche_number == number,
            DemarcheDescriptorRevision.revision_id == revision_id))
        return procedure_from_descriptor(row.descriptor) if row is not None else None


def mark_reviewed(db: Database, actor: Actor, number: int) -> None:
    """The changes of the current revision have been seen: stop showing them."""
    require(actor, Permission.DOSSIER_WRITE)
    with db.unit_of_work(actor) as uow:
        uow.session.execute(update(DemarcheDescriptorRevision)
                            .where(DemarcheDescriptorRevision.demarche_number == number,
                                   DemarcheDescriptorRevision.current.is_(True))
                            .values(reviewed=True))
        uow.journal.append("dn.revision_reviewed", "demarche", number)


def import_file(db: Database, actor: Actor, path: Path) -> DemarcheForm:
    """A supervisor imports a form saved from ``/preremplir/{path}/schema`` (or a GraphQL answer)."""
    require(actor, Permission.CATALOGUE_IMPORT)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise DescriptorError(problem="too_large", file=path.name)
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise DescriptorError("dn.descriptor_unreadable", file=path.name, detail=exc.strerror or str(exc)) from exc
    except (UnicodeDecodeError, ValueError) as exc:
        raise DescriptorError(problem="not_json", file=path.name, detail=str(exc)[:200]) from exc
    try:
        return store_descriptor(db, actor, data, source="import")
    except DescriptorError as exc:
        exc.params.setdefault("file", path.name)
        raise


# --- helpers ----------------------------------------------------------------------------------------------

def _form(db: Database, number: int) -> DemarcheForm | None:
    with db.read() as session:
        rows = list(session.scalars(select(DemarcheDescriptorRevision)
                                    .where(DemarcheDescriptorRevision.demarche_number == number)
                                    .order_by(DemarcheDescriptorRevision.created_at.desc())))
        current = next((r for r in rows if r.current), None)
        if current is None:
            return None
        procedure = procedure_from_descriptor(current.descriptor)
        changes: tuple[FieldChange, ...] = ()
        previous = next((r for r in rows if not r.current), None)
        if not current.reviewed and previous is not None:
            changes = tuple(diff_forms(procedure_from_descriptor(previous.descriptor).form, procedure.form))
        return DemarcheForm(procedure, number, current.revision_id, current.source, current.checked_at, changes)


def _with_known_options(data: dict[str, Any], known: list[dict[str, Any]]) -> dict[str, Any]:
    """The descriptor with the options of its country, region and département questions filled in from
    what the desk already had, when this answer came without them.

    The platform's public query leaves those national lists out; the administrator's query and the
    schema route give them. They are the same lists in every revision, so a refresh without a token
    must not turn choices the agent could make into "to be completed online" (nor report them changed).
    """
    options: dict[str, Any] = {}
    for descriptor in known:
        for champ in _champs(descriptor):
            found = champ.get("codedOptions") or champ.get("options")
            if champ.get("__typename") in CODED_TYPES and found:
                options.setdefault(str(champ.get("id")), found)
    if not options:
        return data

    def filled(champ: Mapping[str, Any]) -> dict[str, Any]:
        result = dict(champ)
        if result.get("__typename") in CODED_TYPES and not (result.get("codedOptions") or result.get("options")) \
                and str(result.get("id")) in options:
            result["options"] = options[str(result["id"])]
        if isinstance(result.get("champDescriptors"), list):
            result["champDescriptors"] = [filled(c) if isinstance(c, Mapping) else c
                                          for c in result["champDescriptors"]]
        return result

    revision = dict(data["revision"])
    revision["champDescriptors"] = [filled(c) for c in revision["champDescriptors"]]
    return {**data, "revision": revision}


def _champs(descriptor: Any) -> Iterator[Mapping[str, Any]]:
    revision = descriptor.get("revision") if isinstance(descriptor, Mapping) else None
    return walk_champs(revision.get("champDescriptors") or [] if isinstance(revision, Mapping) else [])


def _cached_path(db: Database, number: int) -> str:
    with db.read() as session:
        return session.scalar(select(DemarcheDescriptorRevision.path).where(
            DemarcheDescriptorRevision.demarche_number == number, DemarcheDescriptorRevision.current.is_(True))) or ""


def _path_of(data: Mapping[str, Any]) -> str:
    """The démarche's slug from its ``demarcheURL`` (``.../commencer/<path>``)."""
    url = str(data.get("demarcheURL") or "")
    return url.split("/commencer/", 1)[1].split("?", 1)[0].strip("/") if "/commencer/" in url else ""
