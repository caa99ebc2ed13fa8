"""Issuing, rendering, reprinting and verifying documents.

The order matters: ``issue`` numbers the document and commits its row (canonical data, template
version, integrity code) in one unit of work, and only an ``IssuedDocument`` — which only ``issue`` and
``load`` make — can be rendered. So no paper can exist without its record, and a crash between the two
leaves a record that can simply be printed again.

Numbers are per desk and per year, gap-free: the counter row of (desk, year) is incremented in the same
transaction as the document insert (an UPDATE ... RETURNING, which on PostgreSQL locks the row until
commit and on SQLite runs under the write lock every write unit of work takes), so a rolled-back issue
gives its number back.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from sqlalchemy import select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from frontdesk.clock import utcnow
from frontdesk.documents import integrity
from frontdesk.documents.data import DocumentData, envelope, open_envelope
from frontdesk.documents.page import PageFormat, Sheet
from frontdesk.documents.templates import TEMPLATE_VERSIONS, TITLES, content, long_datetime
from frontdesk.domain.references import reference
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.privacy import secrets
from frontdesk.store.database import Database, UnitOfWork
from frontdesk.store.models import Desk, Document, DocumentCounter, Resident

SALT_NAME = "document_salt"
_SEAL = object()


@dataclass(frozen=True)
class IssuedDocument:
    """A document whose record is committed: the only thing ``render`` accepts.

    Built only by ``issue`` and ``load`` (the seal checks it), so rendering an unrecorded document is
    impossible through the API.
    """

    id: uuid.UUID
    kind: str
    number: str
    template_version: int
    canonical: str
    code: str
    page_format: PageFormat
    large_print: bool
    issued_at: datetime
    data: DocumentData
    resident_id: uuid.UUID | None = None
    _seal: object = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self._seal is not _SEAL:
            raise TypeError("an IssuedDocument comes from issue() or load(), after its record is committed")

    @property
    def qr_text(self) -> str:
        return integrity.qr_text(self.number, self.code)


@dataclass(frozen=True)
class Verification:
    """What a code says: ``genuine`` (with the record), ``unknown``, or ``altered`` (with the record it
    was checked against). ``reason`` tells the UI which sentence to show."""

    outcome: Literal["genuine", "unknown", "altered"]
    document: IssuedDocument | None = None
    reason: str = ""  # "malformed" | "not_found" | "record_changed" | "code_mismatch"


def _salt(session: Session) -> str:
    """The installation's salt, sealed under the data key (``frontdesk.privacy.secrets``)."""
    return secrets.sealed_secret(session, SALT_NAME, integrity.new_salt)


def next_seq(session: Session, desk_id: uuid.UUID, year: int, series: str = "document") -> int:
    """The next number of ``series`` for this desk and year, taken inside the caller's unit of work.

    Dossiers number through here too (series "dossier"), so every human reference shares one gap-free
    mechanism.
    """
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    session.execute(insert(DocumentCounter).values(desk_id=desk_id, series=series, year=year, last=0)
                    .on_conflict_do_nothing())
    return session.execute(
        update(DocumentCounter)
        .where(DocumentCounter.desk_id == desk_id, DocumentCounter.series == series, DocumentCounter.year == year)
        .values(last=DocumentCounter.last + 1)
        .returning(DocumentCounter.last)
    ).scalar_one()


def _issued(row: Document) -> IssuedDocument:
    data, issued_at = open_envelope(row.canonical)
    return IssuedDocument(
        id=row.id, kind=row.kind, number=row.number, template_version=row.template_version,
        canonical=row.canonical, code=row.integrity_code, page_format=PageFormat(row.page_format),
        large_print=row.large_print, issued_at=issued_at, data=data, resident_id=row.resident_id, _seal=_SEAL,
    )


