#!/usr/bin/env bash
# Creates the application class-data archive (chroma-setup.jsa beside chroma-setup.jar) from training
# runs of the launcher: the full-screen face in a pseudo-terminal and a non-interactive deploy, both
# against a closed loopback port, which load picocli, the settings, the wizard, the screens, the SDK
# clients, the credential check and the error path, then exit.
# Usage: scripts/cds-archive.sh [INSTALL_DIR]   (default: this checkout, i.e. target/chroma-setup.jsa)
# The archive only speeds up start-up; the launcher runs without it. Skip at build time with
# -Dchroma.cds.skip=true. CDS_DEBUG_HOME=DIR keeps the training runs' class lists and the dump's log there.
#
# A static archive (-Xshare:dump from the list of classes the training runs loaded), not a dynamic one
# (-XX:ArchiveClassesAtExit): on Java 17 a dynamic archive cannot hold classes compiled for Java 5,
# and picocli's ~170 classes are (class file version 49), so every start parsed and verified them
# from the jar; the static dump takes them, with the lambda classes the runs generated
# (docs/performance.md has the measurements).
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT}"
if [ -f "$DIR/target/chroma-setup.jar" ]; then JSA="$DIR/target/chroma-setup.jsa"; else JSA="$DIR/lib/chroma-setup.jsa"; fi
rm -f "$JSA"
home="${CDS_DEBUG_HOME:-$(mktemp -d)}"
[ -n "${CDS_DEBUG_HOME:-}" ] || trap 'rm -rf "$home"' EXIT
# a clean environment: no user config, no real credentials, no metadata service, loopback only
# (port 9 is closed); the template is a local fixture, so nothing is downloaded either.
tpl="$home/template.json"
printf '%s' '{"AWSTemplateFormatVersion":"2010-09-09","Parameters":{"InstanceType":{"Type":"String","Default":"t3.small"}},"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}' >"$tpl"
run=(env -i PATH="$PATH" HOME="$home" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} AWS_EC2_METADATA_DISABLED=true
  AWS_ACCESS_KEY_ID=training AWS_SECRET_ACCESS_KEY=training AWS_REGION=us-east-1 TERM=xterm-256color)
args=("$DIR/bin/chroma-setup" --endpoint-url http://127.0.0.1:9 --template-file "$tpl" --stack-name cds-training)
if command -v script >/dev/null; then
  # The full-screen face in a pseudo-terminal, so Lanterna and the screens are archived too (the first
  # frame is what people wait for). The credential check fails on purpose (nothing listens); the keys
  # quit from wherever the screen is (q, y to confirm, Enter past the last screen). The pseudo-terminal
  # gets a size first: script's own has none (0x0), where the wizard waits on a "too small" screen.
  tui=("${run[@]}" CHROMA_SETUP_JAVA_OPTS="-XX:DumpLoadedClassList=$home/tui.classes" "${args[@]}")
  (sleep 6; printf 'q'; sleep 1; printf 'y'; sleep 1; printf '\r'; sleep 1; printf '\r') \
    | timeout 60 script -qefc "stty rows 30 cols 100; $(printf '%q ' "${tui[@]}")" /dev/null >/dev/null 2>&1 || true
fi
# the plain face and the non-interactive path (it fails on purpose: nothing listens)
"${run[@]}" CHROMA_SETUP_JAVA_OPTS="-XX:DumpLoadedClassList=$home/plain.classes" "${args[@]}" --plain --yes \
  </dev/null >/dev/null 2>&1 || true

# The runtime's own default list first (what its built-in archive holds, when it has one), then the
# training runs' classes, each line once. The dump runs through the launcher so that it uses the same
# java and the same class path, in the same order, as every later start.
java_home_of_launcher=""
for candidate in "$DIR" "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ]; then java_home_of_launcher="$candidate"; break; fi
done
{
  if [ -f "$java_home_of_launcher/lib/classlist" ]; then grep -v '^#' "$java_home_of_launcher/lib/classlist"; fi
  cat "$home"/*.classes 2>/dev/null | grep -v '^#'
} | awk '!seen[$0]++' >"$home/all.classes"
if [ -s "$home/all.classes" ]; then
  env -i PATH="$PATH" HOME="$home" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    CHROMA_SETUP_JAVA_OPTS="-Xshare:dump -XX:SharedClassListFile=$home/all.classes -XX:SharedArchiveFile=$JSA" \
    "$DIR/bin/chroma-setup" --version >"$home/dump.log" 2>&1 || true
fi
if [ -f "$JSA" ]; then
  echo "class-data archive: $JSA ($(du -h "$JSA" | cut -f1))"
else
  echo "class-data archive not created (the launcher works without it)" >&2
  tail -5 "$home/dump.log" 2>/dev/null >&2 || true
fi
