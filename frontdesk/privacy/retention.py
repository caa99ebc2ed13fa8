"""Retention: what the policy removes, listed first (``plan``), then done in one transaction (``purge``).

The durations come from the settings (defaults and their reasons in docs/retention.md):
- a resident without any contact for ``retention_resident_months`` is anonymised: the identity is
  erased, the empty row stays so the visits it anchors still count;
- an assessment (inclusion profile) goes ``retention_profile_months`` after the resident's last contact;
- a visit older than ``retention_visit_identity_months`` loses its link to the resident and keeps its
  statistical fields (date, desk, agent, channel, duration, themes, outcome, referral);
- a consent record goes ``retention_consent_months`` after its withdrawal or the last contact;
- rotated log files go after ``retention_log_months``;
- a draft dossier untouched for ``retention_draft_months`` is deleted (the resident did not come back);
- a submitted dossier is anonymised ``retention_dossier_months`` after its submission or its
  implicit-decision date, whichever is later: what the resident said, what was done on a national site,
  the Démarche Numérique token and link, the link to the resident go; the procedure, status, dates and
  references stay (statistics, and the number printed on the paper the resident holds). Its finished
  outbox items lose their payload and secrets with it.
The journal is never purged: it is hash-chained, and holds identifiers and codes only.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, delete, func, select, update
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.outbox.states import DONE
from frontdesk.settings import Settings
from frontdesk.store.database import Database
from frontdesk.store.models import (
    Assessment,
    Consent,
    Document,
    Dossier,
    DossierEvent,
    DossierPiece,
    OutboxEvent,
    OutboxItem,
    Resident,
    Visit,
)

log = logging.getLogger(__name__)
DAYS_PER_MONTH = 30.44


@dataclass(frozen=True)
class PurgePlan:
    residents: tuple[uuid.UUID, ...] = ()  # to anonymise
    assessments: tuple[uuid.UUID, ...] = ()  # to delete
    visits: tuple[uuid.UUID, ...] = ()  # to unlink from their resident
    consents: tuple[uuid.UUID, ...] = ()  # to delete
    log_files: tuple[Path, ...] = field(default=())
    drafts: tuple[uuid.UUID, ...] = ()  # abandoned draft dossiers, to delete
    dossiers: tuple[uuid.UUID, ...] = ()  # submitted dossiers, to anonymise

    @property
    def empty(self) -> bool:
        return not (self.residents or self.assessments or self.visits or self.consents or self.log_files
                    or self.drafts or self.dossiers)

    def counts(self) -> dict[str, int]:
        return {"residents": len(self.residents), "assessments": len(self.assessments), "visits": len(self.visits),
                "consents": len(self.consents), "log_files": len(self.log_files), "drafts": len(self.drafts),
                "dossiers": len(self.dossiers)}


def months_ago(now: datetime, months: int) -> datetime:
    return now - timedelta(days=round(months * DAYS_PER_MONTH))


def last_contacts() -> Select:
    """Per resident, the latest moment anything happened with them (visit, assessment, consent,
    document, correction of their record)."""
    moments = [
        select(Visit.resident_id.label("rid"), func.max(Visit.started_at).label("at")).group_by(Visit.resident_id),
        select(Assessment.resident_id, func.max(Assessment.created_at)).group_by(Assessment.resident_id),
        select(Consent.resident_id, func.max(func.coalesce(Consent.withdrawn_at, Consent.given_at)))
        .group_by(Consent.resident_id),
        select(Document.resident_id, func.max(Document.created_at)).group_by(Document.resident_id),
        select(Dossier.resident_id, func.max(Dossier.updated_at)).group_by(Dossier.resident_id),
        select(Resident.id, Resident.updated_at),
    ]
    union = moments[0].union_all(*moments[1:]).subquery()
    return select(union.c.rid, func.max(union.c.at).label("last")).where(union.c.rid.is_not(None)).group_by(
        union.c.rid)


def plan(db: Database, actor: Actor, settings: Settings, now: datetime | None = None) -> PurgePlan:
    """What ``purge`` would do now; changes nothing (``frontdesk-admin purge --dry-run``)."""
    require(actor, Permission.RETENTION_PURGE)
    with db.read() as session:
        return _plan(session, settings, now or utcnow())


def purge(db: Database, actor: Actor, settings: Settings, now: datetime | None = None) -> PurgePlan:
    """Apply the policy in one unit of work, journalled with counts only; returns what was done."""
    require(actor, Permission.RETENTION_PURGE)
    now = now or utcnow()
    with db.unit_of_work(actor) as uow:
        todo = _plan(uow.session, settings, now)
        if todo.empty:
            return todo
        session = uow.session
        for chunk in _chunks(todo.visits):
            session.execute(update(Visit).where(Visit.id.in_(chunk)).values(resident_id=None, updated_at=now)
                            .execution_options(synchronize_session=False))
        for model, ids in ((Assessment, todo.assessments), (Consent, todo.consents)):
            for chunk in _chunks(ids):
                for row in session.scalars(select(model).where(model.id.in_(chunk))):
                    session.delete(row)
        session.flush()
        for chunk in _chunks(todo.drafts):
            delete_dossiers(session, chunk)
        for chunk in _chunks(todo.dossiers):
            for dossier in session.scalars(select(Dossier).where(Dossier.id.in_(chunk))):
                erase_dossier(session, dossier, now)
        session.flush()
        for chunk in _chunks(todo.residents):
            for resident in session.scalars(select(Resident).where(Resident.id.in_(chunk))):
                erase_identity(resident, now)
        uow.journal.append("retention.purged", "", "", **todo.counts())
    for path in todo.log_files:
        path.unlink(missing_ok=True)
    log.info("retention purge: %s", todo.counts())
    return todo


def erase_identity(resident: Resident, now: datetime) -> None:
    """Empty every field that says who the person is; the row stays as an anonymous anchor."""
    resident.family_name = resident.birth_name = resident.given_names = ""
    resident.birth_date = resident.birth_year = None
    resident.address_line = resident.postal_code = resident.commune = resident.phone = resident.email = ""
    resident.no_phone = resident.no_email = resident.large_print = False
    resident.contact_channel, resident.language = "guichet", "fr"
    resident.search_key = ""
    resident.anonymised_at = now
    resident.updated_at = now


def delete_dossiers(session: Session, ids: list[uuid.UUID]) -> None:
    """Drafts go whole, with their pieces and history (nothing was registered, nothing was printed)."""
    for model in (DossierPiece, DossierEvent):
        session.execute(delete(model).where(model.dossier_id.in_(ids)).execution_options(synchronize_session=False))
    session.execute(delete(Dossier).where(Dossier.id.in_(ids)).execution_options(synchronize_session=False))


def erase_dossier(session: Session, dossier: Dossier, now: datetime) -> None:
    """Empty what a registered dossier says about the person; keep what the statistics and the paper
    trail need (procedure, status, dates, the desk's number). Its finished outbox items lose their
    payload and secrets; an item still to send keeps them (the change is not made yet)."""
    dossier.values, dossier.what_was_done = {}, []
    dossier.prefill_token = dossier.remote_link = dossier.remote_motivation = None
    dossier.remote_reference = ""
    dossier.resident_id = None
    dossier.anonymised_at = dossier.updated_at = now
    items = list(session.scalars(select(OutboxItem).where(
        OutboxItem.entity_type == "dossier", OutboxItem.entity_id == str(dossier.id),
        OutboxItem.state.in_(list(DONE)))))
    for item in items:
        item.payload, item.last_error_params, item.remote_secret = {}, {}, None
        for event in session.scalars(select(OutboxEvent).where(OutboxEvent.item_id == item.id)):
            event.params = {}


def _plan(session: Session, settings: Settings, now: datetime) -> PurgePlan:
    last = {rid: at for rid, at in session.execute(last_contacts())}
    inactive = months_ago(now, settings.retention_resident_months)
    profile_limit = months_ago(now, settings.retention_profile_months)
    consent_limit = months_ago(now, settings.retention_consent_months)
    live = set(session.scalars(select(Resident.id).where(Resident.anonymised_at.is_(None))))
    residents = sorted(rid for rid in live if last.get(rid) is not None and last[rid] < inactive)
    assessments = sorted(session.scalars(select(Assessment.id).where(Assessment.resident_id.in_(
        [rid for rid, at in last.items() if at < profile_limit] or [uuid.UUID(int=0)]))))
    visits = sorted(session.scalars(select(Visit.id).where(
        Visit.resident_id.is_not(None), Visit.ended_at.is_not(None),
        Visit.started_at < months_ago(now, settings.retention_visit_identity_months))))
    consents = sorted(
        consent.id for consent in session.scalars(select(Consent))
        if max(consent.withdrawn_at or consent.given_at, last.get(consent.resident_id, consent.given_at))
        < consent_limit)
    # Consents an assessment rests on go with (or after) that assessment, never before it.
    kept_assessments = set(session.scalars(select(Assessment.consent_id).where(
        Assessment.consent_id.is_not(None), Assessment.id.not_in(assessments or [uuid.UUID(int=0)]))))
    consents = [c for c in consents if c not in kept_assessments]
    drafts = sorted(session.scalars(select(Dossier.id).where(
        Dossier.status == "draft", Dossier.updated_at < months_ago(now, settings.retention_draft_months))))
    dossier_limit = months_ago(now, settings.retention_dossier_months)
    dossiers = sorted(row.id for row in session.execute(select(Dossier.id, Dossier.decision_on).where(
        Dossier.status != "draft", Dossier.anonymised_at.is_(None), Dossier.submitted_at < dossier_limit))
        if row.decision_on is None or datetime.combine(row.decision_on, time(), UTC) < dossier_limit)
    return PurgePlan(tuple(residents), tuple(assessments), tuple(visits), tuple(consents),
                     tuple(_old_logs(settings, now)), tuple(drafts), tuple(dossiers))


def _old_logs(settings: Settings, now: datetime) -> list[Path]:
    """Rotated log files (``frontdesk.log.1`` ...) last written before the limit; the live one stays."""
    limit = months_ago(now, settings.retention_log_months).timestamp()
    if not settings.log_dir.is_dir():
        return []
    return sorted(p for p in settings.log_dir.glob("frontdesk.log.*") if p.stat().st_mtime < limit)


def _chunks(ids: tuple[uuid.UUID, ...] | list[uuid.UUID], size: int = 500):
    for start in range(0, len(ids), size):
        yield list(ids[start:start + size])
