"""The simulator's WSGI application: routes, auth, error envelopes, fault
injection and the request log, over ``SimulatorState``.

API routes (``/v1/...``) need a bearer key; file links (``/files/...``) are
public like a CDN's; control routes (``/_simulator/...``) need nothing, are
never faulted and are not logged. Nothing here ever redirects.

Every request is logged before its reply is sent, and a new task is recorded
(durably, with a state dir) before its reply is even made: a client that
never hears back can still find it by its Idempotency-Key.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from werkzeug.exceptions import HTTPException, MethodNotAllowed, NotFound, RequestEntityTooLarge
from werkzeug.routing import Map, Rule
from werkzeug.wrappers import Request, Response

from omnidesk.api.spec import RESPONSE_VERSION, RESPONSE_VERSION_HEADER, UPLOAD_MAX_BYTES
from omnidesk.simulator import messages, tasks
from omnidesk.simulator.faults import Fault, FaultInjector, FaultKind, Target
from omnidesk.simulator.files import file_response
from omnidesk.simulator.replies import ApiFailure, json_response
from omnidesk.simulator.schema import OPERATION, model_schema
from omnidesk.simulator.state import SimulatorState, scope_for
from omnidesk.simulator.uploads import safe_filename, sniff_image_type
from omnidesk.simulator.validation import fingerprint, parse_json_object, validate_generation

log = logging.getLogger(__name__)

MAX_JSON_BYTES = 1024 * 1024
# Room for the multipart boundaries and headers around a file of the maximum size.
MULTIPART_SLACK_BYTES = 64 * 1024

_URL_MAP = Map(
    [
        Rule("/v1/videos/generations", methods=["POST"], endpoint="submit"),
        Rule("/v1/tasks/<path:task_id>", methods=["GET"], endpoint="task"),
        Rule("/v1/model-schema", methods=["GET"], endpoint="schema"),
        Rule("/v1/uploads/images", methods=["POST"], endpoint="upload"),
        Rule("/v1/user/balance", methods=["GET"], endpoint="balance"),
        Rule("/v1/balance", methods=["GET"], endpoint="balance"),
        Rule("/files/videos/<name>", methods=["GET"], endpoint="video_file"),
        Rule("/files/uploads/<upload_id>/<name>", methods=["GET"], endpoint="upload_file"),
        Rule("/_simulator/health", methods=["GET"], endpoint="control_health"),
        Rule("/_simulator/log", methods=["GET"], endpoint="control_log"),
        Rule("/_simulator/tasks", methods=["GET"], endpoint="control_tasks"),
        Rule("/_simulator/reset", methods=["POST"], endpoint="control_reset"),
    ],
    # Both would answer some paths with a redirect; the API never redirects.
    strict_slashes=False,
    merge_slashes=False,
)
_TARGETS = {
    "submit": Target.SUBMISSION,
    "task": Target.API,
    "schema": Target.API,
    "upload": Target.API,
    "balance": Target.API,
    "video_file": Target.DOWNLOAD,
    "upload_file": Target.DOWNLOAD,
}


@dataclass
class Exchange:
    """What one request's handling learned, for the request log."""

    idempotency_key: str | None
    api_key: str = ""
    fault: Fault | None = None
    task_id: str | None = None
    drop: bool = False
    reply_delay: float = 0.0  # seconds to hold the reply back (submit_delay)

    def has_fault(self, kind: FaultKind) -> bool:
        return self.fault is not None and self.fault.kind is kind


