"""Dossiers filled for a Démarche Numérique démarche: queued, prefilled, handed over, tracked.

Why it looks this way:
- the platform has no API that submits a dossier: the desk creates a prefilled draft, the resident signs
  in through its link and submits it. Submitting at the desk therefore means "queue the prefill": the
  dossier becomes ``awaiting_sending`` and the outbox item is added in the SAME unit of work, so the
  dossier never says "sent" without an item that sends it, and an item never exists for a dossier that
  was not submitted. The network may be down: the outbox sends when it comes back;
- the payload is computed once, at submission, by ``serialise_prefill`` from the values the agent checked
  (the platform drops invalid values silently, so nothing unchecked is ever queued);
- when the outbox delivers the prefill, ``record_prefill`` (its delivered hook) stores the dossier
  number, the prefill token and the link on the dossier, in the transaction that marks the item sent. The
  dossier is found by the item's entity id, never by token. The token and the link are encrypted at rest
  and never reach the journal or a log;
- tracking asks the platform by prefill token, in batches per démarche, and adds a dated event to the
  dossier's history at each change of state. A platform out of reach is normal: nothing changes and the
  next round tries again;
- with the town hall's administrator token, tracking also reads one listing per démarche and round of
  the dossiers changed since a cursor kept in ``app_meta`` (paged, at most 100 a page: far below the 400
  requests a minute a token may make). It gives the platform's own dates for each step, the instructor's
  motivation of a decision (personal data: encrypted at rest, never logged nor journalled) and the last
  change. A refused or expired token leaves the public tracking of the round untouched.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from frontdesk.catalogue import Procedure, Source
from frontdesk.clock import utcnow
from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
from frontdesk.connectors.demarche_numerique.descriptor import prefill_problems, serialise_prefill
from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.documents import AssistanceReceipt, IssuedDocument, issue_in
from frontdesk.domain.roles import Actor
from frontdesk.errors import FrontdeskError
from frontdesk.forms import FieldType
from frontdesk.outbox.transport import Delivery, ItemSnapshot
from frontdesk.outbox.transports import enqueue_prefill
from frontdesk.services.dossiers import (
    AWAITING_SENDING,
    DRAFT,
    ON_PLATFORM,
    DossierInvalid,
    DossierView,
    Submitted,
    _applicant,
    _draft,
    _event,
    _issuer,
    _number,
    _plain_values,
    _require_agent,
    _themes,
    _view,
)
from frontdesk.services.visits import close_visit_in
from frontdesk.store.database import Database, UnitOfWork
from frontdesk.store.models import AppMeta, Dossier, DossierEvent

log = logging.getLogger(__name__)

STATUSES = (AWAITING_SENDING, ON_PLATFORM)
PREFILLED = "prefilled"
# The platform's states, in their usual order; the last three are final (tracking stops there).
REMOTE_STATES = (PREFILLED, "brouillon", "en_construction", "en_instruction", "accepte", "refuse", "sans_suite")
FINAL_STATES = ("accepte", "refuse", "sans_suite")
PLATFORM_NAME = "Démarche Numérique"
TRACKED_ADMIN, TRACKED_PUBLIC = "admin", "public"  # how a dossier's last facts were tracked
CURSOR_KEY = "dn.updated_since.{number}"  # app_meta: newest change listed for a démarche (platform clock)
CURSOR_OVERLAP = timedelta(minutes=2)  # asked again each round: a change committed late is not missed


def demarche_number(procedure_id: str) -> int:
    """The démarche's number from a catalogue id ``dn-<number>``."""
    prefix, _, number = procedure_id.partition("-")
    if prefix != "dn" or not number.isdigit():
        raise DossierInvalid(reason="not_demarche_numerique")
    return int(number)


