"""``python -m clerk_app.sync …``: the sync and central-database commands."""

from clerk_app.sync.cli import main

raise SystemExit(main())
