"""Package data: catalogue and demo data, translations, icons, styles (``clerk_app.resources``)."""
