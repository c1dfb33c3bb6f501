<?php
/**
 * [bildungsnetz element="event-list" limit="5" state="SH"]: any element with its attributes;
 * what stands between [bildungsnetz …] and [/bildungsnetz] is the fallback for visitors
 * without JavaScript.
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The shortcode's output.
 *
 * @param array|string $atts    The shortcode's attributes ('' when it has none).
 * @param string|null  $content Text between the opening and closing shortcode.
 * @return string
 */
function bildungsnetz_widgets_shortcode( $atts, $content = null ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$element = isset( $atts['element'] ) ? $atts['element'] : '';
	unset( $atts['element'] );
	return bildungsnetz_widgets_render( $element, $atts, null === $content ? '' : do_shortcode( $content ) );
}
add_shortcode( 'bildungsnetz', 'bildungsnetz_widgets_shortcode' );
