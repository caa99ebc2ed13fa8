"""Digital-inclusion profiles: dated assessments (history kept) and the consent sensitive needs require.

Barriers that reveal health (a disability), literacy or language are GDPR art. 9 data: they are kept
apart (``Assessment.sensitive_barriers``) and accepted only while the resident's explicit consent is on
record. The check lives here, not in the UI, so no caller can bypass it. Withdrawing consent erases
those items from every assessment of the resident; the consent row keeps only when it was given and
withdrawn, which is the proof a withdrawal was honoured.

Reading them is restricted to the roles that accompany residents (``Permission.SENSITIVE_READ``) and
every reading of the profile by such a person is journalled (``profile.viewed``), whatever it holds, so
the access journal says who opened which file without the journal itself revealing that a resident
has sensitive needs.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.domain import vocab
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import FrontdeskError, PermissionDenied, ValidationError
from frontdesk.services.residents import surviving
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, Assessment, Consent

# Where an assessment orients the resident: the same codes as a visit's referral (the Coop's
# "structure de redirection"), so both can be counted together.
ORIENTATIONS = vocab.REFERRALS
NO_EQUIPMENT = "aucun"


class ConsentRequired(FrontdeskError):
    """Sensitive barriers were given without the resident's active consent; ``params["barriers"]`` lists them."""

    code = "inclusion.consent_required"


class AssessmentInvalid(ValidationError):
    """One or more fields of an assessment break a rule; ``params["errors"]`` maps each field to its code."""

    code = "assessment.invalid"


@dataclass(frozen=True)
class ConsentView:
    id: uuid.UUID
    resident_id: uuid.UUID
    given_at: datetime
    withdrawn_at: datetime | None

    @property
    def active(self) -> bool:
        """Given and not withdrawn: sensitive needs may be recorded."""
        return self.withdrawn_at is None


@dataclass(frozen=True)
class AssessmentInput:
    equipment: tuple[str, ...] = ()
    internet_access: bool | None = None
    email_account: bool | None = None
    franceconnect: bool | None = None
    autonomy: str | None = None
    barriers: tuple[str, ...] = ()  # any of vocab.BARRIERS, sensitive or not
    orientation: str | None = None
    review_on: date | None = None
    assessed_on: date | None = None  # today (local) when not given


@dataclass(frozen=True)
class AssessmentView:
    id: uuid.UUID
    resident_id: uuid.UUID
    assessed_on: date
    agent_name: str
    equipment: tuple[str, ...]
    internet_access: bool | None
    email_account: bool | None
    franceconnect: bool | None
    autonomy: str | None
    barriers: tuple[str, ...]  # sensitive and non-sensitive together, in vocabulary order
    sensitive_erased: bool  # sensitive barriers were recorded, then erased when consent was withdrawn
    orientation: str | None
    review_on: date | None
    sensitive_hidden: bool = False  # the reader's role may not see sensitive needs: ``barriers`` omits them


# --- consent ---------------------------------------------------------------------------------------------

def consent_status(db: Database, actor: Actor, resident_id: uuid.UUID) -> ConsentView | None:
    """The latest consent for sensitive needs (active or withdrawn), or None when never asked."""
    require(actor, Permission.RESIDENT_READ)
    with db.read() as session:
        resident_id = _resolve_resident(session, resident_id)
        consent = _latest_consent(session, resident_id)
        return _consent_view(consent) if consent is not None else None


def record_consent(db: Database, actor: Actor, resident_id: uuid.UUID) -> ConsentView:
    """Record the resident's explicit consent to keeping their sensitive needs.

    Idempotent: while a consent is active, it is returned unchanged (no second row, no journal entry),
    so a double click or two agents at once never leave two consents to withdraw.
    """
    agent_id = _require_agent(actor, Permission.SENSITIVE_WRITE)
    with db.unit_of_work(actor) as uow:
        resident_id = _resolve_resident(uow.session, resident_id)
        active = _active_consent(uow.session, resident_id)
        if active is not None:
            return _consent_view(active)
        consent = Consent(origin_desk_id=actor.desk_id, resident_id=resident_id,
                          purpose=vocab.CONSENT_SENSITIVE_NEEDS, given_at=utcnow(), given_by_agent_id=agent_id)
        uow.session.add(consent)
        uow.session.flush()
        uow.journal.append("consent.given", "consent", consent.id, purpose=consent.purpose,
                           resident_id=str(resident_id))
        return _consent_view(consent)


