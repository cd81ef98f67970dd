"""Pure rules: calendar, deadlines, state machines, validation, metrics. No Qt, no database."""
