#!/bin/bash
# chroma-setup hardened template: first-boot script (EC2 UserData) for Amazon Linux 2023.
#
# This file IS the template's UserData: hardened.cf.json embeds it verbatim inside Fn::Sub (a test
# checks they are equal). Rules that keep it both valid shell and a valid Fn::Sub string:
#   - the only dollar-brace sequences in this file are CloudFormation placeholders, and they appear only
#     inside the quoted here-document below, so the shell never expands or executes a parameter value;
#   - shell variables are written as $name, never with braces.
# Never add "set -x": the here-document holds the auth token and the OpenTelemetry headers.
set -euo pipefail
umask 077

# One value a line, in this order. CloudFormation forbids newlines in these values (AllowedPattern).
{
  read -r stack_name
  read -r region
  read -r chroma_version
  read -r otel_endpoint
  read -r otel_service_name
  read -r otel_headers
  read -r auth_token
} <<'CHROMA_SETUP_PARAMETERS'
${AWS::StackName}
${AWS::Region}
${ChromaVersion}
${ChromaOtelCollectionEndpoint}
${ChromaOtelServiceName}
${ChromaOtelCollectionHeaders}
${AuthToken}
CHROMA_SETUP_PARAMETERS

log() {
  echo "chroma-setup: $*"
}

# Tell CloudFormation how it went, exactly once: success after the heartbeat, failure on any error,
# so a broken boot fails the stack at once instead of after the 15-minute timeout.
signalled=0
signal() {
  local code=$1 reason=$2
  if [ "$signalled" = 1 ]; then
    return 0
  fi
  signalled=1
  if [ -x /opt/aws/bin/cfn-signal ]; then
    /opt/aws/bin/cfn-signal --exit-code "$code" --reason "$reason" \
      --stack "$stack_name" --resource ChromaReady --region "$region" || true
  fi
}
on_exit() {
  local rc=$?
  if [ "$rc" != 0 ]; then
    signal 1 "Chroma start-up failed (exit $rc); see /var/log/cloud-init-output.log on the instance"
  fi
}
trap on_exit EXIT

retry() {
  local attempt
  for attempt in 1 2 3 4 5 6; do
    if "$@"; then
      return 0
    fi
    log "attempt $attempt of: $1 failed; retrying"
    sleep $((attempt * 5))
  done
  "$@"
}

log "installing Docker and the CloudFormation helper scripts"
retry dnf install -y docker aws-cfn-bootstrap
systemctl enable --now docker

# --- the data volume: /data on the host, formatted only when blank ------------------------------
# The volume is attached by a separate CloudFormation resource after the instance exists; the
# udev rules of Amazon Linux 2023 name it /dev/sdf (NVMe instances) or it appears as /dev/xvdf (Xen).
log "waiting for the data volume"
device=""
for _ in $(seq 1 120); do
  for candidate in /dev/sdf /dev/xvdf; do
    if [ -b "$candidate" ]; then
      device=$(readlink -f "$candidate")
      break 2
    fi
  done
  sleep 5
done
if [ -z "$device" ]; then
  log "the data volume did not appear within 10 minutes"
  exit 1
fi
if ! blkid "$device" >/dev/null 2>&1; then
  log "formatting the blank data volume $device"
  mkfs.xfs -L chroma-data "$device"
  udevadm settle
fi
uuid=$(blkid -s UUID -o value "$device")
mkdir -p /data
if ! grep -q "UUID=$uuid" /etc/fstab; then
  echo "UUID=$uuid /data xfs defaults,nofail 0 2" >> /etc/fstab
fi
systemctl daemon-reload
mount /data 2>/dev/null || mountpoint -q /data

# --- Chroma under systemd ----------------------------------------------------------------------
install -d -m 0700 /etc/chroma
# Written only when set: an empty endpoint makes Chroma 1.x panic at start (chroma-core/chroma#4609).
: > /etc/chroma/chroma.env
chmod 0600 /etc/chroma/chroma.env
if [ -n "$otel_endpoint" ]; then
  echo "CHROMA_OPEN_TELEMETRY__ENDPOINT=$otel_endpoint" >> /etc/chroma/chroma.env
  if [ -n "$otel_service_name" ]; then
    echo "CHROMA_OPEN_TELEMETRY__SERVICE_NAME=$otel_service_name" >> /etc/chroma/chroma.env
  fi
  if [ -n "$otel_headers" ] && [ "$otel_headers" != "{}" ]; then
    echo "OTEL_EXPORTER_OTLP_HEADERS=$otel_headers" >> /etc/chroma/chroma.env
  fi