def withdraw_consent(db: Database, actor: Actor, resident_id: uuid.UUID) -> None:
    """Withdraw consent and erase the sensitive barriers of every assessment of the resident.

    Only the fact and date of the withdrawal remain (on the consent row). Without an active consent
    there is nothing to withdraw and nothing is journalled, but leftover sensitive items (none should
    exist) are still erased: after this call the resident has no sensitive data, whatever happened before.
    """
    agent_id = _require_agent(actor, Permission.CONSENT_WITHDRAW)
    with db.unit_of_work(actor) as uow:
        resident_id = _resolve_resident(uow.session, resident_id)
        erased = 0
        for assessment in uow.session.scalars(select(Assessment).where(Assessment.resident_id == resident_id)):
            if assessment.sensitive_barriers:
                assessment.sensitive_barriers = []
                erased += 1
        active = _active_consent(uow.session, resident_id)
        if active is None:
            return
        active.withdrawn_at = utcnow()
        active.withdrawn_by_agent_id = agent_id
        uow.journal.append("consent.withdrawn", "consent", active.id, purpose=active.purpose,
                           resident_id=str(resident_id), assessments_erased=erased)


# --- assessments -----------------------------------------------------------------------------------------

def record_assessment(db: Database, actor: Actor, resident_id: uuid.UUID, data: AssessmentInput) -> AssessmentView:
    """Add a dated assessment (earlier ones are kept: autonomy over time is the point).

    Raises ``AssessmentInvalid`` listing every wrong field, then ``ConsentRequired`` when sensitive
    barriers come without an active consent. The consent is linked only to assessments that hold
    sensitive barriers: it is their legal basis, and what ``sensitive_erased`` is derived from.
    """
    agent_id = _require_agent(actor, Permission.PROFILE_WRITE)
    today = utcnow().astimezone().date()
    assessed_on = data.assessed_on or today
    equipment = _codes(data.equipment)
    barriers = _codes(data.barriers)
    errors: dict[str, str] = {}
    if any(code not in vocab.EQUIPMENT for code in equipment) or (NO_EQUIPMENT in equipment and len(equipment) > 1):
        errors["equipment"] = "equipment_invalid"
    if data.autonomy is not None and data.autonomy not in vocab.AUTONOMY:
        errors["autonomy"] = "autonomy_invalid"
    if any(code not in vocab.BARRIERS for code in barriers):
        errors["barriers"] = "barrier_invalid"
    if data.orientation is not None and data.orientation not in ORIENTATIONS:
        errors["orientation"] = "orientation_invalid"
    if assessed_on > today:
        errors["assessed_on"] = "assessed_in_future"
    if data.review_on is not None and data.review_on < assessed_on:
        errors["review_on"] = "review_before_assessment"
    if errors:
        raise AssessmentInvalid(errors=errors)
    sensitive = [code for code in vocab.SENSITIVE_BARRIERS if code in barriers]
    other = [code for code in vocab.OTHER_BARRIERS if code in barriers]
    if sensitive:
        require(actor, Permission.SENSITIVE_WRITE)
    with db.unit_of_work(actor) as uow:
        resident_id = _resolve_resident(uow.session, resident_id)
        consent = _active_consent(uow.session, resident_id) if sensitive else None
        if sensitive and consent is None:
            raise ConsentRequired(barriers=sensitive)
        assessment = Assessment(
            origin_desk_id=actor.desk_id, resident_id=resident_id, agent_id=agent_id, assessed_on=assessed_on,
            equipment=[code for code in vocab.EQUIPMENT if code in equipment],
            internet_access=data.internet_access, email_account=data.email_account,
            franceconnect=data.franceconnect, autonomy=data.autonomy, barriers=other, sensitive_barriers=sensitive,
            consent_id=consent.id if consent is not None else None, orientation=data.orientation,
            review_on=data.review_on,
        )
        uow.session.add(assessment)
        uow.session.flush()
        # Nothing about the content: the journal is append-only, so a trace of sensitive needs left here
        # would outlive a withdrawal of consent.
        uow.journal.append("assessment.recorded", "assessment", assessment.id, resident_id=str(resident_id))
        return _assessment_view_of(uow.session, assessment.id, actor.may(Permission.SENSITIVE_READ))


