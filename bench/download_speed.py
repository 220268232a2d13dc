"""Benchmark: download throughput of ApiClient.download against curl, on loopback.

A generated file (default 200 MB of random bytes) is served from a small
threaded HTTP server on 127.0.0.1 that hands the file to the kernel with
sendfile(), so the server is never what limits either client. The file is then
downloaded ``--runs`` times by each tool, alternately (curl, ours, curl,
ours, ...) so that any drift in the machine's state hits both alike; one
untimed warm-up download by each comes first. Each download is timed in wall
time around the whole operation (curl including its process start, ours
including the .part file and the atomic rename), the destination is deleted
before the next one, and every result's size is checked (the first of each
tool's is also hashed against the source, outside the timing).

Reported: the median MB/s of each tool (MB = 10^6 bytes) and ours/curl; the
goal is ours >= 0.9x curl.

Run:  .venv/bin/python bench/download_speed.py [--size-mb 200] [--runs 3]
Needs curl (apt-get install curl).
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import http.server
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

# Runnable as a plain script from the repo root or from bench/.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from omnidesk.api.client import ApiClient
from omnidesk.api.retry import NO_RETRY

GOAL_RATIO = 0.9
FILE_NAME = "big.mp4"
WRITE_CHUNK = 1 << 20


class _FileHandler(http.server.BaseHTTPRequestHandler):
    """Serves one file at /big.mp4 with sendfile(): zero-copy, so the server is never the bottleneck."""

    served: Path  # set on the subclass made per server

    def do_GET(self) -> None:
        if self.path.split("?", 1)[0] != "/" + FILE_NAME:
            self.send_error(404)
            return
        size = self.served.stat().st_size
        self.send_response(200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(size))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        # A client that goes away mid-file leaves nothing more to serve.
        with self.served.open("rb") as handle, contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.connection.sendfile(handle)

    def log_message(self, format: str, *args: object) -> None:
        pass  # one line per request would only clutter the results


def serve(path: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = type("Handler", (_FileHandler,), {"served": path})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="bench-file-server", daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/{FILE_NAME}"


def make_file(path: Path, size: int) -> str:
    """Write ``size`` random bytes (incompressible, like video); return their sha256."""
    digest = hashlib.sha256()
    with path.open("wb") as sink:
        left = size
        while left > 0:
            chunk = os.urandom(min(WRITE_CHUNK, left))
            digest.update(chunk)
            sink.write(chunk)
            left -= len(chunk)
    return digest.hexdigest()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(WRITE_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def time_curl(curl: str, url: str, dest: Path) -> float:
    began = time.perf_counter()
    subprocess.run([curl, "--silent", "--show-error", "--fail", "--output", str(dest), url], check=True)
    return time.perf_counter() - began


def time_ours(client: ApiClient, url: str, dest: Path) -> float:
    began = time.perf_counter()
    client.download(url, dest)
    return time.perf_counter() - began


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--size-mb", type=int, default=200, help="file size in MB of 10^6 bytes (default 200)"
    )
    parser.add_argument("--runs", type=int, default=3, help="timed downloads per tool (default 3)")
    args = parser.parse_args(argv)
    if args.size_mb < 1 or args.runs < 1:
        parser.error("--size-mb and --runs must be at least 1")

    curl = shutil.which("curl")
    if curl is None:
        print(
            "ERROR: curl is not installed; this benchmark compares against it. "
            "Install it (Debian/Ubuntu: apt-get install curl) and run again.",
            file=sys.stderr,
        )
        return 2
    curl_version = subprocess.run([curl, "--version"], capture_output=True, text=True).stdout.split("\n")[0]

    size = args.size_mb * 1_000_000
    print(
        f"machine: {os.cpu_count()} cpu ({cpu_model()}), Python {platform.python_version()}, "
        f"{platform.system()} {platform.release()}"
    )
    print(f"curl: {curl_version}")
    print(f"{args.size_mb} MB over loopback, {args.runs} timed runs per tool, alternating, one warm-up each")

    with tempfile.TemporaryDirectory(prefix="omnidesk-bench-dl-") as tmp:
        root = Path(tmp)
        source = root / FILE_NAME
        expected = make_file(source, size)
        server, url = serve(source)
        # The API key is irrelevant here (the file server ignores it); NO_RETRY: a
        # retried download would hide a failure inside a slow figure.
        client = ApiClient("sk-bench-download", url.rsplit("/", 1)[0], policy=NO_RETRY)
        dest_curl, dest_ours = root / "curl.out", root / "ours.out"
        timings: dict[str, list[float]] = {"curl": [], "ours": []}
        try:
            for run in range(args.runs + 1):
                for tool, dest in (("curl", dest_curl), ("ours", dest_ours)):
                    elapsed = time_curl(curl, url, dest) if tool == "curl" else time_ours(client, url, dest)
                    if dest.stat().st_size != size:
                        raise RuntimeError(f"{tool} downloaded {dest.stat().st_size} bytes, not {size}")
                    if run == 0:
                        # Warm-up (untimed): also the one content check, kept out of the timing.
                        if sha256_of(dest) != expected:
                            raise RuntimeError(f"{tool} downloaded different bytes than were served")
                    else:
                        timings[tool].append(elapsed)
                        print(f"  run {run} {tool:<4} {size / elapsed / 1e6:8.1f} MB/s ({elapsed:.2f} s)")
                    # Deleted each time so both tools always write a new file.
                    dest.unlink()
        finally:
            client.close()
            server.shutdown()
            server.server_close()

    speed = {tool: size / statistics.median(times) / 1e6 for tool, times in timings.items()}
    ratio = speed["ours"] / speed["curl"]
    verdict = "PASS" if ratio >= GOAL_RATIO else "FAIL"
    print(
        f"\nmedian: curl {speed['curl']:.1f} MB/s, ours {speed['ours']:.1f} MB/s, "
        f"ours/curl {ratio:.2f}x (goal >= {GOAL_RATIO}x: {verdict})"
    )
    print(
        f"download size={args.size_mb}MB curl={speed['curl']:.1f}MB/s "
        f"ours={speed['ours']:.1f}MB/s ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
