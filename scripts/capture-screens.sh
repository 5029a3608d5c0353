#!/usr/bin/env bash
# Captures the real full-screen wizard at 100x30, screen by screen, for docs/screens.md: the launcher in
# a tmux pane (private socket) against a moto_server it starts on a free loopback port, walked with
# keys the way a first-time user would. Writes target/screens/NAME.txt. Needs moto_server and tmux.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="$ROOT/target/screens"; rm -rf "$out"; mkdir -p "$out"
home="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
sock="chroma-capture-$$"
moto_server -H 127.0.0.1 -p "$port" >/dev/null 2>&1 &
moto=$!
cleanup() { tmux -L "$sock" kill-server 2>/dev/null || true; kill "$moto" 2>/dev/null || true; rm -rf "$home"; }
trap cleanup EXIT
for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done

tmux -L "$sock" new-session -d -s c -x 100 -y 30 "env -i PATH=$PATH HOME=$home TERM=xterm-256color \
  AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_EC2_METADATA_DISABLED=true \
  $ROOT/bin/chroma-setup --endpoint-url http://127.0.0.1:$port \
  --template-file $ROOT/samples/moto/chroma-like.cf.json --no-wait; sleep 60"
screen_has() { tmux -L "$sock" capture-pane -p -t c | grep -q -- "$1"; }
wait_for() {
  for _ in $(seq 1 150); do screen_has "$1" && return 0; sleep 0.2; done
  echo "the screen never showed: $1" >&2; tmux -L "$sock" capture-pane -p -t c >&2; return 1
}
snap() { sleep 0.4; tmux -L "$sock" capture-pane -p -t c >"$out/$1.txt"; }
keys() { tmux -L "$sock" send-keys -t c "$@"; sleep 0.3; }

wait_for "us-east-1";            snap region
keys Enter; wait_for "vCPU";     snap size
keys Enter; wait_for "No key pair"; snap access
keys Enter; wait_for "I understand"; snap exposure
keys y; keys Enter; wait_for "Chroma version"; snap options
for _ in 1 2 3 4 5; do keys Enter; done
wait_for "Create these resources now"; snap review
keys y; keys Enter; wait_for "Python"; snap "done"
keys Tab; wait_for "ChromaClient"; snap "done-typescript"
keys Enter
echo "captures in $out"
