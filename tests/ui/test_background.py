"""Background: work off the UI thread, callbacks on it, failures worded for the user."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from omnidesk.api.errors import PaymentRequiredError
from ui.background import Background, describe_error


@pytest.fixture
def background(qtbot: QtBot) -> Iterator[Background]:
    runner = Background()
    yield runner
    runner.shutdown()


def test_work_runs_off_the_ui_thread_and_the_result_comes_back_on_it(
    qtbot: QtBot, background: Background
) -> None:
    ui = threading.current_thread()
    seen: dict[str, object] = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.current_thread()
        return a + b

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    with qtbot.waitSignal(background.busyChanged, check_params_cb=lambda busy: not busy):
        background.run(work, 2, 3, on_done=done)
    assert seen["result"] == 5
    assert seen["worker"] is not ui and seen["callback"] is ui
    assert not background.busy


def test_a_failure_goes_to_its_handler(qtbot: QtBot, background: Background) -> None:
    caught: list[BaseException] = []

    def work() -> None:
        raise PaymentRequiredError("balance exhausted", status=402)

    background.run(work, on_error=caught.append)
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0], PaymentRequiredError)


def test_an_unhandled_failure_is_shown_not_swallowed(qtbot: QtBot, background: Background) -> None:
    def work() -> None:
        raise FileNotFoundError(2, "No such file or directory", "/nowhere/clip.mp4")

    with qtbot.waitSignal(background.failed) as failed:
        background.run(work)
    assert failed.args[0] == (
        "No such file or directory (/nowhere/clip.mp4). Check the file or folder and try again."
    )


def test_call_on_ui_from_a_worker(qtbot: QtBot, background: Background) -> None:
    ui = threading.current_thread()
    where: list[threading.Thread] = []
    background.run(lambda: background.call_on_ui(lambda: where.append(threading.current_thread())))
    qtbot.waitUntil(lambda: bool(where))
    assert where == [ui]


def test_describe_error_uses_the_api_errors_own_words() -> None:
    error = PaymentRequiredError("balance exhausted", status=402)
    assert describe_error(error) == error.user_text()
    assert "unexpected problem: boom" in describe_error(RuntimeError("boom"))


def test_callbacks_always_come_after_run_returns(qtbot: QtBot, background: Background) -> None:
    order: list[str] = []
    future = background.run(lambda: None, on_done=lambda _result: order.append("done"))
    future.result()  # finished before anything below runs
    order.append("after run")
    qtbot.waitUntil(lambda: "done" in order)
    assert order == ["after run", "done"]


class _Marker:
    """Records the thread it is destroyed on."""

    def __init__(self, died_on: list[threading.Thread]) -> None:
        self._died_on = died_on

    def __del__(self) -> None:
        self._died_on.append(threading.current_thread())


@pytest.mark.parametrize("fails", [False, True])
def test_what_a_job_holds_is_let_go_on_the_ui_thread(
    qtbot: QtBot, background: Background, fails: bool
) -> None:
    # A widget whose last reference goes on a worker is destroyed there, and Qt crashes: the
    # function, its arguments and the callbacks must all die on the UI thread, even when the
    # worker is the last to finish with the job.
    ui = threading.current_thread()
    died_on: list[threading.Thread] = []
    started, callbacks_ran = threading.Event(), threading.Event()

    def submit() -> object:
        marker = _Marker(died_on)

        def work(held: _Marker) -> None:
            started.wait(10)
            if fails:
                raise RuntimeError(f"failed holding {held!r}")

        def done(_result: object) -> None:
            assert marker is not None
            callbacks_ran.set()

        def failed(exc: BaseException) -> None:
            assert marker is not None and "failed holding" in str(exc)
            callbacks_ran.set()

        return background.run(work, marker, on_done=done, on_error=failed)

    future = submit()
    # On the worker, after Background's own callback: hold the worker until the UI thread has
    # run the callbacks and let go of the job, so the worker finishes last.
    future.add_done_callback(lambda _f: callbacks_ran.wait(10))
    started.set()
    qtbot.waitUntil(lambda: callbacks_ran.is_set() and not background.busy)
    qtbot.waitUntil(lambda: bool(died_on))
    assert died_on == [ui]
