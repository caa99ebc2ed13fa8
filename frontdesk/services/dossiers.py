"""Dossiers: an assisted procedure from its draft to its registration, with the paper that proves it.

Why it looks this way:
- a draft is saved on every change of the form (``save_draft`` is one UPDATE in its own committed
  transaction), so a crash or a power cut loses at most the keystroke being typed. Draft saves are not
  journalled one by one (that would flood the hash-chained journal with keystrokes): the journal records
  when a draft is started, discarded and submitted, which is what an audit needs;
- numbers are given on submission only, through the same gap-free per-desk, per-year counter as
  printed documents (series "dossier"), so an abandoned draft never leaves a hole in the series;
- submitting registers the dossier, its status history, its visit and its paper (accusé de réception,
  récépissé, attestation de dépôt) in ONE unit of work: the paper's record never exists without the
  dossier it proves, and the dossier never exists without its paper;
- the implicit-decision date runs from the day the file is complete (CRPA L114-5): while pieces are
  missing the dossier waits with the deadline, and the date is computed when the last piece arrives.

Journal entries carry ids, codes and counts, never the values of the form (they may describe a
person's situation).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from frontdesk.catalogue import Procedure, Source, implicit_decision_date
from frontdesk.clock import utcnow
from frontdesk.documents import (
    Acknowledgement,
    AssistanceReceipt,
    DepositCertificate,
    IssuedDocument,
    Piece,
    Service,
    issue_in,
)
from frontdesk.documents.service import next_seq
from frontdesk.domain import vocab
from frontdesk.domain.references import dossier_reference
from frontdesk.domain.residents import display_name
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import FrontdeskError, PermissionDenied, ValidationError
from frontdesk.forms import FieldProblem, clean, validate
from frontdesk.services.residents import surviving
from frontdesk.services.visits import close_visit_in
from frontdesk.store.database import Database, UnitOfWork
from frontdesk.store.models import Agent, Desk, Dossier, DossierEvent, DossierPiece, Resident

DRAFT = "draft"
AWAITING_PIECES = "awaiting_pieces"  # registered, incomplete: the decision delay has not started
REGISTERED = "registered"  # complete, the service in charge decides (or stays silent) by decision_on
DONE_ON_SITE = "done_on_site"  # a national site's procedure done at the desk; the site follows it up
AWAITING_SENDING = "awaiting_sending"  # Démarche Numérique: the prefill waits in the outbox (dn_dossiers)
ON_PLATFORM = "on_platform"  # Démarche Numérique: the prefilled dossier is on the platform (dn_dossiers)
# The end of a commune's dossier, as the service in charge answered (recorded by an agent from its letter)
DECISION_ACCEPTED = "decision_accepted"
DECISION_REFUSED = "decision_refused"
WITHDRAWN = "withdrawn"  # the person withdrew the request
DECISIONS = (DECISION_ACCEPTED, DECISION_REFUSED, WITHDRAWN)
STATUSES = (DRAFT, AWAITING_PIECES, REGISTERED, DONE_ON_SITE, AWAITING_SENDING, ON_PLATFORM, *DECISIONS)
IN_PROGRESS = (AWAITING_PIECES, REGISTERED, AWAITING_SENDING, ON_PLATFORM)  # "Démarches en cours"

# Who agreed that the agent acts on their behalf, and how (CRPA/Aidants Connect practice: recorded).
CONSENT_BY = ("resident", "representative", "person_present")  # the last one for an anonymous visit
CONSENT_HOW = ("oral", "written")
RECENT_PROCEDURES = 5
APPEAL_COURT_DEFAULT = "tribunal administratif compétent"
ASSISTED_THEME = "aide_demarches_administratives"
_MAX_VALUES_BYTES = 1_000_000  # a form's values are text typed at a desk: more than this is a bug


class DossierInvalid(ValidationError):
    """The dossier cannot go further as it is: ``params`` says why (``problems``, ``errors`` or a reason)."""

    code = "dossier.invalid"


@dataclass(frozen=True)
class PieceInput:
    """One paper the procedure asks for, as the agent ticked it: handed in (original or copy) or missing."""

    document_id: str
    label: str
    supplied: bool
    original: bool = False
    deadline: date | None = None  # for a missing piece: the day it is expected by
    required: bool = True


@dataclass(frozen=True)
class PieceView:
    document_id: str
    label: str
    supplied: bool
    original: bool
    deadline: date | None


@dataclass(frozen=True)
class EventView:
    status: str
    at: datetime
    agent_name: str
    note: str


@dataclass(frozen=True)
class DossierView:
    id: uuid.UUID
    reference: str | None
    resident_id: uuid.UUID | None
    resident_name: str  # "" for an anonymous person
    agent_name: str
    procedure_id: str
    procedure_title: str
    source: str
    procedure_revision: str
    values: dict
    status: str
    consent_by: str | None
    consent_how: str | None
    consent_at: datetime | None
    submitted_at: datetime | None
    complete_on: date | None
    decision_on: date | None
    silence_means: str | None
    remote_reference: str
    remote_site: str
    remote_done_on: date | None
    what_was_done: tuple[str, ...]
    visit_id: uuid.UUID | None
    issued: tuple[str, ...]  # numbers of the documents handed over, oldest first
    created_at: datetime
    updated_at: datetime
    pieces: tuple[PieceView, ...] = ()
    events: tuple[EventView, ...] = ()
    remote_number: int | None = None  # Démarche Numérique's dossier number, once the prefill is delivered
    remote_state: str | None = None   # its state on the platform, as last tracked
    remote_motivation: str | None = None  # the instructor's reason for the decision (administrator access)
    remote_updated_at: datetime | None = None  # the platform's last change of the dossier (administrator access)
    remote_detail: str | None = None  # where the last tracked facts came from: "admin" or "public"

    @property
    def missing_pieces(self) -> tuple[PieceView, ...]:
        return tuple(p for p in self.pieces if not p.supplied and p.deadline is not None)


@dataclass(frozen=True)
class DossierRow:
    """One line of the list of dossiers."""

    id: uuid.UUID
    reference: str | None
    resident_name: str
    procedure_title: str
    source: str
    status: str
    decision_on: date | None
    updated_at: datetime


@dataclass(frozen=True)
class Submitted:
    """What submitting gave: the dossier as registered and the documents to hand over, in print order."""

    dossier: DossierView
    documents: tuple[IssuedDocument, ...]


# --- drafts --------------------------------------------------------------------------------------------

def start_draft(db: Database, actor: Actor, procedure: Procedure, resident_id: uuid.UUID | None,
                values: Mapping[str, object] | None = None) -> DossierView:
    """A new draft of ``procedure`` for a resident (None: an anonymous person)."""
    agent_id = _require_agent(actor)
    plain = _plain_values(values or {})
    with db.unit_of_work(actor) as uow:
        session = uow.session
        if resident_id is not None:
            resident_id = surviving(session, resident_id).id
        row = Dossier(origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=agent_id,
                      procedure_id=procedure.id, procedure_title=procedure.title[:300],
                      source=str(procedure.source), procedure_revision=procedure.revision[:80], values=plain,
                      status=DRAFT, what_was_done=[], issued=[])
        session.add(row)
        session.flush()
        _event(uow, row, DRAFT, agent_id)
        uow.journal.append("dossier.started", "dossier", row.id, procedure=procedure.id, source=row.source,
                           anonymous=resident_id is None, resident_id=_id_or_none(resident_id))
        return _view(session, row)


def save_draft(db: Database, actor: Actor, dossier_id: uuid.UUID, values: Mapping[str, object]) -> None:
    """Keep the form's values as they are now; called on every change, committed at once."""
    _require_agent(actor)
    plain = _plain_values(values)
    with db.unit_of_work(actor) as uow:
        row = _draft(uow.session, dossier_id)
        row.values = plain
        row.updated_at = utcnow()


