"""Residents: create and correct their record, find them as you type, spot and merge duplicates.

The rules on the fields live in ``frontdesk.domain.residents`` (shared with the demo seed); the search
itself in ``frontdesk.store.resident_search`` (one meaning, two engines). This module adds what needs the
database and the agent: duplicates, permissions, the journal.

The journal never holds a resident's personal data: only ids, field names and counts. A merge records
the ids of the rows it moved, so it can be undone exactly from the journal alone, even much later.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.domain import residents as rules
from frontdesk.domain.residents import ResidentInput
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.domain.text import fold
from frontdesk.errors import FrontdeskError, ValidationError
from frontdesk.store import resident_search
from frontdesk.store.database import Database
from frontdesk.store.models import Assessment, Consent, Dossier, JournalEntry, Resident, Visit

MAX_LIMIT = 100
PHONE_CANDIDATES = 500  # rows whose phone begins with the same digits; more means a full comparison
# What a merge moves from the merged resident to the one kept, in the journal's words.
MOVED = (("visits", Visit), ("assessments", Assessment), ("consents", Consent), ("dossiers", Dossier))


class ResidentInvalid(ValidationError):
    """Fields break a rule; ``params["errors"]`` maps each faulty field to one code (all at once)."""

    code = "resident.invalid"


class DuplicateSuspected(FrontdeskError):
    """The resident seems to exist already; ``params["candidates"]`` lists them (``SearchHit``)."""

    code = "resident.duplicate"


@dataclass(frozen=True)
class ResidentView(rules.CleanResident):
    """A stored resident: the checked fields, plus what the database adds."""

    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    merged_into_id: uuid.UUID | None

    @property
    def display_name(self) -> str:
        """ "LEFÈVRE-DUPONT Éloïse": family name in capitals first, as French forms write it."""
        return rules.display_name(self.family_name, self.given_names)

    @property
    def phone_display(self) -> str:
        """ "06 12 34 56 78" for a French number, international format otherwise."""
        return rules.phone_display(self.phone)

    @property
    def birth(self) -> str:
        return rules.birth_label(self.birth_date, self.birth_year)


@dataclass(frozen=True)
class SearchHit:
    id: uuid.UUID
    display_name: str
    birth: str  # "12/03/1950", "1950" or ""
    postal_code: str
    commune: str
    phone_display: str


_INPUT_FIELDS = tuple(f.name for f in fields(ResidentInput))


# --- reading -------------------------------------------------------------------------------------------

def get_resident(db: Database, actor: Actor, resident_id: uuid.UUID) -> ResidentView:
    """The resident, or the one they were merged into (a stale id still opens the right file)."""
    require(actor, Permission.RESIDENT_READ)
    with db.read() as session:
        return _view(surviving(session, resident_id))


def search_residents(db: Database, actor: Actor, query: str, limit: int = 20) -> list[SearchHit]:
    """Residents matching what is typed so far, best first; merged duplicates never appear.

    See ``frontdesk.store.resident_search`` for what matches and in which order.
    """
    require(actor, Permission.RESIDENT_READ)
    tokens = resident_search.query_tokens(query)
    limit = max(0, min(limit, MAX_LIMIT))
    if not tokens or not limit:
        return []
    with db.read() as session:
        found = resident_search.search(session, tokens, limit)
        return _hits(session, [c.id for c in found])


def find_duplicates(db: Database, actor: Actor, data: ResidentInput,
                    exclude_id: uuid.UUID | None = None) -> list[SearchHit]:
    """Residents who may be the same person: same names (folded) and birth, or same phone.

    Names are compared folded (accents, case, hyphens do not matter); births match when both dates are
    known and equal, or, when either side knows only the year, when both years are known and equal, or
    when neither side knows anything of the birth. Works on a half-filled form (invalid fields are
    simply not compared).
    """
    require(actor, Permission.RESIDENT_READ)
    record, _errors = rules.clean(data, date.today())
    with db.read() as session:
        ids = _duplicate_ids(session, record)
        ids.discard(exclude_id)
        return _hits(session, ids, ordered=False)


def _duplicate_ids(session: Session, record: rules.CleanResident) -> set[uuid.UUID]:
    ids: set[uuid.UUID] = set()
    family, given = fold(record.family_name), fold(record.given_names)
    if family:
        # Keys begin with the folded family name: the key index narrows to that family at once.
        rows = session.execute(
            select(Resident.id, Resident.family_name, Resident.given_names, Resident.birth_date, Resident.birth_year)
            .where(resident_search.key_prefix_clause(session, family), Resident.merged_into_id.is_(None))).all()
        ids = {row.id for row in rows if fold(row.family_name) == family and fold(row.given_names) == given
               and _same_birth(record, row.birth_date, row.birth_year)}
    if record.phone:
        digits = rules.phone_digits(record.phone)
        candidates = resident_search.text_match_ids(session, [fold(digits)], PHONE_CANDIDATES + 1)
        same_phone = select(Resident.id).where(Resident.phone == record.phone, Resident.merged_into_id.is_(None))
        if len(candidates) <= PHONE_CANDIDATES:
            same_phone = same_phone.where(Resident.id.in_(candidates))
        ids |= set(session.scalars(same_phone))
    return ids


def _same_birth(record: rules.CleanResident, birth_date: date | None, birth_year: int | None) -> bool:
    if record.birth_date is not None and birth_date is not None:
        return record.birth_date == birth_date
    if record.birth_year is not None or birth_year is not None:
        return record.birth_year is not None and record.birth_year == birth_year
    return True  # nobody knows: the same name is enough to ask


# --- writing -------------------------------------------------------------------------------------------

def create_resident(db: Database, actor: Actor, data: ResidentInput, *, allow_duplicate: bool = False) -> ResidentView:
    """Register a resident. Raises ``ResidentInvalid``, or ``DuplicateSuspected`` unless the agent has
    seen the candidates and confirmed (``allow_duplicate``)."""
    require(actor, Permission.RESIDENT_WRITE)
    record = _checked(data)
    duplicates = find_duplicates(db, actor, data)
    if duplicates and not allow_duplicate:
        raise DuplicateSuspected(candidates=duplicates)
    with db.unit_of_work(actor) as uow:
        resident = Resident(origin_desk_id=actor.desk_id, search_key=record.search_key, **_columns(record))
        uow.session.add(resident)
        uow.session.flush()
        uow.journal.append("resident.created", "resident", resident.id, duplicates_overridden=len(duplicates))
        return _view(resident)


def update_resident(db: Database, actor: Actor, resident_id: uuid.UUID, data: ResidentInput) -> ResidentView:
    """Correct a resident's record; the journal says which fields changed, never their values."""
    require(actor, Permission.RESIDENT_WRITE)
    record = _checked(data)
    with db.unit_of_work(actor) as uow:
        resident = uow.session.get(Resident, resident_id)
        if resident is None:
            raise ValidationError("resident.unknown")
        if resident.merged_into_id is not None:
            raise ValidationError("resident.merged", into=str(resident.merged_into_id))
        changed = [name for name, value in _columns(record).items() if getattr(resident, name) != value]
        if changed:
            for name in changed:
                setattr(resident, name, getattr(record, name))
            resident.search_key = record.search_key
            uow.session.flush()
            uow.journal.append("resident.updated", "resident", resident.id, fields=",".join(changed))
        return _view(resident)


