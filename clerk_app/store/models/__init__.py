"""SQLAlchemy models; importing this package registers every table on ``Base.metadata``."""

from clerk_app.store.models.base import Base, UtcDateTime
from clerk_app.store.models.cases import (
    ArchivedDocument,
    Case,
    CaseMaterial,
    CaseStep,
    DueDateChange,
    ExtensionRequest,
    Suspension,
)
from clerk_app.store.models.front import FirstContact, Referral, Ticket
from clerk_app.store.models.journal import ChainHead, Counter, Event, Setting
from clerk_app.store.models.org import (
    Center,
    Department,
    ItemMaterial,
    ItemStep,
    Queue,
    ServiceItem,
    Staff,
    Window,
    WindowQueue,
)
from clerk_app.store.models.oversight import (
    AccountabilityRecord,
    CalendarEntry,
    Complaint,
    FollowUp,
    Review,
)
from clerk_app.store.models.sync import (
    CentralCursor,
    CentralWorkstation,
    QueueNumber,
    SyncConflict,
    SyncState,
    TicketClaim,
    WorkstationWindow,
)

__all__ = [
    "AccountabilityRecord",
    "ArchivedDocument",
    "Base",
    "CalendarEntry",
    "Case",
    "CaseMaterial",
    "CaseStep",
    "Center",
    "CentralCursor",
    "CentralWorkstation",
    "ChainHead",
    "Complaint",
    "Counter",
    "Department",
    "DueDateChange",
    "Event",
    "ExtensionRequest",
    "FirstContact",
    "FollowUp",
    "ItemMaterial",
    "ItemStep",
    "Queue",
    "QueueNumber",
    "Referral",
    "Review",
    "ServiceItem",
    "Setting",
    "Staff",
    "Suspension",
    "SyncConflict",
    "SyncState",
    "Ticket",
    "TicketClaim",
    "UtcDateTime",
    "Window",
    "WindowQueue",
    "WorkstationWindow",
]