def discard_draft(db: Database, actor: Actor, dossier_id: uuid.UUID) -> None:
    """Throw a draft away with everything typed in it; the journal keeps only that it existed."""
    _require_agent(actor)
    with db.unit_of_work(actor) as uow:
        row = _draft(uow.session, dossier_id)
        procedure_id = row.procedure_id
        uow.session.execute(delete(DossierPiece).where(DossierPiece.dossier_id == dossier_id))
        uow.session.execute(delete(DossierEvent).where(DossierEvent.dossier_id == dossier_id))
        uow.session.delete(row)
        uow.journal.append("dossier.discarded", "dossier", dossier_id, procedure=procedure_id)


def record_consent(db: Database, actor: Actor, dossier_id: uuid.UUID, *, by: str, how: str) -> DossierView:
    """Record that the person agreed to the agent acting on their behalf: who, how, when and which agent.

    Asked for every assisted procedure, anonymous ones included (the agent acts for the person present
    even when the desk does not know their name): typing someone's request is acting in their name.
    """
    agent_id = _require_agent(actor)
    errors = {}
    if by not in CONSENT_BY:
        errors["by"] = "consent_by_invalid"
    if how not in CONSENT_HOW:
        errors["how"] = "consent_how_invalid"
    if errors:
        raise DossierInvalid(errors=errors)
    with db.unit_of_work(actor) as uow:
        row = _draft(uow.session, dossier_id)
        if by != "person_present" and row.resident_id is None:
            raise DossierInvalid(errors={"by": "consent_by_invalid"})
        row.consent_by, row.consent_how, row.consent_at, row.consent_agent_id = by, how, utcnow(), agent_id
        uow.journal.append("dossier.consent_recorded", "dossier", row.id, by=by, how=how)
        return _view(uow.session, row)


