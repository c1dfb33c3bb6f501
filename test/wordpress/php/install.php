<?php
/**
 * Installs the test site (German) with one user per role that writes: admin, editor, author,
 * contributor. Run once per cached site by setup.sh.
 */

define( 'WP_INSTALLING', true );

/** No mail on this machine: the install's notification goes nowhere. */
function wp_mail() {
	return true;
}
require __DIR__ . '/load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$result = wp_install( 'Bildungsnetz-Test', 'admin', 'admin@example.org', false, '', 'admin-password', 'de_DE' );
foreach ( array( 'editor', 'author', 'contributor' ) as $role ) {
	if ( ! username_exists( $role ) ) {
		wp_insert_user(
			array(
				'user_login' => $role,
				'user_pass'  => $role . '-password',
				'user_email' => $role . '@example.org',
				'role'       => $role,
			)
		);
	}
}
update_option( 'WPLANG', 'de_DE' );
echo 'installed user ' . $result['user_id'] . "\n";
