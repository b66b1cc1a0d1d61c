"""The project checked against itself: language files load, every command has an example, the README lists them."""

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from eventledger.cli import app
from eventledger.lang import SUPPORTED, load

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _commands() -> list[str]:
    import typer.main

    group = typer.main.get_command(app)
    names = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        if hasattr(command, "commands"):
            names += [f"{name} {sub}" for sub in command.commands]
        else:
            names.append(name)
    return sorted(names)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_language_file_loads(lang):
    data = load(lang)
    assert data, f"no language files for {lang}"


@pytest.mark.parametrize("command", _commands())
def test_every_command_has_an_example_in_its_help(command):
    result = runner.invoke(app, [*command.split(), "--help"])
    assert result.exit_code == 0
    assert "Example: eventledger " + command.split()[0] in result.output


@pytest.mark.parametrize("command", _commands())
def test_the_readme_lists_every_command(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"`eventledger {command}\b", readme), f"README does not show `eventledger {command}`"
