"""Clerk Desk (窗口办件台): the desktop client of a county government service center."""

__version__ = "0.1.0"
