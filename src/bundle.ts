/**
 * The script-tag bundle: `dist/bildungsnetz-widgets.js`, one self-contained file (Lit inside)
 * that registers every element. It exposes no globals beyond the element names.
 */
import './index.js';
