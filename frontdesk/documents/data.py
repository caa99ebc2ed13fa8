"""What each document is drawn from: small frozen dataclasses and their canonical JSON.

A document is stored as the data it was made from, never as its PDF, so the stored text is the proof:
the integrity code covers exactly this canonical JSON, and a reprint draws the same page from it. The
dataclasses therefore hold only plain values (strings, booleans, integers, dates, datetimes, tuples and
other such dataclasses), and ``canonical_json`` writes them one way only (sorted keys, no spaces, UTF-8).

Datetimes must carry their UTC offset; they are printed in that offset, so a document looks the same
whichever PC reprints it.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date, datetime
from typing import Any, ClassVar, Union

# --- building blocks -----------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Service:
    """A public service as a resident must be able to reach it: name, postal address, e-mail, phone."""

    name: str
    address: tuple[str, ...]
    postal_code: str
    commune: str
    email: str = ""
    phone: str = ""

    def postal_lines(self) -> tuple[str, ...]:
        return (*self.address, f"{self.postal_code} {self.commune}".strip())


@dataclasses.dataclass(frozen=True)
class PostalAddress:
    """Where a letter goes: the recipient's name, the street lines, postal code and commune."""

    name: str
    lines: tuple[str, ...]
    postal_code: str
    commune: str


@dataclasses.dataclass(frozen=True)
class Piece:
    """A paper handed in at the desk, and whether the desk saw the original or took a copy."""

    label: str
    original: bool


@dataclasses.dataclass(frozen=True)
class Purpose:
    """Why data is used, and the legal ground that allows it (GDPR art. 6 or 9)."""

    label: str
    legal_basis: str


# --- the documents ------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Acknowledgement:
    """Accusé de réception of a request addressed to the commune (CRPA L112-3, content of R112-5).

    ``silence_means`` is "acceptance" (L231-1) or "rejection" (L231-4); ``decision_on`` is the day the
    silence becomes a decision. Missing pieces (L114-5) come with the day they are expected by.
    """

    KIND: ClassVar[str] = "acknowledgement"

    issuer: Service
    service: Service
    applicant: str
    subject: str
    received_on: date
    decision_on: date
    silence_means: str
    missing_pieces: tuple[str, ...] = ()
    missing_by: date | None = None
    appeal_court: str = ""
    dossier_reference: str = ""

    def __post_init__(self) -> None:
        if self.silence_means not in ("acceptance", "rejection"):
            raise ValueError("silence_means must be 'acceptance' or 'rejection'")
        if self.missing_pieces and self.missing_by is None:
            raise ValueError("missing pieces need the day they are expected by")
        if self.silence_means == "rejection" and not self.appeal_court:
            raise ValueError("an implicit rejection needs the court for the appeal")


ASSISTANCE_STATUSES = ("submitted", "queued", "draft")


@dataclasses.dataclass(frozen=True)
class AssistanceReceipt:
    """Récépissé d'accompagnement: the commune's trace of a procedure done on another service's site.

    It reproduces the competent service's reference and never stands for that service's legal receipt.
    ``status`` is "submitted", "queued" (the remote sending waits in the outbox) or "draft" (prepared,
    the resident finishes it).
    """

    KIND: ClassVar[str] = "assistance_receipt"

    issuer: Service
    desk_name: str
    resident: str
    procedure: str
    done_at: datetime
    what_was_done: tuple[str, ...]
    competent_service: str
    status: str
    remote_reference: str = ""
    next_steps: tuple[str, ...] = ()
    dossier_reference: str = ""  # the desk's own number, to find the file when the person comes back
    to_bring: tuple[str, ...] = ()
    follow_up: str = ""
    online_items: tuple[str, ...] = ()  # what the resident completes on the platform ("à compléter en ligne")
    confidential_link: str = ""  # only when the agent gave the resident the link to finish elsewhere

    def __post_init__(self) -> None:
        if self.status not in ASSISTANCE_STATUSES:
            raise ValueError(f"status must be one of {ASSISTANCE_STATUSES}")
        if self.done_at.tzinfo is None:
            raise ValueError("done_at must carry its UTC offset")


