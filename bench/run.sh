#!/usr/bin/env bash
# Start-up benchmark: chroma-setup side by side with the AWS CLI, in the same run, on loopback only.
#   bench/run.sh [--quick] [--runs N]
# Measures (medians over N interleaved runs, see bench/measure.py):
#   --version                          chroma-setup --version     vs  aws --version
#   first plain prompt ("Region [")    chroma-setup --plain ...   vs  aws sts get-caller-identity (same moto)
#   first full-screen frame (tmux)     chroma-setup            vs  aws --version (exit, and output seen in tmux)
#   credentials checked, full-screen   "Signed in" on screen   vs  aws sts get-caller-identity
#   peak RSS                           from the same runs (wait4 rusage, as /usr/bin/time -v reports)
#   preflight with 200 ms per AWS call (bench/delay_proxy.py in front of moto): time to the Region
#   prompt, the requests made before it and how many were in flight at once
# Starts moto (and the proxy) on free loopback ports and stops them; never touches anything else.
# Writes target/bench/results.json and target/bench/results.md. Numbers are reported, not asserted.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
RUNS=15
WARMUP=2
QUICK=0
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) QUICK=1; RUNS=3; WARMUP=1 ;;
    --runs) RUNS="$2"; shift ;;
    *) echo "usage: bench/run.sh [--quick] [--runs N]" >&2; exit 2 ;;
  esac
  shift
done
DELAY_MS=200

command -v moto_server >/dev/null || { echo "moto_server is missing: pip install 'moto[server]'" >&2; exit 2; }
if ! command -v hyperfine >/dev/null && [ "$QUICK" = 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -q hyperfine >/dev/null 2>&1 || true   # optional cross-check only
fi
[ -f target/chroma-setup.jar ] || ./mvnw -q -B package -DskipTests

OUT="$ROOT/target/bench"
mkdir -p "$OUT"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do if [ -n "$p" ]; then kill "$p" 2>/dev/null || true; fi; done
  for p in "${PIDS[@]:-}"; do if [ -n "$p" ]; then wait "$p" 2>/dev/null || true; fi; done
  rm -rf "$WORK"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
wait_port() {
  for _ in $(seq 1 150); do
    if python3 -c "import socket,sys; socket.create_connection(('127.0.0.1',$1),0.2).close()" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing answers on 127.0.0.1:$1" >&2; return 1
}

MOTO_PORT="$(free_port)"
moto_server -H 127.0.0.1 -p "$MOTO_PORT" >"$WORK/moto.log" 2>&1 &
PIDS+=($!)
PROXY_PORT="$(free_port)"
python3 bench/delay_proxy.py --listen-port "$PROXY_PORT" --target-port "$MOTO_PORT" --delay-ms "$DELAY_MS" \
  --log "$WORK/proxy.log" 2>"$WORK/proxy.err" &
PIDS+=($!)
wait_port "$MOTO_PORT"
wait_port "$PROXY_PORT"
touch "$WORK/proxy.log"

# the same clean environment for every tool: test credentials, no metadata service, a fresh HOME
mkdir -p "$WORK/home"
export HOME="$WORK/home" AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_DEFAULT_REGION=us-east-1 \
  AWS_EC2_METADATA_DISABLED=true AWS_PAGER=""
unset AWS_PROFILE AWS_ENDPOINT_URL AWS_REGION CHROMA_SETUP_JAVA_OPTS 2>/dev/null || true
for v in $(env | sed -n 's/^\(CHROMA_SETUP_[A-Z_]*\)=.*/\1/p'); do unset "$v"; done

CS="$ROOT/bin/chroma-setup"
TPL="$ROOT/samples/moto/chroma-like.cf.json"
python3 - "$CS" "$TPL" "$MOTO_PORT" "$PROXY_PORT" "$QUICK" >"$WORK/cases.json" <<'EOF'
import json, os, sys
cs, tpl, moto, proxy, quick = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5] == "1"
prompt = [cs, "--plain", "--endpoint-url", "http://127.0.0.1:%s" % moto, "--template-file", tpl]
screen = [cs, "--endpoint-url", "http://127.0.0.1:%s" % moto, "--template-file", tpl]
# a tmux pane starts with the tmux server's environment: hand the run's own settings over
tmux_env = {k: v for k, v in os.environ.items() if k.startswith("AWS_") or k in ("HOME", "PATH", "JAVA_HOME")}
cases = [
    {"name": "cs_version", "mode": "exit", "argv": [cs, "--version"]},
    {"name": "aws_version", "mode": "exit", "argv": ["aws", "--version"]},
    {"name": "cs_prompt", "mode": "pattern", "pattern": "Region [", "argv": prompt},
    {"name": "aws_sts", "mode": "exit",
     "argv": ["aws", "sts", "get-caller-identity", "--endpoint-url", "http://127.0.0.1:%s" % moto]},
    {"name": "cs_frame", "mode": "tmux", "pattern": "Region [", "timeout": 20, "env": tmux_env, "argv": screen},
    {"name": "cs_signed_in", "mode": "tmux", "until_text": "Signed in", "timeout": 20, "env": tmux_env,
     "argv": screen},
    {"name": "aws_version_tmux", "mode": "tmux", "until_text": "aws-cli/", "timeout": 20,
     "env": {"PATH": os.environ["PATH"]}, "argv": ["aws", "--version"]},
    {"name": "cs_prompt_delayed", "mode": "pattern", "pattern": "Region [", "proxied": True,
     "argv": [cs, "--plain", "--endpoint-url", "http://127.0.0.1:%s" % proxy, "--template-file", tpl]},
]
if not quick:  # what the launcher's flags and class-data archive buy, measured in the same run
    cases += [
        {"name": "cs_version_noflags", "mode": "exit", "env": {"CHROMA_SETUP_JVM_DEFAULTS": "0"},
         "argv": [cs, "--version"]},
        {"name": "cs_prompt_noflags", "mode": "pattern", "pattern": "Region [",
         "env": {"CHROMA_SETUP_JVM_DEFAULTS": "0"}, "argv": prompt},
    ]
