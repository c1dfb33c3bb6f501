/**
 * `<network-card>` renders a network as `<network-list>` does (network-list/network.ts), with
 * the same texts: one table for both.
 */
export { strings } from '../network-list/network-list.strings.js';
