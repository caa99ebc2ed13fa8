"""The demo commune "Admiville": a desk, a few agents and many residents, seeded deterministically.

The same seed always gives the same people, so screenshots, tests and benchmarks compare like with
like. Residents are inserted in bulk (no ORM objects) so 100,000 of them take seconds. Their records are
what an agent could have typed: every one passes ``frontdesk.domain.residents.clean``, with the mix a
desk sees (no phone, phone not asked yet, a few e-mails, a preferred channel they can be reached by, some
large-print readers), and the search key built by the same function as the service's.

The demo application also gets a few sample dossiers (``seed_dossiers``), so a trainee finds on the
first start a draft to resume, requests in progress and finished ones. They go through the real dossier
services as a demo agent, so their numbers, status history, visits and papers are what a desk makes.
"""

from __future__ import annotations

import json
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Row, func, insert, select

from frontdesk.catalogue import Catalogue, Procedure
from frontdesk.clock import utcnow
from frontdesk.demo_accounts import DEMO_AGENTS
from frontdesk.domain.residents import search_key
from frontdesk.domain.roles import Actor, Role
from frontdesk.domain.text import fold
from frontdesk.resources import RESOURCES
from frontdesk.services import accounts
from frontdesk.services.desk import DeskInfo, ensure_desk
from frontdesk.store.database import Database
from frontdesk.store.models import Agent, AppMeta, Resident

NAMESPACE = uuid.UUID("6d1f6b1e-2c55-4f7e-9d0e-0a4d4d1e2026")
DEFAULT_RESIDENTS = 300
BATCH = 5000

# The first demo resident is always the same person: the acceptance scenario types "eloise lef".
FIRST_RESIDENT = {
    "family_name": "Lefèvre-Dupont", "birth_name": "", "given_names": "Éloïse",
    "birth_date": date(1950, 3, 12), "birth_year": 1950, "address_line": "12 rue de la Mairie",
    "postal_code": "95000", "commune": "Admiville", "phone": "+33612345678", "no_phone": False,
    "email": "", "no_email": True, "contact_channel": "telephone", "language": "fr", "large_print": True,
}
STREETS = (
    "rue de la Mairie", "rue de l'Église", "avenue de la République", "rue Victor-Hugo", "rue Jean-Jaurès",
    "place du Marché", "rue des Écoles", "allée des Tilleuls", "chemin des Vignes", "rue Pasteur",
    "boulevard Gambetta", "rue du Général-de-Gaulle", "impasse des Lilas", "rue de la Gare", "résidence Les Peupliers",
    "rue Émile-Zola", "avenue Jean-Moulin", "rue de Pontoise", "quai de l'Oise", "rue Saint-Martin",
)
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
# Valid French mobile prefixes (06 and 07, minus the ranges given to overseas departments).
MOBILE_PREFIXES = ("60", "61", "62", "64", "65", "66", "67", "68", "73", "74", "75", "76", "77", "78")
LANDLINE_PREFIXES = ("130", "134", "139")  # Val-d'Oise
OTHER_LANGUAGES = ("ar", "pt", "tr", "en", "es", "ro", "wo")
SAMPLE_DOSSIERS_KEY = "demo_sample_dossiers"  # app_meta: the sample dossiers were seeded (once only)


def seed(db: Database, residents: int = DEFAULT_RESIDENTS, *, random_seed: int = 2026) -> DeskInfo:
    """Make sure the desk, the demo agents and the first ``residents`` demo residents exist."""
    desk = ensure_desk(db, "Services à la population", "ADM-A1", "Admiville")
    _seed_agents(db, desk)
    added = _seed_residents(db, desk, residents, random_seed)
    if added:
        with db.unit_of_work(Actor(desk.id)) as uow:
            uow.journal.append("demo.seeded", "resident", "", residents=added)
    return desk


def _seed_agents(db: Database, desk: DeskInfo) -> None:
    with db.read() as session:
        existing = set(session.scalars(select(Agent.login)))
    system = Actor(desk.id, role=Role.SUPERVISOR)
    for agent in DEMO_AGENTS:
        if agent.login in existing:
            continue
        if not existing:
            accounts.create_first_supervisor(db, desk.id, agent.login, agent.display_name, agent.password)
            existing.add(agent.login)
        else:
            accounts.create_agent(db, system, agent.login, agent.display_name, agent.role, agent.password)


