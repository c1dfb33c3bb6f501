<?php
/**
 * Plugin Name:       Bildungsnetz-Widgets
 * Description:       Events, networks and programmes from the Transferagentur's feed as widgets: a block, a shortcode and a settings page; every role that writes posts may keep the widget elements.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Bildungsnetz-Widgets
 * License:           MIT
 * Text Domain:       bildungsnetz-widgets
 * Domain Path:       /languages
 *
 * @package BildungsnetzWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'BILDUNGSNETZ_WIDGETS_VERSION', '0.1.0' );
define( 'BILDUNGSNETZ_WIDGETS_FILE', __FILE__ );
define( 'BILDUNGSNETZ_WIDGETS_DIR', __DIR__ );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/shortcode.php';
require_once __DIR__ . '/includes/block.php';

/**
 * Loads the plugin's translations (de_DE is shipped in languages/).
 */
function bildungsnetz_widgets_load_textdomain() {
	load_plugin_textdomain( 'bildungsnetz-widgets', false, dirname( plugin_basename( __FILE__ ) ) . '/languages' );
}
add_action( 'init', 'bildungsnetz_widgets_load_textdomain', 1 );
