<?php
/**
 * Settings → Bildungsnetz-Widgets: feed URL, script source, default locale (Settings API).
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

const BILDUNGSNETZ_WIDGETS_OPTION = 'bildungsnetz_widgets_settings';

/**
 * The settings with their defaults filled in.
 *
 * @return array feed_url, script_source ('bundled' or 'url'), script_url, locale ('', 'de', 'en').
 */
function bildungsnetz_widgets_settings() {
	$defaults = array(
		'feed_url'      => '',
		'script_source' => 'bundled',
		'script_url'    => '',
		'locale'        => '',
	);
	$saved    = get_option( BILDUNGSNETZ_WIDGETS_OPTION, array() );
	return array_merge( $defaults, is_array( $saved ) ? array_intersect_key( $saved, $defaults ) : array() );
}

/**
 * Cleans what the settings form sends; unknown keys are dropped, bad values fall back to the
 * defaults with a message on the settings page.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function bildungsnetz_widgets_sanitize_settings( $input ) {
	// Outside the settings screen (update_option() from code) there is no page to show messages on.
	$report = function_exists( 'add_settings_error' ) ? 'add_settings_error' : '__return_null';
	$input  = is_array( $input ) ? $input : array();
	$clean  = array(
		'feed_url'      => '',
		'script_source' => 'bundled',
		'script_url'    => '',
		'locale'        => '',
	);
	$feed   = isset( $input['feed_url'] ) ? trim( (string) $input['feed_url'] ) : '';
	$script = isset( $input['script_url'] ) ? trim( (string) $input['script_url'] ) : '';

	if ( '' !== $feed ) {
		$clean['feed_url'] = esc_url_raw( $feed, array( 'https', 'http' ) );
		if ( '' === $clean['feed_url'] ) {
			$report( BILDUNGSNETZ_WIDGETS_OPTION, 'feed_url', __( 'The feed address must start with https:// or http://.', 'bildungsnetz-widgets' ) );
		}
	}
	if ( '' !== $script ) {
		$clean['script_url'] = esc_url_raw( $script, array( 'https', 'http' ) );
		if ( '' === $clean['script_url'] ) {
			$report( BILDUNGSNETZ_WIDGETS_OPTION, 'script_url', __( 'The script address must start with https:// or http://.', 'bildungsnetz-widgets' ) );
		}
	}
	if ( isset( $input['script_source'] ) && 'url' === $input['script_source'] ) {
		if ( '' === $clean['script_url'] ) {
			$report( BILDUNGSNETZ_WIDGETS_OPTION, 'script_source', __( 'No script address is set, so the copy of the script inside the plugin is used.', 'bildungsnetz-widgets' ), 'warning' );
		} else {
			$clean['script_source'] = 'url';
		}
	}
	if ( isset( $input['locale'] ) && in_array( $input['locale'], array( 'de', 'en' ), true ) ) {
		$clean['locale'] = $input['locale'];
	}
	return $clean;
}

/**
 * Registers the option, the section and the fields.
 */