def set_pieces(db: Database, actor: Actor, dossier_id: uuid.UUID, pieces: Sequence[PieceInput],
               today: date | None = None) -> DossierView:
    """Replace the draft's list of papers: each handed in (original or copy) or missing with its deadline."""
    _require_agent(actor)
    _check_pieces(pieces, today or _today())
    with db.unit_of_work(actor) as uow:
        row = _draft(uow.session, dossier_id)
        uow.session.execute(delete(DossierPiece).where(DossierPiece.dossier_id == dossier_id))
        for piece in pieces:
            uow.session.add(DossierPiece(
                origin_desk_id=actor.desk_id, dossier_id=row.id, document_id=piece.document_id[:120],
                label=piece.label[:300], supplied=piece.supplied, original=piece.supplied and piece.original,
                deadline=None if piece.supplied else piece.deadline))
        row.updated_at = utcnow()
        uow.journal.append("dossier.pieces_set", "dossier", row.id, pieces=len(pieces),
                           supplied=sum(p.supplied for p in pieces),
                           missing=sum(not p.supplied and p.deadline is not None for p in pieces))
        uow.session.flush()
        return _view(uow.session, row)


# --- submitting ----------------------------------------------------------------------------------------

def submit_local(db: Database, actor: Actor, dossier_id: uuid.UUID, procedure: Procedure, *,
                 commune: str, desk_name: str, today: date | None = None) -> Submitted:
    """Register a commune's procedure: number, status, implicit-decision date, visit and paper at once.

    Refused (``dossier.invalid``) when the form has problems (``problems``: the FieldProblems), when the
    consent is not recorded, or when a required piece is neither handed in nor given a deadline.
    """
    agent_id = _require_agent(actor)
    if procedure.source != Source.LOCAL:
        raise DossierInvalid(reason="not_local")
    day = today or _today()
    with db.unit_of_work(actor) as uow:
        session = uow.session
        row = _draft(session, dossier_id)
        values = _ready(row, procedure)
        pieces = _pieces(session, row.id)
        missing = [p for p in pieces if not p.supplied and p.deadline is not None]
        row.values = values
        row.reference = _number(session, actor, day)
        row.submitted_at = utcnow()
        rule = procedure.decision
        row.silence_means = rule.silence if rule is not None else None
        if missing:
            row.status = AWAITING_PIECES
            note = "missing:" + str(len(missing))
        else:
            row.status, row.complete_on = REGISTERED, day
            row.decision_on = implicit_decision_date(rule, day) if rule is not None else None
            note = ""
        _event(uow, row, row.status, agent_id, note)
        row.visit_id = close_visit_in(uow, actor, row.resident_id, themes=_themes(procedure),
                                      outcome="doit_revenir" if missing else "finalisee", started_at=row.created_at)
        applicant = _applicant(session, row)
        issuer = _issuer(session, actor, commune)
        documents: list[IssuedDocument] = []
        if rule is not None and rule.silence in ("acceptance", "rejection"):
            # While pieces are missing, the date is the one the file would have if complete today; the
            # accusé says it moves back by as long as the pieces take (L114-5).
            decision_on = row.decision_on or implicit_decision_date(rule, day)
            documents.append(issue_in(uow, actor, Acknowledgement(
                issuer=issuer, service=_service(procedure, issuer), applicant=applicant, subject=procedure.title,
                received_on=day, decision_on=decision_on, silence_means=rule.silence,
                missing_pieces=tuple(p.label for p in missing),
                missing_by=max((p.deadline for p in missing), default=None),
                appeal_court=_appeal_court(rule.recourse) if rule.silence == "rejection" else "",
                dossier_reference=row.reference), resident_id=row.resident_id))
        documents += _deposit(uow, actor, row, pieces, issuer, applicant, desk_name, day)
        if not documents:  # no decision and no papers (a report): the person still leaves with a paper trace
            documents.append(_local_receipt(uow, actor, row, procedure, issuer, applicant, desk_name))
        row.issued = [*row.issued, *(d.number for d in documents)]
        uow.journal.append("dossier.submitted", "dossier", row.id, reference=row.reference, status=row.status,
                           procedure=row.procedure_id, documents=len(documents), missing=len(missing))
        session.flush()
        return Submitted(_view(session, row), tuple(documents))


