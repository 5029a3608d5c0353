#!/usr/bin/env python3
"""A loopback HTTP reverse proxy that delays every request, to make AWS round trips visible.

    delay_proxy.py --listen-port P --target-port T [--delay-ms 200] [--log FILE]

Listens on 127.0.0.1:P, waits --delay-ms, forwards each request unchanged to 127.0.0.1:T (moto) and
relays the answer. With --log, appends one line per request: "start_ns end_ns method path action", so
the benchmark can count requests and how many were in flight at once (parallel preflight calls
overlap; sequential ones do not). Loopback only, by construction: it binds and forwards to 127.0.0.1.
"""
import argparse
import http.client
import http.server
import sys
import threading
import time
import urllib.parse


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--listen-port", type=int, required=True)
    ap.add_argument("--target-port", type=int, required=True)
    ap.add_argument("--delay-ms", type=int, default=200)
    ap.add_argument("--log")
    args = ap.parse_args()
    delay = args.delay_ms / 1000.0
    lock = threading.Lock()

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, like the SDK's connection pool expects

        def log_message(self, fmt, *a):  # quiet
            pass

        def _forward(self):
            start = time.monotonic_ns()
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else None
            time.sleep(delay)
            conn = http.client.HTTPConnection("127.0.0.1", args.target_port, timeout=60)
            headers = {k: v for k, v in self.headers.items() if k.lower() not in ("connection", "keep-alive")}
            conn.request(self.command, self.path, body=body, headers=headers)
            resp = conn.getresponse()
            data = resp.read()
            self.send_response_only(resp.status, resp.reason)
            for k, v in resp.getheaders():
                if k.lower() not in ("connection", "keep-alive", "transfer-encoding", "content-length"):
                    self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            conn.close()
            if args.log:
                action = ""
                if body:
                    form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
                    action = (form.get("Action") or [""])[0]
                if not action:
                    action = self.headers.get("X-Amz-Target", "")
                with lock, open(args.log, "a") as f:
                    f.write(f"{start} {time.monotonic_ns()} {self.command} {self.path} {action}\n")

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _forward

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.listen_port), Handler)
    server.daemon_threads = True
    print(f"delay proxy 127.0.0.1:{args.listen_port} -> 127.0.0.1:{args.target_port} (+{args.delay_ms} ms)",
          file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
