#!/bin/sh
# borg-backup.sh - nightly backup of the file server to the ESN's Borg repository.
# Example production of the Cyberfolio sample portfolio (fictional client).
# Run by a systemd timer (borg-backup.timer, OnCalendar=*-*-* 01:00).
set -eu

export BORG_REPO='ssh://borg@sauvegarde.ans.internal/./morin'
# The passphrase is read from a root-only file, never written in the script.
export BORG_PASSCOMMAND='cat /root/.config/borg/passphrase'

log() { logger -t borg-backup "$*"; }

log "start"
borg create --stats --compression zstd,6 --exclude-caches \
    --exclude '/srv/partages/*/Corbeille' \
    ::'morin-{now:%Y-%m-%d}' /srv/partages /etc

borg prune --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --glob-archives 'morin-*'
borg compact
log "end (exit code $?)"
