#!/usr/bin/env bash
# Renders the icons from their SVG sources: PNG in every size the Linux menus (hicolor) and jpackage use, and
# Windows ICO files. Needs Debian's librsvg2-bin (rsvg-convert) and imagemagick. Run from this folder.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" incidentdesk.svg -o "incidentdesk-$size.png"
done
for size in 16 32 48 128 256; do
  rsvg-convert -w "$size" -h "$size" incidentdesk-plan.svg -o "incidentdesk-plan-$size.png"
done
convert incidentdesk-16.png incidentdesk-24.png incidentdesk-32.png incidentdesk-48.png incidentdesk-64.png \
  incidentdesk-256.png incidentdesk.ico
convert incidentdesk-plan-16.png incidentdesk-plan-32.png incidentdesk-plan-48.png incidentdesk-plan-256.png \
  incidentdesk-plan.ico
