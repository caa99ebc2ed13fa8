"""What the simulated platform remembers: démarches, dossiers, tokens, faults and rate-limit windows.

Everything here is guarded by one lock, because the HTTP server answers each request in its own
thread and tests drive the same state from theirs.
"""

from __future__ import annotations

import random
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from frontdesk.connectors.demarche_numerique.champ_types import walk_champs
from frontdesk.connectors.demarche_numerique.ids import champ_id_of_key, global_id
from frontdesk.connectors.demarche_numerique.simulator_values import is_kept, keep

FAULTS = ("timeout", "reset", "server_error", "lost_response", "malformed_json", "rate_limited", "graphql_timeout")
ROUTES = ("prefill", "track", "graphql", "schema")
STATES = ("prefilled", "brouillon", "en_construction", "en_instruction", "accepte", "refuse", "sans_suite")
PROCESSED = ("accepte", "refuse", "sans_suite")
ORPHAN_LIFETIME = timedelta(days=5)
INSTRUCTEUR = {"id": global_id("Instructeur", 41), "email": "instruction@admiville.example"}


@dataclass
class Fault:
    kind: str
    probability: float = 1.0
    count: int | None = None
    route: str | None = None
    status: int = 500
    hold_s: float = 30.0
    retry_after: int = 30
    rng: random.Random = field(default_factory=random.Random)


@dataclass(frozen=True)
class Token:
    """An administrator token: its démarches (None = all), write access, and its two failure modes."""

    demarches: frozenset[int] | None = None
    write: bool = False
    expired: bool = False
    forbidden_network: bool = False

    def covers(self, number: int) -> bool:
        return self.demarches is None or number in self.demarches


@dataclass
class Demarche:
    descriptor: dict[str, Any]
    path: str
    for_individual: bool = True

    @property
    def number(self) -> int:
        return int(self.descriptor["number"])

    @property
    def opendata(self) -> bool:
        return bool(self.descriptor.get("opendata", True))

    @property
    def open_for_prefill(self) -> bool:
        return self.descriptor.get("state") in ("publiee", "brouillon")

    def champs(self) -> dict[str, dict[str, Any]]:
        return {c["id"]: c for c in walk_champs(self.descriptor["revision"]["champDescriptors"])}


class SlidingWindow:
    """Requests per key in the last ``period`` seconds; what Rack::Attack enforces, without its fixed
    window edges (stricter: a client that passes here passes there)."""

    def __init__(self, limit: int, period_s: float) -> None:
        self.limit = limit
        self.period_s = period_s
        self._hits: dict[str, deque[float]] = {}

    def check(self, key: str, now: float) -> float:
        """0 and the request counted, or the seconds until one more would be allowed."""
        hits = self._hits.setdefault(key, deque())
        while hits and hits[0] <= now - self.period_s:
            hits.popleft()
        if len(hits) >= self.limit:
            return hits[0] + self.period_s - now
        hits.append(now)
        return 0.0


