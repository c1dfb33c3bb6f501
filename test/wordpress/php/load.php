<?php
/**
 * Loads the test site's WordPress in a PHP CLI script: `require 'load.php'` with the site's
 * www directory as the first argument (setup.sh passes it).
 */

$bildungsnetz_root = $argv[1] ?? '';
if ( ! is_file( $bildungsnetz_root . '/wp-load.php' ) ) {
	fwrite( STDERR, "usage: php script.php SITE_WWW_DIR\n" );
	exit( 2 );
}
$bildungsnetz_url            = parse_url( getenv( 'WP_TEST_URL' ) ? getenv( 'WP_TEST_URL' ) : 'http://127.0.0.1' );
$_SERVER['HTTP_HOST']        = $bildungsnetz_url['host'] . ( isset( $bildungsnetz_url['port'] ) ? ':' . $bildungsnetz_url['port'] : '' );
$_SERVER['SERVER_NAME']      = $bildungsnetz_url['host'];
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';
require $bildungsnetz_root . '/wp-load.php';
