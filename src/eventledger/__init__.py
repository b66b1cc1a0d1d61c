"""eventledger: a ledger of armed-conflict incidents, every figure traced to who claimed it."""

__version__ = "0.1.0"
