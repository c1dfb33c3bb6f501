<?php
/**
 * One step of a test, run in the test site's WordPress as a given user: reads a JSON command
 * on stdin, prints the result as JSON. test/wordpress/wordpress.node-test.ts drives it.
 *
 * Usage: echo '{"action":"insert",...}' | php run.php SITE_WWW_DIR
 *
 * Actions:
 *   insert       {user, title, content, status?, withoutPlugin?}  → {id, content, link}
 *                Saves a post the way WordPress saves an editor's post: wp_insert_post() as that
 *                user, so kses filters the content when the user lacks unfiltered_html.
 *                withoutPlugin: the plugin's kses rule removed (what happens without the plugin).
 *   render       {user, content}                                   → {html}  (blocks, shortcodes)
 *   sanitize     {input}                                           → {clean, errors}
 *   settingsPage {}                                                 → {html}  (as admin)
 *   translate    {}                                                 → German texts of the plugin
 *   uninstall    {}                                                 → {before, after}
 *   settings     {settings}                                         → {}  (replaces the settings)
 */

require __DIR__ . '/load.php';

$command = json_decode( stream_get_contents( STDIN ), true );
$as      = static function ( $login ) {
	if ( '' === $login ) {
		wp_set_current_user( 0 );
		return;
	}
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		throw new RuntimeException( "no user $login" );
	}
	wp_set_current_user( $user->ID );
};
$result  = array();

switch ( $command['action'] ) {
	case 'insert':
		$as( $command['user'] );
		if ( ! empty( $command['withoutPlugin'] ) ) {
			remove_filter( 'wp_kses_allowed_html', 'bildungsnetz_widgets_allowed_html', 10 );
		}
		// wp_insert_post() expects slashed data, as it comes from a form.
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $command['title'],
					'post_content' => $command['content'],
					'post_status'  => isset( $command['status'] ) ? $command['status'] : 'publish',
					'post_type'    => isset( $command['type'] ) ? $command['type'] : 'post',
				)
			),
			true
		);
		if ( is_wp_error( $id ) ) {
			throw new RuntimeException( $id->get_error_message() );
		}
		$result = array(
			'id'      => $id,
			'content' => get_post( $id )->post_content,
			'link'    => get_permalink( $id ),
		);
		break;

	case 'render':
		$as( $command['user'] );
		$result = array( 'html' => do_shortcode( do_blocks( $command['content'] ) ) );
		break;

	case 'sanitize':
		$as( 'admin' );
		require_once ABSPATH . 'wp-admin/includes/template.php';
		$clean  = bildungsnetz_widgets_sanitize_settings( $command['input'] );
		$result = array(
			'clean'  => $clean,
			'errors' => array_map(
				static function ( $error ) {
					return array(
						'code'    => $error['code'],
						'message' => $error['message'],
						'type'    => $error['type'],
					);
				},
				get_settings_errors( 'bildungsnetz_widgets_settings' )
			),
		);
		break;

	case 'settingsPage':
		$as( 'admin' );
		require_once ABSPATH . 'wp-admin/includes/admin.php';
		do_action( 'admin_init' );
		do_action( 'admin_menu' );
		$GLOBALS['title'] = 'Bildungsnetz-Widgets';
		ob_start();
		bildungsnetz_widgets_render_settings_page();
		$result = array(
			'html'  => ob_get_clean(),
			'pages' => wp_list_pluck( $GLOBALS['submenu']['options-general.php'], 2 ),
		);
		break;

	case 'translate':
		switch_to_locale( 'de_DE' );
		$block  = WP_Block_Type_Registry::get_instance()->get_registered( 'bildungsnetz/widget' );
		$result = array(
			'locale'      => determine_locale(),
			'feedAddress' => __( 'Feed address', 'bildungsnetz-widgets' ),
			'blockTitle'  => $block ? $block->title : null,
			'elementName' => bildungsnetz_widgets_text( bildungsnetz_widgets_elements()['event-list']['label'] ),
		);
		break;

	case 'uninstall':
		$before = get_option( 'bildungsnetz_widgets_settings' );
		define( 'WP_UNINSTALL_PLUGIN', 'bildungsnetz-widgets/bildungsnetz-widgets.php' );
		include WP_PLUGIN_DIR . '/bildungsnetz-widgets/uninstall.php';
		wp_cache_flush();
		$result = array(
			'before' => $before,
			'after'  => get_option( 'bildungsnetz_widgets_settings' ),
		);
		break;

	case 'settings':
		update_option( 'bildungsnetz_widgets_settings', $command['settings'] );
		break;

	default:
		throw new RuntimeException( 'unknown action ' . $command['action'] );
}

echo wp_json_encode( $result );
