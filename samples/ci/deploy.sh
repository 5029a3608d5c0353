#!/usr/bin/env bash
# Deploys Chroma from a CI job and hands its endpoint to later steps, failing the job with
# chroma-setup's own exit code and message when anything goes wrong.
#   AWS credentials: the job's usual AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (or OIDC role) variables.
#   CHROMA_SETUP: the chroma-setup command (default: chroma-setup on the PATH).
#   Answers: samples/config/chroma-setup.conf, overridable with CHROMA_SETUP_* variables.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
chroma_setup="${CHROMA_SETUP:-chroma-setup}"

# JSON on stdout, progress on stderr (kept in the job log). The exit code is taken before anything else
# runs: after `if ! cmd`, $? would be the negation's, 0.
code=0
result="$("$chroma_setup" deploy --yes --config "$here/../config/chroma-setup.conf" --output json)" || code=$?
if [ "$code" -ne 0 ]; then
  printf '%s\n' "$result" >&2
  echo "chroma-setup failed with exit code $code (2 bad input, 3 blocked before creating anything, 1 failed)" >&2
  exit "$code"
fi

endpoint="$(printf '%s' "$result" | python3 -c 'import json, sys; print(json.load(sys.stdin)["endpoint"])')"
echo "Chroma answers at $endpoint"
# GitHub Actions: make it an output of this step; other CI systems have their own way.
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  echo "chroma-endpoint=$endpoint" >>"$GITHUB_OUTPUT"
fi
