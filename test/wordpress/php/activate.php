<?php
/**
 * Activates the plugin and gives it the settings the tests start from: the sample feed served
 * by the site itself, the script copy inside the plugin, the page's language.
 */

require __DIR__ . '/load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$result = activate_plugin( 'bildungsnetz-widgets/bildungsnetz-widgets.php' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
update_option(
	'bildungsnetz_widgets_settings',
	array(
		'feed_url'      => home_url( '/wp-content/uploads/sample-feed.json' ),
		'script_source' => 'bundled',
		'script_url'    => '',
		'locale'        => '',
	)
);
