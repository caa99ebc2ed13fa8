"""The simulated GraphQL endpoint: the operations the desk sends, with the platform's error shapes.

It does not execute GraphQL: it recognises the operation by name (stored query or text) and answers
with the fields the desk's queries select. The desk's query texts are checked against the real schema
by the test suite, not here.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime
from typing import Any

from frontdesk.connectors.demarche_numerique.simulator_state import (
    INSTRUCTEUR,
    SimulatorState,
    Token,
)

STORED = {"ds-query-v2": ("getDemarche", "getGroupeInstructeur", "getDossier", "getDemarcheDescriptor"),
          "ds-mutation-v2": ("dossierEnvoyerMessage",), "introspection": ("IntrospectionQuery",)}
MAX_PAGE = 100
CODED = ("PaysChampDescriptor", "RegionChampDescriptor", "DepartementChampDescriptor")


class GraphQLFailure(Exception):
    """A controller-level failure: its own HTTP status and a root ``errors`` list with no data."""

    def __init__(self, status: int, message: str, code: str, **extensions: Any) -> None:
        super().__init__(message)
        self.status = status
        self.body = {"errors": [{"message": message, "extensions": {"code": code, **extensions}}]}


def _error(message: str, code: str, path: list[str]) -> dict[str, Any]:
    return {"message": message, "locations": [{"line": 2, "column": 3}], "path": path, "extensions": {"code": code}}


def parse_token(header: str | None) -> str | None:
    if not header:
        return None
    match = re.fullmatch(r"\s*Bearer\s+(?:token=)?\"?([^\s\"]+)\"?\s*", header)
    return match.group(1) if match else None


def execute(state: SimulatorState, body: Any, token_text: str | None, base_url: str) -> dict[str, Any]:
    """Answer one request body; raises GraphQLFailure for the errors that change the HTTP status."""
    if not isinstance(body, dict):
        raise GraphQLFailure(400, "Invalid request body", "bad_request")
    token = state.tokens.get(token_text or "")
    if token is not None and token.expired:
        raise GraphQLFailure(401, "Token expired", "unauthorized")
    if token is not None and token.forbidden_network:
        raise GraphQLFailure(403, "Request issued from a forbidden network. Add 127.0.0.1/32 to your allowed "
                                  "adresses in your /profil", "forbidden")
    variables = body.get("variables") or {}
    if isinstance(variables, str):
        try:
            variables = json.loads(variables)
        except ValueError as exc:
            raise GraphQLFailure(400, "Variables are not valid JSON", "bad_request") from exc
    operation = _operation(body, token)
    handler = _HANDLERS.get(operation)
    if handler is None:
        return {"data": None, "errors": [{"message": f"No operation named \"{operation}\"",
                                          "extensions": {"code": "bad_request"}}]}
    return handler(state, variables if isinstance(variables, dict) else {}, token, base_url)


def _operation(body: dict[str, Any], token: Token | None) -> str:
    query_id = body.get("queryId")
    name = str(body.get("operationName") or "")
    if query_id is not None:
        if query_id not in STORED or name not in STORED[query_id]:
            raise GraphQLFailure(400, f"Unknown stored query {query_id!r} / {name!r}", "bad_request")
        return name
    query = body.get("query")
    if token is None:
        raise GraphQLFailure(403, "Without a token, only persisted queries are allowed", "forbidden")
    if not isinstance(query, str) or not _balanced(query):
        raise GraphQLFailure(400, "Parse error on end of document", "graphql_parse_failed")
    names = re.findall(r"\b(?:query|mutation)\s+(\w+)", query)
    if not names:
        raise GraphQLFailure(400, "Parse error: anonymous operations are not supported", "graphql_parse_failed")
    return name if name in names else names[0]


def _balanced(text: str) -> bool:
    depth = 0
    for char in re.sub(r'"(?:\\.|[^"\\])*"|#[^\n]*', "", text):
        depth += {"{": 1, "}": -1, "(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0 and "{" in text


# --- operations -----------------------------------------------------------------------------------

def _descriptor(state: SimulatorState, variables: dict, token: Token | None, base_url: str) -> dict[str, Any]:
    wanted = variables.get("demarche") or {}
    path = ["demarcheDescriptor"]
    demarche = None
    if isinstance(wanted, dict) and "number" in wanted:
        demarche = state.demarches.get(_int(wanted["number"]))
    elif isinstance(wanted, dict) and "id" in wanted:
        demarche = next((d for d in state.demarches.values() if d.descriptor["id"] == wanted["id"]), None)
    if demarche is None:
        return {"data": {"demarcheDescriptor": None}, "errors": [_error("Demarche not found", "not_found", path)]}
    if not demarche.opendata and not (token is not None and token.covers(demarche.number)):
        return {"data": {"demarcheDescriptor": None}, "errors": [_error(
            "An object of type DemarcheDescriptor was hidden due to permissions", "unauthorized", path)]}
    return {"data": {"demarcheDescriptor": descriptor_json(
        demarche, base_url, revision=bool(variables.get("includeRevision", token is not None)),
        service=bool(variables.get("includeService", token is not None)), coded_options=token is not None)}}


def descriptor_json(demarche, base_url: str, *, revision: bool = True, service: bool = True,
                    coded_options: bool = False) -> dict[str, Any]:
    """The descriptor as the stored query returns it (no options of coded champs), or as the desk's own
    query does (those options under the ``codedOptions`` alias)."""
    data = dict(demarche.descriptor)
    data["demarcheURL"] = f"{base_url}/commencer/{demarche.path}"
    if not service:
        data.pop("service", None)
    if not revision:
        data.pop("revision", None)
        return data
    data["revision"] = dict(data["revision"], champDescriptors=[
        _champ_json(c, coded_options) for c in data["revision"]["champDescriptors"]])
    return data


def _champ_json(champ: dict[str, Any], coded_options: bool) -> dict[str, Any]:
    result = dict(champ)
    if champ["__typename"] in CODED:
        options = result.pop("options", None)
        if coded_options:
            result["codedOptions"] = options
    if "champDescriptors" in result:
        result["champDescriptors"] = [_champ_json(c, coded_options) for c in result["champDescriptors"]]
    return result


def _visible(dossier: dict[str, Any]) -> bool:
    return dossier["state"] not in ("prefilled", "brouillon")


def _dossier_json(state: SimulatorState, dossier: dict[str, Any]) -> dict[str, Any]:
    demarche = state.demarches[dossier["demarche"]]
    champs = demarche.champs()
    events = [("depose", dossier["submitted_at"]), ("passe_en_instruction", dossier["instruction_at"]),
              (_processed_event(dossier["state"]), dossier["processed_at"])]
    return {
        "__typename": "Dossier", "id": dossier["id"], "number": dossier["number"], "state": dossier["state"],
        "prefilled": True, "archived": False, "dateDepot": _iso(dossier["submitted_at"]),
        "datePassageEnConstruction": _iso(dossier["submitted_at"]),
        "datePassageEnInstruction": _iso(dossier["instruction_at"]),
        "dateTraitement": _iso(dossier["processed_at"]), "dateDerniereModification": _iso(dossier["updated_at"]),
        "motivation": dossier["motivation"],
        "traitements": [{"event": e, "dateTraitement": _iso(d)} for e, d in events if d is not None],
        "instructeurs": [dict(INSTRUCTEUR)],
        "demarche": {"number": demarche.number, "title": demarche.descriptor["title"],
                     "revision": {"id": demarche.descriptor["revision"]["id"]}},
        "champs": [{"id": f"{cid}|{dossier['number']}", "champDescriptorId": cid, "label": champs[cid]["label"],
                    "stringValue": value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}
                   for cid, value in dossier["values"].items()],
        "messages": list(dossier["messages"]),
    }


def _processed_event(state: str) -> str:
    return {"accepte": "accepte", "refuse": "refuse", "sans_suite": "classe_sans_suite"}.get(state, "")


def _dossier(state: SimulatorState, variables: dict, token: Token | None, _base_url: str) -> dict[str, Any]:
    path = ["dossier"]
    with state.lock:
        dossier = state.dossiers.get(_int(variables.get("dossierNumber")))
        if dossier is None or not _visible(dossier):
            return {"data": None, "errors": [_error("Dossier not found", "not_found", path)]}
        if token is None or not token.covers(dossier["demarche"]):
            return {"data": None, "errors": [_error("An object of type Dossier was hidden due to permissions",
                                                    "unauthorized", path)]}
        return {"data": {"dossier": _dossier_json(state, dossier)}}


def _demarche(state: SimulatorState, variables: dict, token: Token | None, _base_url: str) -> dict[str, Any]:
    path = ["demarche"]
    number = _int(variables.get("demarcheNumber"))
    demarche = state.demarches.get(number)
    if demarche is None:
        return {"data": None, "errors": [_error("Demarche not found", "not_found", path)]}
    if token is None or not token.covers(number):
        return {"data": None, "errors": [_error("An object of type Demarche was hidden due to permissions",
                                                "unauthorized", path)]}
    first = _int(variables.get("first")) or MAX_PAGE
    if first > MAX_PAGE:
        return {"data": None, "errors": [_error(f"first must be at most {MAX_PAGE}", "bad_request", path)]}
    since = _datetime(variables.get("updatedSince"))
    with state.lock:
        rows = sorted((d for d in state.dossiers.values() if d["demarche"] == number and _visible(d)
                       and (since is None or d["updated_at"] >= since)), key=lambda d: (d["updated_at"], d["number"]))
        start = _cursor_index(variables.get("after")) + 1 if variables.get("after") else 0
        page = rows[start:start + first]
        nodes = [_dossier_json(state, d) for d in page]
    end = start + len(page) - 1
    return {"data": {"demarche": {
        "id": demarche.descriptor["id"], "number": number, "title": demarche.descriptor["title"],
        "dossiers": {"pageInfo": {"hasNextPage": start + first < len(rows), "hasPreviousPage": start > 0,
                                  "startCursor": _cursor(start) if page else None,
                                  "endCursor": _cursor(end) if page else None},
                     "nodes": nodes}}}}


def _send_message(state: SimulatorState, variables: dict, token: Token | None, _base_url: str) -> dict[str, Any]:
    data = variables.get("input") or {}

    def payload(message=None, errors=None) -> dict[str, Any]:
        return {"data": {"dossierEnvoyerMessage": {"message": message, "errors": errors}}}

    if token is None:
        return {"data": None, "errors": [_error("An object of type Dossier was hidden due to permissions",
                                                "unauthorized", ["dossierEnvoyerMessage"])]}
    if not token.write:
        return payload(errors=[{"message": "Le jeton utilisé est configuré seulement en lecture"}])
    with state.lock:
        dossier = next((d for d in state.dossiers.values() if d["id"] == data.get("dossierId")), None)
        if dossier is None or not _visible(dossier) or not token.covers(dossier["demarche"]):
            return {"data": None, "errors": [_error("Dossier not found", "not_found", ["dossierEnvoyerMessage"])]}
        if data.get("instructeurId") != INSTRUCTEUR["id"]:
            return payload(errors=[{"message": "L’instructeur n’a pas les droits d’accès à ce dossier"}])
        if not str(data.get("body") or "").strip():
            return payload(errors=[{"message": "Le message ne peut pas être vide"}])
        message = state.add_message(dossier, str(data["body"]))
    return payload(message={"id": message["id"], "createdAt": message["createdAt"]})


_HANDLERS = {"getDemarcheDescriptor": _descriptor, "getDossier": _dossier, "getDemarche": _demarche,
             "dossierEnvoyerMessage": _send_message}


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _datetime(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _cursor(index: int) -> str:
    return base64.b64encode(f"sim:{index}".encode()).decode()


def _cursor_index(cursor: Any) -> int:
    try:
        return int(base64.b64decode(str(cursor)).decode().split(":", 1)[1])
    except (ValueError, IndexError):
        return -1
