"""Devices attached to a counter PC (no Qt, no database)."""
