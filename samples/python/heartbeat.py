"""Connects to the Chroma server chroma-setup deployed and prints its heartbeat.

Run:  CHROMA_HOST=<ServerIp> python3 heartbeat.py   (CHROMA_PORT defaults to 8000)
Needs: pip install chromadb-client   (the thin HTTP client; `chromadb` works too)
"""
import os
import sys

import chromadb


def main() -> int:
    host = os.environ.get("CHROMA_HOST", "").strip()
    if not host:
        print("Set CHROMA_HOST to the server's address (the stack's ServerIp), e.g. CHROMA_HOST=54.210.12.34",
              file=sys.stderr)
        return 2
    port_text = os.environ.get("CHROMA_PORT", "").strip() or "8000"
    if not port_text.isdigit() or not 1 <= int(port_text) <= 65535:
        print(f'CHROMA_PORT must be a port number (1-65535), not "{port_text}"', file=sys.stderr)
        return 2
    port = int(port_text)

    client = chromadb.HttpClient(host=host, port=port, ssl=False)
    try:
        heartbeat = client.heartbeat()
    except Exception as e:  # the client raises several kinds; all mean "no answer from Chroma"
        print(f"Chroma at {host}:{port} did not answer: {e}", file=sys.stderr)
        return 1
    print(f"Chroma at {host}:{port} is up. nanosecond heartbeat: {heartbeat}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
