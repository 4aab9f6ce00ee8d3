#!/usr/bin/env bash
# Aspire's orchestrator (DCP) with the TLS certificate the AppHost made for its API server (DcpCertificate): without one, DCP
# generates RSA keys at every start, which cost one to several seconds of CPU while everything else is starting.
set -euo pipefail
if [ "${1:-}" = start-apiserver ] && [ -n "${PURECONNECT_DCP_TLS:-}" ]; then
  exec "$PURECONNECT_DCP_CLI" "$@" --tls-cert-file "$PURECONNECT_DCP_TLS/cert.pem" --tls-key-file "$PURECONNECT_DCP_TLS/key.pem"
fi
exec "$PURECONNECT_DCP_CLI" "$@"