def seed_demarches(db: Database, desk: DeskInfo) -> None:
    """The three Admiville démarches the demo simulator serves, cached as if fetched once, so the demo's
    catalogue lists them even before the first network check (the demo application only: a commune's
    own database seeded by ``frontdesk-admin demo seed`` gets no Démarche Numérique forms)."""
    from frontdesk.connectors.demarche_numerique.demo_demarches import demo_descriptors
    from frontdesk.services import demarches

    for descriptor in demo_descriptors():
        if demarches.get_form(db, int(descriptor["number"])) is None:
            demarches.store_descriptor(db, Actor(desk.id), descriptor, source="demo")


# --- sample dossiers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SampleDossier:
    """One sample dossier: whose (the demo resident's index), which procedure, which agent, how far it went
    (one of the dossier statuses), its form's values (from the resident and today) and the missing papers."""

    resident: int
    procedure_id: str
    agent_login: str
    status: str
    values: Callable[[Row, date], dict]
    missing: tuple[str, ...] = ()  # documents still to bring; the others are handed in
    remote_reference: str = ""  # a national site's reference (done on site)
    what_was_done: tuple[str, ...] = ()


def _address(person: Row) -> dict:
    return {"street": person.address_line, "postal_code": person.postal_code, "commune": person.commune}


def _birth_certificate_half_filled(person: Row, _today: date) -> dict:
    """Éloïse asks for a copy of her birth certificate: the agent stopped before the number and delivery."""
    return {"acte": "Naissance", "forme": "Copie intégrale", "nom": person.family_name,
            "prenoms": person.given_names, "date_evenement": person.birth_date.isoformat(),
            "qualite": "La personne elle-même"}


def _visitor_welcome(person: Row, today: date) -> dict:
    return {"civilite": "M.", "nom": person.family_name, "prenoms": person.given_names, "adresse": _address(person),
            "statut_logement": "Locataire", "surface": 68, "occupants": 3,
            "visiteur_nom": "Diop", "visiteur_prenoms": "Ousmane", "visiteur_naissance": "1965-09-14",
            "visiteur_nationalite": "Sénégalaise", "passeport": "A01234567", "lien": "Famille",
            "arrivee": (today + timedelta(days=45)).isoformat(), "duree_jours": 30, "accompagnants": False,
            "assurance": "Le visiteur"}


def _school_meals(person: Row, _today: date) -> dict:
    return {"nom": person.family_name, "prenoms": "Lina", "naissance": "2018-04-09", "ecole": "École des Tilleuls",
            "services": ["Restauration scolaire", "Accueil du soir"],
            "jours_cantine": ["Lundi", "Mardi", "Jeudi", "Vendredi"], "repas": "Standard", "pai": False,
            "responsable": f"{person.given_names} {person.family_name}", "telephone": person.phone,
            "personnes_autorisees": [], "reglement": True}


def _electoral_roll(person: Row, _today: date) -> dict:
    return {"civilite": "M.", "nom": person.family_name, "prenoms": person.given_names,
            "naissance": person.birth_date.isoformat(),
            "lieu_naissance": {"name": "Argenteuil", "postal_code": "95100", "insee": "95018"},
            "adresse": _address(person), "attache": "Domicile", "nationalite": "Française", "cas_particulier": False}


def _room_booking(person: Row, today: date) -> dict:
    day = today + timedelta(days=60)
    return {"demandeur": "Un particulier", "responsable": f"{person.given_names} {person.family_name}",
            "telephone": person.phone, "salle": "Salle polyvalente des Tilleuls (80 personnes)",
            "debut": f"{day.isoformat()}T14:00", "fin": f"{day.isoformat()}T23:00", "objet": "Fête familiale",
            "participants": 60, "materiel": ["Tables et chaises", "Cuisine équipée"], "public": False}


def _nothing(_person: Row, _today: date) -> dict:
    return {}