def submit_demarche(db: Database, actor: Actor, dossier_id: uuid.UUID, procedure: Procedure) -> Submitted:
    """Register the dossier and queue its prefill, in one unit of work; the outbox sends it when it can.

    Refused (``dossier.invalid``) without consent, or when the values would not reach the platform intact
    (``problems``: the FieldProblems of ``prefill_problems``).
    """
    agent_id = _require_agent(actor)
    if procedure.source != Source.DEMARCHE_NUMERIQUE:
        raise DossierInvalid(reason="not_demarche_numerique")
    number = demarche_number(procedure.id)
    day = utcnow().astimezone().date()
    with db.unit_of_work(actor) as uow:
        session = uow.session
        row = _draft(session, dossier_id)
        if row.procedure_id != procedure.id:
            raise DossierInvalid(reason="other_procedure")
        if row.consent_at is None:
            raise DossierInvalid(reason="consent_missing")
        values = row.values or {}
        problems = prefill_problems(procedure, values)
        if problems:
            raise DossierInvalid(reason="form_invalid", problems=problems)
        payload = serialise_prefill(procedure, values)
        row.values = _plain_values(values)
        row.reference = _number(session, actor, day)
        row.submitted_at = utcnow()
        row.status = AWAITING_SENDING
        _event(uow, row, AWAITING_SENDING, agent_id)
        row.visit_id = close_visit_in(uow, actor, row.resident_id, themes=_themes(procedure),
                                      outcome="a_finaliser_en_autonomie", started_at=row.created_at)
        item = enqueue_prefill(session, desk_id=actor.desk_id, dossier_id=row.id, demarche_number=number,
                               fields=payload, agent_id=agent_id)
        uow.journal.append("dossier.queued", "dossier", row.id, reference=row.reference, procedure=row.procedure_id,
                           outbox_item=item.id, fields=len(payload))
        session.flush()
        return Submitted(_view(session, row), ())


def record_prefill(uow: UnitOfWork, item: ItemSnapshot, delivery: Delivery) -> None:
    """The outbox's delivered hook for ``dn.prefill``: the platform's answer goes onto the dossier."""
    try:
        dossier_id = uuid.UUID(item.entity_id) if item.entity_type == "dossier" else None
    except ValueError:
        dossier_id = None
    row = uow.session.get(Dossier, dossier_id, with_for_update=True) if dossier_id is not None else None
    if row is None:  # the dossier was erased meanwhile (right to erasure): nothing to record
        log.warning("prefill of outbox item %s delivered for a dossier that no longer exists", item.id)
        return
    row.remote_number = int(delivery.remote_ref) if delivery.remote_ref else None
    row.prefill_token = delivery.secret.get("prefill_token") or None
    row.remote_link = delivery.secret.get("link") or None
    row.remote_state = PREFILLED
    row.status = ON_PLATFORM
    row.updated_at = utcnow()
    _event(uow, row, PREFILLED, None, f"n°{row.remote_number}" if row.remote_number else "")
    uow.journal.append("dossier.prefilled", "dossier", row.id, remote_number=row.remote_number,
                       outbox_item=item.id)


@dataclass(frozen=True)
class TrackingReport:
    asked: int = 0       # dossiers whose state was asked
    changed: int = 0     # dossiers whose state or tracked detail changed
    unreachable: int = 0  # démarches the platform did not answer for (tried again next round)
    detailed: int = 0    # dossiers found in the administrator listing
    detail_failed: int = 0  # démarches whose administrator listing failed (public tracking only this round)


@dataclass(frozen=True)
class Observation:
    """What one round learnt about one dossier. ``detailed``: it comes from the administrator listing,
    so its motivation and last-change date are authoritative (the public route has neither).
    ``source`` is how the round could track the dossier's démarche: "admin" or "public"."""

    state: str
    number: int | None = None
    submitted_at: datetime | None = None    # dateDepot, or submitted_at on the public route
    instruction_at: datetime | None = None  # datePassageEnInstruction (administrator access only)
    processed_at: datetime | None = None    # dateTraitement, or processed_at on the public route
    motivation: str | None = None
    updated_at: datetime | None = None      # dateDerniereModification (administrator access only)
    source: str = TRACKED_PUBLIC
    detailed: bool = False

    def __repr__(self) -> str:  # the motivation is personal data, even in a traceback
        return f"Observation(number={self.number}, state={self.state!r}, source={self.source!r})"

    def date_of(self, state: str) -> datetime | None:
        """The platform's own date for reaching ``state``, when it gives one."""
        if state == "en_construction":
            return self.submitted_at
        if state == "en_instruction":
            return self.instruction_at
        return self.processed_at if state in FINAL_STATES else None


