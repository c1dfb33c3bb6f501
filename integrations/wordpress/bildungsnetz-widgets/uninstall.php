<?php
/**
 * Removes the plugin's settings when it is deleted (Plugins → Delete), on every site of a
 * network.
 *
 * @package BildungsnetzWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'bildungsnetz_widgets_settings' );
if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $bildungsnetz_widgets_site ) {
		switch_to_blog( $bildungsnetz_widgets_site );
		delete_option( 'bildungsnetz_widgets_settings' );
		restore_current_blog();
	}
}
