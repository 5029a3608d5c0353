#!/usr/bin/env bash
# Creates the application class-data archive (chroma-setup.jsa beside chroma-setup.jar) by a training
# run of the launcher: a non-interactive deploy against a closed loopback port, which loads picocli,
# the settings, the wizard, the SDK clients, the credential check and the error path, then exits.
# Usage: scripts/cds-archive.sh [INSTALL_DIR]   (default: this checkout, i.e. target/chroma-setup.jsa)
# The archive only speeds up start-up; the launcher runs without it. Skip at build time with
# -Dchroma.cds.skip=true.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DIR="${1:-$ROOT}"
if [ -f "$DIR/target/chroma-setup.jar" ]; then JSA="$DIR/target/chroma-setup.jsa"; else JSA="$DIR/lib/chroma-setup.jsa"; fi
rm -f "$JSA"
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
# a clean environment: no user config, no real credentials, no metadata service, loopback only
# (port 9 is closed); the template is a local fixture, so nothing is downloaded either.
tpl="$home/template.json"
printf '%s' '{"AWSTemplateFormatVersion":"2010-09-09","Parameters":{"InstanceType":{"Type":"String","Default":"t3.small"}},"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}' >"$tpl"
run=(env -i PATH="$PATH" HOME="$home" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} AWS_EC2_METADATA_DISABLED=true
  AWS_ACCESS_KEY_ID=training AWS_SECRET_ACCESS_KEY=training AWS_REGION=us-east-1 TERM=xterm-256color
  CHROMA_SETUP_JAVA_OPTS="-XX:ArchiveClassesAtExit=$JSA -Xlog:cds=off -Xlog:cds+dynamic=off"
  "$DIR/bin/chroma-setup" --endpoint-url http://127.0.0.1:9 --template-file "$tpl" --stack-name cds-training)
if command -v script >/dev/null; then
  # The full-screen face in a pseudo-terminal, so Lanterna and the screens are archived too (the first
  # frame is what people wait for). The credential check fails on purpose (nothing listens); the keys
  # quit from wherever the screen is (q, y to confirm, Enter past the last screen), and the JVM exits
  # normally, which is when the archive is written.
  (sleep 6; printf 'q'; sleep 1; printf 'y'; sleep 1; printf '\r'; sleep 1; printf '\r') \
    | timeout 60 script -qefc "$(printf '%q ' "${run[@]}")" /dev/null >/dev/null 2>&1 || true
fi
if [ ! -f "$JSA" ]; then
  # no pseudo-terminal tool: train on the plain face (it fails on purpose: nothing listens)
  "${run[@]}" --plain --yes </dev/null >/dev/null 2>&1 || true
fi
if [ -f "$JSA" ]; then
  echo "class-data archive: $JSA ($(du -h "$JSA" | cut -f1))"
else
  echo "class-data archive not created (the launcher works without it)" >&2
fi
