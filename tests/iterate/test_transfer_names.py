"""``transfer.preset_names``: what a presets file holds, read before importing it."""

from __future__ import annotations

from pathlib import Path

import pytest

from omnidesk.api.models import GenerationRequest
from omnidesk.engine.store import Store
from omnidesk.iterate import transfer


def test_preset_names_lists_the_presets_of_an_exported_file(tmp_path: Path) -> None:
    with Store(tmp_path / "a.sqlite3") as store:
        store.save_preset("Dusk", GenerationRequest("a fox at dusk"), now=1.0)
        store.save_preset("Aerial", GenerationRequest("over the hills"), now=2.0)
        path = tmp_path / "presets.json"
        transfer.export_json(store, path)
    assert sorted(transfer.preset_names(path)) == ["Aerial", "Dusk"]


def test_preset_names_refuses_a_file_that_is_not_ours(tmp_path: Path) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"presets": []}', encoding="utf-8")
    with pytest.raises(transfer.TransferError, match="not an OmniDesk"):
        transfer.preset_names(path)
