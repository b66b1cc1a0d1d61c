"""docs/CLI.md is the commands' own --help: regenerate it with scripts/gen_cli_docs.py when a command changes."""

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "gen_cli_docs.py"


def test_cli_reference_is_current():
    spec = importlib.util.spec_from_file_location("gen_cli_docs", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.OUT.read_text(encoding="utf-8") == module.render(), "run: python scripts/gen_cli_docs.py"


def test_every_command_in_the_readme_exists():
    readme = (SCRIPT.parents[1] / "README.md").read_text(encoding="utf-8")
    reference = (SCRIPT.parents[1] / "docs" / "CLI.md").read_text(encoding="utf-8")
    for command in ("extract", "ingest", "events", "claims", "show", "export", "watch", "merge", "split", "geoparse"):
        assert f"eventledger {command}" in readme and f"## eventledger {command}" in reference
