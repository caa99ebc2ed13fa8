"""The resident's rights: access (a JSON file and a readable PDF), erasure within the public task's
limits, and objection.

Access (GDPR art. 15) gives everything the desk holds on the person, sensitive needs included: it is
their data. Erasure (art. 17) is an anonymisation: the identity, contact details and inclusion profile
go; the visits stay, unlinked, because anonymous activity figures are part of the public task (art.
17(3)(b)) and contain nothing about the person; consent records stay until their own retention ends,
as the proof that a withdrawal was honoured; printed documents stay (public archives: their elimination
needs the departmental archives' visa). Their dossiers (assisted procedures) lose what the person said
and their link to the person, as the retention policy does at the end of its period; drafts go whole.
An objection (art. 21) is recorded at once by whoever receives it; a supervisor decides it, and
upholding it anonymises the resident.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import select

from frontdesk.clock import utcnow
from frontdesk.documents.blocks import Block, Bullets, Fields, Heading, Para
from frontdesk.documents.layout import PageFormat, Sheet, draw
from frontdesk.documents.templates import long_date, long_datetime
from frontdesk.domain.residents import birth_label, display_name, phone_display
from frontdesk.domain.roles import Actor, Permission, require
from frontdesk.errors import ValidationError
from frontdesk.privacy.retention import delete_dossiers, erase_dossier, erase_identity
from frontdesk.services.residents import surviving
from frontdesk.store.database import Database
from frontdesk.store.models import (
    Agent,
    Assessment,
    Consent,
    Document,
    Dossier,
    DossierEvent,
    Objection,
    Resident,
    Visit,
)

Labeller = Callable[[str, str], str]  # (list kind, code) -> words; the UI passes its translated vocabulary
DECISIONS = ("upheld", "rejected")
DOSSIER_STATUS = {"draft": "brouillon, pas encore déposé", "awaiting_pieces": "déposé, en attente de pièces",
                  "registered": "déposé et complet", "done_on_site": "fait avec vous sur le site national",
                  "awaiting_sending": "en attente d'envoi à Démarche Numérique",
                  "on_platform": "sur Démarche Numérique", "decision_accepted": "accordée par le service",
                  "decision_refused": "refusée par le service", "withdrawn": "retirée à votre demande"}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _row(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    return {name: _plain(getattr(obj, name)) for name in names}


def resident_data(db: Database, actor: Actor, resident_id: uuid.UUID) -> dict[str, Any]:
    """Everything held on the resident, as plain JSON values; the export is journalled (ids only)."""
    require(actor, Permission.RIGHTS_EXPORT)
    with db.read() as session:
        resident = surviving(session, resident_id)
        rid = resident.id
        agents = dict(session.execute(select(Agent.id, Agent.display_name)).all())
        data = {
            "resident": _row(resident, ("id", "family_name", "birth_name", "given_names", "birth_date", "birth_year",
                                        "address_line", "postal_code", "commune", "phone", "no_phone", "email",
                                        "no_email", "contact_channel", "language", "large_print", "created_at",
                                        "updated_at", "anonymised_at")),
            "visits": [{**_row(v, ("started_at", "ended_at", "channel", "duration_min", "themes", "outcome",
                                   "referral")), "agent": agents.get(v.agent_id, "")}
                       for v in session.scalars(select(Visit).where(Visit.resident_id == rid)
                                                .order_by(Visit.started_at))],
            "assessments": [{**_row(a, ("assessed_on", "equipment", "internet_access", "email_account",
                                        "franceconnect", "autonomy", "barriers", "sensitive_barriers",
                                        "orientation", "review_on")), "agent": agents.get(a.agent_id, "")}
                            for a in session.scalars(select(Assessment).where(Assessment.resident_id == rid)
                                                     .order_by(Assessment.assessed_on))],
            "consents": [_row(c, ("purpose", "given_at", "withdrawn_at"))
                         for c in session.scalars(select(Consent).where(Consent.resident_id == rid)
                                                  .order_by(Consent.given_at))],
            "objections": [_row(o, ("received_at", "decision", "decided_at"))
                           for o in session.scalars(select(Objection).where(Objection.resident_id == rid)
                                                    .order_by(Objection.received_at))],
            "documents": [_row(d, ("number", "kind", "created_at"))
                          for d in session.scalars(select(Document).where(Document.resident_id == rid)
                                                   .order_by(Document.created_at))],
            "dossiers": [_dossier(session, d, agents)
                         for d in session.scalars(select(Dossier).where(Dossier.resident_id == rid)
                                                  .order_by(Dossier.created_at))],
        }
    with db.unit_of_work(actor) as uow:
        uow.journal.append("rights.exported", "resident", rid)
    return data


def _dossier(session, dossier: Dossier, agents: dict) -> dict[str, Any]:
    """A procedure done with the resident: what they said, its status history and dates (never the
    Démarche Numérique token or link: those open the dossier on the platform, the resident has them)."""
    events = session.scalars(select(DossierEvent).where(DossierEvent.dossier_id == dossier.id)
                             .order_by(DossierEvent.at, DossierEvent.created_at))
    return {**_row(dossier, ("reference", "procedure_title", "source", "status", "created_at", "submitted_at",
                             "complete_on", "decision_on", "silence_means", "remote_reference", "remote_done_on",
                             "remote_number", "remote_state", "remote_motivation", "consent_by", "consent_how",
                             "consent_at", "values", "what_was_done")),
            "agent": agents.get(dossier.agent_id, ""),
            "history": [_row(e, ("status", "at")) for e in events]}


def export_json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")


def export_pdf(data: dict[str, Any], issuer: str, label: Labeller = lambda _kind, code: code,
               now: datetime | None = None) -> bytes:
    """The same data, in words a resident reads: one section per kind, dates written out."""
    blocks = _pdf_blocks(data, label)
    sheet = Sheet(blocks=blocks, title="Vos données au guichet", number="",
                  issued_line=f"Édité le {long_datetime((now or utcnow()).astimezone())}", code="", qr="",
                  issuer=issuer)
    return draw([sheet], PageFormat.A4, bool(data["resident"].get("large_print")), title="Vos données au guichet",
                author=issuer)


def _when(text: str | None) -> str:
    if not text:
        return ""
    moment = datetime.fromisoformat(text)
    return long_datetime(moment.astimezone()) if "T" in text else long_date(moment.date())


def _pdf_blocks(data: dict[str, Any], label: Labeller) -> list[Block]:
    r = data["resident"]
    yes_no = {True: "oui", False: "non", None: "non renseigné"}
    blocks: list[Block] = [
        Para("Voici toutes les informations que le guichet de la commune garde sur vous (article 15 du RGPD). "
             "Si une information est fausse, dites-le au guichet : elle sera corrigée."),
        Heading("Votre identité et vos coordonnées"),
        Fields(tuple((k, v or "—") for k, v in (
            ("Nom", display_name(r["family_name"], r["given_names"])), ("Nom de naissance", r["birth_name"]),
            ("Naissance", birth_label(_date(r["birth_date"]), r["birth_year"])),
            ("Adresse", " ".join(filter(None, (r["address_line"], r["postal_code"], r["commune"])))),
            ("Téléphone", "pas de téléphone" if r["no_phone"] else phone_display(r["phone"])),
            ("Courriel", "pas de courriel" if r["no_email"] else r["email"]),
            ("Contact préféré", label("contact_channel", r["contact_channel"])),
            ("Gros caractères", yes_no[r["large_print"]]), ("Fiche créée le", _when(r["created_at"]))))),
        Heading("Vos passages au guichet"),
    ]
    visits = [f"{_when(v['started_at'])} — {label('visit_channel', v['channel'])} — "
              + ", ".join(label("theme", t) for t in v["themes"])
              + (f" — {label('outcome', v['outcome'])}" if v["outcome"] else "") for v in data["visits"]]
    blocks.append(Bullets(tuple(visits)) if visits else Para("Aucun passage enregistré."))
    blocks.append(Heading("L'aide dont vous avez besoin pour Internet"))
    for a in data["assessments"]:
        needs = [label("barrier", b) for b in (*a["sensitive_barriers"], *a["barriers"])]
        blocks.append(Fields((
            ("Bilan du", _when(a["assessed_on"])),
            ("Équipement", ", ".join(label("equipment", e) for e in a["equipment"]) or "—"),
            ("Accès à Internet", yes_no[a["internet_access"]]), ("Adresse de courriel", yes_no[a["email_account"]]),
            ("FranceConnect", yes_no[a["franceconnect"]]), ("Autonomie", label("autonomy", a["autonomy"] or "") or "—"),
            ("Difficultés", ", ".join(needs) or "—"))))
    if not data["assessments"]:
        blocks.append(Para("Aucun bilan enregistré."))
    consents = [f"accord donné le {_when(c['given_at'])}"
                + (f", retiré le {_when(c['withdrawn_at'])}" if c["withdrawn_at"] else " (toujours valable)")
                for c in data["consents"]]
    objections = [f"opposition reçue le {_when(o['received_at'])} : "
                  + {"pending": "en cours d'examen", "upheld": "acceptée", "rejected": "refusée"}[o["decision"]]
                  for o in data["objections"]]
    blocks += [Heading("Vos accords et oppositions"),
               Bullets(tuple(consents + objections)) if consents or objections else Para("Aucun."),
               Heading("Vos démarches faites au guichet"),
               Bullets(tuple(_dossier_line(d) for d in data["dossiers"])) if data["dossiers"] else Para("Aucune."),
               Heading("Les documents qui vous ont été remis"),
               Bullets(tuple(f"{d['number']} du {_when(d['created_at'])}" for d in data["documents"]))
               if data["documents"] else Para("Aucun."),
               Para("Vous pouvez demander que ces informations soient effacées, ou vous opposer à leur utilisation. "
                    "Vous pouvez aussi saisir la CNIL (www.cnil.fr).")]
    return blocks


def _dossier_line(d: dict[str, Any]) -> str:
    parts = [d["procedure_title"]]
    if d["reference"]:
        parts.append(f"dossier {d['reference']}")
    parts.append(f"commencé le {_when(d['created_at'])}")
    if d["submitted_at"]:
        parts.append(f"déposé le {_when(d['submitted_at'])}")
    parts.append(DOSSIER_STATUS.get(d["status"], d["status"]))
    if d["decision_on"]:
        parts.append(f"réponse attendue au plus tard le {_when(d['decision_on'])}")
    if d["remote_reference"]:
        parts.append(f"référence sur le site : {d['remote_reference']}")
    if d["remote_motivation"]:
        parts.append(f"motif de la décision : {d['remote_motivation']}")
    return " — ".join(parts)


def _date(text: str | None):
    from datetime import date

    return date.fromisoformat(text) if text else None


def anonymise(db: Database, actor: Actor, resident_id: uuid.UUID) -> None:
    """Erase the resident (GDPR art. 17, within art. 17(3)): identity and profile go, anonymous visits stay."""
    require(actor, Permission.RIGHTS_ERASE)
    now = utcnow()
    with db.unit_of_work(actor) as uow:
        resident = surviving(uow.session, resident_id)
        if resident.anonymised_at is not None:
            raise ValidationError("rights.already_anonymised")
        _anonymise(uow, resident, now)


def _anonymise(uow, resident: Resident, now: datetime) -> None:
    session = uow.session
    assessments = session.scalars(select(Assessment).where(Assessment.resident_id == resident.id)).all()
    for assessment in assessments:
        session.delete(assessment)
    session.flush()
    people = [resident.id, *session.scalars(select(Resident.id).where(Resident.merged_into_id == resident.id))]
    dossiers = list(session.scalars(select(Dossier).where(Dossier.resident_id.in_(people))))
    drafts = [d.id for d in dossiers if d.status == "draft"]
    if drafts:
        delete_dossiers(session, drafts)
    for dossier in dossiers:
        if dossier.status != "draft":
            erase_dossier(session, dossier, now)
    session.flush()
    erase_identity(resident, now)
    for duplicate in session.scalars(select(Resident).where(Resident.merged_into_id == resident.id)):
        erase_identity(duplicate, now)  # a merged duplicate is the same person under another row
    uow.journal.append("rights.anonymised", "resident", resident.id, assessments=len(assessments),
                       dossiers=len(dossiers) - len(drafts), drafts=len(drafts))


def record_objection(db: Database, actor: Actor, resident_id: uuid.UUID) -> uuid.UUID:
    """Note the resident's objection (whoever hears it at the desk); a supervisor decides it."""
    require(actor, Permission.OBJECTION_RECORD)
    if actor.agent_id is None:
        raise ValidationError("auth.agent_required")
    with db.unit_of_work(actor) as uow:
        resident = surviving(uow.session, resident_id)
        objection = Objection(origin_desk_id=actor.desk_id, resident_id=resident.id, received_at=utcnow(),
                              received_by_agent_id=actor.agent_id, decision="pending")
        uow.session.add(objection)
        uow.session.flush()
        uow.journal.append("rights.objection_received", "resident", resident.id, objection=str(objection.id))
        return objection.id


def decide_objection(db: Database, actor: Actor, objection_id: uuid.UUID, decision: str) -> None:
    """``upheld`` anonymises the resident at once; ``rejected`` keeps the data (compelling public-task
    grounds, to be explained to the resident in writing)."""
    require(actor, Permission.RIGHTS_ERASE)
    if decision not in DECISIONS:
        raise ValidationError("rights.decision_invalid")
    now = utcnow()
    with db.unit_of_work(actor) as uow:
        objection = uow.session.get(Objection, objection_id)
        if objection is None or objection.decision != "pending":
            raise ValidationError("rights.objection_closed")
        objection.decision, objection.decided_at, objection.decided_by_agent_id = decision, now, actor.agent_id
        uow.journal.append("rights.objection_decided", "resident", objection.resident_id, decision=decision)
        resident = uow.session.get(Resident, objection.resident_id)
        if decision == "upheld" and resident is not None and resident.anonymised_at is None:
            _anonymise(uow, resident, now)
