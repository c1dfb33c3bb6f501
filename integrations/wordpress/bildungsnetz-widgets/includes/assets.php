<?php
/**
 * The widgets' script: registered on every request, enqueued only when a page uses a widget
 * (an element in the content, the shortcode or the block), once, with `data-feed` and `defer`.
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

const BILDUNGSNETZ_WIDGETS_HANDLE = 'bildungsnetz-widgets';

/**
 * The script's address: the copy inside the plugin, or the address from the settings.
 *
 * @return string
 */
function bildungsnetz_widgets_script_url() {
	$settings = bildungsnetz_widgets_settings();
	if ( 'url' === $settings['script_source'] && '' !== $settings['script_url'] ) {
		return $settings['script_url'];
	}
	return plugins_url( 'assets/bildungsnetz-widgets.js', BILDUNGSNETZ_WIDGETS_FILE );
}

/**
 * Registers the script (in the footer; `defer` and `data-feed` are added by the tag filter).
 */
function bildungsnetz_widgets_register_script() {
	$settings = bildungsnetz_widgets_settings();
	$version  = 'url' === $settings['script_source'] ? null : BILDUNGSNETZ_WIDGETS_VERSION;
	wp_register_script( BILDUNGSNETZ_WIDGETS_HANDLE, bildungsnetz_widgets_script_url(), array(), $version, true );
}
add_action( 'init', 'bildungsnetz_widgets_register_script' );

/**
 * Enqueues the script; WordPress prints an enqueued handle once, however often this is called.
 */
function bildungsnetz_widgets_enqueue() {
	wp_enqueue_script( BILDUNGSNETZ_WIDGETS_HANDLE );
}

/**
 * The tag names of the elements, for matching them in content.
 *
 * @return string A regular-expression alternation.
 */
function bildungsnetz_widgets_tag_pattern() {
	return implode( '|', array_map( 'preg_quote', array_keys( bildungsnetz_widgets_elements() ) ) );
}

/**
 * Whether a piece of HTML contains one of the elements.
 *
 * @param string $html HTML.
 * @return bool
 */
function bildungsnetz_widgets_html_uses_widget( $html ) {
	return is_string( $html ) && '' !== $html && 1 === preg_match( '/<(?:' . bildungsnetz_widgets_tag_pattern() . ')[\s>\/]/i', $html );
}

/**
 * Enqueues the script when the rendered content carries an element written as HTML (the
 * shortcode and the block enqueue it themselves while they render). Runs after shortcodes and
 * blocks, so it sees their output too.
 *
 * @param string $content The post content, rendered.
 * @return string Unchanged.
 */
function bildungsnetz_widgets_detect_in_content( $content ) {
	if ( bildungsnetz_widgets_html_uses_widget( $content ) ) {
		bildungsnetz_widgets_enqueue();
	}
	return $content;
}
add_filter( 'the_content', 'bildungsnetz_widgets_detect_in_content', 100 );
add_filter( 'widget_text', 'bildungsnetz_widgets_detect_in_content', 100 );
add_filter( 'widget_block_content', 'bildungsnetz_widgets_detect_in_content', 100 );

/**
 * Adds `defer` and the page's feed (`data-feed`, from the settings) to the script tag.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function bildungsnetz_widgets_script_tag( $tag, $handle ) {
	if ( BILDUNGSNETZ_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$settings = bildungsnetz_widgets_settings();
	$extra    = ' defer';
	if ( '' !== $settings['feed_url'] ) {
		$extra .= ' data-feed="' . esc_attr( $settings['feed_url'] ) . '"';
	}
	return preg_replace( '/<script(?=[\s>])/', '<script' . $extra, $tag, 1 );
}
add_filter( 'script_loader_tag', 'bildungsnetz_widgets_script_tag', 10, 2 );
