"""The catalogue and organisation as an Excel workbook: export → import into an empty
database → export gives the same workbook; a workbook with errors lists every one (sheet,
row, column) and imports nothing; a clerk may not import."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from clerk_app.cli import main
from clerk_app.services import workbook
from clerk_app.services.context import Actor, ServiceContext
from clerk_app.services.errors import PermissionDenied
from clerk_app.services.setup_records import organisation
from clerk_app.store.models import Event, ServiceItem
from tests.helpers.databases import fresh_sqlite
from tests.helpers.factories import SmallCenter
from tests.unit.services.test_audit_replay import demo_db, demo_template  # noqa: F401


def cells(path: Path) -> dict[str, list[tuple[object, ...]]]:
    book = load_workbook(path, read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


def test_the_demo_round_trips_through_an_empty_database(
    demo_db: Path,  # noqa: F811
    sqlite_template: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert main(["--db-url", f"sqlite:///{demo_db}", "setup", "export", str(first)]) == 0
    (tmp_path / "empty").mkdir()
    empty = fresh_sqlite(sqlite_template, tmp_path / "empty")
    url = empty.url
    empty.dispose()
    assert main(["--db-url", url, "setup", "import", str(first)]) == 0
    out = capsys.readouterr().out
    assert "已导入" in out and "QX0101 的临时密码" in out
    assert main(["--db-url", url, "setup", "export", str(second)]) == 0
    a, b = cells(first), cells(second)
    assert list(a) == list(workbook.SHEETS) and a == b
    assert len(a["事项"]) == 79 and len(a["部门"]) == 20


def test_a_workbook_with_errors_lists_them_all_and_imports_nothing(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    rows = workbook.rows_of(organisation(ctx))
    rows["事项"][1][7] = 30  # promised above the statutory 20
    rows["窗口"][0][5] = "Q-NONE"  # an unknown queue
    rows["部门"].append(["MZ", "测试县民政局", "民政", "", "", "", "", "", "也许"])
    rows["事项"].append(["NEW-1", "新事项", "SCJG", "", "承诺件", "行政许可", 20, 5])
    path = tmp_path / "bad.xlsx"
    workbook.write_workbook(rows, path)
    with ctx.db.read_sessions() as s:
        before = s.scalar(select(func.count()).select_from(Event))
    with pytest.raises(workbook.WorkbookRefused) as refused:
        workbook.import_workbook(ctx, center.admin.actor(), path)
    found = {(e.sheet, e.row, e.column) for e in refused.value.report.errors}
    assert ("事项", 3, "承诺时限") in found
    assert ("窗口", 2, "队列编码") in found
    assert ("部门", 4, "在用") in found
    assert "未导入任何数据" in refused.value.message
    with ctx.db.read_sessions() as s:
        assert s.scalar(select(func.count()).select_from(Event)) == before
        assert s.scalar(select(ServiceItem.id).where(ServiceItem.code == "NEW-1")) is None
    preview = workbook.import_workbook(ctx, center.admin.actor(), path, apply=False)
    assert len(preview.errors) == len(refused.value.report.errors) and not preview.applied


def test_a_good_workbook_is_applied_whole(
    ctx: ServiceContext, center: SmallCenter, tmp_path: Path
) -> None:
    rows = workbook.rows_of(organisation(ctx))
    rows["事项"].append(["NEW-1", "新事项", "SCJG", "Q-SCJG", "承诺件", "行政许可", 20, 5])
    rows["材料"].append(["NEW-1", "申请表", 1, 0, "是", "", ""])
    rows["部门"][1][5] = "国家税务总局测试市税务局"
    path = tmp_path / "good.xlsx"
    workbook.write_workbook(rows, path)
    report = workbook.import_workbook(ctx, center.admin.actor(), path)
    assert report.applied and report.errors == [] and report.counts["事项"] == 5
    org = organisation(ctx)
    assert [m.name for i in org.items if i.code == "NEW-1" for m in i.materials] == ["申请表"]
    tax = next(d for d in org.departments if d.code == "SW")
    assert tax.reconsideration_body == "国家税务总局测试市税务局"


def test_a_clerk_may_not_import(ctx: ServiceContext, center: SmallCenter, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    workbook.export_workbook(ctx, path)
    with pytest.raises(PermissionDenied):
        workbook.import_workbook(ctx, center.clerk.actor(), path)


def test_the_shipped_sample_imports_into_an_empty_database(
    sqlite_template: Path, tmp_path: Path
) -> None:
    from importlib import resources

    folder = resources.files("clerk_app.resources") / "setup"
    template = cells(Path(str(folder / "template.xlsx")))
    assert {name: rows[0] for name, rows in template.items()} == workbook.SHEETS
    assert all(len(rows) == 1 for rows in template.values())
    db = fresh_sqlite(sqlite_template, tmp_path)
    try:
        ctx = ServiceContext(db=db, workstation="WS-NEW", password_cost=2**4)
        report = workbook.import_workbook(ctx, Actor.system(), Path(str(folder / "sample.xlsx")))
        assert report.applied and report.counts["事项"] == 4 and len(report.passwords) == 6
        assert organisation(ctx).center is not None
    finally:
        db.dispose()
