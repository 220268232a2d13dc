"""Idempotency-Key semantics of API.md section 1: replay, in progress, reused,
and no second task or charge however a retry happens."""

from __future__ import annotations

import contextlib
import json
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from omnidesk.simulator import FaultKind, ManualClock
from tests.simulator.conftest import TIMEOUT, Api, assert_error, base_body, wait_until


def test_same_key_and_body_replays_the_original_task(api: Api) -> None:
    key = str(uuid.uuid4())
    first = api.submit(key=key)
    second = api.submit(key=key)
    assert first.status_code == second.status_code == 200
    assert "Idempotency-Replayed" not in first.headers
    assert second.headers["Idempotency-Replayed"] == "true"
    assert second.json() == first.json()
    assert len(api.sim.state.tasks) == 1


def test_a_replay_ignores_how_the_json_was_spelled(api: Api) -> None:
    key = str(uuid.uuid4())
    task_id = api.submit_ok(base_body(), key=key)
    reordered = dict(reversed(list(base_body().items())))
    again = api.post(
        "/v1/videos/generations",
        data=" " + json.dumps(reordered, indent=2),
        headers={"Idempotency-Key": key, "Content-Type": "application/json"},
    )
    assert again.headers.get("Idempotency-Replayed") == "true"
    assert again.json()["data"][0]["task_id"] == task_id


def test_an_object_shaped_reply_is_replayed_as_it_was(api: Api) -> None:
    key = str(uuid.uuid4())
    headers = {"X-APIMart-Response-Version": "2026-07-27"}
    first = api.submit(key=key, headers=headers)
    second = api.submit(key=key, headers=headers)
    assert (second.status_code, second.json()) == (first.status_code, first.json())


def test_same_key_with_another_body_is_refused(api: Api) -> None:
    key = str(uuid.uuid4())
    api.submit_ok(base_body(), key=key)
    response = api.submit(base_body(prompt="something else"), key=key)
    assert_error(response, 409, "idempotency_key_reused")
    assert len(api.sim.state.tasks) == 1


def test_same_key_while_the_first_is_being_handled(api: Api) -> None:
    key = str(uuid.uuid4())
    state = api.sim.state
    state.submissions_open.clear()  # the first request stays "being handled"
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(api.submit, base_body(), key=key)
        wait_until(lambda: state.key_in_flight(key))
        second = api.submit(key=key)
        state.submissions_open.set()
        first_response = first.result(timeout=TIMEOUT)
    assert_error(second, 409, "idempotency_in_progress")
    assert float(second.headers["Retry-After"]) >= 1
    assert first_response.status_code == 200
    third = api.submit(key=key)
    assert third.headers["Idempotency-Replayed"] == "true"
    assert third.json() == first_response.json()
    assert len(state.tasks) == 1


def test_keys_are_per_api_key(api: Api) -> None:
    key = str(uuid.uuid4())
    mine = api.submit_ok(key=key)
    theirs = Api(api.sim, "another-account-key").submit_ok(key=key)
    assert mine != theirs


def test_a_refused_request_does_not_use_up_its_key(api: Api) -> None:
    key = str(uuid.uuid4())
    assert_error(api.submit(base_body(duration=5), key=key), 400, "invalid_duration")
    # The corrected body under the same key is judged afresh, not as "reused".
    assert api.submit(base_body(duration=4), key=key).status_code == 200


def test_a_replay_is_not_charged_twice(api: Api, clock: ManualClock) -> None:
    key = str(uuid.uuid4())
    task_id = api.submit_ok(base_body(resolution="4k", duration=10), key=key)
    for _ in range(3):
        api.submit(base_body(resolution="4k", duration=10), key=key)
    api.finish(task_id, clock)
    balance = api.get("/v1/balance").json()
    assert balance["used_balance"] == pytest.approx(0.40)
    assert balance["remain_balance"] == pytest.approx(99.60)


def test_a_reply_lost_after_the_task_was_recorded_is_recovered_by_the_key(api: Api) -> None:
    key = str(uuid.uuid4())
    api.sim.faults.force(FaultKind.DROP_AFTER)
    with pytest.raises(requests.ConnectionError):
        api.submit(key=key)
    assert len(api.sim.state.tasks) == 1  # the server did record it
    [lost] = api.get("/_simulator/log").json()
    assert (lost["status"], lost["fault"], lost["idempotency_key"]) == (None, "drop_after", key)
    assert lost["task_id"] in api.sim.state.tasks
    retry = api.submit(key=key)
    assert retry.headers["Idempotency-Replayed"] == "true"
    assert retry.json()["data"][0]["task_id"] in api.sim.state.tasks
    assert len(api.sim.state.tasks) == 1


@pytest.mark.parametrize("kind", [FaultKind.RATE_LIMIT, FaultKind.SERVER_ERROR, FaultKind.DROP])
def test_a_submission_faulted_before_it_was_recorded_creates_nothing(api: Api, kind: FaultKind) -> None:
    key = str(uuid.uuid4())
    api.sim.faults.force(kind)
    with contextlib.suppress(requests.ConnectionError):  # what a DROP looks like
        assert api.submit(key=key).status_code in (429, 503)
    assert api.sim.state.tasks == {}
    assert api.submit(key=key).status_code == 200
    assert len(api.sim.state.tasks) == 1


def test_a_slow_submission_holds_its_key_until_done(api: Api) -> None:
    key = str(uuid.uuid4())
    state = api.sim.state
    api.sim.faults.force(FaultKind.SLOW)
    state.submissions_open.clear()
    with ThreadPoolExecutor(1) as pool:
        first = pool.submit(api.submit, base_body(), key=key)
        wait_until(lambda: state.key_in_flight(key))
        assert_error(api.submit(key=key), 409, "idempotency_in_progress")
        state.submissions_open.set()
        assert first.result(timeout=TIMEOUT).status_code == 200
    assert len(state.tasks) == 1
