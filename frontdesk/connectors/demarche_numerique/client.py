"""The desk's client of Démarche Numérique: form descriptors, prefill, tracking, and the administrator
calls when the town hall holds a token.

Every failure becomes a ``RemoteError`` (see ``errors.py``) whose kind tells the outbox what to do and
whose code tells the agent what happened. The dossier link and the prefill token are secrets: they are
returned to the caller and never written to a log, not even inside an error's detail.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import quote

from frontdesk.connectors.demarche_numerique.errors import RemoteError
from frontdesk.connectors.demarche_numerique.queries import STORED_DESCRIPTOR_OPERATION, STORED_QUERY_ID, query
from frontdesk.connectors.demarche_numerique.throttle import PREFILL_THROTTLE, Throttle
from frontdesk.connectors.http import session

log = logging.getLogger(__name__)
TRACK_BATCH = 50          # tokens per tracking GET: keeps the URL far below common 8 KB limits
PAGE_SIZE = 100           # the platform's maximum page
RETRY_AFTER_CAP_S = 3600.0


@dataclass(frozen=True)
class PrefillResult:
    dossier_number: int | None
    prefill_token: str
    link: str
    state: str
    dossier_id: str = ""

    def __repr__(self) -> str:  # the link and the token are secrets, even in a traceback
        return f"PrefillResult(dossier_number={self.dossier_number}, state={self.state!r})"


@dataclass(frozen=True)
class TrackedDossier:
    dossier_number: int | None
    prefill_token: str
    state: str
    updated_at: datetime | None
    submitted_at: datetime | None = None
    processed_at: datetime | None = None

    def __repr__(self) -> str:
        return f"TrackedDossier(dossier_number={self.dossier_number}, state={self.state!r})"


class DemarcheNumeriqueClient:
    def __init__(self, base_url: str, *, token: str | None = None, timeout: tuple[float, float] = (3.05, 10.0),
                 throttle: Throttle = PREFILL_THROTTLE, rate_wait_s: float = 20.0) -> None:
        """``throttle`` is shared by the whole process by default; ``rate_wait_s`` is how long a prefill
        may wait for a slot before giving up with a ``rate_limited`` error (nothing sent)."""
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.timeout = timeout
        self.throttle = throttle
        self.rate_wait_s = rate_wait_s

    @property
    def has_token(self) -> bool:
        return bool(self._token)

    def use_token(self, token: str | None) -> None:
        """A supervisor set or forgot the administrator token: the next calls use the new one."""
        self._token = token or None

    # --- public API (no token) -------------------------------------------------------------------
    def prefill(self, demarche_number: int, payload: Mapping[str, object]) -> PrefillResult:
        """Create a prefilled orphan draft. Nothing is sent when the desk's own rate brake is full."""
        if self.throttle.acquire(self.rate_wait_s) is None:
            raise RemoteError("rate_limited", "local", retry_after=self.throttle.wait_needed(), acted=False,
                              detail="desk-side limit of prefill requests reached")
        data = self._call("POST", f"/api/public/v1/demarches/{int(demarche_number)}/dossiers", json_body=dict(payload),
                          mutates=True, what="demarche")
        try:
            return PrefillResult(int(data["dossier_number"]), str(data["dossier_prefill_token"]),
                                 str(data["dossier_url"]), str(data.get("state") or "prefilled"),
                                 str(data.get("dossier_id") or ""))
        except (KeyError, TypeError, ValueError) as exc:
            raise RemoteError("malformed", "shape", acted=True, detail="prefill answer without its fields") from exc

    def track(self, prefill_tokens: Sequence[str], demarche_number: int) -> list[TrackedDossier]:
        """States of dossiers created by prefill, by their tokens; unknown or purged tokens are absent."""
        tokens = [t for t in dict.fromkeys(prefill_tokens) if t]
        found: list[TrackedDossier] = []
        for start in range(0, len(tokens), TRACK_BATCH):
            batch = ",".join(quote(t, safe="") for t in tokens[start:start + TRACK_BATCH])
            data = self._call("GET", f"/api/public/v1/demarches/{int(demarche_number)}/dossiers",
                              query_string=f"prefill_token={batch}", what="demarche")
            if not isinstance(data, list):
                raise RemoteError("malformed", "shape", detail="tracking answer is not a list")
            found.extend(_tracked(item) for item in data if isinstance(item, dict))
        return found

    def descriptor(self, demarche_path_or_number: int | str, *, path: str | None = None) -> dict[str, Any]:
        """The form of a démarche (``demarcheDescriptor`` with its revision).

        By number: GraphQL (the stored query when there is no token), falling back on
        ``/preremplir/{path}/schema`` when ``path`` is known and GraphQL fails. By path: that route only.
        """
        target = demarche_path_or_number
        if isinstance(target, str) and not target.isdigit():
            return self._schema(target)
        try:
            return self._graphql_descriptor(int(target))
        except RemoteError as exc:
            if path is None or exc.kind in ("refused", "timeout", "rate_limited"):
                raise
            log.info("descriptor by GraphQL failed (%s); trying the schema route", exc.code)
            return self._schema(path)

    def _graphql_descriptor(self, number: int) -> dict[str, Any]:
        wanted = {"demarche": {"number": number}}
        if self._token:
            data = self._graphql(query("descriptor"), wanted, "getDemarcheDescriptor", what="demarche")
        else:
            data = self._stored({**wanted, "includeRevision": True, "includeService": True})
        return _checked_descriptor(data.get("demarcheDescriptor"))

    def _schema(self, path: str) -> dict[str, Any]:
        data = self._call("GET", f"/preremplir/{quote(path, safe='')}/schema", what="schema")
        return _checked_descriptor(data)

    # --- administrator token ---------------------------------------------------------------------
    def dossier(self, number: int) -> dict[str, Any]:
        data = self._graphql(query("dossier"), {"dossierNumber": int(number)}, "getDossier", what="dossier")
        return _object(data, "dossier")

    def dossiers_updated_since(self, demarche_number: int, since: datetime | None) -> list[dict[str, Any]]:
        """Every dossier of the démarche changed since ``since`` (all pages), oldest change first."""
        nodes: list[dict[str, Any]] = []
        after: str | None = None
        while True:
            variables = {"demarcheNumber": int(demarche_number), "first": PAGE_SIZE, "after": after,
                         "updatedSince": since.isoformat() if since else None}
            demarche = _object(self._graphql(query("dossiers"), variables, "getDemarche", what="demarche"), "demarche")
            page = demarche.get("dossiers") or {}
            nodes.extend(n for n in page.get("nodes") or [] if isinstance(n, dict))
            info = page.get("pageInfo") or {}
            if not info.get("hasNextPage") or not info.get("endCursor"):
                return nodes
            after = str(info["endCursor"])

    def send_message(self, dossier_id: str, instructeur_id: str, body: str) -> str:
        """Send a message to the resident; returns its id. Not deduplicated by the platform: on an
        unknown outcome, read ``dossier(...)["messages"]`` before sending again."""
        variables = {"input": {"dossierId": dossier_id, "instructeurId": instructeur_id, "body": body}}
        data = self._graphql(query("send_message"), variables, "dossierEnvoyerMessage", mutates=True,
                             what="dossier")
        payload = _object(data, "dossierEnvoyerMessage")
        _raise_payload_errors(payload)
        message = payload.get("message") or {}
        if not message.get("id"):
            raise RemoteError("malformed", "shape", acted=None, detail="message answer without an id")
        return str(message["id"])

    # --- transport -------------------------------------------------------------------------------
    def _stored(self, variables: dict[str, Any]) -> dict[str, Any]:
        body = {"queryId": STORED_QUERY_ID, "operationName": STORED_DESCRIPTOR_OPERATION, "variables": variables}
        return _graphql_data(self._call("POST", "/api/v2/graphql", json_body=body, what="demarche", graphql=True))

    def _graphql(self, document: str, variables: dict[str, Any], operation: str, *, mutates: bool = False,
                 what: str) -> dict[str, Any]:
        if not self._token:
            raise RemoteError("auth", "token_missing", detail=f"{operation} needs an administrator token")
        body = {"query": document, "variables": variables, "operationName": operation}
        answer = self._call("POST", "/api/v2/graphql", json_body=body, mutates=mutates, what=what, graphql=True,
                            headers={"Authorization": f"Bearer {self._token}"})
        return _graphql_data(answer, mutates=mutates)

    def _call(self, method: str, path: str, *, json_body: Any = None, query_string: str = "", mutates: bool = False,
              what: str, graphql: bool = False, headers: Mapping[str, str] | None = None) -> Any:
        import requests

        url = self.base_url + path + (f"?{query_string}" if query_string else "")
        started = time.monotonic()
        try:
            response = session().request(method, url, json=json_body, timeout=self.timeout,
                                         headers=dict(headers or {}), allow_redirects=False)
        except requests.ConnectTimeout as exc:
            raise self._logged(RemoteError("timeout", "connect", acted=False, detail="connect timeout"), method,
                               path) from exc
        except requests.ReadTimeout as exc:
            raise self._logged(RemoteError("timeout", acted=None if mutates else False, detail="read timeout"),
                               method, path) from exc
        except requests.ConnectionError as exc:
            refused = _is_refused(exc)
            error = RemoteError("refused" if refused else "reset", acted=False if refused or not mutates else None,
                                detail="connection refused" if refused else "connection reset or closed")
            raise self._logged(error, method, path) from exc
        except requests.RequestException as exc:
            raise self._logged(RemoteError("refused", "request", detail=type(exc).__name__), method, path) from exc
        log.info("DN %s %s -> %s in %.0f ms", method, path, response.status_code, (time.monotonic() - started) * 1000)
        try:
            return _answer(response, mutates=mutates, what=what, graphql=graphql)
        except RemoteError as error:
            if error.retry_after and method == "POST" and path.endswith("/dossiers"):
                self.throttle.hold(error.retry_after)  # every prefill of this process waits, not only this one
            raise self._logged(error, method, path) from None

    def _logged(self, error: RemoteError, method: str, path: str) -> RemoteError:
        log.warning("DN %s %s failed: %s (%s)", method, path, error.code, error.params.get("detail", ""))
        return error