SAMPLE_DOSSIERS = (
    SampleDossier(0, "etat-civil-acte", "ndiallo", "draft", _birth_certificate_half_filled),
    SampleDossier(3, "attestation-accueil", "ndiallo", "registered", _visitor_welcome),
    SampleDossier(5, "periscolaire-cantine", "ndiallo", "awaiting_pieces", _school_meals, missing=("assurance",)),
    SampleDossier(11, "listes-electorales", "cmartin", "decision_accepted", _electoral_roll),
    SampleDossier(8, "ants-carte-identite", "lmoreau", "done_on_site", _nothing, remote_reference="7KQ2M9XT4B",
                  what_was_done=("Compte ANTS créé avec l'adresse électronique de l'usagère",
                                 "Pré-demande de renouvellement de la carte d'identité remplie avec elle",
                                 "Rendez-vous pris en mairie équipée pour le recueil des empreintes")),
    SampleDossier(6, "reservation-salle", "ndiallo", "withdrawn", _room_booking),
)
MISSING_PIECE_DAYS = 14  # the waiting dossier's paper is expected within two weeks


def seed_dossiers(db: Database, desk: DeskInfo, catalogue: Catalogue) -> int:
    """The sample dossiers of the demo application, once: an ``app_meta`` marker, set before the first one,
    makes any later call a no-op (even after an interrupted seeding, which never doubles a dossier).
    A sample whose procedure or resident is absent is skipped. Returns how many dossiers were made."""
    with db.unit_of_work(Actor(desk.id)) as uow:
        if uow.session.get(AppMeta, SAMPLE_DOSSIERS_KEY) is not None:
            return 0
        uow.session.add(AppMeta(key=SAMPLE_DOSSIERS_KEY, value="seeded"))
    with db.read() as session:
        agents = {login: Actor(desk.id, agent_id, Role(role))
                  for login, agent_id, role in session.execute(select(Agent.login, Agent.id, Agent.role))}
        ids = {uuid.uuid5(NAMESPACE, f"resident-{sample.resident}"): sample.resident for sample in SAMPLE_DOSSIERS}
        people = {ids[row.id]: row for row in session.execute(
            select(Resident.id, Resident.family_name, Resident.given_names, Resident.birth_date,
                   Resident.address_line, Resident.postal_code, Resident.commune, Resident.phone)
            .where(Resident.id.in_(list(ids))))}
    made = 0
    for sample in SAMPLE_DOSSIERS:
        procedure, person = catalogue.get(sample.procedure_id), people.get(sample.resident)
        actor = agents.get(sample.agent_login)
        if procedure is not None and person is not None and actor is not None:
            _sample_dossier(db, desk, actor, procedure, person, sample)
            made += 1
    return made


def _sample_dossier(db: Database, desk: DeskInfo, actor: Actor, procedure: Procedure, person: Row,
                    sample: SampleDossier) -> None:
    """One sample dossier, taken as far as its status through the services an agent's screens call."""
    from frontdesk.services import dossiers

    today = utcnow().astimezone().date()
    values = sample.values(person, today)
    if sample.status == dossiers.DRAFT:  # as the wizard leaves it: consent first, then the form as typed so far
        dossier = dossiers.start_draft(db, actor, procedure, person.id)
        dossiers.record_consent(db, actor, dossier.id, by="resident", how="oral")
        dossiers.save_draft(db, actor, dossier.id, values)
        return
    # The others start with their values (one unit of work less each: the first start stays quick).
    dossier = dossiers.start_draft(db, actor, procedure, person.id, values)
    dossiers.record_consent(db, actor, dossier.id, by="resident", how="oral")
    if procedure.documents:
        dossiers.set_pieces(db, actor, dossier.id, [
            dossiers.PieceInput(document.id, document.label, supplied=document.id not in sample.missing,
                                original=document.original, required=document.required,
                                deadline=today + timedelta(days=MISSING_PIECE_DAYS)
                                if document.id in sample.missing else None)
            for document in procedure.documents])
    paper = {"commune": desk.commune_name, "desk_name": desk.name}
    if sample.status == dossiers.DONE_ON_SITE:
        dossiers.record_external(db, actor, dossier.id, procedure, remote_reference=sample.remote_reference,
                                 done_on=today, what_was_done=sample.what_was_done, **paper)
        return
    dossiers.submit_local(db, actor, dossier.id, procedure, **paper)
    if sample.status in dossiers.DECISIONS:
        dossiers.record_decision(db, actor, dossier.id, sample.status)


