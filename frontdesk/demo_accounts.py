"""The demo commune's fictitious agents, light enough to import on the sign-in screen."""

from __future__ import annotations

from dataclasses import dataclass

from frontdesk.domain.roles import Role


@dataclass(frozen=True)
class DemoAgent:
    login: str
    display_name: str
    role: Role
    password: str


# Shown on the sign-in screen in demo mode only; never valid outside the demo data directory.
DEMO_AGENTS = (
    DemoAgent("cmartin", "Claire Martin", Role.SUPERVISOR, "responsable des guichets"),
    DemoAgent("ndiallo", "Nadia Diallo", Role.AGENT, "accueil du matin"),
    DemoAgent("lmoreau", "Louis Moreau", Role.MEDIATOR, "atelier numerique"),
)
