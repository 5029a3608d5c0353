#!/usr/bin/env python3
"""Interleaved start-up measurements for bench/run.sh.

Reads a JSON list of cases on stdin and runs them round-robin (case A run 1, case B run 1, ...,
case A run 2, ...), so a noisy shared machine slows every case alike and the ratios stay fair.
Each case is {"name", "argv", "mode", "pattern"?, "env"?, "timeout"?} where mode is:

  exit     wall time from launch to exit
  pattern  wall time from launch until `pattern` appears on stdout or stderr (read as it is
           written, no line buffering: a prompt has no newline), then the run is drained to exit
  tmux     wall time from launch until a full-screen frame is visible in a tmux pane (alternate
           screen on and text on it); if the program prints `pattern` (the plain prompt) on the
           normal screen instead, or nothing shows in time, the result is "n/a"

For exit and pattern runs the child's CPU time (user+sys) and peak RSS come from wait4()'s rusage,
the same numbers `/usr/bin/time -v` prints. With --proxy-log, each pattern run also reports how many
requests reached the delaying proxy before the pattern, and how many were in flight at once.

Writes a JSON result object to --out and prints a summary table.
"""
import argparse
import json
import os
import select
import shlex
import signal
import statistics
import subprocess
import sys
import time


def run_exit_or_pattern(case, proxy_log):
    env = dict(os.environ, **case.get("env", {}))
    timeout = case.get("timeout", 60)
    pattern = case.get("pattern", "").encode()
    if proxy_log and os.path.exists(proxy_log):
        os.truncate(proxy_log, 0)
    start = time.monotonic_ns()
    p = subprocess.Popen(case["argv"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, env=env, start_new_session=True)
    seen_at = None
    buf = b""
    streams = [p.stdout, p.stderr]
    deadline = time.monotonic() + timeout
    while streams:
        left = deadline - time.monotonic()
        if left <= 0:
            os.killpg(p.pid, signal.SIGKILL)
            break
        ready, _, _ = select.select(streams, [], [], left)
        for s in ready:
            chunk = os.read(s.fileno(), 65536)
            if not chunk:
                streams.remove(s)
                continue
            if seen_at is None and pattern:
                buf = (buf + chunk)[-4096:]
                if pattern in buf:
                    seen_at = time.monotonic_ns()
    _, status, usage = os.wait4(p.pid, 0)
    end = time.monotonic_ns()
    p.returncode = os.waitstatus_to_exitcode(status)
    result = {
        "exit": p.returncode,
        "cpu_ms": (usage.ru_utime + usage.ru_stime) * 1000.0,
        "rss_mib": usage.ru_maxrss / 1024.0,
    }
    if case["mode"] == "exit":
        result["ms"] = (end - start) / 1e6
    else:
        result["ms"] = (seen_at - start) / 1e6 if seen_at else None
        if proxy_log and seen_at:
            result.update(proxy_stats(proxy_log, start, seen_at))
    return result


def proxy_stats(path, start, until):
    spans = []
    try:
        with open(path) as f:
            for line in f:
                parts = line.split()
                s, e = int(parts[0]), int(parts[1])
                if start <= s <= until:
                    spans.append((s, e, parts[4] if len(parts) > 4 else parts[3]))
    except OSError:
        return {}
    peak = 0
    for s, _, _ in spans:
        peak = max(peak, sum(1 for s2, e2, _ in spans if s2 <= s < e2))
    return {"requests": len(spans), "max_in_flight": peak, "actions": sorted(a for _, _, a in spans)}


# A private tmux server for the whole run, kept up by one idle session: with the default server, the
# last kill-session ends it and the next new-session can meet the dying server; and other people's
# tmux sessions on the machine are never touched.
TMUX = ["tmux", "-L", "chroma-bench-%d" % os.getpid()]


def tmux_server(up):
    if up:
        subprocess.run(TMUX + ["new-session", "-d", "-s", "keepalive", "sleep 86400"], check=True)
    else:
        subprocess.run(TMUX + ["kill-server"], capture_output=True)


def run_tmux(case):
    session = "bench-%d-%d" % (os.getpid(), time.monotonic_ns() % 100000)
    timeout = case.get("timeout", 30)
    env_prefix = " ".join("%s=%s" % (k, shlex.quote(v)) for k, v in case.get("env", {}).items())
    cmd = "env %s %s" % (env_prefix, " ".join(shlex.quote(a) for a in case["argv"]))
    plain = case.get("pattern", "")
    start = time.monotonic_ns()
    subprocess.run(TMUX + ["new-session", "-d", "-s", session, "-x", "100", "-y", "30", cmd + "; sleep 30"],
                   check=True)
    result = {"ms": None, "note": "no frame within %ds" % timeout}
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            alt = subprocess.run(TMUX + ["display-message", "-p", "-t", session, "#{alternate_on}"],
                                 capture_output=True, text=True).stdout.strip()
            text = subprocess.run(TMUX + ["capture-pane", "-p", "-t", session],
                                  capture_output=True, text=True).stdout
            if case.get("until_text") and case["until_text"] in text:
                # a plain program's first output, seen through the same tmux harness as the frame
                result = {"ms": (time.monotonic_ns() - start) / 1e6}
                break
            if not case.get("until_text") and alt == "1" and text.strip():
                result = {"ms": (time.monotonic_ns() - start) / 1e6}
                break
            if plain and plain in text:
                result = {"ms": None, "note": "n/a: no full-screen face yet (the plain prompt came up in the TTY)"}
                break
            time.sleep(0.01)
    finally:
        subprocess.run(TMUX + ["kill-session", "-t", session], capture_output=True)
    return result


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--proxy-log")
    args = ap.parse_args()
    cases = json.load(sys.stdin)
    samples = {c["name"]: [] for c in cases}
    uses_tmux = any(c["mode"] == "tmux" for c in cases)
    if uses_tmux:
        tmux_server(True)
    try:
        for i in range(args.warmup + args.runs):
            for c in cases:
                r = run_tmux(c) if c["mode"] == "tmux" else run_exit_or_pattern(
                    c, args.proxy_log if c.get("proxied") else None)
                if i >= args.warmup:
                    samples[c["name"]].append(r)
            print("  run %d/%d done" % (i + 1, args.warmup + args.runs), file=sys.stderr, flush=True)
    finally:
        if uses_tmux:
            tmux_server(False)
    summary = {}
    for c in cases:
        rs = samples[c["name"]]
        s = {
            "runs": len(rs),
            "median_ms": median([r.get("ms") for r in rs]),
            "min_ms": min([r["ms"] for r in rs if r.get("ms") is not None], default=None),
            "max_ms": max([r["ms"] for r in rs if r.get("ms") is not None], default=None),
            "median_cpu_ms": median([r.get("cpu_ms") for r in rs]),
            "median_rss_mib": median([r.get("rss_mib") for r in rs]),
            "exits": sorted({r.get("exit") for r in rs if "exit" in r}),
        }
        notes = sorted({r["note"] for r in rs if r.get("note")})
        if notes:
            s["note"] = "; ".join(notes)
        if any("requests" in r for r in rs):
            s["median_requests"] = median([r.get("requests") for r in rs])
            s["max_in_flight"] = max(r.get("max_in_flight", 0) for r in rs)
            s["actions"] = next((r["actions"] for r in rs if "actions" in r), [])
        summary[c["name"]] = s
    with open(args.out, "w") as f:
        json.dump({"cases": cases, "summary": summary, "samples": samples}, f, indent=1)
    for name, s in summary.items():
        ms = "%.0f" % s["median_ms"] if s["median_ms"] is not None else "n/a"
        print("%-48s median %7s ms  cpu %6s ms  rss %6s MiB  exits %s%s" % (
            name, ms,
            "%.0f" % s["median_cpu_ms"] if s["median_cpu_ms"] is not None else "-",
            "%.0f" % s["median_rss_mib"] if s["median_rss_mib"] is not None else "-",
            s["exits"], ("  " + s["note"]) if s.get("note") else ""))


if __name__ == "__main__":
    main()
