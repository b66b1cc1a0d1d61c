"""Shared fixtures: the gazetteer is built once per machine (cached in EVENTLEDGER_HOME) and loaded once per run."""

from pathlib import Path

import pytest

from eventledger.geo import Gazetteer

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


@pytest.fixture(scope="session")
def shared() -> Path:
    """The team's shared evaluation folder beside the repository; tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED
