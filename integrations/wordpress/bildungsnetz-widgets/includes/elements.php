<?php
/**
 * The elements and their attributes, from elements.json (generated from custom-elements.json
 * by `npm run build`).
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Every element: tag name => array( 'label', 'description', 'attributes' ).
 *
 * @return array
 */
function bildungsnetz_widgets_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$elements = wp_json_file_decode( BILDUNGSNETZ_WIDGETS_DIR . '/elements.json', array( 'associative' => true ) );
		if ( ! is_array( $elements ) ) {
			$elements = array();
		}
	}
	return $elements;
}

/**
 * The text of a generated description or label in the site's language: German for de_*,
 * English otherwise.
 *
 * @param array $texts array( 'de' => …, 'en' => … ).
 * @return string
 */
function bildungsnetz_widgets_text( $texts ) {
	$language = 0 === strpos( determine_locale(), 'de' ) ? 'de' : 'en';
	return isset( $texts[ $language ] ) && '' !== $texts[ $language ] ? $texts[ $language ] : (string) reset( $texts );
}
