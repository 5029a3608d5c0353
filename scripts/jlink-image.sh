#!/usr/bin/env bash
# Builds the self-contained jlink image for the current platform from a packaged checkout:
#   target/jlink/chroma-setup-<version>-<os>-<arch>/   bin/chroma-setup (the launcher), bin/java (the
#   runtime), lib/chroma-setup.jar + lib/*.jar, lib/chroma-setup.jsa, completion/chroma-setup_completion
# and the same as a .tar.gz beside it. No JDK is needed to run the result.
# The modules are the ones jdeps finds (docs/install.md), plus jdk.crypto.ec for TLS and jdk.random
# (RandomGenerator.getDefault() is looked up as a service, invisible to jdeps); java.desktop is
# deliberately absent (only an unused Swing terminal, an annotation and an unused bean binder need it).
# Usage: scripts/jlink-image.sh    (after ./mvnw package; JAVA_HOME or the java on PATH gives jlink)
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
MODULES="java.base,java.logging,java.net.http,java.sql,java.xml,jdk.crypto.ec,jdk.random,jdk.unsupported"

if [ -n "${JAVA_HOME:-}" ]; then JLINK="$JAVA_HOME/bin/jlink"; else JLINK="$(command -v jlink)"; fi
[ -f target/chroma-setup.jar ] || { echo "run ./mvnw package first" >&2; exit 2; }
[ -f target/completion/chroma-setup_completion ] || { echo "target/completion is missing: run ./mvnw package" >&2; exit 2; }
VERSION="$(sed -n 's/^version=//p' target/maven-archiver/pom.properties)"
case "$(uname -s)" in Linux) os=linux ;; Darwin) os=osx ;; *) os="$(uname -s | tr '[:upper:]' '[:lower:]')" ;; esac
case "$(uname -m)" in x86_64 | amd64) arch=x86_64 ;; aarch64 | arm64) arch=aarch_64 ;; *) arch="$(uname -m)" ;; esac
NAME="chroma-setup-$VERSION-$os-$arch"
OUT="target/jlink/$NAME"

rm -rf "$OUT" "target/jlink/$NAME.tar.gz"
mkdir -p target/jlink
# --generate-cds-archive: the runtime's own class-data archive (the application's goes on top of it)
"$JLINK" --add-modules "$MODULES" --output "$OUT" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive
cp bin/chroma-setup "$OUT/bin/chroma-setup"
cp target/chroma-setup.jar target/lib/*.jar "$OUT/lib/"
mkdir -p "$OUT/completion"
cp target/completion/chroma-setup_completion "$OUT/completion/"
if "$OUT/bin/java" --list-modules | grep -q '^java.desktop'; then
  echo "java.desktop must not be in the image" >&2
  exit 1
fi
bash scripts/cds-archive.sh "$OUT"
tar -C target/jlink -czf "target/jlink/$NAME.tar.gz" "$NAME"
echo "jlink image: $OUT ($(du -sh "$OUT" | cut -f1); archive $(du -h "target/jlink/$NAME.tar.gz" | cut -f1))"