# --- answers ------------------------------------------------------------------------------------------

def _answer(response, *, mutates: bool, what: str, graphql: bool) -> Any:
    status = response.status_code
    if status == 429:
        raise RemoteError("rate_limited", retry_after=_retry_after(response), acted=False, status=status,
                          detail="HTTP 429")
    body = _json(response)
    if graphql and isinstance(body, dict) and body.get("errors") and status != 200:
        raise _graphql_error(body["errors"][0], status=status, mutates=mutates)
    if status >= 500:
        unknown = mutates and status in (502, 504)
        reason = {503: "unavailable", 502: "gateway", 504: "gateway"}.get(status, "")
        raise RemoteError("server", reason, retry_after=_retry_after(response), acted=None if unknown else False,
                          status=status, detail=f"HTTP {status}")
    if status >= 400:
        message = str(body.get("error") or "") if isinstance(body, dict) else ""
        detail = f"HTTP {status}: {_scrub(message)[:200]}"
        if status == 404:
            raise RemoteError("not_found", what, status=status, detail=detail)
        if status in (401, 403):
            raise RemoteError("auth", status=status, detail=detail)
        reason = "content_type" if "Content-Type" in message else "invalid"
        raise RemoteError("rejected", reason, status=status, detail=detail)
    if body is _NOT_JSON:
        raise RemoteError("malformed", acted=bool(mutates), status=status,
                          detail=f"HTTP {status}: body is not JSON")
    return body