class SimulatorState:
    def __init__(self, demarches: list[dict[str, Any]], rate_limit: tuple[int, float],
                 graphql_rate_limit: tuple[int, float]) -> None:
        self.lock = threading.RLock()
        self.demarches: dict[int, Demarche] = {}
        for descriptor in demarches:
            self.add_demarche(descriptor)
        self.dossiers: dict[int, dict[str, Any]] = {}
        self.tokens: dict[str, Token] = {}
        self.faults: list[Fault] = []
        self.requests: list[tuple[float, str, str, int]] = []
        self.prefill_window = SlidingWindow(*rate_limit)
        self.graphql_window = SlidingWindow(*graphql_rate_limit)
        self.clock_offset = timedelta()
        self._next_number = 700_000
        self._next_message = 1

    # --- clock -----------------------------------------------------------------------------------
    def now(self) -> datetime:
        return datetime.now(UTC).replace(microsecond=0) + self.clock_offset

    def advance(self, seconds: float) -> None:
        with self.lock:
            self.clock_offset += timedelta(seconds=seconds)

    # --- démarches -------------------------------------------------------------------------------
    def add_demarche(self, descriptor: dict[str, Any], *, path: str | None = None, for_individual: bool = True) -> None:
        with self.lock:
            url = descriptor.get("demarcheURL") or ""
            slug = path or url.rstrip("/").rsplit("/", 1)[-1] or f"demarche-{descriptor['number']}"
            self.demarches[int(descriptor["number"])] = Demarche(descriptor, slug, for_individual)

    def by_path(self, path: str) -> Demarche | None:
        return next((d for d in self.demarches.values() if d.path == path), None)

    # --- faults ----------------------------------------------------------------------------------
    def inject(self, fault: Fault) -> None:
        if fault.kind not in FAULTS:
            raise ValueError(f"unknown fault {fault.kind!r}; expected one of {', '.join(FAULTS)}")
        if fault.route is not None and fault.route not in ROUTES:
            raise ValueError(f"unknown route {fault.route!r}; expected one of {', '.join(ROUTES)}")
        with self.lock:
            self.faults.append(fault)

    def draw_fault(self, route: str) -> Fault | None:
        with self.lock:
            for fault in self.faults:
                if fault.route not in (None, route) or (fault.count is not None and fault.count <= 0):
                    continue
                if fault.kind == "graphql_timeout" and route != "graphql":
                    continue
                if fault.rng.random() < fault.probability:
                    if fault.count is not None:
                        fault.count -= 1
                    return fault
            return None

    # --- dossiers --------------------------------------------------------------------------------
    def purge_orphans(self) -> None:
        """The platform's nightly job: orphan prefilled drafts untouched for 5 days disappear."""
        limit = self.now() - ORPHAN_LIFETIME
        with self.lock:
            for number in [n for n, d in self.dossiers.items()
                           if d["owner"] is None and d["updated_at"] < limit]:
                del self.dossiers[number]

    def create_prefilled(self, demarche: Demarche, body: dict[str, Any], base_url: str) -> dict[str, Any]:
        champs = demarche.champs()
        values: dict[str, Any] = {}
        dropped: list[str] = []
        identity: dict[str, str] = {}
        for key, value in body.items():
            if (key in ("identite_prenom", "identite_nom", "identite_genre") and demarche.for_individual
                    and isinstance(value, str) and (key != "identite_genre" or value in ("M.", "Mme"))):
                identity[key.removeprefix("identite_")] = value
                continue
            champ = champs.get(champ_id_of_key(key) or "")
            children = {c["id"]: c for c in (champ or {}).get("champDescriptors") or []}
            if champ is not None and is_kept(result := keep(champ, value, children)):
                values[champ["id"]] = result
            else:
                dropped.append(key)
        with self.lock:
            self._next_number += 1
            number = self._next_number
            now = self.now()
            dossier = {
                "number": number, "id": global_id("Dossier", number), "demarche": demarche.number,
                "prefill_token": secrets.token_urlsafe(18), "state": "prefilled", "owner": None,
                "values": values, "dropped": dropped, "identity": identity, "created_at": now, "updated_at": now,
                "submitted_at": None, "processed_at": None, "instruction_at": None, "motivation": None, "messages": [],
            }
            self.dossiers[number] = dossier
            return self.public_view(dossier, base_url)

    def public_view(self, dossier: dict[str, Any], base_url: str) -> dict[str, Any]:
        """The JSON of the public prefill API: the link only while orphan, null fields dropped."""
        path = self.demarches[dossier["demarche"]].path
        view = {
            "dossier_url": (f"{base_url}/commencer/{path}?prefill_token={dossier['prefill_token']}"
                            if dossier["owner"] is None else None),
            "state": dossier["state"], "submitted_at": _iso(dossier["submitted_at"]),
            "processed_at": _iso(dossier["processed_at"]), "dossier_id": dossier["id"],
            "dossier_number": dossier["number"], "dossier_prefill_token": dossier["prefill_token"],
        }
        return {k: v for k, v in view.items() if v is not None}

    def by_token(self, token: str) -> dict[str, Any] | None:
        with self.lock:
            return next((d for d in self.dossiers.values() if d["prefill_token"] == token), None)

    def claim(self, token: str, user: str) -> dict[str, Any] | None:
        """A signed-in user opened the link: the first one owns the draft; anyone else gets None."""
        with self.lock:
            dossier = self.by_token(token)
            if dossier is None or dossier["owner"] not in (None, user):
                return None
            if dossier["owner"] is None:
                dossier.update(owner=user, state="brouillon", updated_at=self.now())
            return dossier

    def set_state(self, number: int, state: str, motivation: str | None = None) -> None:
        """What an instructor (or the resident) does; ``motivation`` is the reason an instructor gives
        with a decision (accepte, refuse, sans_suite), kept only with one."""
        if state not in STATES[1:]:
            raise ValueError(f"unknown state {state!r}; expected one of {', '.join(STATES[1:])}")
        with self.lock:
            dossier = self.dossiers.get(number)
            if dossier is None:
                raise KeyError(f"no dossier {number}")
            now = self.now()
            if dossier["owner"] is None:
                dossier["owner"] = "usager-simule"
            dossier.update(state=state, updated_at=now)
            if state == "brouillon":
                dossier.update(submitted_at=None, processed_at=None, instruction_at=None)
            if state != "brouillon" and dossier["submitted_at"] is None:
                dossier["submitted_at"] = now
            if state in ("en_instruction", *PROCESSED) and dossier["instruction_at"] is None:
                dossier["instruction_at"] = now
            dossier["processed_at"] = now if state in PROCESSED else None
            dossier["motivation"] = motivation if state in PROCESSED else None

    def add_message(self, dossier: dict[str, Any], body: str) -> dict[str, Any]:
        with self.lock:
            message = {"id": global_id("Commentaire", self._next_message), "body": body,
                       "createdAt": _iso(self.now())}
            self._next_message += 1
            dossier["messages"].append(message)
            return message

    def snapshot(self) -> list[dict[str, Any]]:
        with self.lock:
            return [_jsonable(d) for d in sorted(self.dossiers.values(), key=lambda d: d["number"])]

    def log_request(self, method: str, path: str, status: int) -> None:
        with self.lock:
            self.requests.append((time.monotonic(), method, path, status))


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _jsonable(dossier: dict[str, Any]) -> dict[str, Any]:
    return {k: (_iso(v) if isinstance(v, datetime) else v) for k, v in dossier.items()}
