#!/usr/bin/env bash
# Distribution check for CI (a few minutes, loopback only, no publishing):
#   1. jreleaser.yml is valid (./mvnw -Prelease jreleaser:config, assembly mode)
#   2. JReleaser assembles the java-archive and the jlink image for the current platform, and the full
#      configuration (packagers included) validates against those outputs
#   3. scripts/jlink-image.sh builds the image with the project's launcher and class-data archive
#   4. both images run --version and --help with JAVA_HOME unset and no java on PATH (no JDK needed),
#      and the project's image reaches the first plain prompt against moto without loading AWT/Swing
#   5. bench/run.sh --quick (numbers reported, never asserted; a benchmark failure only warns)
# Usage: scripts/check-dist.sh [--no-bench]
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
BENCH=1
[ "${1:-}" = "--no-bench" ] && BENCH=0
step() { echo; echo "== check-dist: $* =="; }

export AWS_EC2_METADATA_DISABLED=true
if [ ! -f target/chroma-setup.jar ] || [ ! -f target/completion/chroma-setup_completion ]; then
  ./mvnw -q -B package -DskipTests
fi
VERSION="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"

SANDBOX="$(mktemp -d)"
NOJAVA="$(mktemp -d)"
MOTO_PID=""
cleanup() {
  [ -n "$MOTO_PID" ] && { kill "$MOTO_PID" 2>/dev/null || true; wait "$MOTO_PID" 2>/dev/null || true; }
  rm -rf "$SANDBOX" "$NOJAVA"
}
trap cleanup EXIT

# JReleaser reads the git repository (JGit): it cannot open a linked worktree, and it needs a remote it
# recognises. So it runs in a throw-away clone of this checkout (history kept for the changelog) with
# the working files laid over it and a GitHub-shaped origin that is never contacted.
step "JReleaser sandbox"
git clone -q --no-hardlinks "$ROOT" "$SANDBOX/repo"
git ls-files -co --exclude-standard -z | tar --null -T - -cf - | tar -C "$SANDBOX/repo" -xf -
git -C "$SANDBOX/repo" remote set-url origin https://github.com/chroma-setup/chroma-setup.git
git -C "$SANDBOX/repo" -c user.name=check -c user.email=check@localhost commit -qam "chore: check-dist sandbox" --allow-empty
mkdir -p "$SANDBOX/repo/target"
cp -r target/chroma-setup.jar target/lib target/completion "$SANDBOX/repo/target/"
export JRELEASER_GITHUB_TOKEN=dummy JRELEASER_DRY_RUN=true
JR=(./mvnw -B -q -Prelease -Djreleaser.git.root.search=true)

step "jreleaser:config (assembly)"
(cd "$SANDBOX/repo" && "${JR[@]}" jreleaser:config -Djreleaser.config.assembly=true >"$SANDBOX/config.log" 2>&1) \
  || { cat "$SANDBOX/config.log"; exit 1; }
echo "jreleaser.yml is valid"

step "jreleaser:assemble (current platform)"
(cd "$SANDBOX/repo" && "${JR[@]}" jreleaser:assemble -Djreleaser.select.current.platform=true >"$SANDBOX/assemble.log" 2>&1) \
  || { cat "$SANDBOX/assemble.log"; exit 1; }
(cd "$SANDBOX/repo" && "${JR[@]}" jreleaser:config -Djreleaser.select.current.platform=true >"$SANDBOX/full.log" 2>&1) \
  || { cat "$SANDBOX/full.log"; exit 1; }
find "$SANDBOX/repo/target/jreleaser/assemble" -maxdepth 3 -type f \( -name '*.zip' -o -name '*.tgz' \) -printf '%f\n'
JR_IMAGE="$(find "$SANDBOX/repo/target/jreleaser/assemble/chroma-setup-standalone/jlink" -maxdepth 2 -type d -name 'chroma-setup-standalone-*' | head -1)"
[ -x "$JR_IMAGE/bin/chroma-setup" ] || { echo "no JReleaser jlink image" >&2; exit 1; }

step "scripts/jlink-image.sh"
bash scripts/jlink-image.sh
IMAGE="$(find "$ROOT/target/jlink" -maxdepth 1 -type d -name "chroma-setup-$VERSION-*" | head -1)"

# A PATH with every tool of this machine except the JDK's, and no JAVA_HOME: proves the image needs no JDK.
for d in /usr/local/bin /usr/bin /bin; do
  for f in "$d"/*; do
    n="${f##*/}"
    [ -e "$NOJAVA/$n" ] && continue
    case "$(readlink -f "$f")" in /usr/lib/jvm/* | */jdk*/bin/* | */jre/bin/*) continue ;; esac
    ln -s "$f" "$NOJAVA/$n"
  done
done
nojdk() { env -i PATH="$NOJAVA" HOME="$SANDBOX" AWS_EC2_METADATA_DISABLED=true "$@"; }
if nojdk bash -c 'command -v java' >/dev/null; then echo "java is still on the test PATH" >&2; exit 1; fi

for img in "$IMAGE" "$JR_IMAGE"; do
  step "run without a JDK: ${img#"$ROOT"/}"
  if nojdk "$img/bin/java" --list-modules | grep -q '^java.desktop'; then echo "java.desktop in the image" >&2; exit 1; fi
  out="$(nojdk "$img/bin/chroma-setup" --version)"
  echo "$out"
  [ "$out" = "chroma-setup $VERSION" ] || { echo "unexpected --version output" >&2; exit 1; }
  nojdk "$img/bin/chroma-setup" --help >"$SANDBOX/help.txt"
  grep -q 'destroy' "$SANDBOX/help.txt" || { echo "--help does not list destroy" >&2; exit 1; }
  head -3 "$SANDBOX/help.txt"
done

step "first plain prompt from the image, against moto; no AWT/Swing class loaded"
if command -v moto_server >/dev/null; then
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
  moto_server -H 127.0.0.1 -p "$port" >"$SANDBOX/moto.log" 2>&1 &
  MOTO_PID=$!
  for _ in $(seq 1 100); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1',$port),0.2).close()" 2>/dev/null && break
    sleep 0.1
  done
  rc=0
  nojdk AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_REGION=us-east-1 \
    CHROMA_SETUP_JAVA_OPTS="-Xlog:class+load:file=$SANDBOX/classes.txt" \
    "$IMAGE/bin/chroma-setup" --plain --endpoint-url "http://127.0.0.1:$port" \
    --template-file "$ROOT/samples/moto/chroma-like.cf.json" </dev/null >/dev/null 2>"$SANDBOX/prompt.txt" || rc=$?
  grep -q 'Region \[' "$SANDBOX/prompt.txt" || { cat "$SANDBOX/prompt.txt"; echo "no Region prompt (exit $rc)" >&2; exit 1; }
  echo "Region prompt reached (exit $rc at end of input, as expected); $(wc -l <"$SANDBOX/classes.txt") classes loaded"
  if grep -E ' (java\.awt|javax\.swing|sun\.awt)\.' "$SANDBOX/classes.txt"; then echo "AWT/Swing classes loaded" >&2; exit 1; fi
  echo "no java.awt / javax.swing class loaded"
  kill "$MOTO_PID" 2>/dev/null || true; wait "$MOTO_PID" 2>/dev/null || true; MOTO_PID=""
else
  echo "moto_server is missing (pip install 'moto[server]'): skipped the prompt check" >&2
  exit 1
fi

if [ "$BENCH" = 1 ]; then
  step "bench/run.sh --quick (reported, not asserted)"
  bash bench/run.sh --quick || echo "WARNING: the benchmark failed (not a distribution failure)"
fi
step "OK"
