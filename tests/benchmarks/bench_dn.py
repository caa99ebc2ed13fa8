"""Démarche Numérique, headless: form mapping, prefill serialisation, and calls to the local simulator.

- ``dn_descriptor_to_procedure_ms``: one demo descriptor (15 to 21 champs) to a catalogue procedure.
- ``dn_serialise_prefill_ms``: the prefill payload of a filled demo form (validation included).
- ``dn_prefill_roundtrip_ms``: one prefill POST to the simulator on 127.0.0.1 and its answer.
- ``dn_track_500_tokens_ms``: tracking 500 prefill tokens (10 batched GETs).
- ``dn_prefill_brake_ratio``: seconds 16 prefills take with the desk's brake (15 per 15.25 s), over the
  platform's 15 s window: the 16th waits for the brake's window, so about 15.25/15 = 1.02.
"""

from __future__ import annotations

import time


def run(ctx) -> dict[str, float]:
    from frontdesk.connectors.demarche_numerique.client import DemarcheNumeriqueClient
    from frontdesk.connectors.demarche_numerique.demo_demarches import demo_descriptors
    from frontdesk.connectors.demarche_numerique.descriptor import procedure_from_descriptor, serialise_prefill
    from frontdesk.connectors.demarche_numerique.simulator import Simulator
    from frontdesk.connectors.demarche_numerique.throttle import (
        PREFILL_LIMIT,
        PREFILL_PERIOD_S,
        SAFETY_MARGIN_S,
        Throttle,
    )

    descriptors = demo_descriptors()
    procedure = procedure_from_descriptor(descriptors[1])
    values = {f.id: "2" for f in procedure.form.fields if f.type.value == "integer"}

    def per_call(action, times: int) -> float:
        start = time.perf_counter()
        for _ in range(times):
            action()
        return (time.perf_counter() - start) * 1000 / times

    figures = {
        "dn_descriptor_to_procedure_ms": ctx.median(lambda: per_call(
            lambda: [procedure_from_descriptor(d) for d in descriptors], 50) / len(descriptors)),
        "dn_serialise_prefill_ms": ctx.median(lambda: per_call(lambda: serialise_prefill(procedure, values), 200)),
    }
    simulator = Simulator(rate_limit=(100_000, 1.0))
    simulator.start()
    try:
        client = DemarcheNumeriqueClient(simulator.base_url, throttle=Throttle(100_000, 1.0))
        figures["dn_prefill_roundtrip_ms"] = ctx.median(lambda: per_call(lambda: client.prefill(90002, {}), 50))
        tokens = [client.prefill(90002, {}).prefill_token for _ in range(500)]
        figures["dn_track_500_tokens_ms"] = ctx.median(lambda: per_call(lambda: client.track(tokens, 90002), 1))
        braked = DemarcheNumeriqueClient(simulator.base_url,
                                         throttle=Throttle(PREFILL_LIMIT, PREFILL_PERIOD_S + SAFETY_MARGIN_S))
        start = time.perf_counter()
        for _ in range(16):
            braked.prefill(90002, {})
        figures["dn_prefill_brake_ratio"] = (time.perf_counter() - start) / PREFILL_PERIOD_S
    finally:
        simulator.stop()
    return figures
