"""Presets and the prompt history in and out of OmniDesk as JSON files.

The format is versioned and self-describing, so a file written by one
OmniDesk reads in another. Import never deletes: presets with a name
already present are replaced only when asked, history entries add their
use counts to what is there.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from omnidesk.engine.store import PromptUse, Store, decode_request, encode_request

FORMAT = "omnidesk-iteration"
VERSION = 1


class TransferError(ValueError):
    """The file is not one OmniDesk wrote (or is damaged); the message says what is wrong."""


@dataclass(frozen=True)
class ImportResult:
    presets_added: int
    presets_replaced: int
    presets_skipped: int
    prompts: int


def export_json(store: Store, path: Path, *, presets: bool = True, history: bool = True) -> int:
    """Write the presets and/or the prompt history to ``path``; returns how many entries."""
    data: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": time.time()}
    count = 0
    if presets:
        data["presets"] = [
            {
                "name": p.name,
                "request": json.loads(encode_request(p.request, p.local_images)),
                "created_at": p.created_at,
                "updated_at": p.updated_at,
            }
            for p in store.presets()
        ]
        count += len(data["presets"])
    if history:
        data["prompts"] = [
            {
                "text": u.text,
                "use_count": u.use_count,
                "first_used": u.first_used,
                "last_used": u.last_used,
                "starred": u.starred,
            }
            for u in store.prompt_history(limit=None)
        ]
        count += len(data["prompts"])
    temp = path.with_name(path.name + ".tmp")
    temp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    temp.replace(path)
    return count


def _read(path: Path) -> Mapping[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, UnicodeDecodeError) as exc:
        raise TransferError(f"{path.name} could not be read as JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TransferError(f"{path.name} is not an OmniDesk presets or history file")
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise TransferError(f"{path.name} comes from a newer OmniDesk; update to read it")
    return data


def preset_names(path: Path) -> tuple[str, ...]:
    """The names of the presets in a file written by ``export_json``, so a caller can ask
    about the ones already present before ``import_json`` (TransferError as it would raise)."""
    data = _read(path)
    try:
        return tuple(str(entry["name"]) for entry in data.get("presets", []))
    except (KeyError, TypeError) as exc:
        raise TransferError(
            f"{path.name} has an entry OmniDesk cannot read ({exc}); nothing was imported"
        ) from exc


def import_json(store: Store, path: Path, *, replace_presets: bool = False) -> ImportResult:
    """Read a file written by ``export_json`` into the store (all entries checked first)."""
    data = _read(path)
    presets, prompts = [], []
    try:
        for entry in data.get("presets", []):
            request, local_images = decode_request(json.dumps(entry["request"]))
            presets.append((str(entry["name"]), request, local_images, float(entry.get("updated_at", 0))))
        for entry in data.get("prompts", []):
            prompts.append(
                PromptUse(
                    text=str(entry["text"]),
                    use_count=max(1, int(entry.get("use_count", 1))),
                    first_used=float(entry.get("first_used", 0)),
                    last_used=float(entry.get("last_used", 0)),
                    starred=bool(entry.get("starred", False)),
                )
            )
    except (KeyError, TypeError, ValueError) as exc:
        raise TransferError(
            f"{path.name} has an entry OmniDesk cannot read ({exc}); nothing was imported"
        ) from exc
    existing = {p.name for p in store.presets()}
    added = replaced = skipped = 0
    for name, request, local_images, updated in presets:
        if name in existing and not replace_presets:
            skipped += 1
            continue
        store.save_preset(name, request, local_images, now=updated or time.time())
        if name in existing:
            replaced += 1
        else:
            added += 1
    for use in prompts:
        store.merge_prompt_use(use)
    return ImportResult(added, replaced, skipped, len(prompts))
