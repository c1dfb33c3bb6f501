<?php
/**
 * Unpacks the plugin zip with PclZip, the unzipper WordPress itself falls back to when PHP has
 * no zip extension (as here): the package must open with it.
 *
 * Usage: php unzip.php ZIP DESTINATION
 */

require '/usr/share/wordpress/wp-admin/includes/class-pclzip.php';

$archive = new PclZip( $argv[1] );
if ( 0 === $archive->extract( PCLZIP_OPT_PATH, $argv[2] ) ) {
	fwrite( STDERR, 'unzip: ' . $archive->errorInfo( true ) . "\n" );
	exit( 1 );
}
