#!/usr/bin/env bash
# A throwaway WordPress site from Debian's packages, for the plugin's tests.
#
#   test/wordpress/setup.sh start PORT   MariaDB (own data directory, socket only), the site
#                                        installed once and cached, the plugin from
#                                        dist/bildungsnetz-widgets-wordpress.zip activated,
#                                        `php -S 127.0.0.1:PORT` serving it. Prints the site's
#                                        directory.
#   test/wordpress/setup.sh stop         Stops the PHP server and MariaDB started by `start`.
#   test/wordpress/setup.sh missing      Lists the Debian packages that are not installed.
#
# The site lives in $WP_SITE_DIR (default /tmp/bildungsnetz-widgets-wordpress-<uid>): a copy of
# /usr/share/wordpress (a copy, not links: WordPress finds wp-config.php next to its real files)
# with its own wp-config.php, MariaDB's data and the logs. It is reinstalled when Debian's
# WordPress version changes or the directory is removed.
set -euo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
site="${WP_SITE_DIR:-/tmp/bildungsnetz-widgets-wordpress-$(id -u)}"
# wordpress-l10n (the German translation the tests copy) and the default theme (without one the
# front end is an empty page) are Recommends of wordpress, which .ci/run leaves out
# (--no-install-recommends): named here.
packages=(wordpress wordpress-l10n wordpress-theme-twentytwentythree php-cli php-mysql mariadb-server)

missing() {
  local package
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || echo "$package"
  done
}

stop() {
  local name
  for name in php mariadb; do
    if [ -f "$site/$name.pid" ]; then
      kill "$(cat "$site/$name.pid")" 2>/dev/null || true
      rm -f "$site/$name.pid"
    fi
  done
  # MariaDB removes its socket when it has shut down; wait for that so the next start is clean.
  for _ in $(seq 1 100); do [ -S "$site/mysql.sock" ] || break; sleep 0.1; done
}

start_mariadb() {
  if [ ! -d "$site/mysql/mysql" ]; then
    rm -rf "$site/mysql"
    mariadb-install-db --no-defaults --datadir="$site/mysql" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db >"$site/mariadb-install.log" 2>&1
  fi
  mariadbd --no-defaults --datadir="$site/mysql" --socket="$site/mysql.sock" --skip-networking \
    --user="$(id -un)" --pid-file="$site/mariadb.pid.server" --log-error="$site/mariadb.log" \
    --innodb-buffer-pool-size=32M --skip-log-bin >/dev/null 2>&1 &
  echo $! >"$site/mariadb.pid"
  for _ in $(seq 1 150); do
    [ -S "$site/mysql.sock" ] && mariadb --no-defaults --socket="$site/mysql.sock" -e 'select 1' >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "MariaDB did not start; see $site/mariadb.log" >&2
  exit 1
}

start() {
  local port="$1"
  local version
  # The cache's key: Debian's WordPress version and the layout of the copy (bump on changes here).
  version="$(dpkg-query -W -f='${Version}' wordpress) copy-3"
  mkdir -p "$site"
  stop
  if [ "$(cat "$site/wordpress-version" 2>/dev/null)" != "$version" ]; then
    rm -rf "$site/www" "$site/mysql" "$site/installed"
    mkdir -p "$site/www"
    # Everything but the 150 core translations (only German is needed). Debian links some
    # scripts (underscore.js …) to /usr/share/javascript: -h copies the files themselves.
    (cd /usr/share/wordpress && tar -h --exclude='./wp-content/languages' -cf - .) | tar -xf - -C "$site/www"
    mkdir -p "$site/www/wp-content/languages" "$site/www/wp-content/uploads"
    cp /usr/share/wordpress/wp-content/languages/{de_DE,admin-de_DE}.mo "$site/www/wp-content/languages/"
    sed -e "s|@SITE@|$site|g" "$repo/test/wordpress/wp-config.php.in" >"$site/www/wp-config.php"
    echo "$version" >"$site/wordpress-version"
  fi
  start_mariadb
  mariadb --no-defaults --socket="$site/mysql.sock" -e \
    "CREATE DATABASE IF NOT EXISTS wordpress; CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wordpress'; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';"

  # The plugin as it ships: the zip from `npm run build`, unpacked.
  local zip="$repo/dist/bildungsnetz-widgets-wordpress.zip"
  [ -f "$zip" ] || { echo "$zip is missing: run npm run build first" >&2; exit 1; }
  rm -rf "$site/www/wp-content/plugins/bildungsnetz-widgets"
  php "$repo/test/wordpress/php/unzip.php" "$zip" "$site/www/wp-content/plugins"
  # The sample feed, served by the site itself (no third-party request).
  cp "$repo/src/data/sample-feed.json" "$site/www/wp-content/uploads/sample-feed.json"

  export WP_TEST_URL="http://127.0.0.1:$port"
  if [ ! -f "$site/installed" ]; then
    php "$repo/test/wordpress/php/install.php" "$site/www" >"$site/install.log"
    touch "$site/installed"
  fi
  php "$repo/test/wordpress/php/activate.php" "$site/www"

  PHP_CLI_SERVER_WORKERS=3 php -S "127.0.0.1:$port" -t "$site/www" >"$site/php.log" 2>&1 &
  echo $! >"$site/php.pid"
  echo "$site"
}

case "${1:-}" in
  start) start "${2:?port}" ;;
  stop) stop ;;
  missing) missing ;;
  *) echo "usage: $0 start PORT | stop | missing" >&2; exit 2 ;;
esac
