"""The ports of ``clerk_app.ui.ports`` as thin adapters over the services (any thread)."""

from __future__ import annotations

import importlib
import importlib.util

from clerk_app.services import auth, catalogue, counter_calls
from clerk_app.services.catalogue import CenterInfo, DepartmentChoice, WindowChoice
from clerk_app.services.context import Actor, Role, ServiceContext

DEMO_MODULE = "clerk_app.demo.center"


class ServiceDirectory:
    """Read-only organisation look-ups (``Directory``), answered by the services."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def center(self) -> CenterInfo | None:
        return catalogue.get_center(self.ctx)

    def windows(self) -> list[WindowChoice]:
        return catalogue.list_windows(self.ctx)

    def departments(self) -> list[DepartmentChoice]:
        return catalogue.list_departments(self.ctx)

    def window_pause(self, window_id: str) -> str | None:
        return counter_calls.window_pause(self.ctx, window_id)


class ServiceSetup:
    """First run (``Setup``): an empty center and its administrator, or the demo center."""

    def __init__(self, ctx: ServiceContext, *, demo_days: int = 21) -> None:
        self.ctx = ctx
        self.demo_days = demo_days

    def create_center(
        self, *, code: str, name: str, admin_no: str, admin_name: str, admin_password: str
    ) -> None:
        system = Actor.system()
        catalogue.create_center(self.ctx, system, code=code, name=name)
        auth.add_staff(
            self.ctx,
            system,
            staff_no=admin_no,
            name=admin_name,
            role=Role.ADMIN,
            password=admin_password,
        )

    def demo_available(self) -> bool:
        return importlib.util.find_spec(DEMO_MODULE) is not None

    def load_demo(self) -> None:
        importlib.import_module(DEMO_MODULE).fill_demo(self.ctx, days=self.demo_days)
