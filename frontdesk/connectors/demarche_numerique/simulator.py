"""A local stand-in for Démarche Numérique, for demo mode and tests.

It serves the endpoints the desk uses (prefill POST, tracking GET, GraphQL, ``/preremplir/{path}/schema``)
and the browser side of the hand-off (``/commencer/{path}?prefill_token=...``: sign in, claim, submit),
with the platform's rate limit (15 prefill POSTs per 15 s per client IP, 429 with ``RateLimit-*`` and
``Retry-After``), its error shapes, and the faults of a real network on demand. Tests in another process
drive it over HTTP under ``/__simulator__/``.

Run alone: ``python -m frontdesk.connectors.demarche_numerique.simulator --port 8790``.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import json
import logging
import math
import random
import socket
import struct
import threading
import time
from collections.abc import Callable, Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from frontdesk.connectors.demarche_numerique import simulator_graphql as gql
from frontdesk.connectors.demarche_numerique.demo_demarches import demo_descriptors
from frontdesk.connectors.demarche_numerique.simulator_state import Fault, SimulatorState, Token

log = logging.getLogger(__name__)
PREFILL_PATH = "/api/public/v1/demarches/"
COWBOY = "Calme toi, cowboy ! Trop de requêtes, réessaie plus tard.\nCalm down, cowboy! Too many requests.\n"
CONTROL = "/__simulator__/"


class Simulator:
    """The simulated platform, served by a stdlib threading HTTP server in a daemon thread."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, rate_limit: tuple[int, float] = (15, 15.0),
                 demarches: Sequence[dict[str, Any]] | None = None,
                 graphql_rate_limit: tuple[int, float] = (400, 60.0)) -> None:
        self.host = host
        self.port = port
        self.state = SimulatorState(list(demarches) if demarches is not None else demo_descriptors(),
                                    rate_limit, graphql_rate_limit)
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.stopping = threading.Event()
        self.base_url = ""

    # --- life cycle ------------------------------------------------------------------------------
    def start(self) -> str:
        handler = type("BoundHandler", (_Handler,), {"simulator": self})
        self._server = _Server((self.host, self.port), handler)
        self.port = self._server.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(target=self._server.serve_forever, name="dn-simulator", daemon=True)
        self._thread.start()
        log.info("Démarche Numérique simulator listening on %s", self.base_url)
        return self.base_url

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # --- controls (also over HTTP, see _Handler._control) ----------------------------------------
    def inject(self, fault: str, *, probability: float = 1.0, count: int | None = None, seed: int | None = None,
               route: str | None = None, status: int = 500, hold_s: float = 30.0, retry_after: int = 30) -> None:
        """Make requests fail: ``route`` limits it to "prefill", "track", "graphql" or "schema";
        ``status`` is the server error's (500, 502, 503 ...); ``hold_s`` how long a timeout holds."""
        self.state.inject(Fault(fault, probability, count, route, status, hold_s, retry_after, random.Random(seed)))

    def clear_faults(self) -> None:
        with self.state.lock:
            self.state.faults.clear()

    def claim(self, prefill_token: str, user: str = "usager") -> None:
        if self.state.claim(prefill_token, user) is None:
            raise KeyError("no orphan dossier for this token, or another user owns it")

    def set_state(self, dossier_number: int, state: str, motivation: str | None = None) -> None:
        """Move a dossier as the resident or an instructor would; a decision may carry its ``motivation``."""
        self.state.set_state(dossier_number, state, motivation)

    def dossiers(self) -> list[dict]:
        return self.state.snapshot()

    def requests_log(self) -> list[tuple[float, str, str, int]]:
        with self.state.lock:
            return list(self.state.requests)

    def add_token(self, token: str, *, demarches: Sequence[int] | None = None, write: bool = False,
                  expired: bool = False, forbidden_network: bool = False) -> None:
        with self.state.lock:
            self.state.tokens[token] = Token(frozenset(demarches) if demarches is not None else None, write,
                                             expired, forbidden_network)

    def add_demarche(self, descriptor: dict[str, Any], *, path: str | None = None,
                     for_individual: bool = True) -> None:
        """Add or replace a démarche (a new revision of the same number replaces the old one)."""
        self.state.add_demarche(descriptor, path=path, for_individual=for_individual)

    def advance_clock(self, seconds: float) -> None:
        """Move the platform's calendar forward (orphan drafts expire after 5 days)."""
        self.state.advance(seconds)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True