json.dump(cases, sys.stdout)
EOF
if ! command -v tmux >/dev/null; then
  python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); json.dump([x for x in c if x["mode"]!="tmux"], open(sys.argv[1],"w"))' "$WORK/cases.json"
fi

echo "bench: $RUNS runs (+$WARMUP warm-up), interleaved; moto on 127.0.0.1:$MOTO_PORT, +${DELAY_MS} ms proxy on :$PROXY_PORT" >&2
timeout 900 python3 bench/measure.py --runs "$RUNS" --warmup "$WARMUP" --out "$OUT/results.json" \
  --proxy-log "$WORK/proxy.log" <"$WORK/cases.json" >"$WORK/raw.txt"

python3 - "$OUT/results.json" "$DELAY_MS" "$RUNS" >"$OUT/results.md" <<'EOF'
import json, os, platform, subprocess, sys
r = json.load(open(sys.argv[1]))["summary"]
delay, runs = int(sys.argv[2]), sys.argv[3]
def ms(name, key="median_ms"):
    s = r.get(name) or {}
    return s.get(key)
def fmt(v, unit=" ms"):
    return "n/a" if v is None else "%.0f%s" % (v, unit)
def ratio(a, b):
    return "n/a" if a is None or b is None or b == 0 else "%.2f" % (a / b)