def issue(db: Database, actor: Actor, data: DocumentData, *, page_format: PageFormat = PageFormat.A4,
          large_print: bool | None = None, resident_id: uuid.UUID | None = None,
          issued_at: datetime | None = None) -> IssuedDocument:
    """Number the document and commit its record; print it afterwards with ``render``.

    ``large_print`` left to None follows the resident's own preference (``Resident.large_print``), so
    the choice is made once, on the resident's file; ``issued_at`` (now by default) is printed in the
    PC's local time and kept in the canonical data.
    """
    with db.unit_of_work(actor) as uow:
        return issue_in(uow, actor, data, page_format=page_format, large_print=large_print,
                        resident_id=resident_id, issued_at=issued_at)


def issue_in(uow: UnitOfWork, actor: Actor, data: DocumentData, *, page_format: PageFormat = PageFormat.A4,
             large_print: bool | None = None, resident_id: uuid.UUID | None = None,
             issued_at: datetime | None = None) -> IssuedDocument:
    """``issue`` inside the caller's unit of work: the paper's record commits with what it proves
    (a dossier registered, pieces received) or not at all."""
    require(actor, Permission.DOCUMENT_ISSUE)
    moment = (issued_at or utcnow()).astimezone()
    version = TEMPLATE_VERSIONS[data.KIND]
    canonical = envelope(data, moment)
    session = uow.session
    desk = session.get(Desk, actor.desk_id)
    if desk is None:  # start-up makes the desk before any screen can issue: a programming error
        raise LookupError(f"no desk {actor.desk_id}")
    if large_print is None:
        resident = session.get(Resident, resident_id) if resident_id is not None else None
        large_print = bool(resident and resident.large_print)
    salt = _salt(session)
    seq = next_seq(session, desk.id, moment.year)
    number = reference(desk.prefix, moment.year, seq)
    row = Document(
        origin_desk_id=desk.id, kind=data.KIND, number=number, year=moment.year, seq=seq,
        template_version=version, canonical=canonical,
        integrity_code=integrity.integrity_code(salt, number, version, canonical),
        page_format=str(PageFormat(page_format)), large_print=large_print, resident_id=resident_id,
        created_by_agent_id=actor.agent_id,
    )
    session.add(row)
    session.flush()
    uow.journal.append("document.issued", "document", row.id, kind=data.KIND, number=number,
                       page_format=row.page_format, large_print=large_print)
    return _issued(row)


def load(db: Database, number: str) -> IssuedDocument | None:
    """A stored document by its number (to reprint it), or None."""
    with db.read() as session:
        row = session.scalars(select(Document).where(Document.number == number)).one_or_none()
        return _issued(row) if row else None


def sheet(issued: IssuedDocument, *, reprint_at: datetime | None = None) -> Sheet:
    """What is drawn for an issued document (blocks, number, code, QR text, duplicate line), for a renderer
    other than reportlab's: the UI prints through Qt from the same sheet, so paper and PDF say the same.
    ``reprint_at`` makes it a duplicata reprinted at that moment."""
    if not isinstance(issued, IssuedDocument):
        raise TypeError("only issued documents can be drawn")
    return _sheet(issued, _duplicate_line(reprint_at))


def _duplicate_line(reprint_at: datetime | None) -> str:
    return f"DUPLICATA — réimprimé le {long_datetime(reprint_at.astimezone())}" if reprint_at else ""


def _sheet(issued: IssuedDocument, duplicate_line: str) -> Sheet:
    data = issued.data
    issuer = getattr(data, "issuer", None) or getattr(data, "controller")  # noqa: B009
    return Sheet(
        blocks=content(data, issued.template_version), title=TITLES[issued.kind], number=issued.number,
        issued_line=f"Émis le {long_datetime(issued.issued_at)}", code=issued.code, qr=issued.qr_text,
        issuer=issuer.name, duplicate_line=duplicate_line,
    )


def render(issued: IssuedDocument, *, duplicate: bool = False, reprint_at: datetime | None = None,
           page_format: PageFormat | None = None, large_print: bool | None = None) -> bytes:
    """The PDF of an issued document; the same arguments always give the same bytes.

    A duplicate carries a DUPLICATA mark and the reprint date, nothing else changes. The format and
    print size default to those chosen at issue.
    """
    return render_batch([issued], duplicate=duplicate, reprint_at=reprint_at, page_format=page_format,
                        large_print=large_print)