function bildungsnetz_widgets_register_settings() {
	register_setting(
		'bildungsnetz_widgets',
		BILDUNGSNETZ_WIDGETS_OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => 'bildungsnetz_widgets_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'bildungsnetz_widgets_main', __( 'Feed and script', 'bildungsnetz-widgets' ), '__return_false', 'bildungsnetz-widgets' );
	add_settings_field( 'feed_url', __( 'Feed address', 'bildungsnetz-widgets' ), 'bildungsnetz_widgets_field_feed', 'bildungsnetz-widgets', 'bildungsnetz_widgets_main', array( 'label_for' => 'bildungsnetz-widgets-feed-url' ) );
	add_settings_field( 'script_source', __( 'Script', 'bildungsnetz-widgets' ), 'bildungsnetz_widgets_field_script', 'bildungsnetz-widgets', 'bildungsnetz_widgets_main' );
	add_settings_field( 'locale', __( 'Language of the widgets', 'bildungsnetz-widgets' ), 'bildungsnetz_widgets_field_locale', 'bildungsnetz-widgets', 'bildungsnetz_widgets_main', array( 'label_for' => 'bildungsnetz-widgets-locale' ) );
}
add_action( 'admin_init', 'bildungsnetz_widgets_register_settings' );

/**
 * The feed URL field.
 */
function bildungsnetz_widgets_field_feed() {
	$settings = bildungsnetz_widgets_settings();
	printf(
		'<input type="url" class="regular-text code" id="bildungsnetz-widgets-feed-url" name="%1$s[feed_url]" value="%2$s" aria-describedby="bildungsnetz-widgets-feed-url-help" placeholder="https://example.org/feed.json">',
		esc_attr( BILDUNGSNETZ_WIDGETS_OPTION ),
		esc_attr( $settings['feed_url'] )
	);
	printf(
		'<p class="description" id="bildungsnetz-widgets-feed-url-help">%s</p>',
		esc_html__( 'The address of the feed (the JSON file with the events) you got from the Transferagentur. Every widget shows this feed unless it names another one.', 'bildungsnetz-widgets' )
	);
}

/**
 * The script source: the copy inside the plugin, or an address.
 */
function bildungsnetz_widgets_field_script() {
	$settings = bildungsnetz_widgets_settings();
	$name     = BILDUNGSNETZ_WIDGETS_OPTION;
	echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Script', 'bildungsnetz-widgets' ) . '</legend>';
	printf(
		'<p><label><input type="radio" name="%1$s[script_source]" value="bundled"%2$s> %3$s</label></p>',
		esc_attr( $name ),
		checked( $settings['script_source'], 'bundled', false ),
		esc_html__( 'The copy inside this plugin (recommended: no request to another server)', 'bildungsnetz-widgets' )
	);
	printf(
		'<p><label><input type="radio" name="%1$s[script_source]" value="url"%2$s> %3$s</label></p>',
		esc_attr( $name ),
		checked( $settings['script_source'], 'url', false ),
		esc_html__( 'From this address:', 'bildungsnetz-widgets' )
	);
	printf(
		'<p><label for="bildungsnetz-widgets-script-url" class="screen-reader-text">%3$s</label><input type="url" class="regular-text code" id="bildungsnetz-widgets-script-url" name="%1$s[script_url]" value="%2$s" placeholder="https://example.org/bildungsnetz-widgets.js"></p></fieldset>',
		esc_attr( $name ),
		esc_attr( $settings['script_url'] ),
		esc_html__( 'Script address', 'bildungsnetz-widgets' )
	);
}

/**
 * The default locale of shortcodes and blocks.
 */
function bildungsnetz_widgets_field_locale() {
	$settings = bildungsnetz_widgets_settings();
	$choices  = array(
		''   => __( 'The language of the page', 'bildungsnetz-widgets' ),
		'de' => __( 'German', 'bildungsnetz-widgets' ),
		'en' => __( 'English', 'bildungsnetz-widgets' ),
	);
	printf( '<select id="bildungsnetz-widgets-locale" name="%s[locale]" aria-describedby="bildungsnetz-widgets-locale-help">', esc_attr( BILDUNGSNETZ_WIDGETS_OPTION ) );
	foreach ( $choices as $value => $label ) {
		printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['locale'], $value, false ), esc_html( $label ) );
	}
	echo '</select>';
	printf(
		'<p class="description" id="bildungsnetz-widgets-locale-help">%s</p>',
		esc_html__( 'Used by shortcodes and blocks that do not set a language themselves.', 'bildungsnetz-widgets' )
	);
}

/**
 * Adds Settings → Bildungsnetz-Widgets.
 */
function bildungsnetz_widgets_add_settings_page() {
	add_options_page(
		__( 'Bildungsnetz widgets', 'bildungsnetz-widgets' ),
		__( 'Bildungsnetz widgets', 'bildungsnetz-widgets' ),
		'manage_options',
		'bildungsnetz-widgets',
		'bildungsnetz_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'bildungsnetz_widgets_add_settings_page' );

/**
 * The settings page.
 */
function bildungsnetz_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<p>' . esc_html__( 'Authors place widgets with the block “Bildungsnetz widget”, the shortcode [bildungsnetz element="event-list"] or the HTML elements themselves (such as <event-list>); this plugin lets every role that writes posts keep them.', 'bildungsnetz-widgets' ) . '</p>';
	echo '<form action="options.php" method="post">';
	settings_fields( 'bildungsnetz_widgets' );
	do_settings_sections( 'bildungsnetz-widgets' );
	submit_button();
	echo '</form></div>';
}