class _Drop(Exception):
    """Close the connection without an answer (``reset`` sends a TCP RST first)."""

    def __init__(self, reset: bool) -> None:
        super().__init__()
        self.reset = reset


class _Handler(BaseHTTPRequestHandler):
    simulator: Simulator
    server_version = "DN-Simulator/1"
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        # The request line holds prefill tokens: never logged.
        pass

    # --- dispatch --------------------------------------------------------------------------------
    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def _dispatch(self, method: str) -> None:
        url = urlsplit(self.path)
        path = unquote(url.path)
        self._logged = False
        self._method, self._path = method, path
        state = self.simulator.state
        state.purge_orphans()
        try:
            if path.startswith(CONTROL):
                self._control(method, path.removeprefix(CONTROL), url.query)
            elif path.startswith("/commencer/"):
                self._browser(method, path.removeprefix("/commencer/"), url.query)
            else:
                route, action = self._route(method, path, url.query)
                if route is None:
                    self._send_json(404, {"error": "not found"})
                else:
                    self._with_faults(route, action)
        except _Drop as drop:
            self._drop(drop.reset)
        finally:
            self._log(0)  # no answer was sent (a dropped connection)

    def _route(self, method: str, path: str, query: str) -> tuple[str | None, Callable[[], tuple]]:
        if path == "/api/v2/graphql" and method == "POST":
            return "graphql", self._graphql
        if path.startswith("/preremplir/") and path.endswith("/schema") and method == "GET":
            return "schema", lambda: self._schema(path.removeprefix("/preremplir/").removesuffix("/schema"))
        if path.startswith(PREFILL_PATH) and path.endswith("/dossiers"):
            number = path.removeprefix(PREFILL_PATH).removesuffix("/dossiers")
            if number.isdigit() and method == "POST":
                return "prefill", lambda: self._prefill(int(number))
            if number.isdigit() and method == "GET":
                return "track", lambda: self._track(int(number), query)
        if method == "HEAD" and path == "/":
            return "head", lambda: (200, "text/html; charset=utf-8", b"", {})
        return None, lambda: (404, "", b"", {})

    def _with_faults(self, route: str, action: Callable[[], tuple]) -> None:
        fault = self.simulator.state.draw_fault(route) if route != "head" else None
        if fault is not None and fault.kind == "rate_limited":
            self._too_many(fault.retry_after)
            return
        if fault is not None and fault.kind == "timeout":
            self.simulator.stopping.wait(fault.hold_s)
            raise _Drop(reset=False)
        if fault is not None and fault.kind == "reset":
            raise _Drop(reset=True)
        if fault is not None and fault.kind == "server_error":
            self._server_error(route, fault)
            return
        if fault is not None and fault.kind == "graphql_timeout":
            self._send_json(200, {"data": None, "errors": [{
                "message": "Timeout on Query.demarche", "locations": [{"line": 2, "column": 3}],
                "path": ["demarche"], "extensions": {"code": "timeout"}}]})
            return
        if route == "prefill" and not self._prefill_allowed():
            return
        if route == "graphql" and not self._graphql_allowed():
            return
        status, content_type, body, headers = action()
        if fault is not None and fault.kind == "lost_response":
            raise _Drop(reset=True)
        if fault is not None and fault.kind == "malformed_json":
            content_type, body = "application/json; charset=utf-8", body[: max(1, len(body) // 2)] + b"\x00<html"
        self._send(status, content_type, body, headers)

    # --- rate limits -----------------------------------------------------------------------------
    def _prefill_allowed(self) -> bool:
        state = self.simulator.state
        with state.lock:
            wait = state.prefill_window.check(self.client_address[0], time.monotonic())
        if wait > 0:
            self._too_many(wait)
        return wait <= 0

    def _graphql_allowed(self) -> bool:
        header = self.headers.get("Authorization")
        if not header:  # the platform's throttle keys on this header: no header, no limit
            return True
        state = self.simulator.state
        with state.lock:
            wait = state.graphql_window.check(header, time.monotonic())
        if wait > 0:
            self._too_many(wait)
        return wait <= 0

    def _too_many(self, wait: float) -> None:
        seconds = max(1, math.ceil(wait))
        self._send(429, "text/plain; charset=utf-8", COWBOY.encode(), {
            "RateLimit-Remaining": "0", "RateLimit-Reset": str(int(time.time()) + seconds),
            "Retry-After": str(seconds)})

    # --- public API ------------------------------------------------------------------------------
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _prefill(self, number: int) -> tuple:
        raw = self._body()
        demarche = self.simulator.state.demarches.get(number)
        if demarche is None or not demarche.open_for_prefill:
            return _json(404, {"error": f"procedure {number} is not found"})
        if self.headers.get("Content-Type") != "application/json":
            return _json(400, {"error": "Content-Type should be json"})
        try:
            body = json.loads(raw.decode("utf-8")) if raw else {}
        except (UnicodeDecodeError, ValueError):
            return _json(400, {"error": "Invalid JSON body"})
        if not isinstance(body, dict):
            return _json(400, {"error": "The body must be a JSON object"})
        return _json(201, self.simulator.state.create_prefilled(demarche, body, self.simulator.base_url))

    def _track(self, number: int, query: str) -> tuple:
        if number not in self.simulator.state.demarches:
            return _json(404, {"error": f"procedure {number} is not found"})
        params = parse_qs(query)
        tokens = [t for raw in params.get("prefill_token", []) + params.get("prefill_token[]", [])
                  for t in raw.split(",") if t]
        state = self.simulator.state
        with state.lock:
            found = [state.public_view(d, self.simulator.base_url) for d in state.dossiers.values()
                     if d["demarche"] == number and d["prefill_token"] in tokens]
        return _json(200, found)

    def _schema(self, path: str) -> tuple:
        demarche = self.simulator.state.by_path(path)
        if demarche is None or not demarche.opendata or not demarche.open_for_prefill:
            return _json(404, {"error": f"procedure {path} is not found"})
        return _json(200, gql.descriptor_json(demarche, self.simulator.base_url))

    def _graphql(self) -> tuple:
        raw = self._body()
        try:
            body = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return _json(400, {"errors": [{"message": "Invalid JSON body", "extensions": {"code": "bad_request"}}]})
        token = gql.parse_token(self.headers.get("Authorization"))
        try:
            return _json(200, gql.execute(self.simulator.state, body, token, self.simulator.base_url))
        except gql.GraphQLFailure as failure:
            return _json(failure.status, failure.body)

    def _server_error(self, route: str, fault: Fault) -> None:
        headers = {"Retry-After": str(fault.retry_after)} if fault.status == 503 else {}
        if route == "graphql" and fault.status == 500:
            self._send_json(500, {"errors": [{"message": "Internal Server Error", "extensions": {
                "code": "internal_server_error", "exception_id": "sim-0001"}}], "data": None})
            return
        page = f"<html><body><h1>{fault.status}</h1><p>We're sorry, but something went wrong.</p></body></html>"
        self._send(fault.status, "text/html; charset=utf-8", page.encode(), headers)

    # --- the resident's browser ------------------------------------------------------------------
    def _browser(self, method: str, rest: str, query: str) -> None:
        """``GET /commencer/{path}?prefill_token=T``: sign in (a name is enough here), claim, submit."""
        state = self.simulator.state
        path, _, action = rest.partition("/")
        fields = {k: v[0] for k, v in parse_qs(query).items()}
        if method == "POST":
            fields.update({k: v[0] for k, v in parse_qs(self._body().decode("utf-8", "replace")).items()})
        token = fields.get("prefill_token", "")
        user = fields.get("user") or self._cookie("sim_user")
        dossier = state.by_token(token)
        if dossier is None or state.demarches[dossier["demarche"]].path != path:
            self._page(404, "Dossier introuvable", "<p>Ce lien ne correspond à aucun dossier.</p>")
            return
        if not user:
            self._page(200, "Connectez-vous", _SIGN_IN.format(path=html.escape(path), token=html.escape(token)))
            return
        if state.claim(token, user) is None:
            self._page(404, "Dossier introuvable", "<p>Ce dossier appartient à un autre compte.</p>")
            return
        if action == "deposer" and method == "POST" and dossier["state"] == "brouillon":
            state.set_state(dossier["number"], "en_construction")
        self._page(200, f"Dossier n° {dossier['number']}", _dossier_page(dossier, path, token),
                   {"Set-Cookie": f"sim_user={user}; Path=/; HttpOnly; SameSite=Strict"})

    def _cookie(self, name: str) -> str:
        for part in (self.headers.get("Cookie") or "").split(";"):
            key, _, value = part.strip().partition("=")
            if key == name:
                return value
        return ""

    # --- controls --------------------------------------------------------------------------------
    def _control(self, method: str, name: str, query: str) -> None:
        sim = self.simulator
        try:
            args = json.loads(self._body() or b"{}") if method == "POST" else {}
            if name == "dossiers" and method == "GET":
                self._send_json(200, sim.dossiers())
            elif name == "requests" and method == "GET":
                self._send_json(200, [list(r) for r in sim.requests_log()])
            elif method == "POST" and name in _CONTROLS:
                _CONTROLS[name](sim, args)
                self._send_json(200, {"ok": True})
            else:
                self._send_json(404, {"error": f"no control {name!r}"})
        except (KeyError, ValueError, TypeError) as exc:
            self._send_json(400, {"error": str(exc)})

    # --- writing ---------------------------------------------------------------------------------
    def _page(self, status: int, title: str, body: str, headers: dict[str, str] | None = None) -> None:
        text = (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
                f"</head><body><p><em>Simulateur Démarche Numérique (démonstration)</em></p>"
                f"<h1>{html.escape(title)}</h1>{body}</body></html>")
        self._send(status, "text/html; charset=utf-8", text.encode(), headers or {})

    def _send_json(self, status: int, data: Any) -> None:
        self._send(*_json(status, data))

    def _send(self, status: int, content_type: str, body: bytes, headers: dict[str, str]) -> None:
        self._log(status)  # before the answer leaves: a client that has it finds it in the log
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _log(self, status: int) -> None:
        if not self._logged:
            self._logged = True
            self.simulator.state.log_request(self._method, self._path, status)

    def _drop(self, reset: bool) -> None:
        if reset:
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.close()


def _json(status: int, data: Any) -> tuple:
    return status, "application/json; charset=utf-8", json.dumps(data, ensure_ascii=False).encode(), {}


_SIGN_IN = """<p>Vous avez un dossier prérempli. Connectez-vous pour le retrouver.</p>
<form method="post" action="/commencer/{path}"><input type="hidden" name="prefill_token" value="{token}">
<label>Adresse électronique <input name="user" required></label> <button>Se connecter</button></form>"""


def _dossier_page(dossier: dict[str, Any], path: str, token: str) -> str:
    rows = "".join(f"<li>{html.escape(str(v))}</li>" for v in dossier["values"].values())
    submit = ""
    if dossier["state"] == "brouillon":
        submit = (f"<form method='post' action='/commencer/{html.escape(path)}/deposer'>"
                  f"<input type='hidden' name='prefill_token' value='{html.escape(token)}'>"
                  "<button>Déposer le dossier</button></form>")
    return f"<p>État : {html.escape(dossier['state'])}</p><ul>{rows}</ul>{submit}"


def _inject(sim: Simulator, args: dict[str, Any]) -> None:
    sim.inject(args.pop("fault"), **args)


_CONTROLS: dict[str, Callable[[Simulator, dict[str, Any]], None]] = {
    "inject": _inject,
    "clear_faults": lambda sim, _args: sim.clear_faults(),
    "claim": lambda sim, args: sim.claim(args["prefill_token"], args.get("user", "usager")),
    "set_state": lambda sim, args: sim.set_state(int(args["dossier_number"]), args["state"], args.get("motivation")),
    "add_token": lambda sim, args: sim.add_token(args.pop("token"), **args),
    "add_demarche": lambda sim, args: sim.add_demarche(args.pop("descriptor"), **args),
    "advance_clock": lambda sim, args: sim.advance_clock(float(args["seconds"])),
}


def start_in_background(url: str) -> Simulator | None:
    """Demo mode: serve the simulator at ``url`` (http://127.0.0.1:PORT) unless something listens there."""
    parts = urlsplit(url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    if host not in ("127.0.0.1", "localhost"):
        return None
    try:
        with socket.create_connection((host, port), timeout=0.3):
            return None  # already served (another window, or a simulator started by hand)
    except OSError:
        pass
    simulator = Simulator(host="127.0.0.1", port=port)
    try:
        simulator.start()
    except OSError as exc:
        log.warning("demo simulator not started: %s", exc)
        return None
    return simulator


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Simulateur local de Démarche Numérique (démonstration, tests).")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8790)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    simulator = Simulator(host=args.host, port=args.port)
    print(f"simulator ready: {simulator.start()}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        simulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