def merge_residents(db: Database, actor: Actor, keep_id: uuid.UUID, merge_id: uuid.UUID) -> None:
    """Fold a duplicate into the resident kept: their visits, assessments and consents move over, the
    duplicate's row stays (pointing at the one kept) so the merge can be undone. Supervisors only."""
    require(actor, Permission.RESIDENT_MERGE)
    if keep_id == merge_id:
        raise ValidationError("resident.merge_same")
    with db.unit_of_work(actor) as uow:
        keep, merge = uow.session.get(Resident, keep_id), uow.session.get(Resident, merge_id)
        if keep is None or merge is None:
            raise ValidationError("resident.unknown")
        if keep.merged_into_id is not None or merge.merged_into_id is not None:
            raise ValidationError("resident.already_merged")
        moved: dict[str, str] = {}
        for name, model in MOVED:
            ids = sorted(uow.session.scalars(select(model.id).where(model.resident_id == merge_id)))
            _move(uow.session, model, ids, merge_id, keep_id)
            moved[name] = ",".join(str(i) for i in ids)
        merge.merged_into_id = keep_id
        merge.updated_at = utcnow()
        uow.session.flush()
        uow.journal.append("resident.merged", "resident", merge_id, keep=str(keep_id), merged=str(merge_id), **moved)


