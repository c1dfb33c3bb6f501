<?php
/**
 * Turns an element name and attribute values (from the shortcode or the block) into the
 * element's HTML. Only known elements and attributes pass, each value is checked against the
 * attribute's type and escaped. What is refused is named in an HTML comment; people who can
 * edit posts also see a notice saying what to fix (visitors do not).
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Checks the values for an element.
 *
 * @param string $element Tag name.
 * @param array  $values  Attribute name => value (true or a name-only entry for a boolean).
 * @return array array( 'attributes' => name => string|true, 'problems' => string[] ).
 */
function bildungsnetz_widgets_check( $element, $values ) {
	$elements   = bildungsnetz_widgets_elements();
	$known      = $elements[ $element ]['attributes'];
	$attributes = array();
	$problems   = array();
	foreach ( $values as $name => $value ) {
		if ( is_int( $name ) ) {
			// A name without value, as in [bildungsnetz element="event-list" filters].
			$name  = (string) $value;
			$value = true;
		}
		$name = strtolower( (string) $name );
		if ( 'element' === $name ) {
			continue;
		}
		if ( ! isset( $known[ $name ] ) ) {
			/* translators: 1: attribute name, 2: element name, 3: list of attribute names. */
			$problems[] = sprintf( __( '“%1$s” is not an attribute of <%2$s>. Possible: %3$s.', 'bildungsnetz-widgets' ), $name, $element, implode( ', ', array_keys( $known ) ) );
			continue;
		}
		$attribute = $known[ $name ];
		if ( is_bool( $value ) || is_null( $value ) ) {
			$value = $value ? 'true' : '';
		}
		$value = trim( (string) $value );
		if ( '' === $value && 'boolean' !== $attribute['kind'] ) {
			continue;
		}
		switch ( $attribute['kind'] ) {
			case 'boolean':
				if ( in_array( strtolower( $value ), array( 'true', '1', 'yes', 'ja', $name ), true ) ) {
					$attributes[ $name ] = true;
				} elseif ( ! in_array( strtolower( $value ), array( 'false', '0', 'no', 'nein', '' ), true ) ) {
					/* translators: 1: attribute name, 2: the value given. */
					$problems[] = sprintf( __( '“%1$s” is switched on or off: write %1$s="true" or leave it out (not “%2$s”).', 'bildungsnetz-widgets' ), $name, $value );
				}
				break;
			case 'number':
				if ( 1 === preg_match( '/^\d+$/', $value ) ) {
					$attributes[ $name ] = $value;
				} else {
					/* translators: 1: attribute name, 2: the value given. */
					$problems[] = sprintf( __( '“%1$s” needs a whole number, not “%2$s”.', 'bildungsnetz-widgets' ), $name, $value );
				}
				break;
			case 'enum':
				if ( in_array( $value, $attribute['values'], true ) ) {
					$attributes[ $name ] = $value;
				} else {
					/* translators: 1: attribute name, 2: the value given, 3: the possible values. */
					$problems[] = sprintf( __( '“%2$s” is not a value of “%1$s”. Possible: %3$s.', 'bildungsnetz-widgets' ), $name, $value, implode( ', ', $attribute['values'] ) );
				}
				break;
			default:
				if ( 'src' === $name ) {
					$url = esc_url_raw( $value, array( 'https', 'http' ) );
					if ( '' === $url ) {
						/* translators: %s: the value given. */
						$problems[] = sprintf( __( 'The feed address “%s” must start with https:// or http://.', 'bildungsnetz-widgets' ), $value );
						break;
					}
					$value = $url;
				}
				$attributes[ $name ] = $value;
		}
	}
	return array(
		'attributes' => $attributes,
		'problems'   => $problems,
	);
}

/**
 * The notice for people who can edit posts, and an HTML comment for everyone else.
 *
 * @param string[] $problems What to fix.
 * @return string HTML.
 */
function bildungsnetz_widgets_notice( $problems ) {
	if ( empty( $problems ) ) {
		return '';
	}
	$html = '<!-- ' . str_replace( '--', '- -', esc_html( implode( ' ', $problems ) ) ) . ' -->';
	if ( current_user_can( 'edit_posts' ) ) {
		$html .= '<div class="bildungsnetz-widgets-notice" role="note" style="border:2px solid #b32d2e;padding:.5em 1em;margin:.5em 0"><p><strong>'
			. esc_html__( 'Bildungsnetz widget: please check (only people who can edit see this):', 'bildungsnetz-widgets' )
			. '</strong></p><ul>';
		foreach ( $problems as $problem ) {
			$html .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$html .= '</ul></div>';
	}
	return $html;
}

/**
 * The element's HTML, and the script enqueued.
 *
 * @param string $element  Tag name.
 * @param array  $values   Attribute values.
 * @param string $fallback HTML shown where the script cannot run (filtered with wp_kses_post).
 * @return string
 */
function bildungsnetz_widgets_render( $element, $values, $fallback = '' ) {
	$element  = strtolower( trim( (string) $element ) );
	$elements = bildungsnetz_widgets_elements();
	if ( ! isset( $elements[ $element ] ) ) {
		$problem = '' === $element
			? __( 'No element chosen.', 'bildungsnetz-widgets' )
			/* translators: 1: the element name given, 2: the known element names. */
			: sprintf( __( '“%1$s” is not a Bildungsnetz widget. Possible: %2$s.', 'bildungsnetz-widgets' ), $element, implode( ', ', array_keys( $elements ) ) );
		return bildungsnetz_widgets_notice( array( $problem ) );
	}
	$checked    = bildungsnetz_widgets_check( $element, is_array( $values ) ? $values : array() );
	$attributes = $checked['attributes'];
	$settings   = bildungsnetz_widgets_settings();
	if ( '' !== $settings['locale'] && ! isset( $attributes['locale'] ) && isset( $elements[ $element ]['attributes']['locale'] ) ) {
		$attributes['locale'] = $settings['locale'];
	}
	$html = '<' . $element;
	foreach ( $attributes as $name => $value ) {
		$html .= true === $value ? ' ' . $name : ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	$html .= '>' . wp_kses_post( (string) $fallback ) . '</' . $element . '>';
	bildungsnetz_widgets_enqueue();
	return bildungsnetz_widgets_notice( $checked['problems'] ) . $html;
}
