"""The HTTP API (FastAPI) over a ledger: `create_app(db)`; `eventledger serve` runs it with uvicorn."""
