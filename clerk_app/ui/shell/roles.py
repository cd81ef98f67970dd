"""Which tabs each role sees."""

from __future__ import annotations

from enum import StrEnum

from clerk_app.services.context import Role


class Tab(StrEnum):
    FRONT_DESK = "front_desk"
    COUNTER = "counter"
    MY_CASES = "my_cases"
    REFERRALS = "referrals"
    SUPERVISION = "supervision"
    ADMINISTRATION = "administration"


TABS_BY_ROLE: dict[Role, tuple[Tab, ...]] = {
    Role.GUIDE: (Tab.FRONT_DESK, Tab.REFERRALS),
    Role.CLERK: (Tab.COUNTER, Tab.MY_CASES, Tab.FRONT_DESK, Tab.REFERRALS),
    Role.SUPERVISOR: (Tab.COUNTER, Tab.MY_CASES, Tab.FRONT_DESK, Tab.REFERRALS, Tab.SUPERVISION),
    Role.LEADER: (Tab.SUPERVISION,),
    Role.ADMIN: (Tab.ADMINISTRATION, Tab.FRONT_DESK, Tab.SUPERVISION),
    Role.SYSTEM: (),
}


def tabs_for(role: Role) -> tuple[Tab, ...]:
    return TABS_BY_ROLE.get(role, ())


#: Where a role lands after signing on (else its first tab): a supervisor on 效能监督.
LANDING_TAB: dict[Role, Tab] = {
    Role.SUPERVISOR: Tab.SUPERVISION,
    Role.GUIDE: Tab.FRONT_DESK,
    Role.CLERK: Tab.COUNTER,
}


def landing_tab(role: Role) -> Tab | None:
    tab = LANDING_TAB.get(role)
    return tab if tab in tabs_for(role) else None
