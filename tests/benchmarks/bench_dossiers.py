"""Dossiers, headless, on a SQLite file: what the wizard pays on every keystroke and on submission.

- ``draft_save_ms``: one ``save_draft`` of a 40-answer form (committed, WAL), median of 200 saves;
  the wizard calls it on every change, so it must stay well under a keystroke's interval.
- ``dossier_submit_ms``: ``submit_local`` with one paper handed in (number, status history, visit,
  accusé de réception and attestation de dépôt in one transaction), median of 20 submissions.
- ``draft_save_per_submit_ratio``: how many draft saves cost as much as one submission.
"""

from __future__ import annotations

import json
import subprocess

SCRIPT = r"""
import json, statistics, time
from frontdesk.catalogue import DecisionRule, Procedure, RequiredDocument, ServiceInCharge, Source
from frontdesk.forms import Field, FieldType, FormSchema
from frontdesk.services import accounts, dossiers
from frontdesk.services.desk import ensure_desk
from frontdesk.settings import load_settings
from frontdesk.store.database import Database

settings = load_settings()
settings.data_dir.mkdir(parents=True, exist_ok=True)
db, _ = Database.open(settings.database_url)
desk = ensure_desk(db, "Accueil", "BEN", "Admiville")
actor = accounts.create_first_supervisor(db, desk.id, "bench", "Bench Agent", "responsable des guichets").actor(desk.id)
fields = tuple(Field(id=f"q{i}", type=FieldType.TEXT, label=f"Question {i}", required=True) for i in range(40))
procedure = Procedure(
    id="bench", source=Source.LOCAL, title="Demande", category="loisirs", description="", keywords=(),
    service=ServiceInCharge("Service", ("1 place",), "95000", "Admiville", "s@admiville.fr", "01 30 00 00 00"),
    decision=DecisionRule(delay_months=2, silence="acceptance"), form=FormSchema(fields),
    documents=(RequiredDocument("piece", "Justificatif"),))
values = {f.id: "réponse assez longue " * 3 for f in fields}
draft = dossiers.start_draft(db, actor, procedure, None)
saves = []
for n in range(210):
    values["q0"] = str(n)
    start = time.perf_counter()
    dossiers.save_draft(db, actor, draft.id, values)
    saves.append(time.perf_counter() - start)
submits = []
for n in range(22):
    d = dossiers.start_draft(db, actor, procedure, None, values)
    dossiers.record_consent(db, actor, d.id, by="person_present", how="oral")
    dossiers.set_pieces(db, actor, d.id, [dossiers.PieceInput("piece", "Justificatif", supplied=True)])
    start = time.perf_counter()
    dossiers.submit_local(db, actor, d.id, procedure, commune="Admiville", desk_name="Accueil")
    submits.append(time.perf_counter() - start)
print(json.dumps({"save": statistics.median(saves[10:]), "submit": statistics.median(submits[2:])}))
"""


def run(ctx) -> dict[str, float]:
    env = ctx.env(ctx.workdir / "dossiers-data")
    done = subprocess.run([ctx.python, "-c", SCRIPT], env=env, capture_output=True, text=True,
                          timeout=ctx.timeout_s, check=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return {
        "draft_save_ms": figures["save"] * 1000,
        "dossier_submit_ms": figures["submit"] * 1000,
        "draft_save_per_submit_ratio": figures["submit"] / figures["save"],
    }