def record_external(db: Database, actor: Actor, dossier_id: uuid.UUID, procedure: Procedure, *,
                    remote_reference: str, done_on: date | None, what_was_done: Sequence[str], commune: str,
                    desk_name: str, remote_site: str = "") -> Submitted:
    """Record a national site's procedure done at the desk: the site's reference, the day, what was done;
    the récépissé d'accompagnement (and the attestation for papers received) is issued with it."""
    agent_id = _require_agent(actor)
    if procedure.source != Source.EXTERNAL:
        raise DossierInvalid(reason="not_external")
    done = tuple(line.strip()[:300] for line in what_was_done if line.strip())
    errors = {}
    if not done:
        errors["what_was_done"] = "required"
    if len(remote_reference.strip()) > 120:
        errors["remote_reference"] = "too_long"
    day = done_on or _today()
    if day > _today():
        errors["done_on"] = "date_in_future"
    if errors:
        raise DossierInvalid(errors=errors)
    with db.unit_of_work(actor) as uow:
        session = uow.session
        row = _draft(session, dossier_id)
        row.values = _ready(row, procedure)
        row.reference = _number(session, actor, day)
        row.submitted_at = utcnow()
        row.remote_reference = remote_reference.strip()
        row.remote_site = (remote_site or procedure.url)[:500]
        row.remote_done_on = day
        row.what_was_done = list(done)
        row.status = DONE_ON_SITE
        _event(uow, row, DONE_ON_SITE, agent_id)
        row.visit_id = close_visit_in(uow, actor, row.resident_id, themes=_themes(procedure), outcome="finalisee",
                                      started_at=row.created_at)
        applicant = _applicant(session, row)
        issuer = _issuer(session, actor, commune)
        pieces = _pieces(session, row.id)
        moment = utcnow().astimezone()
        receipt = issue_in(uow, actor, AssistanceReceipt(
            issuer=issuer, desk_name=desk_name, resident=applicant, procedure=procedure.title,
            done_at=moment, what_was_done=done,
            competent_service=procedure.service.name if procedure.service else _site_name(row.remote_site),
            status="submitted", remote_reference=row.remote_reference, dossier_reference=row.reference,
            to_bring=tuple(p.label for p in pieces if not p.supplied and p.deadline is not None)),
            resident_id=row.resident_id)
        documents = [receipt, *_deposit(uow, actor, row, pieces, issuer, applicant, desk_name, day)]
        row.issued = [*row.issued, *(d.number for d in documents)]
        uow.journal.append("dossier.recorded", "dossier", row.id, reference=row.reference, procedure=row.procedure_id,
                           documents=len(documents))
        session.flush()
        return Submitted(_view(session, row), tuple(documents))