class SimulatorApp:
    """A WSGI callable speaking APIMart's video API (API.md) from ``state``."""

    def __init__(self, state: SimulatorState, faults: FaultInjector) -> None:
        self.state = state
        self.faults = faults
        self.config = state.config

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        request = Request(environ)
        started = self.state.now()
        exchange = Exchange(idempotency_key=request.headers.get("Idempotency-Key", "").strip() or None)
        endpoint = ""
        try:
            endpoint, arguments = _URL_MAP.bind_to_environ(environ).match()
        except NotFound:
            response = ApiFailure(404, "not_found_error", f"Unknown endpoint {request.path}").response()
        except MethodNotAllowed as exc:
            failure = ApiFailure(405, "invalid_request_error", f"{request.method} is not allowed here")
            response = failure.response()
            response.headers["Allow"] = ", ".join(exc.valid_methods or ())
        else:
            response = self._dispatch(request, endpoint, arguments, exchange)

        if not endpoint.startswith("control_"):
            self._record(request, started, response, exchange)
        if exchange.drop:
            _drop_connection(environ)
        if exchange.reply_delay > 0:
            # Held back after being logged: the log (persisted, with a state dir) shows the
            # submission at once, even if the simulator dies before the reply goes out.
            response = _delayed(response, exchange.reply_delay)
        return response(environ, start_response)

    # --- plumbing -------------------------------------------------------------------------------

    def _dispatch(
        self, request: Request, endpoint: str, arguments: Mapping[str, Any], exchange: Exchange
    ) -> Response:
        target = _TARGETS.get(endpoint)
        fault = self.faults.draw(target) if target is not None else None
        exchange.fault = fault
        if fault is not None:
            if fault.answers_early:
                return self.faults.early_response(fault)
            if fault.kind is FaultKind.DROP:
                exchange.drop = True
                return Response(status=500)  # never sent: the connection is dropped instead
            # A slow submission is slow *while holding its Idempotency-Key*, as on a real server.
            if fault.kind is FaultKind.SLOW and target is not Target.SUBMISSION:
                time.sleep(self.config.slow_seconds)
        handler: Callable[..., Response] = getattr(self, "_" + endpoint)
        try:
            if target in (Target.API, Target.SUBMISSION):
                exchange.api_key = self._authenticate(request)
            response = handler(request, exchange, **arguments)
        except ApiFailure as failure:
            response = failure.response()
        except HTTPException as exc:
            response = _http_exception_response(exc)
        except Exception:
            log.exception("simulator error on %s %s", request.method, request.path)
            response = ApiFailure(500, "server_error", "Internal server error").response()
        if fault is not None and fault.kind is FaultKind.DROP_AFTER:
            exchange.drop = True
        return response

    def _authenticate(self, request: Request) -> str:
        scheme, _, key = request.headers.get("Authorization", "").partition(" ")
        key = key.strip()
        allowed = self.config.api_keys
        if scheme.lower() != "bearer" or not key or (allowed is not None and key not in allowed):
            raise ApiFailure(401, "authentication_error", "Authentication failed. Please check your API key")
        return key

    def _record(self, request: Request, started: float, response: Response, exchange: Exchange) -> None:
        # The status the client got: none when the connection was dropped (even if, with
        # drop_after, the server had done the work - task_id then says what it made).
        status = None if exchange.drop else response.status_code
        entry = {
            "time": started,
            "method": request.method,
            "path": request.path,
            "status": status,
            "idempotency_key": exchange.idempotency_key,
            "task_id": exchange.task_id,
            "fault": exchange.fault.kind.value if exchange.fault is not None else None,
        }
        self.state.record_request(entry)
        # The path only: result links carry their token in the query string.
        log.debug("%s %s -> %s", request.method, request.path, status)

    # --- API ------------------------------------------------------------------------------------

    def _submit(self, request: Request, exchange: Exchange) -> Response:
        request.max_content_length = MAX_JSON_BYTES
        body = parse_json_object(request.get_data(cache=False))
        key = exchange.idempotency_key
        scope = scope_for(exchange.api_key)
        if key is not None:
            verdict, record = self.state.begin_idempotent(scope, key, fingerprint(body))
            if verdict == "reused":
                raise ApiFailure(
                    409,
                    "idempotency_key_reused",
                    "This Idempotency-Key was already used with a different request body",
                )
            if verdict == "in_progress":
                raise ApiFailure(
                    409,
                    "idempotency_in_progress",
                    "A request with this Idempotency-Key is still being processed; retry later",
                    headers={"Retry-After": self.faults.retry_after_header(http_date=False)},
                )
            if verdict == "replay":
                exchange.task_id = record.task_id
                return json_response(record.reply, record.status, {"Idempotency-Replayed": "true"})
        try:
            if exchange.has_fault(FaultKind.SLOW):
                time.sleep(self.config.slow_seconds)
            self.state.submissions_open.wait()
            params = validate_generation(body)
            task, status, reply = self.state.create_task(
                params, body, key, lambda task: self._submission_reply(task, request), scope
            )
        except BaseException:
            if key is not None:
                self.state.abandon_idempotent(scope, key)
            raise
        exchange.task_id = task.id
        # The task exists (and its key answers replays) but the reply is held back: the
        # window in which a client can die without learning its task id. Replays are not
        # delayed, so a client retrying after that is answered at once.
        exchange.reply_delay = self.config.submit_delay
        return json_response(reply, status)

    def _submission_reply(self, task: tasks.SimTask, request: Request) -> tuple[int, dict[str, Any]]:
        version = request.headers.get(RESPONSE_VERSION_HEADER, "").strip()
        # Dated versions compare as strings; this one or any later one gets the object shape.
        if version and version >= RESPONSE_VERSION:
            status = self.state.draw_accepted_status()
            data = {"id": task.id, "object": "generation.task", "status": tasks.PENDING, "progress": 0}
            return status, {"code": status, "data": data}
        return 200, {"code": 200, "data": [{"status": "submitted", "task_id": task.id}]}

    def _task(self, request: Request, exchange: Exchange, task_id: str) -> Response:
        language = messages.pick_language(request.args.get("language"))
        with self.state.lock:
            task = self.state.get_task(task_id) if tasks.is_well_formed_task_id(task_id) else None
            if task is None:
                raise ApiFailure(400, "invalid_request_error", messages.message("invalid_task_id", language))
            exchange.task_id = task.id
            data = task.to_api(self._video_url(request, task), language)
        return json_response({"code": 200, "data": data})

    def _schema(self, request: Request, exchange: Exchange) -> Response:
        model = request.args.get("model", "").strip()
        operation = request.args.get("operation", OPERATION).strip()
        if not model:
            raise ApiFailure(400, "invalid_request_error", "model is required")
        reply = model_schema(model, operation)
        if reply is None:
            raise ApiFailure(
                400, "invalid_request_error", f"No schema for model {model!r} and operation {operation!r}"
            )
        return json_response(reply)

    def _upload(self, request: Request, exchange: Exchange) -> Response:
        request.max_content_length = UPLOAD_MAX_BYTES + MULTIPART_SLACK_BYTES
        too_large = ApiFailure(413, "file_too_large", f"File too large: at most {UPLOAD_MAX_BYTES} bytes")
        try:
            upload = request.files.get("file")
        except RequestEntityTooLarge as exc:
            raise too_large from exc
        if upload is None:
            raise ApiFailure(400, "invalid_request_error", "Missing file field 'file' (multipart/form-data)")
        data = upload.read(UPLOAD_MAX_BYTES + 1)
        if len(data) > UPLOAD_MAX_BYTES:
            raise too_large
        content_type = sniff_image_type(data)
        if content_type is None:
            raise ApiFailure(
                400, "invalid_request_error", "Unsupported image format: use JPEG, PNG, WebP or GIF"
            )
        stored = self.state.store_upload(data, safe_filename(upload.filename, content_type), content_type)
        return json_response(
            {
                "url": request.host_url.rstrip("/") + stored.url_path,
                "filename": stored.filename,
                "content_type": stored.content_type,
                "bytes": stored.size,
                "created_at": int(stored.created_at),
            }
        )

    def _balance(self, request: Request, exchange: Exchange) -> Response:
        return json_response(self.state.balance_reply())

    # --- files ----------------------------------------------------------------------------------

    def _video_url(self, request: Request, task: tasks.SimTask) -> str:
        # A signed-looking link with a query string, like a CDN's: clients must keep it intact.
        return f"{request.host_url}files/videos/{task.id}.mp4?token={task.link_token}"

    def _video_file(self, request: Request, exchange: Exchange, name: str) -> Response:
        task_id = name.removesuffix(".mp4")
        with self.state.lock:
            task = self.state.get_task(task_id) if tasks.is_well_formed_task_id(task_id) else None
            path = task.video_path if task is not None and task.status == tasks.COMPLETED else None
            expires_at = task.expires_at if task is not None else None
        if task is None or path is None or not name.endswith(".mp4"):
            raise ApiFailure(404, "not_found_error", "File not found")
        exchange.task_id = task.id
        if request.args.get("token") != task.link_token:
            raise ApiFailure(403, "permission_error", "Invalid link signature")
        if expires_at is None or self.state.now() >= expires_at:
            raise ApiFailure(403, "permission_error", "This link has expired")
        return file_response(
            request,
            path,
            "video/mp4",
            truncate=exchange.has_fault(FaultKind.TRUNCATE),
            rate=self.config.download_rate,
        )

    def _upload_file(self, request: Request, exchange: Exchange, upload_id: str, name: str) -> Response:
        upload = self.state.find_upload(upload_id)
        if upload is None or upload.filename != name:
            raise ApiFailure(404, "not_found_error", "File not found")
        if self.state.now() >= upload.expires_at:
            raise ApiFailure(403, "permission_error", "This link has expired")
        return file_response(
            request,
            upload.path,
            upload.content_type,
            truncate=exchange.has_fault(FaultKind.TRUNCATE),
            rate=self.config.download_rate,
        )

    # --- control (tests and demos) --------------------------------------------------------------

    def _control_health(self, request: Request, exchange: Exchange) -> Response:
        return json_response({"ok": True, "time": self.state.now()})

    def _control_log(self, request: Request, exchange: Exchange) -> Response:
        return json_response(self.state.log_snapshot())

    def _control_tasks(self, request: Request, exchange: Exchange) -> Response:
        return json_response(self.state.snapshot_tasks())

    def _control_reset(self, request: Request, exchange: Exchange) -> Response:
        self.state.reset()
        return json_response({"ok": True})


def _http_exception_response(exc: HTTPException) -> Response:
    status = exc.code or 500
    error_type = {413: "request_too_large"}.get(
        status, "invalid_request_error" if status < 500 else "server_error"
    )
    return ApiFailure(status, error_type, exc.description or exc.name).response()


def _delayed(response: Response, seconds: float) -> Response:
    """The same reply, sent only after ``seconds``: werkzeug writes the status line
    and headers with the first body chunk, so not a byte leaves before then."""
    body = response.get_data()

    def chunks() -> Iterator[bytes]:
        time.sleep(seconds)
        yield body

    return Response(chunks(), status=response.status_code, headers=response.headers, direct_passthrough=True)


def _drop_connection(environ: dict[str, Any]) -> None:
    """Close the connection without a reply. Werkzeug's server treats the
    ConnectionError raised here as a client that went away and stays quiet."""
    connection = environ.get("werkzeug.socket")
    if connection is not None:
        with contextlib.suppress(OSError):  # already closed by the client: just as good
            connection.shutdown(socket.SHUT_RDWR)
    raise ConnectionAbortedError("simulated dropped connection")