def _seed_residents(db: Database, desk: DeskInfo, count: int, random_seed: int) -> int:
    with db.read() as session:
        present = session.scalar(select(func.count()).select_from(Resident).where(Resident.origin_desk_id == desk.id))
    if present >= count:
        return 0
    names = json.loads((RESOURCES / "demo" / "names.json").read_text(encoding="utf-8"))
    rng = random.Random(random_seed)
    now = utcnow()
    rows = []
    added = 0
    for index in range(count):
        row = _resident(rng, names, index, desk.id, now)
        if index < present:
            continue  # already seeded: the generator still runs so later rows stay identical
        rows.append(row)
        if len(rows) == BATCH:
            added += _insert(db, rows)
            rows = []
    if rows:
        added += _insert(db, rows)
    return added


def _insert(db: Database, rows: list[dict]) -> int:
    with db.unit_of_work(Actor(rows[0]["origin_desk_id"])) as uow:
        uow.session.execute(insert(Resident), rows)
    return len(rows)


def _resident(rng: random.Random, names: dict, index: int, desk_id: uuid.UUID, now) -> dict:
    """One demo resident; draws from ``rng`` in the same way whatever it draws, so the sequence of people
    depends only on the seed and the index."""
    female = rng.random() < 0.52
    given = rng.choice(names["given_female" if female else "given_male"])
    if rng.random() < 0.15:
        given += " " + rng.choice(names["given_female" if female else "given_male"])
    family = rng.choice(names["family"])
    birth_name = rng.choice(names["family"]) if female and rng.random() < 0.3 else ""
    age_days = rng.randint(18 * 365, 95 * 365)
    birth = date(2026, 6, 1) - timedelta(days=age_days)
    exact = rng.random() < 0.85
    postal_code, commune = rng.choice(names["communes"])
    address = "" if rng.random() < 0.08 else f"{rng.randint(1, 120)} {rng.choice(STREETS)}"

    phone_draw, mobile = rng.random(), rng.random() < 0.85
    digits = rng.randint(0, 9_999_999)
    if phone_draw < 0.1:
        phone, no_phone = "", True  # asked: they have none
    elif phone_draw < 0.2:
        phone, no_phone = "", False  # not asked yet
    elif mobile:
        phone, no_phone = f"+33{rng.choice(MOBILE_PREFIXES)}{digits:07d}", False
    else:
        phone, no_phone = f"+33{rng.choice(LANDLINE_PREFIXES)}{digits % 1_000_000:06d}", False

    email_draw, email_number = rng.random(), rng.randint(1, 99)
    email_domain = rng.choice(EMAIL_DOMAINS)
    email, no_email = "", email_draw < 0.3
    if email_draw >= 0.65:
        local = fold(given).split()[0] + "." + "-".join(fold(family).split())
        email = f"{local}{email_number if email_draw >= 0.85 else ''}@{email_domain}"

    reachable = ["guichet"] * 3
    if phone:
        reachable += ["telephone", "telephone"] + (["sms"] if mobile else [])
    if email:
        reachable += ["email"]
    if address:
        reachable += ["courrier"]
    channel = rng.choice(reachable)
    large_print = rng.random() < (0.15 if age_days > 75 * 365 else 0.03)
    language = rng.choice(OTHER_LANGUAGES) if rng.random() < 0.04 else "fr"

    row = {
        "family_name": family,
        "birth_name": birth_name,
        "given_names": given,
        "birth_date": birth if exact else None,
        "birth_year": birth.year,
        "address_line": address,
        "postal_code": postal_code,
        "commune": commune,
        "phone": phone,
        "no_phone": no_phone,
        "email": email,
        "no_email": no_email,
        "contact_channel": channel,
        "language": language,
        "large_print": large_print,
    }
    if index == 0:
        row.update(FIRST_RESIDENT)
    row.update(
        id=uuid.uuid5(NAMESPACE, f"resident-{index}"), origin_desk_id=desk_id, created_at=now, updated_at=now,
        search_key=search_key(row["family_name"], row["birth_name"], row["given_names"], row["birth_date"],
                              row["birth_year"], row["phone"], row["postal_code"]),
    )
    return row