@dataclasses.dataclass(frozen=True)
class DepositCertificate:
    """Attestation de dépôt de pièces: which papers the desk received, originals or copies."""

    KIND: ClassVar[str] = "deposit_certificate"

    issuer: Service
    desk_name: str
    resident: str
    received_on: date
    about: str
    pieces: tuple[Piece, ...]

    def __post_init__(self) -> None:
        if not self.pieces:
            raise ValueError("a deposit certificate lists at least one piece")


@dataclasses.dataclass(frozen=True)
class ConsentForm:
    """Formulaire de consentement, printed twice (the resident's copy and the commune's), each signed."""

    KIND: ClassVar[str] = "consent_form"

    controller: Service
    resident: str
    dated: date
    purposes: tuple[str, ...]
    recorded: tuple[str, ...]
    retention: str
    withdraw_how: str
    dpo_contact: str = ""

    def __post_init__(self) -> None:
        if not self.purposes:
            raise ValueError("a consent form names at least one purpose")


@dataclasses.dataclass(frozen=True)
class InformationNotice:
    """Notice d'information (GDPR art. 13), built from the installation's settings by ``information_notice``."""

    KIND: ClassVar[str] = "information_notice"

    controller: Service
    dpo_contact: str
    purposes: tuple[Purpose, ...]
    data: tuple[str, ...]
    recipients: tuple[str, ...]
    retention: tuple[str, ...]
    required: str
    transfers: str = "Vos données restent dans l'Union européenne : elles ne sont envoyées dans aucun autre pays."
    automated: str = "Aucune décision n'est prise automatiquement par un ordinateur : une personne décide toujours."


@dataclasses.dataclass(frozen=True)
class FollowUpLetter:
    """Courrier de suivi, posted in a window envelope (DL): the address block sits where the window is."""

    KIND: ClassVar[str] = "follow_up_letter"

    issuer: Service
    recipient: PostalAddress
    dated: date
    subject: str
    body: tuple[str, ...]
    signatory: str
    reference: str = ""


DocumentData = (
    Acknowledgement | AssistanceReceipt | DepositCertificate | ConsentForm | InformationNotice | FollowUpLetter
)
KINDS: dict[str, type] = {cls.KIND: cls for cls in typing.get_args(DocumentData)}


# --- canonical JSON ----------------------------------------------------------------------------------


def to_plain(value: Any) -> Any:
    """A dataclass tree as JSON values: dates as ISO strings, tuples as lists."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [to_plain(v) for v in value]
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("datetimes in documents must carry their UTC offset")
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str | int | bool):
        return value
    raise TypeError(f"{type(value).__name__} cannot go into a document's canonical data")


def dumps(value: Any) -> str:
    """The one serialisation the integrity code is computed over."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def from_plain(cls: type, plain: Any) -> Any:
    """The dataclass ``cls`` rebuilt from ``to_plain``'s output (the inverse, checked by the tests)."""
    hints = typing.get_type_hints(cls)
    kwargs = {f.name: _convert(hints[f.name], plain[f.name]) for f in dataclasses.fields(cls) if f.name in plain}
    return cls(**kwargs)


def _convert(hint: Any, raw: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        if raw is None:
            return None
        (inner,) = [a for a in typing.get_args(hint) if a is not type(None)]
        return _convert(inner, raw)
    if origin is tuple:
        inner = typing.get_args(hint)[0]
        return tuple(_convert(inner, item) for item in raw)
    if hint is datetime:
        return datetime.fromisoformat(raw)
    if hint is date:
        return date.fromisoformat(raw)
    if dataclasses.is_dataclass(hint):
        return from_plain(hint, raw)
    return raw


def envelope(data: DocumentData, issued_at: datetime) -> str:
    """The canonical JSON stored with a document: its kind, when it was issued, and its data."""
    return dumps({"kind": data.KIND, "issued_at": issued_at.isoformat(), "data": to_plain(data)})


def open_envelope(canonical: str) -> tuple[DocumentData, datetime]:
    """The document data and issue time back from the stored canonical JSON."""
    plain = json.loads(canonical)
    return from_plain(KINDS[plain["kind"]], plain["data"]), datetime.fromisoformat(plain["issued_at"])