def pieces_received(db: Database, actor: Actor, dossier_id: uuid.UUID, procedure: Procedure, *,
                    document_ids: Sequence[str], originals: Sequence[str] = (), commune: str, desk_name: str,
                    today: date | None = None) -> Submitted:
    """Missing pieces handed in later: when the last one arrives the file is complete, the decision date
    is computed from today and a new accusé says it; an attestation lists the papers received."""
    agent_id = _require_agent(actor)
    day = today or _today()
    with db.unit_of_work(actor) as uow:
        session = uow.session
        row = session.get(Dossier, dossier_id)
        if row is None:
            raise FrontdeskError("dossier.unknown")
        if row.status != AWAITING_PIECES:
            raise DossierInvalid(reason="not_awaiting_pieces")
        received = []
        for piece in session.scalars(select(DossierPiece).where(DossierPiece.dossier_id == row.id)):
            if piece.document_id in document_ids and not piece.supplied:
                piece.supplied, piece.original, piece.deadline = True, piece.document_id in originals, None
                received.append(piece)
        if not received:
            raise DossierInvalid(reason="nothing_received")
        session.flush()
        still = [p for p in _pieces(session, row.id) if not p.supplied and p.deadline is not None]
        applicant, issuer = _applicant(session, row), _issuer(session, actor, commune)
        documents = list(_deposit(uow, actor, row, received, issuer, applicant, desk_name, day))
        rule = procedure.decision
        if not still:
            row.status, row.complete_on = REGISTERED, day
            row.decision_on = implicit_decision_date(rule, day) if rule is not None else None
            _event(uow, row, REGISTERED, agent_id, "complete")
            if rule is not None and row.decision_on is not None and rule.silence in ("acceptance", "rejection"):
                documents.insert(0, issue_in(uow, actor, Acknowledgement(
                    issuer=issuer, service=_service(procedure, issuer), applicant=applicant,
                    subject=row.procedure_title, received_on=day, decision_on=row.decision_on,
                    silence_means=rule.silence,
                    appeal_court=_appeal_court(rule.recourse) if rule.silence == "rejection" else "",
                    dossier_reference=row.reference or ""), resident_id=row.resident_id))
        else:
            _event(uow, row, AWAITING_PIECES, agent_id, "missing:" + str(len(still)))
        row.issued = [*row.issued, *(d.number for d in documents)]
        row.updated_at = utcnow()
        uow.journal.append("dossier.pieces_received", "dossier", row.id, received=len(received),
                           still_missing=len(still), documents=len(documents))
        session.flush()
        return Submitted(_view(session, row), tuple(documents))