def track(db: Database, actor: Actor, client: DemarcheNumeriqueClient,
          dossier_ids: Sequence[uuid.UUID] | None = None) -> TrackingReport:
    """Ask the platform where the desk's open Démarche Numérique dossiers are, and record each change.

    ``dossier_ids`` limits the round to those dossiers ("Actualiser" on one dossier). Never raises for a
    network fault: an unreachable platform is counted and the dossiers stay as they are. With the town
    hall's administrator token, one listing per démarche (``_listing``) adds the platform's dates, the
    instructor's motivation and the last change; if that fails, the public answers are kept for the round.
    """
    with db.read() as session:
        stmt = select(Dossier.id, Dossier.procedure_id, Dossier.prefill_token, Dossier.remote_state).where(
            Dossier.status == ON_PLATFORM, Dossier.prefill_token.is_not(None))
        if dossier_ids is not None:
            stmt = stmt.where(Dossier.id.in_(list(dossier_ids)))
        rows = [r for r in session.execute(stmt) if r.remote_state not in FINAL_STATES]
    by_demarche: dict[int, dict[str, uuid.UUID]] = defaultdict(dict)
    for dossier_id, procedure_id, token, _state in rows:
        try:
            by_demarche[demarche_number(procedure_id)][token] = dossier_id
        except DossierInvalid:
            continue
    observed: dict[uuid.UUID, Observation] = {}
    cursors: dict[int, datetime] = {}
    unreachable = detailed = failed = 0
    for number, tokens in by_demarche.items():
        public = _public(client, number, tokens)
        if public is None:  # out of reach: not asked a second time for the listing
            unreachable += 1
            continue
        listed = _listing(db, client, number) if client.has_token else None
        if listed is None:
            failed += client.has_token
            observed.update(public)
            continue
        matched, cursor = listed
        observed.update({i: replace(o, source=TRACKED_ADMIN) for i, o in public.items()})
        observed.update({i: _merged(o, public.get(i)) for i, o in matched.items()})
        detailed += len(matched)
        if cursor is not None:
            cursors[number] = cursor
    changed = _recorded(db, actor, observed, cursors) if observed or cursors else 0
    return TrackingReport(len(rows), changed, unreachable, detailed, failed)


def _public(client: DemarcheNumeriqueClient, number: int,
            tokens: dict[str, uuid.UUID]) -> dict[uuid.UUID, Observation] | None:
    """The public route by prefill token (no administrator token needed); None when out of reach."""
    try:
        found = client.track(list(tokens), number)
    except RemoteError as exc:
        log.info("tracking of démarche %s postponed: %s", number, exc.code)
        return None
    return {tokens[t.prefill_token]: Observation(t.state, t.dossier_number, t.submitted_at, None, t.processed_at)
            for t in found if t.prefill_token in tokens and t.state in REMOTE_STATES}


def _listing(db: Database, client: DemarcheNumeriqueClient,
             number: int) -> tuple[dict[uuid.UUID, Observation], datetime | None] | None:
    """The administrator listing of the démarche's dossiers changed since its cursor, matched to the
    desk's dossiers by number, with the new cursor (the newest change listed); None when it failed.

    The listing holds other people's dossiers too: only the desk's are kept, nothing of it is logged.
    """
    with db.read() as session:
        since = _since(session, number)
    try:
        nodes = client.dossiers_updated_since(number, since)
    except RemoteError as exc:  # an expired or refused token: the public answers stand for this round
        log.warning("administrator tracking of démarche %s failed (%s): public tracking only", number, exc.code)
        return None
    seen = [o for o in (_observed(n) for n in nodes) if o is not None]
    changes = [o.updated_at for o in seen if o.updated_at is not None]
    numbers = {o.number: o for o in seen}
    with db.read() as session:  # the desk's dossiers of the démarche, fewer than the listing's
        desk = session.execute(select(Dossier.id, Dossier.remote_number).where(
            Dossier.procedure_id == f"dn-{number}", Dossier.status == ON_PLATFORM,
            Dossier.remote_number.is_not(None))).all() if numbers else []
    return ({dossier_id: numbers[remote] for dossier_id, remote in desk if remote in numbers},
            max(changes, default=None))