def render_batch(documents: list[IssuedDocument], *, duplicate: bool = False, reprint_at: datetime | None = None,
                 page_format: PageFormat | None = None, large_print: bool | None = None) -> bytes:
    """Several issued documents in one PDF (one print job), e.g. a day's follow-up letters."""
    if not documents:
        raise ValueError("nothing to render")
    for doc in documents:
        if not isinstance(doc, IssuedDocument):
            raise TypeError("only issued documents can be rendered")
    if duplicate and reprint_at is None:
        raise ValueError("a duplicate needs its reprint date")
    fmt = PageFormat(page_format or documents[0].page_format)
    big = documents[0].large_print if large_print is None else large_print
    line = _duplicate_line(reprint_at if duplicate else None)
    sheets = [_sheet(doc, line) for doc in documents]
    first = sheets[0]
    title = f"{first.title} {first.number}" if len(sheets) == 1 else f"{len(sheets)} documents"
    from frontdesk.documents.layout import draw  # reportlab only when drawing: issuing stays light

    return draw(sheets, fmt, big, title=title, author=first.issuer)


def reprint(db: Database, actor: Actor, number: str, *, page_format: PageFormat | None = None,
            large_print: bool | None = None) -> bytes:
    """A duplicata of a stored document, journalled; raises ``LookupError`` for an unknown number (callers
    take numbers from ``load`` or ``verify``)."""
    issued, now = record_reprint(db, actor, number)
    return render(issued, duplicate=True, reprint_at=now, page_format=page_format, large_print=large_print)


def record_reprint(db: Database, actor: Actor, number: str) -> tuple[IssuedDocument, datetime]:
    """Journal a duplicata of a stored document and return it with its reprint moment, for a screen that
    previews and prints it (``render(..., duplicate=True, reprint_at=...)`` or ``sheet(..., reprint_at=...)``).
    Raises ``LookupError`` for an unknown number."""
    require(actor, Permission.DOCUMENT_ISSUE)
    issued = load(db, number)
    if issued is None:
        raise LookupError(f"no document {number}")
    now = utcnow()
    with db.unit_of_work(actor) as uow:
        uow.journal.append("document.reprinted", "document", issued.id, kind=issued.kind, number=number)
    return issued, now


def latest_for_resident(db: Database, resident_id: uuid.UUID, kind: str) -> IssuedDocument | None:
    """The resident's most recent document of ``kind`` (e.g. their consent form, to print it again), or None."""
    with db.read() as session:
        row = session.scalars(
            select(Document).where(Document.resident_id == resident_id, Document.kind == kind)
            .order_by(Document.created_at.desc(), Document.seq.desc()).limit(1)
        ).first()
        return _issued(row) if row else None


def verify(db: Database, code_or_qr_text: str) -> Verification:
    """Check a typed code or a scanned QR text against the records.

    Genuine: a record carries this code and its stored data still hashes to it. Altered: the record's
    data no longer matches its code (changed behind the application's back), or the paper's number and
    code do not belong together. Unknown: no record has this code.
    """
    number, code = integrity.parse(code_or_qr_text)
    if code is None:
        return Verification("unknown", reason="malformed")
    with db.read() as session:
        salt = secrets.read_sealed_secret(session, SALT_NAME)
        rows = session.scalars(select(Document).where(Document.integrity_code == code)).all()
        if number is not None:
            rows = [r for r in rows if r.number == number]
            if not rows:
                other = session.scalars(select(Document).where(Document.number == number)).one_or_none()
                if other is not None:
                    return Verification("altered", _safe_issued(other), reason="code_mismatch")
        if not rows or salt is None:
            return Verification("unknown", reason="not_found")
        row = rows[0]
        recomputed = integrity.integrity_code(salt, row.number, row.template_version, row.canonical)
        issued = _safe_issued(row)
        if recomputed != row.integrity_code or issued is None:
            return Verification("altered", issued, reason="record_changed")
        return Verification("genuine", issued)


def _safe_issued(row: Document) -> IssuedDocument | None:
    """The record as a document, or None when its stored data no longer even parses."""
    try:
        return _issued(row)
    except (ValueError, KeyError, TypeError):
        return None