def record_decision(db: Database, actor: Actor, dossier_id: uuid.UUID, outcome: str, *,
                    decided_on: date | None = None) -> DossierView:
    """The service in charge decided on a commune's dossier (or the person withdrew it): the dossier
    leaves the procedures in progress, and its history says what and when.

    ``decided_on`` is the day of the decision letter (today by default): never in the future, never before
    the request was registered. Only the outcome and the day are kept, not the letter's content.
    """
    agent_id = _require_agent(actor)
    if outcome not in DECISIONS:
        raise DossierInvalid(reason="unknown_decision")
    day = decided_on or _today()
    with db.unit_of_work(actor) as uow:
        row = uow.session.get(Dossier, dossier_id, with_for_update=True)
        if row is None:
            raise FrontdeskError("dossier.unknown")
        if row.source != str(Source.LOCAL) or row.status not in (AWAITING_PIECES, REGISTERED):
            raise DossierInvalid(reason="no_decision_expected")
        registered = row.submitted_at.astimezone().date() if row.submitted_at else None
        if day > _today() or (registered is not None and day < registered):
            raise DossierInvalid(reason="decision_day")
        previous, row.status = row.status, outcome
        row.updated_at = utcnow()
        _event(uow, row, outcome, agent_id, f"on:{day.isoformat()}")
        uow.journal.append("dossier.decided", "dossier", row.id, reference=row.reference, outcome=outcome,
                           previous=previous, decided_on=day.isoformat())
        uow.session.flush()
        return _view(uow.session, row)


# --- reading -------------------------------------------------------------------------------------------

def get_dossier(db: Database, actor: Actor, dossier_id: uuid.UUID) -> DossierView:
    """A dossier with its pieces and status history (oldest first)."""
    require(actor, Permission.DOSSIER_READ)
    with db.read() as session:
        row = session.get(Dossier, dossier_id)
        if row is None:
            raise FrontdeskError("dossier.unknown")
        return _view(session, row)


def list_dossiers(db: Database, actor: Actor, *, statuses: Sequence[str] | None = None,
                  resident_id: uuid.UUID | None = None, limit: int = 500) -> list[DossierRow]:
    """Dossiers of every desk, most recently changed first; ``statuses`` filters (e.g. ``IN_PROGRESS``,
    or ``(DRAFT,)`` for the drafts to resume)."""
    require(actor, Permission.DOSSIER_READ)
    stmt = (select(Dossier, Resident.family_name, Resident.given_names)
            .outerjoin(Resident, Resident.id == Dossier.resident_id)
            .order_by(Dossier.updated_at.desc(), Dossier.id).limit(limit))
    if statuses:
        stmt = stmt.where(Dossier.status.in_(list(statuses)))
    with db.read() as session:
        if resident_id is not None:
            stmt = stmt.where(Dossier.resident_id == surviving(session, resident_id).id)
        return [DossierRow(row.id, row.reference, _name(row, family, given), row.procedure_title, row.source,
                           row.status, row.decision_on, row.updated_at)
                for row, family, given in session.execute(stmt)]


def recent_procedures(db: Database, actor: Actor, limit: int = RECENT_PROCEDURES) -> list[str]:
    """The procedures this agent used last, most recent first: the wizard lists them on top."""
    require(actor, Permission.DOSSIER_READ)
    if actor.agent_id is None:
        return []
    last = func.max(Dossier.created_at)
    stmt = (select(Dossier.procedure_id).where(Dossier.agent_id == actor.agent_id)
            .group_by(Dossier.procedure_id).order_by(last.desc()).limit(limit))
    with db.read() as session:
        return list(session.scalars(stmt))


# --- helpers -------------------------------------------------------------------------------------------

def _today() -> date:
    return utcnow().astimezone().date()


def _require_agent(actor: Actor) -> uuid.UUID:
    """A dossier is always somebody's work, by someone allowed to do it: the system actor cannot fill one."""
    require(actor, Permission.DOSSIER_WRITE)
    if actor.agent_id is None:
        raise PermissionDenied("auth.agent_required")
    return actor.agent_id