def _since(session, number: int) -> datetime | None:
    """Where the listing starts: the cursor less an overlap (clocks and late commits), or the first time
    the submission of the démarche's oldest open dossier."""
    meta = session.get(AppMeta, CURSOR_KEY.format(number=number))
    if meta is not None:
        return datetime.fromisoformat(meta.value) - CURSOR_OVERLAP
    oldest = session.scalar(select(func.min(Dossier.submitted_at)).where(
        Dossier.procedure_id == f"dn-{number}", Dossier.status == ON_PLATFORM,
        or_(Dossier.remote_state.is_(None), Dossier.remote_state.not_in(FINAL_STATES))))
    return oldest - CURSOR_OVERLAP if oldest is not None else None


def _observed(node: dict) -> Observation | None:
    number, state = node.get("number"), node.get("state")
    if not isinstance(number, int) or state not in REMOTE_STATES:
        return None
    motivation = node.get("motivation")
    return Observation(state, number, _when(node.get("dateDepot")), _when(node.get("datePassageEnInstruction")),
                       _when(node.get("dateTraitement")), str(motivation) if motivation else None,
                       _when(node.get("dateDerniereModification")), TRACKED_ADMIN, detailed=True)


def _merged(listed: Observation, public: Observation | None) -> Observation:
    """The listing's facts, with the public route's dates where the listing has none."""
    if public is None:
        return listed
    return replace(listed, submitted_at=listed.submitted_at or public.submitted_at,
                   processed_at=listed.processed_at or public.processed_at)


def _when(value: object) -> datetime | None:
    try:
        moment = datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


def _recorded(db: Database, actor: Actor, observed: dict[uuid.UUID, Observation],
              cursors: dict[int, datetime]) -> int:
    """Record the round in one unit of work (the cursors move only with what they listed); once more
    if another round stored the same new cursor meanwhile."""
    try:
        return _record(db, actor, observed, cursors)
    except IntegrityError:
        return _record(db, actor, observed, cursors)


def _record(db: Database, actor: Actor, observed: dict[uuid.UUID, Observation], cursors: dict[int, datetime]) -> int:
    changed = 0
    with db.unit_of_work(actor) as uow:
        for dossier_id, seen in observed.items():
            row = uow.session.get(Dossier, dossier_id, with_for_update=True)
            if row is not None and row.status == ON_PLATFORM and _apply(uow, row, seen):
                changed += 1
        for number, at in cursors.items():
            _move_cursor(uow.session, number, at)
    return changed


def _apply(uow: UnitOfWork, row: Dossier, seen: Observation) -> bool:
    """One dossier's observation: an event per state reached (dated by the platform when it says),
    then the detail. The motivation never reaches the journal."""
    previous = row.remote_state
    if seen.number is not None and row.remote_number is None:
        row.remote_number = seen.number
    moved = previous != seen.state
    if moved:
        floor = uow.session.scalar(select(func.max(DossierEvent.at)).where(DossierEvent.dossier_id == row.id))
        for state, at in _steps(previous, seen):
            # The history keeps its order when clocks differ (or the platform counts whole seconds).
            at = max(at, floor) if at is not None and floor is not None else at
            _event(uow, row, state, None, at=at)
            floor = at or floor
        row.remote_state = seen.state
        uow.journal.append("dossier.remote_state", "dossier", row.id, state=seen.state, previous=previous,
                           source=seen.source)
    detail = (row.remote_detail or TRACKED_PUBLIC) != seen.source  # none yet: public (as without a token)
    if detail:
        row.remote_detail = seen.source
    if seen.detailed and (row.remote_motivation != seen.motivation or row.remote_updated_at != seen.updated_at):
        detail = True
        row.remote_motivation = seen.motivation
        row.remote_updated_at = seen.updated_at or row.remote_updated_at
    if detail and not moved:
        uow.journal.append("dossier.remote_detail", "dossier", row.id, source=seen.source,
                           with_motivation=bool(row.remote_motivation))
    if moved or detail:
        row.updated_at = utcnow()
    return moved or detail


def _steps(previous: str | None, seen: Observation) -> list[tuple[str, datetime | None]]:
    """The states reached since ``previous``: those skipped between two rounds that the platform dates
    (submission, instruction), then the current one, at the platform's dates. Going back (an instructor
    reopens a dossier) is dated now: the platform's date would be the first passage's."""
    order = REMOTE_STATES
    if previous not in order or order.index(seen.state) < order.index(previous):
        return [(seen.state, None)]
    between = order[order.index(previous) + 1:order.index(seen.state)]
    skipped = [(s, seen.date_of(s)) for s in between if s not in FINAL_STATES and seen.date_of(s) is not None]
    return [*skipped, (seen.state, seen.date_of(seen.state))]


