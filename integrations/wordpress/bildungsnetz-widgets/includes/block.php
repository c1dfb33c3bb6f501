<?php
/**
 * The block "Bildungsnetz widget": one block with an element choice; its settings come from
 * elements.json. It is rendered on the server (the same code as the shortcode), and the editor
 * previews it with that output and the widgets' script, so the preview is the real widget.
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script (plain JavaScript, no build step) and the block.
 */
function bildungsnetz_widgets_register_block() {
	wp_register_script(
		'bildungsnetz-widgets-block-editor',
		plugins_url( 'blocks/widget/editor.js', BILDUNGSNETZ_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-server-side-render' ),
		BILDUNGSNETZ_WIDGETS_VERSION,
		true
	);
	register_block_type(
		BILDUNGSNETZ_WIDGETS_DIR . '/blocks/widget',
		array( 'render_callback' => 'bildungsnetz_widgets_render_block' )
	);
}
add_action( 'init', 'bildungsnetz_widgets_register_block' );

/**
 * What the editor script needs: the elements with their attributes and texts in the site's
 * language, the feed setting and the editor's own texts.
 */
function bildungsnetz_widgets_editor_assets() {
	$elements = array();
	foreach ( bildungsnetz_widgets_elements() as $tag => $element ) {
		$attributes = array();
		foreach ( $element['attributes'] as $name => $attribute ) {
			$attributes[] = array(
				'name'        => $name,
				'kind'        => $attribute['kind'],
				'values'      => isset( $attribute['values'] ) ? $attribute['values'] : array(),
				'default'     => isset( $attribute['default'] ) ? $attribute['default'] : '',
				'description' => bildungsnetz_widgets_text( $attribute['description'] ),
			);
		}
		$elements[] = array(
			'tag'         => $tag,
			'label'       => bildungsnetz_widgets_text( $element['label'] ),
			'description' => bildungsnetz_widgets_text( $element['description'] ),
			'attributes'  => $attributes,
		);
	}
	$settings = bildungsnetz_widgets_settings();
	$config   = array(
		'elements'    => $elements,
		'feedUrl'     => $settings['feed_url'],
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=bildungsnetz-widgets' ) : '',
		'i18n'        => array(
			'element'       => __( 'Widget', 'bildungsnetz-widgets' ),
			'attributes'    => __( 'Settings of the widget', 'bildungsnetz-widgets' ),
			'default'       => __( 'Default', 'bildungsnetz-widgets' ),
			'defaultIs'     => __( 'Default: %s', 'bildungsnetz-widgets' ),
			'noFeed'        => __( 'No feed address is set, so the widgets show no data. An administrator sets it under Settings → Bildungsnetz widgets.', 'bildungsnetz-widgets' ),
			'openSettings'  => __( 'Open the settings', 'bildungsnetz-widgets' ),
			'previewLabel'  => __( 'Preview of the widget', 'bildungsnetz-widgets' ),
			'editors'       => __( 'For editors', 'bildungsnetz-widgets' ),
			'debug'         => __( 'Show the cause of errors on the page (debug)', 'bildungsnetz-widgets' ),
			'debugPreview'  => __( 'The preview here always shows the cause.', 'bildungsnetz-widgets' ),
		),
	);
	wp_add_inline_script(
		'bildungsnetz-widgets-block-editor',
		'window.bildungsnetzWidgetsEditor = ' . wp_json_encode( $config ) . ';',
		'before'
	);
	// The preview shows the real widget: the server renders the element, this script runs it.
	bildungsnetz_widgets_enqueue();
}
add_action( 'enqueue_block_editor_assets', 'bildungsnetz_widgets_editor_assets' );

/**
 * Whether the block is rendered for the editor's preview: the block renderer of the REST API
 * (ServerSideRender), which only people who can edit posts may call.
 *
 * @return bool
 */
function bildungsnetz_widgets_is_preview() {
	return defined( 'REST_REQUEST' ) && REST_REQUEST && current_user_can( 'edit_posts' );
}

/**
 * The block's output.
 *
 * @param array $attributes The block's attributes: element, values.
 * @return string
 */
function bildungsnetz_widgets_render_block( $attributes ) {
	$element = isset( $attributes['element'] ) ? $attributes['element'] : '';
	$values  = isset( $attributes['values'] ) && is_array( $attributes['values'] ) ? $attributes['values'] : array();
	if ( bildungsnetz_widgets_is_preview() ) {
		// The editor's preview: the widget's debug switch, so it names the cause of a mistake
		// (a misspelled id, a missing feed) and what to do. The published page shows visitors
		// the short message, unless the editor switched "debug" on for it.
		$values['debug'] = true;
	}
	return '<div ' . get_block_wrapper_attributes() . '>' . bildungsnetz_widgets_render( $element, $values ) . '</div>';
}