def _id_or_none(value: uuid.UUID | None) -> str | None:
    return str(value) if value is not None else None


def _plain_values(values: Mapping[str, object]) -> dict:
    """The values as plain JSON (what the column stores), refused when they are not."""
    try:
        text = json.dumps(dict(values), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise DossierInvalid(reason="values_not_plain") from exc
    if len(text.encode("utf-8")) > _MAX_VALUES_BYTES:
        raise DossierInvalid(reason="values_too_large")
    return json.loads(text)


def _draft(session: Session, dossier_id: uuid.UUID) -> Dossier:
    row = session.get(Dossier, dossier_id)
    if row is None:
        raise FrontdeskError("dossier.unknown")
    if row.status != DRAFT:
        raise DossierInvalid(reason="not_a_draft")
    return row


def _ready(row: Dossier, procedure: Procedure) -> dict:
    """The draft's values, cleaned, once every check before submission passes."""
    if row.procedure_id != procedure.id:
        raise DossierInvalid(reason="other_procedure")
    if row.consent_at is None:
        raise DossierInvalid(reason="consent_missing")
    problems: list[FieldProblem] = validate(procedure.form, row.values or {})
    if problems:
        raise DossierInvalid(reason="form_invalid", problems=problems)
    return _plain_values(clean(procedure.form, row.values or {}))


def _check_pieces(pieces: Sequence[PieceInput], today: date) -> None:
    errors: dict[str, str] = {}
    for piece in pieces:
        if piece.supplied:
            continue
        if piece.deadline is None:
            if piece.required:
                errors[piece.document_id] = "deadline_required"
        elif piece.deadline < today:
            errors[piece.document_id] = "deadline_past"
    if errors:
        raise DossierInvalid(errors=errors)


def _pieces(session: Session, dossier_id: uuid.UUID) -> list[DossierPiece]:
    return list(session.scalars(select(DossierPiece).where(DossierPiece.dossier_id == dossier_id)
                                .order_by(DossierPiece.created_at, DossierPiece.label)))


def _number(session: Session, actor: Actor, day: date) -> str:
    desk = session.get(Desk, actor.desk_id)
    if desk is None:  # start-up makes the desk before any screen can submit: a programming error
        raise LookupError(f"no desk {actor.desk_id}")
    return dossier_reference(desk.prefix, day.year, next_seq(session, desk.id, day.year, "dossier"))


def _event(uow: UnitOfWork, row: Dossier, status: str, agent_id: uuid.UUID | None, note: str = "",
           at: datetime | None = None) -> None:
    """``at``: when it happened, if another system says so (a platform's own date); now otherwise."""
    uow.session.add(DossierEvent(origin_desk_id=row.origin_desk_id, dossier_id=row.id, status=status,
                                 at=at or utcnow(), agent_id=agent_id, note=note[:300]))


def _themes(procedure: Procedure) -> list[str]:
    themes = [procedure.category] if procedure.category in vocab.PROCEDURE_CATEGORIES else []
    return [*themes, ASSISTED_THEME]


def _applicant(session: Session, row: Dossier) -> str:
    resident = session.get(Resident, row.resident_id) if row.resident_id else None
    return display_name(resident.family_name, resident.given_names) if resident else "Personne non identifiée"


def _issuer(session: Session, actor: Actor, commune: str) -> Service:
    desk = session.get(Desk, actor.desk_id)
    name = commune or (desk.commune_name if desk else "")
    article = "d'" if name[:1].lower() in "aeiouyhéèêâîôû" else "de "
    return Service(name=f"Mairie {article}{name}".strip(), address=(), postal_code="", commune=name)


def _service(procedure: Procedure, issuer: Service) -> Service:
    service = procedure.service
    if service is None:
        return issuer
    return Service(name=service.name, address=tuple(service.address_lines), postal_code=service.postal_code,
                   commune=service.commune, email=service.email, phone=service.phone)


def _appeal_court(recourse: str) -> str:
    """The court the accusé names: the catalogue's recourse when it is a court's name ("tribunal
    administratif de …"), else the generic wording (the catalogue's recourse may be a whole paragraph)."""
    text = recourse.strip()
    return text if text.casefold().startswith("tribunal") and len(text) <= 80 else APPEAL_COURT_DEFAULT


def _site_name(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).hostname or url or "le service compétent"


def _local_receipt(uow: UnitOfWork, actor: Actor, row: Dossier, procedure: Procedure, issuer: Service,
                   applicant: str, desk_name: str) -> IssuedDocument:
    """The récépissé d'accompagnement for a commune procedure that calls for no decision: it is not an
    accusé, and the commune's service in charge is the competent one, so its reference is the dossier's."""
    return issue_in(uow, actor, AssistanceReceipt(
        issuer=issuer, desk_name=desk_name, resident=applicant, procedure=procedure.title,
        done_at=utcnow().astimezone(), what_was_done=(procedure.title,),
        competent_service=_service(procedure, issuer).name, status="submitted",
        remote_reference=row.reference or ""), resident_id=row.resident_id)


def _deposit(uow: UnitOfWork, actor: Actor, row: Dossier, pieces: Sequence[DossierPiece], issuer: Service,
             applicant: str, desk_name: str, day: date) -> list[IssuedDocument]:
    """The attestation de dépôt when papers (originals or copies) were handed in."""
    handed = tuple(Piece(p.label, p.original) for p in pieces if p.supplied)
    if not handed:
        return []
    return [issue_in(uow, actor, DepositCertificate(
        issuer=issuer, desk_name=desk_name, resident=applicant, received_on=day,
        about=f"{row.procedure_title} (dossier {row.reference})", pieces=handed), resident_id=row.resident_id)]


def _name(row: Dossier, family: str | None, given: str | None) -> str:
    return display_name(family or "", given or "") if row.resident_id is not None else ""


def _view(session: Session, row: Dossier) -> DossierView:
    resident = session.get(Resident, row.resident_id) if row.resident_id else None
    agent = session.get(Agent, row.agent_id)
    pieces = tuple(PieceView(p.document_id, p.label, p.supplied, p.original, p.deadline)
                   for p in _pieces(session, row.id))
    stmt = (select(DossierEvent, Agent.display_name).outerjoin(Agent, Agent.id == DossierEvent.agent_id)
            .where(DossierEvent.dossier_id == row.id).order_by(DossierEvent.at, DossierEvent.created_at))
    events = tuple(EventView(e.status, e.at, name or "", e.note) for e, name in session.execute(stmt))
    return DossierView(
        id=row.id, reference=row.reference, resident_id=row.resident_id,
        resident_name=display_name(resident.family_name, resident.given_names) if resident else "",
        agent_name=agent.display_name if agent else "", procedure_id=row.procedure_id,
        procedure_title=row.procedure_title, source=row.source, procedure_revision=row.procedure_revision,
        values=dict(row.values or {}), status=row.status, consent_by=row.consent_by, consent_how=row.consent_how,
        consent_at=row.consent_at, submitted_at=row.submitted_at, complete_on=row.complete_on,
        decision_on=row.decision_on, silence_means=row.silence_means, remote_reference=row.remote_reference or "",
        remote_site=row.remote_site or "", remote_done_on=row.remote_done_on,
        what_was_done=tuple(row.what_was_done or ()), visit_id=row.visit_id, issued=tuple(row.issued or ()),
        created_at=row.created_at, updated_at=row.updated_at, pieces=pieces, events=events,
        remote_number=row.remote_number, remote_state=row.remote_state, remote_motivation=row.remote_motivation,
        remote_updated_at=row.remote_updated_at, remote_detail=row.remote_detail)