fi

if [ -n "$auth_token" ]; then
  chroma_publish="127.0.0.1:8001:8000"
  chroma_port=8001
else
  chroma_publish="8000:8000"
  chroma_port=8000
fi

cat > /etc/systemd/system/chroma.service <<UNIT
[Unit]
Description=Chroma vector database (chromadb/chroma:$chroma_version)
After=docker.service network-online.target
Wants=network-online.target
Requires=docker.service
RequiresMountsFor=/data

[Service]
Restart=always
RestartSec=5
TimeoutStartSec=0
ExecStartPre=-/usr/bin/docker rm -f chroma
ExecStart=/usr/bin/docker run --rm --name chroma -p $chroma_publish -v /data:/data --env-file /etc/chroma/chroma.env chromadb/chroma:$chroma_version
ExecStop=/usr/bin/docker stop chroma

[Install]
WantedBy=multi-user.target
UNIT

# --- the token proxy (only when AuthToken is set) ----------------------------------------------
if [ -n "$auth_token" ]; then
  install -d -m 0700 /etc/chroma/proxy
  # The only copy of the token on disk: root-only, read by nginx at start.
  printf '"%s" 1;\n' "$auth_token" > /etc/chroma/proxy/token.map
  chmod 0600 /etc/chroma/proxy/token.map
  cat > /etc/chroma/proxy/default.conf <<'NGINX'
map $http_x_chroma_token $chroma_token_ok {
    default 0;
    include /etc/nginx/chroma/token.map;
}
server {
    listen 8000;
    client_max_body_size 0;
    location / {
        if ($chroma_token_ok = 0) {
            return 401;
        }
        proxy_pass http://127.0.0.1:8001;
        proxy_http_version 1.1;
        proxy_set_header Host $host;
        proxy_set_header Connection "";
        proxy_request_buffering off;
        proxy_read_timeout 600s;
        proxy_send_timeout 600s;
    }
}
NGINX
  chmod 0600 /etc/chroma/proxy/default.conf
  cat > /etc/systemd/system/chroma-proxy.service <<'UNIT'
[Unit]
Description=Token check in front of Chroma (nginx, header X-Chroma-Token)
After=docker.service network-online.target
Wants=network-online.target
Requires=docker.service

[Service]
Restart=always
RestartSec=5
TimeoutStartSec=0
ExecStartPre=-/usr/bin/docker rm -f chroma-proxy
ExecStart=/usr/bin/docker run --rm --name chroma-proxy --network host -v /etc/chroma/proxy/default.conf:/etc/nginx/conf.d/default.conf:ro -v /etc/chroma/proxy/token.map:/etc/nginx/chroma/token.map:ro nginx:1.27-alpine
ExecStop=/usr/bin/docker stop chroma-proxy

[Install]
WantedBy=multi-user.target
UNIT
fi

log "pulling chromadb/chroma:$chroma_version"
retry docker pull "chromadb/chroma:$chroma_version"
if [ -n "$auth_token" ]; then
  retry docker pull nginx:1.27-alpine
fi
systemctl daemon-reload
systemctl enable --now chroma.service
if [ -n "$auth_token" ]; then
  systemctl enable --now chroma-proxy.service
fi

# --- ready means ready -------------------------------------------------------------------------
log "waiting for Chroma's heartbeat on localhost"
ready=0
for _ in $(seq 1 120); do
  if curl -fsS --max-time 5 "http://127.0.0.1:$chroma_port/api/v2/heartbeat" >/dev/null 2>&1; then
    ready=1
    break
  fi
  sleep 5
done
if [ "$ready" != 1 ]; then
  log "Chroma did not answer its heartbeat within 10 minutes"
  exit 1
fi
if [ -n "$auth_token" ]; then
  # Through the proxy: refused without the token, answered with it (the header read from stdin, so the
  # token never appears in a process list).
  ready=0
  for _ in $(seq 1 24); do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 http://127.0.0.1:8000/api/v2/heartbeat || true)
    if [ "$code" = 401 ] && printf 'X-Chroma-Token: %s\n' "$auth_token" \
        | curl -fsS --max-time 5 -H @- http://127.0.0.1:8000/api/v2/heartbeat >/dev/null 2>&1; then
      ready=1
      break
    fi
    sleep 5
  done
  if [ "$ready" != 1 ]; then
    log "the token proxy did not answer as expected on port 8000"
    exit 1
  fi
fi
log "Chroma is serving"
signal 0 "Chroma answered its heartbeat"
