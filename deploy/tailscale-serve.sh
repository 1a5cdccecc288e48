#!/bin/sh
# Publish the loopback listener to the tailnet over HTTPS with `tailscale serve`.
# tailscaled terminates TLS with the machine's *.ts.net certificate and proxies to 127.0.0.1:7070;
# the command center itself keeps listening on loopback only (command-center.access.mode=loopback).
# serve strips any Tailscale-User-* header a client sends and sets its own for users (not for
# tagged devices), so with COMMAND_CENTER_ACCESS_TRUST_SERVE_PROXY=true the page names the viewer.
# Never use `tailscale funnel`: that publishes to the internet.
set -eu
PORT="${COMMAND_CENTER_PORT:-7070}"

tailscale serve --bg --https=443 "http://127.0.0.1:${PORT}"
tailscale serve status
# To stop publishing: tailscale serve --https=443 off
