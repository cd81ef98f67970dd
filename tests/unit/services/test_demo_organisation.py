"""The demo centre as its administrator set it up: every department has a head and a
deputy who sign on with the demo password, the tax office's and the municipal branches'
reconsideration agencies are their own, windows have zones, items their categories."""

from __future__ import annotations

from pathlib import Path

from clerk_app.demo.organisation import _data, category_of, result_document_of
from clerk_app.services import auth
from clerk_app.services.context import Role, ServiceContext
from clerk_app.services.setup_records import organisation
from clerk_app.store.db import open_database
from tests.unit.services.test_audit_replay import demo_db, demo_template  # noqa: F401


def test_every_department_has_its_leaders_and_agency(demo_db: Path) -> None:  # noqa: F811
    db = open_database(f"sqlite:///{demo_db}")
    try:
        ctx = ServiceContext(db=db, workstation="WS-T")
        org = organisation(ctx)
        staff = {p.id: p for p in org.staff}
        for d in org.departments:
            head, deputy = staff[d.head_staff_id or ""], staff[d.deputy_staff_id or ""]
            assert head.role == deputy.role == Role.LEADER and head.department_id == d.id
        tax = next(d for d in org.departments if d.code == "SW")
        assert tax.reconsideration_body == "国家税务总局杭州市税务局"
        branch = next(d for d in org.departments if d.code == "STHJ")
        assert branch.reconsideration_body == "杭州市生态环境局"
        assert all(w.zone for w in org.windows)
        assert {w.kind for w in org.windows if w.code.startswith("V")} == {"green"}
        assert all(i.refusal_reasons for i in org.items)
        first = _data()["departments"][0]["head"]
        assert auth.log_in(ctx, first["staff_no"], "demo1234").role is Role.LEADER
    finally:
        db.dispose()


def test_item_columns_follow_code_and_name() -> None:
    assert category_of("330188-SCJG-XK-0005", "食品经营许可证核发") == "licence"
    assert category_of("330188-FG-QT-0001", "企业投资项目备案") == "filing"
    assert result_document_of("食品经营许可证核发") == "食品经营许可证"
    assert result_document_of("不动产转移登记") == "不动产权证书"
    assert result_document_of("失业保险金申领") == ""