def assessments_of(db: Database, actor: Actor, resident_id: uuid.UUID) -> list[AssessmentView]:
    """The resident's assessments, newest first (by date assessed, then by when recorded).

    A reader without ``SENSITIVE_READ`` gets them without the sensitive needs; a reader with it leaves a
    ``profile.viewed`` entry (callers run this on a worker, so the extra write never holds the screen).
    """
    require(actor, Permission.RESIDENT_READ)
    sensitive = actor.may(Permission.SENSITIVE_READ)
    with db.read() as session:
        resident_id = _resolve_resident(session, resident_id)
        stmt = _assessments_query().where(Assessment.resident_id == resident_id)
        views = [_assessment_view(*row, sensitive=sensitive) for row in session.execute(stmt)]
    if sensitive and actor.agent_id is not None:
        with db.unit_of_work(actor) as uow:
            uow.journal.append("profile.viewed", "resident", resident_id)
    return views


# --- helpers ---------------------------------------------------------------------------------------------

def _require_agent(actor: Actor, permission: Permission) -> uuid.UUID:
    """Consents and assessments are always taken by a named agent, never by the system."""
    if actor.agent_id is None:
        raise PermissionDenied("auth.agent_required")
    require(actor, permission)
    return actor.agent_id


def _resolve_resident(session: Session, resident_id: uuid.UUID) -> uuid.UUID:
    """Follow merges, so a stale id of a merged duplicate lands on the surviving resident."""
    return surviving(session, resident_id).id


def _codes(codes: tuple[str, ...] | list[str] | str) -> tuple[str, ...]:
    """Codes without repeats; a lone string is one code, not its letters."""
    if isinstance(codes, str):
        codes = (codes,) if codes else ()
    return tuple(dict.fromkeys(codes))


def _consents_query(resident_id: uuid.UUID) -> Select:
    return (
        select(Consent)
        .where(Consent.resident_id == resident_id, Consent.purpose == vocab.CONSENT_SENSITIVE_NEEDS)
        .order_by(Consent.given_at.desc(), Consent.created_at.desc())
    )


def _latest_consent(session: Session, resident_id: uuid.UUID) -> Consent | None:
    return session.scalars(_consents_query(resident_id).limit(1)).first()


def _active_consent(session: Session, resident_id: uuid.UUID) -> Consent | None:
    return session.scalars(_consents_query(resident_id).where(Consent.withdrawn_at.is_(None)).limit(1)).first()


def _consent_view(consent: Consent) -> ConsentView:
    return ConsentView(consent.id, consent.resident_id, consent.given_at, consent.withdrawn_at)


def _assessments_query() -> Select:
    return (
        select(Assessment, Agent.display_name, Consent.withdrawn_at)
        .join(Agent, Agent.id == Assessment.agent_id)
        .outerjoin(Consent, Consent.id == Assessment.consent_id)
        .order_by(Assessment.assessed_on.desc(), Assessment.created_at.desc(), Assessment.id)
    )


def _assessment_view_of(session: Session, assessment_id: uuid.UUID, sensitive: bool) -> AssessmentView:
    row = session.execute(_assessments_query().where(Assessment.id == assessment_id)).one()
    return _assessment_view(*row, sensitive=sensitive)


def _assessment_view(assessment: Assessment, agent_name: str, consent_withdrawn_at: datetime | None, *,
                     sensitive: bool) -> AssessmentView:
    recorded = set(assessment.barriers or ()) | (set(assessment.sensitive_barriers or ()) if sensitive else set())
    return AssessmentView(
        id=assessment.id, resident_id=assessment.resident_id, assessed_on=assessment.assessed_on,
        agent_name=agent_name, equipment=tuple(assessment.equipment or ()),
        internet_access=assessment.internet_access, email_account=assessment.email_account,
        franceconnect=assessment.franceconnect, autonomy=assessment.autonomy,
        barriers=tuple(code for code in vocab.BARRIERS if code in recorded),
        sensitive_erased=assessment.consent_id is not None and consent_withdrawn_at is not None,
        orientation=assessment.orientation, review_on=assessment.review_on, sensitive_hidden=not sensitive,
    )
