"""Seeded fault injection as a client sees it over real HTTP, and the request log."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest
import requests

from omnidesk.simulator import FaultKind, ManualClock, RunningSimulator
from tests.simulator.conftest import TIMEOUT, Api, assert_error, base_body, image_bytes


def _outcome(call: Callable[[], requests.Response]) -> str:
    """What one request came to, as a short label."""
    try:
        response = call()
        if response.status_code == 429:
            return f"429 retry-after={response.headers['Retry-After']}"
        if response.status_code >= 500:
            kind = "html" if response.headers["Content-Type"].startswith("text/html") else "json"
            return f"{response.status_code} {kind}"
        return str(response.status_code)
    except requests.ConnectionError:
        return "dropped"


def _balance_outcomes(sim: RunningSimulator, count: int = 40) -> list[str]:
    api = Api(sim)
    return [_outcome(lambda: api.get("/v1/balance")) for _ in range(count)]


def test_the_same_seed_gives_the_same_faults(make_simulator: Callable[..., RunningSimulator]) -> None:
    first = _balance_outcomes(make_simulator(seed=11, error_rate=0.5))
    second = _balance_outcomes(make_simulator(seed=11, error_rate=0.5))
    other = _balance_outcomes(make_simulator(seed=12, error_rate=0.5))
    assert first == second
    assert first != other
    kinds = {outcome.split(" ")[0] for outcome in first}
    assert {"200", "429", "dropped"} <= kinds
    assert kinds & {"500", "502", "503"}


def test_the_log_names_each_fault(make_simulator: Callable[..., RunningSimulator]) -> None:
    sim = make_simulator(seed=11, error_rate=0.5)
    outcomes = _balance_outcomes(sim, 20)
    entries = Api(sim).get("/_simulator/log").json()
    assert len(entries) == 20
    for outcome, entry in zip(outcomes, entries, strict=True):
        if outcome == "dropped":
            assert entry["fault"] == "drop" and entry["status"] is None
        elif outcome == "200":
            assert entry["fault"] in (None, "slow") and entry["status"] == 200
        else:
            assert entry["status"] == int(outcome[:3])
            assert entry["fault"] == ("rate_limit" if outcome.startswith("429") else "server_error")


def test_no_faults_at_error_rate_zero(make_simulator: Callable[..., RunningSimulator]) -> None:
    assert set(_balance_outcomes(make_simulator(seed=1, error_rate=0.0), 30)) == {"200"}


def test_control_routes_are_never_faulted(make_simulator: Callable[..., RunningSimulator]) -> None:
    sim = make_simulator(seed=1, error_rate=1.0)
    for path in ("/_simulator/health", "/_simulator/log", "/_simulator/tasks"):
        for _ in range(5):
            assert requests.get(sim.url + path, timeout=TIMEOUT).status_code == 200


def test_a_dropped_connection_is_a_connection_error(api: Api) -> None:
    api.sim.faults.force(FaultKind.DROP)
    with pytest.raises(requests.ConnectionError):
        api.get("/v1/balance")
    assert api.get("/v1/balance").status_code == 200  # only that one request


def test_429_with_retry_after_in_seconds(make_simulator: Callable[..., RunningSimulator]) -> None:
    api = Api(make_simulator(retry_after=7))
    api.sim.faults.force(FaultKind.RATE_LIMIT)
    response = api.get("/v1/balance")
    assert_error(response, 429, "rate_limit_error")
    assert response.headers["Retry-After"] == "7"


def test_429_with_retry_after_as_an_http_date(
    make_simulator: Callable[..., RunningSimulator], clock: ManualClock
) -> None:
    api = Api(make_simulator(retry_after=5))
    api.sim.faults.force(FaultKind.RATE_LIMIT, http_date=True)
    response = api.get("/v1/balance")
    assert_error(response, 429, "rate_limit_error")
    when = parsedate_to_datetime(response.headers["Retry-After"])
    assert isinstance(when, datetime)
    assert when.timestamp() - clock() == pytest.approx(5, abs=1)


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_as_envelope_or_proxy_html(api: Api, status: int) -> None:
    api.sim.faults.force(FaultKind.SERVER_ERROR, status=status)
    assert_error(api.get("/v1/balance"), status, "bad_gateway" if status == 502 else "server_error")
    api.sim.faults.force(FaultKind.SERVER_ERROR, status=status, html=True)
    response = api.get("/v1/balance")
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith("text/html")
    assert f"<h1>{status}" in response.text


def test_a_slow_response_still_answers(api: Api) -> None:
    api.sim.faults.force(FaultKind.SLOW)
    assert api.get("/v1/balance").status_code == 200
    assert api.get("/_simulator/log").json()[-1]["fault"] == "slow"


def test_a_truncated_download_is_detectable(api: Api) -> None:
    # Only the magic bytes are checked; random bytes make a file big enough to arrive in pieces.
    data = image_bytes(fmt="GIF")[:16] + os.urandom(600_000)
    url = api.upload(data).json()["url"]
    api.sim.faults.force(FaultKind.TRUNCATE)
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(url, timeout=TIMEOUT)
    # Read by hand: the announced length and the bytes that came disagree.
    api.sim.faults.force(FaultKind.TRUNCATE)
    with requests.get(url, timeout=TIMEOUT, stream=True) as response:
        announced = int(response.headers["Content-Length"])
        received = bytearray()
        with pytest.raises(requests.exceptions.ChunkedEncodingError):
            for chunk in response.iter_content(16 * 1024):
                received += chunk
    assert announced == len(data) and 0 < len(received) < announced
    assert requests.get(url, timeout=TIMEOUT).content == data


def test_truncation_is_only_for_downloads(api: Api) -> None:
    api.sim.faults.force(FaultKind.TRUNCATE)
    assert api.get("/v1/balance").json()["success"] is True
    url = api.upload(image_bytes()).json()["url"]
    with pytest.raises(requests.exceptions.ChunkedEncodingError):
        requests.get(url, timeout=TIMEOUT)  # the queued truncation waited for a download


def test_downloads_are_faulted_too(make_simulator: Callable[..., RunningSimulator]) -> None:
    sim = make_simulator(seed=4, error_rate=0.0)
    url = Api(sim).upload(image_bytes(size=(800, 600), fmt="GIF")).json()["url"]
    sim.faults.rate = 1.0
    outcomes = set()
    for _ in range(25):
        try:
            outcomes.add(str(requests.get(url, timeout=TIMEOUT).status_code))
        except requests.exceptions.ChunkedEncodingError:
            outcomes.add("truncated")
        except requests.ConnectionError:
            outcomes.add("dropped")
    assert {"truncated", "dropped", "429"} <= outcomes


# --- the request log -------------------------------------------------------------------------------


def test_the_request_log(api: Api, clock: ManualClock) -> None:
    key = str(uuid.uuid4())
    task_id = api.submit_ok(base_body(), key=key)
    clock.advance(2.5)
    api.task(task_id)
    api.submit(base_body(duration=5))
    api.get("/_simulator/tasks")  # control routes are not logged
    entries = api.get("/_simulator/log").json()
    assert [(e["method"], e["path"], e["status"]) for e in entries] == [
        ("POST", "/v1/videos/generations", 200),
        ("GET", f"/v1/tasks/{task_id}", 200),
        ("POST", "/v1/videos/generations", 400),
    ]
    submit, poll, refused = entries
    assert set(submit) >= {"time", "method", "path", "status", "idempotency_key", "task_id"}
    assert (submit["idempotency_key"], submit["task_id"]) == (key, task_id)
    assert (poll["idempotency_key"], poll["task_id"]) == (None, task_id)
    assert refused["task_id"] is None
    assert poll["time"] - submit["time"] == pytest.approx(2.5)
    assert isinstance(submit["time"], float)


def test_reset_forgets_everything(api: Api) -> None:
    api.submit_ok()
    api.upload(image_bytes())
    api.sim.state.set_balance(1)
    assert requests.post(api.url + "/_simulator/reset", timeout=TIMEOUT).json() == {"ok": True}
    assert api.get("/_simulator/tasks").json() == []
    assert api.get("/_simulator/log").json() == []
    assert api.get("/v1/balance").json()["remain_balance"] == 100.0
