"""The `simvoly` program: its commands, `python -m simvoly`, errors as one line."""

from __future__ import annotations

import importlib
import importlib.metadata
import io
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from simvoly import _cli
from simvoly._cli import _common, _export
from simvoly._cli._common import parse_date, redact
from simvoly.testing import _cli as sandbox_cli

from .conftest import KEY, TIMEOUT, Result, run

COMMANDS = ("export", "import", "webhooks", "probe", "sandbox")


def test_help_lists_every_command() -> None:
    # The console script pip installed next to this interpreter (the same program).
    script = Path(sys.executable).with_name("simvoly")
    done = subprocess.run(  # noqa: S603 - the installed script, fixed arguments
        [str(script), "--help"], capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    result = Result(done.returncode, done.stdout, done.stderr)
    assert result.code == 0, result.err
    for command in COMMANDS:
        assert f"\n    {command} " in result.out
    assert "send-test: POST a signed sample delivery" in result.out
    assert "serve | demo: a local sandbox" in result.out
    assert "Exit codes: 0 done; 1 done, but not all is well" in result.out


@pytest.mark.parametrize(
    ("command", "shown"),
    [
        (["export"], "{bookings,contacts,form-submissions,members,orders,products}"),
        (["import"], "{contacts,products}"),
        (["webhooks", "send-test"], "booking_created,contact_updated,form_submitted"),
        (["probe"], "--json"),
        (["sandbox", "serve"], "--drift"),
    ],
)
def test_each_command_has_its_help(
    command: list[str], shown: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        _cli.main([*command, "--help"])
    assert exited.value.code == 0
    assert shown in capsys.readouterr().out


def test_the_console_script_is_this_program() -> None:
    (script,) = importlib.metadata.entry_points(group="console_scripts", name="simvoly")
    assert script.load() is _cli.main


def test_python_m_simvoly(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["simvoly", "--version"])
    monkeypatch.delitem(sys.modules, "simvoly.__main__", raising=False)
    with pytest.raises(SystemExit) as exited:
        importlib.import_module("simvoly.__main__")
    assert exited.value.code == 0
    assert capsys.readouterr().out.startswith("simvoly ")


def test_no_command_is_a_usage_error() -> None:
    result = run()
    assert result.code == 2
    assert "the following arguments are required: COMMAND" in result.err


def test_no_key_is_one_line_without_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIMVOLY_API_KEY")
    result = run("probe", "--site-url", "https://mysite.simvoly.com")
    assert result == Result(
        2,
        "",
        "simvoly: error: No API key: pass AsyncSimvoly(api_key=...) or set SIMVOLY_API_KEY "
        "(Website Settings > Applications > API Key).\n",
    )


def test_an_unreachable_site_is_one_line(cli: Any) -> None:
    result = cli("probe", "--base-url", "http://127.0.0.1:9/api/site")
    assert result.code == 2
    assert result.err.startswith("simvoly: error: ")
    assert result.err.count("\n") == 1
    assert KEY not in result.err


def test_an_unexpected_error_is_one_line_naming_a_bug(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(args: Any) -> int:
        raise TypeError(f"something with {args.api_key}")

    monkeypatch.setattr(_export, "run", broken)
    result = cli("export", "orders", "--format", "csv", "--api-key", "key-on-the-command-line")
    assert result == Result(
        2, "", "simvoly: error: unexpected TypeError (a bug: please report it): something "
        "with <redacted>\n"
    )  # fmt: skip


def test_ctrl_c_is_one_line_and_exit_130(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(args: Any) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(sandbox_cli, "run", interrupted)
    assert cli("sandbox", "serve", "--port", "0") == Result(
        130, "", "simvoly: error: interrupted\n"
    )


def test_a_file_that_cannot_be_written_is_one_line(cli: Any, tmp_path: Path) -> None:
    result = cli("import", "contacts", str(tmp_path / "missing.csv"), "--dry-run")
    assert result.code == 2
    assert result.err.startswith("simvoly: error: [Errno 2] No such file or directory")


def test_a_closed_pipe_ends_the_output_quietly(base_url: str) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # `simvoly export ... | head -1`: the reader has gone
    process = subprocess.Popen(  # noqa: S603 - this interpreter, fixed arguments
        [sys.executable, "-m", "simvoly", "export", "contacts", "--format", "jsonl",
         "--base-url", base_url],
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    os.close(writer)
    _, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == 1
    assert err == ""  # no traceback, no "Exception ignored" at exit


def test_dates() -> None:
    assert parse_date("2025-01-31") == 1738281600
    assert parse_date("2025-01-31", end_of_day=True) == 1738281600 + 86399
    assert parse_date(" 1738281600 ") == 1738281600
    assert parse_date("2025-01-31T02:00:00+02:00") == 1738281600
    assert parse_date("2025-01-31T00:00:00Z", end_of_day=True) == 1738281600  # a time: as is
    with pytest.raises(_common.CommandError, match="not a date: '31/01/2025'"):
        parse_date("31/01/2025")


def test_redaction_of_keys_and_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIMVOLY_WEBHOOK_SECRET", "webhook-secret")
    assert redact(f"{KEY} and webhook-secret and ab", None) == "<redacted> and <redacted> and ab"
    monkeypatch.setenv("SIMVOLY_API_KEY", "ab")  # too short to replace safely
    assert redact("ab", None) == "ab"


def test_sandbox_serve_with_drift(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    served: list[Any] = []

    async def no_serve(sandbox: Any, host: str, port: int) -> None:
        served.append(sandbox)

    monkeypatch.setattr(sandbox_cli, "_serve", no_serve)
    assert _cli.main(["sandbox", "serve", "--drift", "--seed", "3", "--port", "0"]) == 0
    (sandbox,) = served
    assert sandbox.app.drift is not None
    assert len(sandbox.store.contacts) == 300


def test_the_sandbox_command_line_serves_a_drifting_sandbox(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    said: list[str] = []

    def say_then_interrupt(text: str) -> None:
        said.append(text)
        signal.raise_signal(signal.SIGINT)

    monkeypatch.setattr(sandbox_cli, "_say", say_then_interrupt)
    assert sandbox_cli.main(["serve", "--port", "0", "--drift"]) == 0
    assert "answers drift from the spec" in said[0]


def test_a_closed_pipe_in_process(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            return descriptor

    source = tmp_path / "c.csv"
    source.write_text("email\na@example.com\n")
    descriptor = os.open(tmp_path / "stdout", os.O_WRONLY | os.O_CREAT)
    try:
        with monkeypatch.context() as patch:
            patch.setattr(sys, "stdout", Closed())
            code = _cli.main(["import", "contacts", str(source), "--dry-run"])
    finally:
        os.close(descriptor)
    assert code == 1
    assert capsys.readouterr().err == ""  # quietly: the reader has all it wants


def test_a_port_in_use_is_one_line(cli: Any) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = cli("sandbox", "serve", "--port", str(port))
    assert result.code == 2
    assert result.err.startswith("simvoly: error: [Errno 98]")
    assert result.err.count("\n") == 1