_NOT_JSON = object()


def _json(response) -> Any:
    try:
        return response.json()
    except ValueError:
        return _NOT_JSON


def _graphql_data(body: Any, *, mutates: bool = False) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise RemoteError("malformed", "shape", acted=bool(mutates), detail="GraphQL answer not an object")
    errors = body.get("errors")
    if errors:  # the platform's advice: any root-level error is fatal
        raise _graphql_error(errors[0] if isinstance(errors, list) and errors else {}, status=200, mutates=mutates)
    data = body.get("data")
    if not isinstance(data, dict):
        raise RemoteError("malformed", "shape", acted=bool(mutates), detail="GraphQL answer without data")
    return data


_TOKEN_MESSAGES = (
    ("Token expired", "token_expired"),
    ("forbidden network", "forbidden_network"),
    ("only persisted queries", "token_missing"),
)


def _graphql_error(error: Any, *, status: int, mutates: bool) -> RemoteError:
    error = error if isinstance(error, dict) else {}
    message = str(error.get("message") or "")
    code = str((error.get("extensions") or {}).get("code") or "")
    detail = f"HTTP {status} GraphQL {code or '?'}: {_scrub(message)[:200]}"
    exception_id = (error.get("extensions") or {}).get("exception_id")
    if exception_id:
        detail += f" (exception_id {exception_id})"
    if status in (401, 403) or code in ("forbidden", "deprecated_token"):
        reason = next((r for text, r in _TOKEN_MESSAGES if text.lower() in message.lower()), "")
        return RemoteError("auth", reason or ("deprecated_token" if code == "deprecated_token" else "forbidden"),
                           status=status, detail=detail)
    if code == "unauthorized":
        return RemoteError("auth", "hidden", status=status, detail=detail)
    if code == "not_found":
        subject = "dossier" if message.startswith("Dossier") else "demarche"
        return RemoteError("not_found", subject, status=status, detail=detail)
    if code == "timeout":
        return RemoteError("server", "timeout", acted=None if mutates else False, status=status, detail=detail)
    if code in ("internal_server_error", "invalid_null") or status >= 500:
        return RemoteError("server", "internal", acted=None if mutates else False, status=status, detail=detail)
    if code in ("graphql_parse_failed", "graphql_parse_error"):
        return RemoteError("rejected", "query", status=status, detail=detail)
    return RemoteError("rejected", "bad_request", status=status, detail=detail)


