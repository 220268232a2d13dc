"""AppContext: opens the demo service off the UI thread, switches service on settings changes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from omnidesk import secrets, settings
from omnidesk.api.models import GenerationRequest, TaskStatus
from omnidesk.engine.events import TaskUpdated
from omnidesk.settings import Settings
from tests.ui.conftest import START_TIMEOUT_MS, TASK_TIMEOUT_MS
from ui.context import AppContext


def test_without_a_key_the_demo_simulator_runs_and_makes_videos(
    qtbot: QtBot, app_context: AppContext
) -> None:
    service = app_context.service
    assert service is not None and service.simulated and service.key_source is None
    engine = app_context.engine
    assert engine is not None
    seen: list[TaskUpdated] = []
    app_context.bridge.taskUpdated.connect(seen.append)
    engine.submit(GenerationRequest("a paper boat on a pond", duration=4))
    qtbot.waitUntil(
        lambda: any(e.record.status is TaskStatus.COMPLETED for e in seen), timeout=TASK_TIMEOUT_MS
    )


def test_a_stored_key_means_apimart_at_its_address(
    make_context: Callable[..., AppContext], qtbot: QtBot
) -> None:
    secrets.store_api_key("sk-context-test-1234")
    context = make_context(Settings(base_url="http://127.0.0.1:9"), start=False)
    # Nothing listens there: the engine still starts (it only reaches out when there is work).
    with qtbot.waitSignal(context.engineReady, timeout=START_TIMEOUT_MS) as ready:
        context.start()
    service = ready.args[0]
    assert not service.simulated
    assert service.backend.host == "127.0.0.1:9"
    assert service.key_source == "the system keychain"


def test_demo_mode_wins_over_a_stored_key(make_context: Callable[..., AppContext]) -> None:
    secrets.store_api_key("sk-context-test-1234")
    context = make_context(Settings(demo_mode=True))
    assert context.service is not None and context.service.simulated


def test_changing_a_service_setting_restarts_and_saves(qtbot: QtBot, app_context: AppContext) -> None:
    first = app_context.engine
    new = app_context.with_settings(language="ja", autoplay=False)
    with (
        qtbot.waitSignal(app_context.engineReady, timeout=START_TIMEOUT_MS),
        qtbot.waitSignal(app_context.settingsChanged, timeout=START_TIMEOUT_MS),
    ):
        app_context.apply_settings(new)
    assert app_context.engine is not None and app_context.engine is not first
    assert settings.load() == new


def test_a_setting_that_does_not_name_the_service_keeps_the_engine(
    qtbot: QtBot, app_context: AppContext
) -> None:
    first = app_context.engine
    with qtbot.waitSignal(app_context.settingsChanged, timeout=START_TIMEOUT_MS):
        app_context.apply_settings(app_context.with_settings(autoplay=False))
    assert app_context.engine is first
    assert settings.load().autoplay is False


def test_an_invalid_setting_is_refused_and_nothing_changes(app_context: AppContext) -> None:
    before = app_context.settings
    with pytest.raises(ValueError, match="proxy"):
        app_context.apply_settings(app_context.with_settings(proxy="gopher://x"))
    assert app_context.settings == before


def test_a_busy_data_folder_is_told_in_plain_words(
    make_context: Callable[..., AppContext], qtbot: QtBot, app_context: AppContext
) -> None:
    second = make_context(start=False)
    with qtbot.waitSignal(second.engineFailed, timeout=START_TIMEOUT_MS) as failed:
        second.start()
    assert "already running" in failed.args[0]
