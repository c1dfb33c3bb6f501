<?php
/**
 * Lets every role that may write posts keep the widgets: the seven elements and their
 * attributes are added to what `wp_kses_post()` allows ('post' context), which is what
 * WordPress applies when an Author or Contributor saves. `<script>` stays forbidden: the plugin
 * adds the script itself.
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements with their attributes (and `class`, `id`, `lang` like other tags).
 *
 * @param array        $allowed The allowed tags.
 * @param string|array $context The kses context.
 * @return array
 */
function bildungsnetz_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context ) {
		return $allowed;
	}
	foreach ( bildungsnetz_widgets_elements() as $tag => $element ) {
		$attributes = array(
			'class' => true,
			'id'    => true,
			'lang'  => true,
			'dir'   => true,
		);
		foreach ( array_keys( $element['attributes'] ) as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $tag ] = $attributes;
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'bildungsnetz_widgets_allowed_html', 10, 2 );
