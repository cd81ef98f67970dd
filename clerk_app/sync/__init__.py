"""Replication with the central database: a plain-Python engine with progress callbacks."""