cpu = ""
try:
    cpu = next(l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name"))
except Exception:
    pass
java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
aws = subprocess.run(["aws", "--version"], capture_output=True, text=True)
print("Machine: %s, %d cores, %s; load average %s; %s; %s" % (
    cpu or platform.machine(), os.cpu_count(), platform.platform(), " ".join("%.2f" % x for x in os.getloadavg()),
    java, (aws.stdout or aws.stderr).strip()))
print()
print("Medians over %s interleaved runs (wall clock; CPU = user+sys of the process)." % runs)
print()
print("| measure | chroma-setup | aws CLI | ratio (chroma-setup / aws) |")
print("|---|---:|---:|---:|")
print("| `--version` | %s | %s | %s |" % (fmt(ms("cs_version")), fmt(ms("aws_version")), ratio(ms("cs_version"), ms("aws_version"))))
print("| `--version`, CPU | %s | %s | %s |" % (fmt(ms("cs_version", "median_cpu_ms")), fmt(ms("aws_version", "median_cpu_ms")),
      ratio(ms("cs_version", "median_cpu_ms"), ms("aws_version", "median_cpu_ms"))))
print("| first plain prompt vs `aws sts get-caller-identity` | %s | %s | %s |" % (
    fmt(ms("cs_prompt")), fmt(ms("aws_sts")), ratio(ms("cs_prompt"), ms("aws_sts"))))
frame = r.get("cs_frame") or {}
print("| first full-screen frame (tmux 100x30) vs `aws --version` | %s | %s | %s |" % (
    fmt(frame.get("median_ms")) if frame else "n/a (no tmux)", fmt(ms("aws_version")), ratio(frame.get("median_ms"), ms("aws_version"))))
print("| first full-screen frame vs `aws --version`'s output, both seen through the same tmux pane | %s | %s | %s |" % (
    fmt(frame.get("median_ms")) if frame else "n/a (no tmux)", fmt(ms("aws_version_tmux")),
    ratio(frame.get("median_ms"), ms("aws_version_tmux"))))
signed = r.get("cs_signed_in") or {}
print("| full-screen: credentials checked (\"Signed in\" on the Region screen) vs `aws sts get-caller-identity` | %s | %s | %s |" % (
    fmt(signed.get("median_ms")) if signed else "n/a (no tmux)", fmt(ms("aws_sts")), ratio(signed.get("median_ms"), ms("aws_sts"))))
print("| peak RSS, `--version` | %s | %s | %s |" % (fmt(ms("cs_version", "median_rss_mib"), " MiB"), fmt(ms("aws_version", "median_rss_mib"), " MiB"),
      ratio(ms("cs_version", "median_rss_mib"), ms("aws_version", "median_rss_mib"))))
print("| peak RSS, first prompt vs sts call | %s | %s | %s |" % (fmt(ms("cs_prompt", "median_rss_mib"), " MiB"), fmt(ms("aws_sts", "median_rss_mib"), " MiB"),
      ratio(ms("cs_prompt", "median_rss_mib"), ms("aws_sts", "median_rss_mib"))))
if frame.get("note"):
    print()
    print("Full-screen frame: %s" % frame["note"])
d = r.get("cs_prompt_delayed") or {}
if d:
    n = d.get("median_requests") or 0
    added = None if d.get("median_ms") is None or ms("cs_prompt") is None else d["median_ms"] - ms("cs_prompt")
    print()
    print("Preflight with +%d ms per AWS request (delaying proxy): Region prompt after %s (%s more than direct); "
          "%s requests before it (%s), at most %s in flight at once. Sequential calls would add %d x %d = %d ms; "
          "the six preflight calls of the issue, %d ms." % (
              delay, fmt(d.get("median_ms")), fmt(added), "%g" % n, ", ".join(d.get("actions", [])), d.get("max_in_flight"),
              n, delay, n * delay, 6 * delay))
if "cs_version_noflags" in r:
    print()
    print("| launcher flags (C1, SerialGC, class-data archive) | with | without (plain `java`) | ratio |")
    print("|---|---:|---:|---:|")
    for a, b, label in (("cs_version", "cs_version_noflags", "`--version`"), ("cs_prompt", "cs_prompt_noflags", "first plain prompt")):
        print("| %s | %s | %s | %s |" % (label, fmt(ms(a)), fmt(ms(b)), ratio(ms(a), ms(b))))
        print("| %s, CPU | %s | %s | %s |" % (label, fmt(ms(a, "median_cpu_ms")), fmt(ms(b, "median_cpu_ms")), ratio(ms(a, "median_cpu_ms"), ms(b, "median_cpu_ms"))))
EOF
cat "$OUT/results.md"
if [ "$QUICK" = 0 ] && command -v hyperfine >/dev/null; then
  echo; echo "hyperfine cross-check (--version):"
  hyperfine -N -w 2 -r "$RUNS" --export-markdown "$OUT/hyperfine-version.md" "$CS --version" "aws --version" >/dev/null 2>&1 \
    && cat "$OUT/hyperfine-version.md" || echo "hyperfine failed (ignored)"
fi
