"""`python -m simvoly.testing serve|demo`, and examples/quickstart.py run by `demo`."""

from __future__ import annotations

import asyncio
import importlib
import signal
import sys
from pathlib import Path

import httpx
import pytest

from simvoly.testing import _cli

from .conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
QUICKSTART = ROOT / "examples" / "quickstart.py"


async def test_serve_as_a_subprocess() -> None:
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "simvoly.testing",
        "serve",
        "--port",
        str(port),
        "--seed",
        "3",
        "--api-key",
        "cli-key",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        # The first line is printed once the server accepts connections.
        ready = await asyncio.wait_for(process.stdout.readline(), timeout=20)
        assert ready.decode().strip() == f"Simvoly sandbox serving http://127.0.0.1:{port}/api/site"
        rest = (await asyncio.wait_for(process.stdout.read(400), timeout=5)).decode()
        assert "SIMVOLY_API_KEY=<the --api-key you gave>" in rest
        assert "cli-key" not in rest
        headers = {"Authorization": "Bearer cli-key", "User-Agent": "CliTests/1.0"}
        async with httpx.AsyncClient(headers=headers) as http:
            response = await http.get(f"http://127.0.0.1:{port}/api/site/contacts?limit=1")
        assert response.json()["totalCount"] == 300
    finally:
        process.terminate()
        code = await asyncio.wait_for(process.wait(), timeout=10)
    assert code in (0, -signal.SIGTERM)  # stopped gracefully, then by the signal itself


def test_serve_in_process_stops_on_ctrl_c(monkeypatch: pytest.MonkeyPatch) -> None:
    said: list[str] = []

    def say_then_interrupt(text: str) -> None:
        said.append(text)
        signal.raise_signal(signal.SIGINT)  # what Ctrl-C sends; uvicorn handles it

    monkeypatch.setattr(_cli, "_say", say_then_interrupt)
    assert _cli.main(["serve", "--port", "0"]) == 0
    assert "SIMVOLY_API_KEY=sandbox-key" in said[0]
    assert "0 contacts, 0 products, 0 orders" in said[0]


def test_demo_runs_the_quickstart(capfd: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["demo", str(QUICKSTART)]) == 0
    out = capfd.readouterr().out
    assert "[demo] sandbox on http://127.0.0.1:" in out
    assert "Contact #1301: Ada Lovelace <ada@example.com>, tags: ['quickstart']" in out
    assert "Walking 301 contacts:" in out
    assert "] 301/301" in out
    assert "-> shipped" in out
    assert "nobody@example.com: contact not found (HTTP 404)" in out
    assert "Webhook rh_24488493954 -> https://example.com/webhooks/simvoly" in out
    assert "Done." in out


def test_demo_passes_the_url_and_key_and_the_exit_code(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    script = tmp_path / "show.py"
    script.write_text(
        "import os, sys\n"
        "print(os.environ['SIMVOLY_SITE_URL'], os.environ['SIMVOLY_API_KEY'])\n"
        "sys.exit(3)\n"
    )
    port = free_port()
    assert _cli.main(["demo", str(script), "--port", str(port), "--api-key", "k"]) == 3
    assert f"http://127.0.0.1:{port} k" in capfd.readouterr().out


def test_demo_without_the_script(capfd: pytest.CaptureFixture[str]) -> None:
    assert _cli.main(["demo", "no/such/script.py"]) == 2
    assert "error: no such script: no/such/script.py" in capfd.readouterr().err


def test_without_uvicorn(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)
    assert _cli.main(["serve"]) == 2
    assert "pip install 'simvoly[testing]'" in capfd.readouterr().err


def test_python_m_simvoly_testing(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["python -m simvoly.testing", "--help"])
    monkeypatch.delitem(sys.modules, "simvoly.testing.__main__", raising=False)
    # What `python -m` runs (runpy cannot load through pytest's assertion rewriter).
    with pytest.raises(SystemExit) as exited:
        importlib.import_module("simvoly.testing.__main__")
    assert exited.value.code == 0
    assert "{serve,demo}" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("host", "warned"),
    [("localhost", False), ("127.0.0.2", False), ("::1", False), ("sandbox.example", True)],
)
def test_serve_warns_of_the_public_key_off_loopback_only(
    host: str, warned: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    async def no_serve(*_: object) -> None:
        return None

    monkeypatch.setattr(_cli, "_serve", no_serve)
    assert _cli.main(["serve", "--host", host, "--port", "0"]) == 0
    assert ("reachable from other machines" in capsys.readouterr().err) is warned
