"""The ledger store: SQLite by default, PostgreSQL through a SQLAlchemy URL, schema kept current by Alembic."""

from eventledger.store.ledger import (
    IngestOutcome,
    Ledger,
    LedgerError,
    Publication,
    SourceProfile,
    alembic_config,
    upgrade,
)

__all__ = ["IngestOutcome", "Ledger", "LedgerError", "Publication", "SourceProfile", "alembic_config", "upgrade"]