def _move_cursor(session, number: int, at: datetime) -> None:
    key = CURSOR_KEY.format(number=number)
    meta = session.get(AppMeta, key)
    value = at.astimezone(UTC).isoformat()
    if meta is None:
        session.add(AppMeta(key=key, value=value))
    elif datetime.fromisoformat(meta.value) < at:
        meta.value = value


def online_items(procedure: Procedure | None, values: dict) -> tuple[str, ...]:
    """What the resident completes online (pieces, signatures ...): the form cannot prefill them."""
    if procedure is None:
        return ()
    return tuple(f.label for f in procedure.form.visible(values) if f.type == FieldType.ONLINE_ONLY)


def remote_link(db: Database, actor: Actor, dossier_id: uuid.UUID) -> str:
    """The secret link of a prefilled dossier, for the hand-off only (opened or copied, never logged);
    its reading is journalled (it gives access to the resident's draft)."""
    _require_agent(actor)
    with db.unit_of_work(actor) as uow:
        row = uow.session.get(Dossier, dossier_id)
        if row is None:
            raise FrontdeskError("dossier.unknown")
        if not row.remote_link:
            raise DossierInvalid(reason="not_sent_yet")
        uow.journal.append("dossier.link_used", "dossier", row.id)
        return row.remote_link


def issue_receipt(db: Database, actor: Actor, dossier_id: uuid.UUID, procedure: Procedure | None, *,
                  commune: str, desk_name: str, give_link: bool = False) -> IssuedDocument:
    """The récépissé d'accompagnement of a Démarche Numérique dossier, as things stand.

    ``give_link``: the agent chose to give the resident the link to finish elsewhere; it is printed
    under a CONFIDENTIEL heading. Only then does the link reach paper (and the document's record).
    """
    _require_agent(actor)
    with db.unit_of_work(actor) as uow:
        session = uow.session
        row = session.get(Dossier, dossier_id)
        if row is None:
            raise FrontdeskError("dossier.unknown")
        if row.status == DRAFT or row.status not in STATUSES:
            raise DossierInvalid(reason="not_demarche_numerique")
        if give_link and not row.remote_link:
            raise DossierInvalid(reason="not_sent_yet")
        view = _view(session, row)
        receipt = issue_in(uow, actor, _receipt_data(session, actor, row, view, procedure, commune, desk_name,
                                                     row.remote_link if give_link else ""),
                           resident_id=row.resident_id)
        row.issued = [*row.issued, receipt.number]
        uow.journal.append("dossier.receipt_issued", "dossier", row.id, document=receipt.number,
                           link_given=give_link)
        return receipt


def _receipt_data(session, actor: Actor, row: Dossier, view: DossierView, procedure: Procedure | None,
                  commune: str, desk_name: str, link: str) -> AssistanceReceipt:
    if row.status == AWAITING_SENDING:
        status = "queued"
    elif row.remote_state in (PREFILLED, "brouillon"):
        status = "draft"
    else:
        status = "submitted"
    steps = []
    if status == "queued":
        steps.append("La mairie envoie votre dossier prérempli à Démarche Numérique dès que le réseau le "
                     "permet. Revenez au guichet, ou appelez-nous, pour l'ouvrir et le déposer.")
    elif status == "draft":
        steps.append("Connectez-vous à Démarche Numérique (votre compte ou FranceConnect), vérifiez le "
                     "dossier prérempli, complétez-le et cliquez sur « Déposer le dossier ».")
    steps.append("L'accusé de réception officiel est celui que Démarche Numérique vous envoie quand le "
                 "dossier est déposé ; ce récépissé ne le remplace pas.")
    service = procedure.service.name if procedure is not None and procedure.service else PLATFORM_NAME
    return AssistanceReceipt(
        issuer=_issuer(session, actor, commune), desk_name=desk_name, resident=_applicant(session, row),
        procedure=row.procedure_title, done_at=utcnow().astimezone(),
        what_was_done=("Formulaire rempli avec vous au guichet, pour Démarche Numérique",),
        competent_service=service, status=status,
        remote_reference=f"dossier n° {row.remote_number}" if row.remote_number else "en attente d'envoi",
        next_steps=tuple(steps), online_items=online_items(procedure, view.values), confidential_link=link)
