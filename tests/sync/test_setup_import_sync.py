"""An administrator imports the organisation and catalogue from a workbook on one
workstation; after a push and a pull through the central PostgreSQL, another workstation
has the new department, window, item with its materials, and staff member — and that
member can sign on there with the temporary password the import gave."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from clerk_app.services import auth, workbook
from clerk_app.services.setup_records import Organisation, organisation
from clerk_app.store.db import Database
from clerk_app.store.models.sync import SyncConflict
from clerk_app.sync.verify import event_ids, verify_journal
from tests.helpers.factories import build_small_center
from tests.sync.stations import StationFactory


def test_an_imported_workbook_reaches_the_other_workstation(
    stations: StationFactory, central: Database, tmp_path: Path
) -> None:
    a, b = stations("WS-A"), stations("WS-B")
    center = build_small_center(a.ctx)
    a.sync.run_once()
    b.sync.run_once()

    rows = workbook.rows_of(organisation(a.ctx))
    rows["部门"].append(
        ["MZ", "测试县民政局", "民政", "", "", "测试县人民政府", "测试县人民法院", "", "是"]
    )
    rows["队列"].append(["Q-MZ", "民政", "C", "MZ", 8, "是"])
    rows["窗口"].append(["C01", "民政1号窗口", "普通窗口", "MZ", "", "Q-MZ", "", "是"])
    rows["工作人员"].append(["MZ001", "民政窗口人员", "", "MZ", "C01", "科员", "是"])
    rows["事项"].append(["MZ-01", "内地居民婚姻登记", "MZ", "Q-MZ", "即办件", "行政确认", 1, 0])
    rows["材料"].append(["MZ-01", "居民身份证", 1, 0, "是", "", ""])
    rows["部门"][1][5] = "国家税务总局测试市税务局"  # an existing department changed
    path = tmp_path / "setup.xlsx"
    workbook.write_workbook(rows, path)
    report = workbook.import_workbook(a.ctx, center.admin.actor(), path)
    assert report.applied and "MZ001" in report.passwords

    a.sync.run_once()  # push
    b.sync.run_once()  # pull

    there = organisation(b.ctx)
    mz = next(d for d in there.departments if d.code == "MZ")
    assert (mz.name, mz.reconsideration_body) == ("测试县民政局", "测试县人民政府")
    tax = next(d for d in there.departments if d.code == "SW")
    assert tax.reconsideration_body == "国家税务总局测试市税务局"
    window = next(w for w in there.windows if w.code == "C01")
    assert window.department_id == mz.id
    item = next(i for i in there.items if i.code == "MZ-01")
    assert item.department_id == mz.id and [m.name for m in item.materials] == ["居民身份证"]
    person = next(p for p in there.staff if p.staff_no == "MZ001")
    assert person.department_id == mz.id and person.window_ids == (window.id,)
    here = organisation(a.ctx)
    assert codes(there) == codes(here)

    assert event_ids(a.db) == event_ids(b.db) == event_ids(central)
    for db in (a.db, b.db, central):
        assert verify_journal(db) == []
        with db.read_sessions() as s:
            assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0

    badge = auth.log_in(b.ctx, "MZ001", report.passwords["MZ001"])
    assert badge.actor().staff_id == person.id


def codes(org: Organisation) -> tuple[list[str], ...]:
    """Every record of the organisation by its code (the same on every workstation)."""
    return (
        sorted(d.code for d in org.departments),
        sorted(q.code for q in org.queues),
        sorted(w.code for w in org.windows),
        sorted(p.staff_no for p in org.staff),
        sorted(i.code for i in org.items),
        sorted(f"{i.code}/{m.name}" for i in org.items for m in i.materials),
    )