def _raise_payload_errors(payload: dict[str, Any]) -> None:
    """Mutation errors come as data: ``payload.errors[].message``, in French, with no code."""
    errors = [e for e in payload.get("errors") or [] if isinstance(e, dict)]
    if not errors:
        return
    message = str(errors[0].get("message") or "")
    if "seulement en lecture" in message:
        raise RemoteError("auth", "read_only", detail=message)
    if "instructeur" in message.lower() and "droits" in message:
        raise RemoteError("auth", "instructeur", detail=message)
    raise RemoteError("rejected", "mutation", message=message, detail=_scrub(message)[:200])


def _object(data: dict[str, Any], key: str) -> dict[str, Any]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise RemoteError("malformed", "shape", detail=f"no {key} in the answer")
    return value


def _checked_descriptor(data: Any) -> dict[str, Any]:
    revision = data.get("revision") if isinstance(data, dict) else None
    if not isinstance(revision, dict) or not isinstance(revision.get("champDescriptors"), list) \
            or not data.get("number") or not revision.get("id"):
        raise RemoteError("malformed", "descriptor", detail="descriptor without number, revision or champs")
    return data


def _tracked(item: dict[str, Any]) -> TrackedDossier:
    submitted, processed = _when(item.get("submitted_at")), _when(item.get("processed_at"))
    number = item.get("dossier_number")
    return TrackedDossier(int(number) if isinstance(number, int) else None, str(item.get("dossier_prefill_token", "")),
                          str(item.get("state", "")), processed or submitted, submitted, processed)


def _when(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _retry_after(response) -> float | None:
    """Seconds to wait, from ``Retry-After`` (seconds or an HTTP date) or ``RateLimit-Reset`` (epoch)."""
    raw = response.headers.get("Retry-After")
    if raw:
        try:
            return min(RETRY_AFTER_CAP_S, max(0.0, float(raw)))
        except ValueError:
            try:
                return min(RETRY_AFTER_CAP_S, max(0.0, parsedate_to_datetime(raw).timestamp() - time.time()))
            except (TypeError, ValueError):
                pass
    reset = response.headers.get("RateLimit-Reset")
    if reset and reset.isdigit():
        return min(RETRY_AFTER_CAP_S, max(0.0, int(reset) - time.time()))
    return None


def _is_refused(exc: BaseException) -> bool:
    from urllib3.exceptions import NewConnectionError

    node: Any = exc
    for _ in range(8):
        if isinstance(node, NewConnectionError | ConnectionRefusedError):
            return True
        node = getattr(node, "reason", None) or node.__cause__ or node.__context__ or next(
            (a for a in getattr(node, "args", ()) if isinstance(a, BaseException)), None)
        if node is None:
            return False
    return False


_SECRET_PATTERNS = (re.compile(r"prefill_token=[^&\s\"']+"), re.compile(r"https?://\S+"))


def _scrub(text: str) -> str:
    """A platform message may quote a URL: links and tokens are cut before anything is logged."""
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub("[…]", text)
    return text


def client_from_settings(settings, *, token: str | None = None) -> DemarcheNumeriqueClient:
    """The client for this desk: the configured platform, its timeout, and the administrator token
    from the keyring when the town hall stored one."""
    from frontdesk.privacy.secrets import DEMARCHE_NUMERIQUE_TOKEN, get_secret

    return DemarcheNumeriqueClient(settings.demarche_numerique_url,
                                   token=token if token is not None else get_secret(DEMARCHE_NUMERIQUE_TOKEN),
                                   timeout=(3.05, settings.network_timeout_s))
