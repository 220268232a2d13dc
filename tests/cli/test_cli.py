"""omnidesk-cli end to end against the real simulator over real HTTP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PIL import Image

from omnidesk.cli import main
from omnidesk.media import probe
from omnidesk.simulator import RunningSimulator, SimulatorConfig, start_simulator

FAST = {"OMNIDESK_SIM_TASK_SECONDS": "0.3", "OMNIDESK_SIM_RENDER_FPS": "2"}


@pytest.fixture(autouse=True)
def fast_simulator(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in FAST.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
def sim() -> Iterator[RunningSimulator]:
    """A standalone simulator whose request log the test can read."""
    with start_simulator(SimulatorConfig(task_seconds=0.3, render_fps=2, seed=3)) as running:
        yield running


def sim_log(sim: RunningSimulator) -> list[dict[str, Any]]:
    return requests.get(f"{sim.url}/_simulator/log", timeout=10).json()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    code, out, _err = run(capsys, *argv, "--json")
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1, f"expected exactly one JSON line, got {out!r}"
    return code, json.loads(lines[0])


def make_image(path: Path, colour: tuple[int, int, int]) -> Path:
    Image.new("RGB", (320, 180), colour).save(path)
    return path


def test_generate_text_to_video_downloads_a_verified_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, result = run_json(
        capsys, "generate", "--simulate", "--prompt", "a red fox in snow", "--resolution", "720p",
        "--aspect", "16:9", "--duration", "4", "--out", str(tmp_path / "out"),
    )  # fmt: skip
    assert code == 0
    assert result["status"] == "completed" and result["progress"] == 100
    assert result["error"] is None
    assert result["cost"] == pytest.approx(0.15) and result["credits_cost"] is not None
    assert len(result["videos"]) == 1 and result["videos"][0]["expires_at"]
    [file] = result["files"]
    assert Path(file).is_absolute() and Path(file).parent == (tmp_path / "out").resolve()
    assert "a-red-fox-in-snow" in Path(file).name
    info = probe(Path(file))
    assert (info.width, info.height) == (1280, 720)
    assert info.duration == pytest.approx(4, abs=0.3)
    assert info.has_audio


def test_generate_by_default_saves_into_the_library(
    capsys: pytest.CaptureFixture[str], omnidesk_home: Path
) -> None:
    code, result = run_json(capsys, "generate", "--prompt", "waves at dusk", "--duration", "4")
    assert code == 0
    [file] = result["files"]
    assert Path(file).is_relative_to(omnidesk_home / "library")


def test_the_library_folder_chosen_in_settings_is_used(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from omnidesk import settings

    settings.save(settings.Settings(library_dir=str(tmp_path / "Chosen")))
    code, result = run_json(capsys, "generate", "--prompt", "a lantern in fog", "--duration", "4")
    assert code == 0
    [file] = result["files"]
    assert Path(file).parent == (tmp_path / "Chosen").resolve()
    code, listing = run_json(capsys, "library")
    assert code == 0 and file in json.dumps(listing)


def test_no_key_means_simulator_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "balance")
    assert code == 0
    assert "built-in simulator" in err and "no API key" in err
    assert out.startswith("Remaining")


@pytest.mark.parametrize(
    ("args", "size"),
    [
        (["--mode", "frame"], (720, 1280)),
        (["--mode", "reference"], (720, 1280)),
    ],
)
def test_image_modes_upload_local_files(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], size: tuple[int, int]
) -> None:
    image = make_image(tmp_path / "red.png", (220, 30, 30))
    code, result = run_json(
        capsys, "generate", "--prompt", "the fox turns around", *args, "--image", str(image),
        "--aspect", "9:16", "--duration", "4", "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 0, result
    info = probe(Path(result["files"][0]))
    assert (info.width, info.height) == size


def test_reference_video_mode_sends_no_duration(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # The simulator refuses duration together with video_urls: completing proves none was sent.
    code, result = run_json(
        capsys, "generate", "--prompt", "copy this dance", "--video", "https://example.com/dance.mp4",
        "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 0, result
    info = probe(Path(result["files"][0]))
    assert info.duration == pytest.approx(6, abs=0.3)


INVALID = [
    (["--duration", "5"], "duration"),
    (["--duration", "7"], "duration"),
    (["--resolution", "8k"], "resolution"),
    (["--aspect", "4:3"], "aspect_ratio"),
    (["--mode", "frame"], "image_urls"),
    (
        ["--mode", "frame", "--image", "https://a.example/1.png", "--image", "https://a.example/2.png"],
        "image_urls",
    ),
    (
        ["--mode", "reference", "--image", "https://a.example/1.png", "--image", "https://a.example/2.png"],
        "image_urls",
    ),
    (["--mode", "reference"], "image_urls"),
    (["--mode", "text", "--image", "https://a.example/1.png"], "image_urls"),
    (["--image", "https://a.example/1.png", "--image", "https://a.example/2.png"], "image_urls"),
    (["--mode", "video"], "video_urls"),
    (["--video", "https://v.example/a.mp4", "--duration", "6"], "duration"),
    (["--video", "ftp://v.example/a.mp4"], "video_urls"),
    (["--mode", "text", "--video", "https://v.example/a.mp4"], "video_urls"),
    (["--image", "/no/such/file.png"], "image_urls"),
    (["--video", "https://v.example/a.mp4", "--generation-type", "frame"], "generation_type"),
]


@pytest.mark.parametrize(("extra", "field"), INVALID)
def test_invalid_combinations_exit_2_name_the_field_and_send_nothing(
    capsys: pytest.CaptureFixture[str], sim: RunningSimulator, extra: list[str], field: str
) -> None:
    code, result = run_json(
        capsys, "generate", "--base-url", sim.url, "--api-key", "sk-cli-test", "--prompt", "a fox", *extra
    )
    assert code == 2
    assert result["error"]["field"] == field
    assert field in result["error"]["message"]
    assert sim_log(sim) == []


def test_empty_prompt_and_unreadable_image_are_refused_before_sending(
    capsys: pytest.CaptureFixture[str], sim: RunningSimulator, tmp_path: Path
) -> None:
    code, result = run_json(capsys, "generate", "--base-url", sim.url, "--api-key", "k", "--prompt", "   ")
    assert (code, result["error"]["field"]) == (2, "prompt")
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("this is text, whatever the name says")
    code, _out, err = run(
        capsys,
        "generate",
        "--base-url",
        sim.url,
        "--api-key",
        "k",
        "--prompt",
        "a fox",
        "--image",
        str(not_an_image),
    )
    assert code == 2 and "notes.png" in err
    assert sim_log(sim) == []


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["generate"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["generate", "--prompt", "x", "--duration", "six", "--json"])
    assert exc.value.code == 2
    out = capsys.readouterr().out
    assert json.loads(out)["error"]["type"] == "usage_error"


def test_no_wait_then_status_wait_and_download_in_separate_runs(
    capsys: pytest.CaptureFixture[str], omnidesk_home: Path
) -> None:
    # Each command is its own run; the demo simulator keeps its tasks between them.
    code, out, _ = run(capsys, "generate", "--prompt", "rain on a window", "--duration", "4", "--no-wait")
    task_id = out.strip()
    assert code == 0 and task_id.startswith("task_")
    code, status = run_json(capsys, "status", task_id, "--simulate")
    assert code == 0 and status["task_id"] == task_id
    assert status["status"] in ("pending", "processing", "completed")
    code, waited = run_json(capsys, "--simulate", "wait", task_id)
    assert code == 0 and waited["status"] == "completed" and "files" not in waited
    code, downloaded = run_json(capsys, "download", task_id)
    assert code == 0
    assert probe(Path(downloaded["files"][0])).height == 720
    code, listed = run_json(capsys, "tasks")
    assert [t["task_id"] for t in listed["tasks"]] == [task_id]
    code, library = run_json(capsys, "library")
    assert [v["task_id"] for v in library["videos"]] == [task_id]
    log = (omnidesk_home / "data" / "simulator" / "requests.jsonl").read_text().splitlines()
    posts = [entry for entry in map(json.loads, log) if entry["method"] == "POST"]
    assert len(posts) == 1


def test_a_task_made_elsewhere_can_be_waited_for_and_downloaded(
    capsys: pytest.CaptureFixture[str], sim: RunningSimulator, tmp_path: Path
) -> None:
    common = ["--base-url", sim.url, "--api-key", "sk-cli-test"]
    body = {"model": "Omni-Flash-Ext", "prompt": "made by a script", "duration": 4}
    reply = requests.post(
        f"{sim.url}/v1/videos/generations", json=body, headers={"Authorization": "Bearer k"}, timeout=10
    )
    task_id = reply.json()["data"][0]["task_id"]
    headers = {"Authorization": "Bearer k"}
    deadline = time.monotonic() + 60
    while (
        requests.get(f"{sim.url}/v1/tasks/{task_id}", headers=headers, timeout=10).json()["data"]["status"]
        != "completed"
    ):
        assert time.monotonic() < deadline, "the simulator never finished the task"
        time.sleep(0.05)
    code, downloaded = run_json(capsys, "download", task_id, "--out", str(tmp_path), *common)
    assert code == 0
    assert Path(downloaded["files"][0]).parent == tmp_path.resolve()


def test_a_failed_task_exits_4_with_the_reason(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OMNIDESK_SIM_FAIL_RATE", "1")
    code, result = run_json(capsys, "generate", "--simulate", "--prompt", "a fox", "--duration", "4")
    assert code == 4
    assert result["status"] == "failed"
    assert result["error"]["message"]
    assert "files" not in result


def test_api_errors_exit_3(capsys: pytest.CaptureFixture[str]) -> None:
    with start_simulator(SimulatorConfig(api_keys=frozenset({"good-key"}))) as strict:
        code, result = run_json(capsys, "balance", "--base-url", strict.url, "--api-key", "bad-key")
        assert code == 3
        assert result["error"]["type"] == "authentication_error"
        code, result = run_json(
            capsys, "status", "task_UNKNOWN", "--base-url", strict.url, "--api-key", "good-key"
        )
        assert code == 3


def test_payment_required_exits_3(capsys: pytest.CaptureFixture[str]) -> None:
    with start_simulator(SimulatorConfig(balance=0.0)) as broke:
        code, result = run_json(
            capsys,
            "generate",
            "--base-url",
            broke.url,
            "--api-key",
            "k",
            "--prompt",
            "a fox",
            "--duration",
            "4",
        )
    assert code == 3
    assert result["error"]["type"] == "payment_required"


def test_unreachable_server_exits_5(capsys: pytest.CaptureFixture[str]) -> None:
    # A port that was just free: nothing listens there.
    with start_simulator() as gone:
        url = gone.url
    code, result = run_json(capsys, "balance", "--base-url", url, "--api-key", "k", "--retries", "0")
    assert code == 5
    assert result["error"]["type"] == "network_error"


def test_upload_prints_the_url(
    capsys: pytest.CaptureFixture[str], sim: RunningSimulator, tmp_path: Path
) -> None:
    image = make_image(tmp_path / "blue.jpg", (20, 20, 200))
    code, result = run_json(capsys, "upload", str(image), "--base-url", sim.url, "--api-key", "k")
    assert code == 0
    assert result["url"].startswith(sim.url) and result["content_type"] == "image/jpeg"
    assert requests.get(result["url"], timeout=10).content == image.read_bytes()


def test_the_api_key_never_reaches_output(capsys: pytest.CaptureFixture[str], sim: RunningSimulator) -> None:
    secret = "sk-very-secret-key-1234567890"
    code, out, err = run(capsys, "-v", "status", "task_NOPE", "--base-url", sim.url, "--api-key", secret)
    assert code == 3
    assert secret not in out and secret not in err


def test_done_when_command_in_a_real_process(tmp_path: Path) -> None:
    env = dict(os.environ, OMNIDESK_HOME=str(tmp_path / "home"), **FAST)
    result = subprocess.run(
        [sys.executable, "-m", "omnidesk", "generate", "--simulate", "--prompt", "a red fox in snow",
         "--resolution", "1080p", "--aspect", "9:16", "--duration", "4", "--json"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    task = json.loads(result.stdout)
    assert task["status"] == "completed"
    info = probe(Path(task["files"][0]))
    assert (info.width, info.height) == (1080, 1920)
    assert info.duration == pytest.approx(4, abs=0.3)


def test_version_flag(capsys: pytest.CaptureFixture[str]) -> None:
    from omnidesk import __version__

    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert __version__ in capsys.readouterr().out
