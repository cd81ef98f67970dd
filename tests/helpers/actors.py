"""Actors for tests that need someone the sign-on service would not produce: an actor
claiming a role its account does not hold (a forger), or one at a window it did not sign
on at. Everything else gets its actor from a :class:`~clerk_app.services.auth.Badge`."""

from __future__ import annotations

from clerk_app.services.context import Actor, Role, _mint_actor


def make_actor(
    *,
    staff_id: str | None,
    role: Role,
    name: str = "",
    department_id: str | None = None,
    window_id: str | None = None,
) -> Actor:
    return _mint_actor(
        staff_id=staff_id, role=role, name=name, department_id=department_id, window_id=window_id
    )
