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
  next round tries again.
"""

from __future__ import annotations

import logging
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

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
from frontdesk.store.models import Dossier

log = logging.getLogger(__name__)

STATUSES = (AWAITING_SENDING, ON_PLATFORM)
PREFILLED = "prefilled"
# The platform's states, in their usual order; the last three are final (tracking stops there).
REMOTE_STATES = (PREFILLED, "brouillon", "en_construction", "en_instruction", "accepte", "refuse", "sans_suite")
FINAL_STATES = ("accepte", "refuse", "sans_suite")
PLATFORM_NAME = "Démarche Numérique"


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
    changed: int = 0     # dossiers whose state changed
    unreachable: int = 0  # démarches the platform did not answer for (tried again next round)


def track(db: Database, actor: Actor, client: DemarcheNumeriqueClient,
          dossier_ids: Sequence[uuid.UUID] | None = None) -> TrackingReport:
    """Ask the platform where the desk's open Démarche Numérique dossiers are, and record each change.

    ``dossier_ids`` limits the round to those dossiers ("Actualiser" on one dossier). Never raises for a
    network fault: an unreachable platform is counted and the dossiers stay as they are.
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
    states: dict[uuid.UUID, tuple[str, int | None]] = {}
    unreachable = 0
    for number, tokens in by_demarche.items():
        try:
            found = client.track(list(tokens), number)
        except RemoteError as exc:
            unreachable += 1
            log.info("tracking of démarche %s postponed: %s", number, exc.code)
            continue
        for tracked in found:
            dossier_id = tokens.get(tracked.prefill_token)
            if dossier_id is not None and tracked.state in REMOTE_STATES:
                states[dossier_id] = (tracked.state, tracked.dossier_number)
    changed = _record_states(db, actor, states) if states else 0
    return TrackingReport(len(rows), changed, unreachable)


def _record_states(db: Database, actor: Actor, states: dict[uuid.UUID, tuple[str, int | None]]) -> int:
    changed = 0
    with db.unit_of_work(actor) as uow:
        for dossier_id, (state, number) in states.items():
            row = uow.session.get(Dossier, dossier_id, with_for_update=True)
            if row is None or row.status != ON_PLATFORM or row.remote_state == state:
                continue
            previous = row.remote_state
            row.remote_state = state
            if number is not None and row.remote_number is None:
                row.remote_number = number
            row.updated_at = utcnow()
            _event(uow, row, state, None)
            uow.journal.append("dossier.remote_state", "dossier", row.id, state=state, previous=previous)
            changed += 1
    return changed


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