def unmerge_residents(db: Database, actor: Actor, journal_seq: int) -> None:
    """Undo the merge journalled as ``journal_seq``: exactly the rows it moved go back, the duplicate
    becomes a resident of its own again. Supervisors only.

    Refused when the merge was already undone, or when the resident kept was itself merged since (undo
    that later merge first: the rows are no longer where this merge put them).
    """
    require(actor, Permission.RESIDENT_MERGE)
    with db.unit_of_work(actor) as uow:
        entry = uow.session.get(JournalEntry, journal_seq)
        if entry is None or entry.action != "resident.merged":
            raise ValidationError("resident.not_a_merge")
        details = entry.details or {}
        keep_id, merge_id = uuid.UUID(details["keep"]), uuid.UUID(details["merged"])
        keep, merge = uow.session.get(Resident, keep_id), uow.session.get(Resident, merge_id)
        if keep is None or merge is None or merge.merged_into_id != keep_id:
            raise ValidationError("resident.not_merged")
        if keep.merged_into_id is not None:
            raise ValidationError("resident.unmerge_later_merge_first", into=str(keep.merged_into_id))
        counts: dict[str, int] = {}
        for name, model in MOVED:
            ids = [uuid.UUID(i) for i in str(details.get(name) or "").split(",") if i]
            counts[name] = _move(uow.session, model, ids, keep_id, merge_id)
        merge.merged_into_id = None
        merge.updated_at = utcnow()
        uow.session.flush()
        uow.journal.append("resident.unmerged", "resident", merge_id, keep=str(keep_id), merged=str(merge_id),
                           merge_seq=journal_seq, **counts)


def _move(session: Session, model: type, ids: list[uuid.UUID], from_id: uuid.UUID, to_id: uuid.UUID) -> int:
    moved = 0
    for start in range(0, len(ids), 500):  # stay under every engine's limit on bound parameters
        chunk = ids[start:start + 500]
        result = session.execute(
            update(model).where(model.id.in_(chunk), model.resident_id == from_id)
            .values(resident_id=to_id, updated_at=utcnow()).execution_options(synchronize_session=False))
        moved += result.rowcount
    return moved


# --- helpers -------------------------------------------------------------------------------------------

def _checked(data: ResidentInput) -> rules.CleanResident:
    record, errors = rules.clean(data, date.today())
    if errors:
        raise ResidentInvalid(errors=errors)
    return record


def _columns(record: rules.CleanResident) -> dict[str, object]:
    return {name: getattr(record, name) for name in _INPUT_FIELDS}


def surviving(session: Session, resident_id: uuid.UUID) -> Resident:
    """The resident ``resident_id`` designates today: a merged duplicate leads to the one kept."""
    seen: set[uuid.UUID] = set()
    resident = session.get(Resident, resident_id)
    while resident is not None and resident.merged_into_id is not None and resident.id not in seen:
        seen.add(resident.id)
        resident = session.get(Resident, resident.merged_into_id)
    if resident is None:
        raise ValidationError("resident.unknown")
    return resident


def _view(resident: Resident) -> ResidentView:
    return ResidentView(
        id=resident.id, created_at=resident.created_at, updated_at=resident.updated_at,
        merged_into_id=resident.merged_into_id, **{name: getattr(resident, name) for name in _INPUT_FIELDS})


def _hits(session: Session, ids: Iterable[uuid.UUID], *, ordered: bool = True) -> list[SearchHit]:
    """Search hits for ``ids``, in that order (or in key order when ``ordered`` is False)."""
    ids = list(ids)
    if not ids:
        return []
    rows = session.execute(
        select(Resident.id, Resident.family_name, Resident.given_names, Resident.birth_date, Resident.birth_year,
               Resident.postal_code, Resident.commune, Resident.phone, Resident.search_key)
        .where(Resident.id.in_(ids))).all()
    if ordered:
        position = {rid: n for n, rid in enumerate(ids)}
        rows.sort(key=lambda row: position[row.id])
    else:
        rows.sort(key=lambda row: (row.search_key, row.id))
    return [SearchHit(row.id, rules.display_name(row.family_name, row.given_names),
                      rules.birth_label(row.birth_date, row.birth_year), row.postal_code, row.commune,
                      rules.phone_display(row.phone)) for row in rows]
