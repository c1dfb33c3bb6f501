#!/usr/bin/env bash
# `npm run test:wordpress`: the WordPress plugin's tests against Debian's WordPress.
# Needs the Debian packages wordpress, php-cli, php-mysql, mariadb-server: as root they are
# installed when missing; otherwise, when they are missing, the tests are skipped with a message
# (CI runs as root, so there they always run). Needs `npm run build` first (the plugin zip).
set -euo pipefail
cd "$(dirname "$0")/../.."

missing="$(bash test/wordpress/setup.sh missing)"
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing the Debian packages the WordPress tests need: $missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    # shellcheck disable=SC2086
    apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "SKIPPED: the WordPress tests need the Debian packages: $missing"
    echo "         Install them (sudo apt-get install $missing) and run npm run test:wordpress again."
    exit 0
  fi
fi
if [ ! -f dist/bildungsnetz-widgets-wordpress.zip ]; then
  echo "dist/bildungsnetz-widgets-wordpress.zip is missing: run npm run build first." >&2
  exit 1
fi
exec node --import tsx --test --test-concurrency=1 test/wordpress/wordpress.node-test.ts
