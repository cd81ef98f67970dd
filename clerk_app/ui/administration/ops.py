"""The administration tab's user actions, one function each: read the whole organisation,
save a record (centre, department, queue, window, staff member, item), reset a password,
unlock an account; export, the template, preview and apply an import of the Excel
workbook. Each returns an operation; the panel or dialog adds what follows."""

from __future__ import annotations

from pathlib import Path

from clerk_app.services import item_admin, organisation, staff_admin, workbook
from clerk_app.services.setup_records import (
    CenterRecord,
    DepartmentRecord,
    ItemRecord,
    Organisation,
    QueueRecord,
    StaffRecord,
    WindowRecord,
)
from clerk_app.services.setup_records import organisation as read_organisation
from clerk_app.services.workbook import ImportReport
from clerk_app.ui.session import SignedOn
from clerk_app.ui.tasks import QueryOp, WriteOp


def load(session: SignedOn) -> QueryOp[Organisation]:
    ctx = session.ctx
    return QueryOp(session.tasks, lambda: read_organisation(ctx))


def save_center(session: SignedOn, record: CenterRecord) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: organisation.save_center(ctx, actor, record))


def save_department(session: SignedOn, record: DepartmentRecord) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: organisation.save_department(ctx, actor, record))


def save_queue(session: SignedOn, record: QueueRecord) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: organisation.save_queue(ctx, actor, record))


def save_window(session: SignedOn, record: WindowRecord) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: organisation.save_window(ctx, actor, record))


def save_staff(session: SignedOn, record: StaffRecord) -> WriteOp[tuple[str, str | None]]:
    """The id, and for a new account its temporary password (to hand over in person)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: staff_admin.save_staff(ctx, actor, record))


def reset_password(session: SignedOn, staff_id: str) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: staff_admin.reset_password(ctx, actor, staff_id))


def unlock(session: SignedOn, staff_id: str) -> WriteOp[None]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: staff_admin.unlock(ctx, actor, staff_id))


def save_item(session: SignedOn, record: ItemRecord) -> WriteOp[str]:
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: item_admin.save_item(ctx, actor, record))


# --- the workbook (导出 / 模板 / 导入) ---------------------------------------------------------


def export_workbook(session: SignedOn, path: Path) -> QueryOp[Path]:
    """The organisation and catalogue into ``path`` (a read and a file: the I/O pool)."""
    ctx = session.ctx

    def work() -> Path:
        workbook.export_workbook(ctx, path)
        return path

    return QueryOp(session.tasks, work)


def save_template(session: SignedOn, path: Path) -> QueryOp[Path]:
    """A copy of the shipped empty template (resources/setup/template.xlsx) at ``path``."""

    def work() -> Path:
        from importlib import resources

        source = resources.files("clerk_app.resources") / "setup" / "template.xlsx"
        path.write_bytes(source.read_bytes())
        return path

    return QueryOp(session.tasks, work)


def preview_import(session: SignedOn, path: Path) -> WriteOp[ImportReport]:
    """Every row of ``path`` checked and rolled back: the errors, or what would be applied.
    It runs the import's unit of work (then rolls it back), so it goes to the writer."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: workbook.import_workbook(ctx, actor, path, apply=False))


def apply_import(session: SignedOn, path: Path) -> WriteOp[ImportReport]:
    """全部导入: all of ``path`` or nothing (:class:`WorkbookRefused` listing the errors)."""
    ctx, actor = session.ctx, session.actor
    return WriteOp(session.tasks, lambda: workbook.import_workbook(ctx, actor, path))
