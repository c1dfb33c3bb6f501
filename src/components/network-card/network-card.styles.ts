import { networkStyles } from '../network-list/network.styles.js';

/** `<network-card>` shows one network exactly as `<network-list>` does: the same styles. */
export const styles = networkStyles;
