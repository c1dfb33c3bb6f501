// The ESM build as an npm user's bundler would load it: every element, Lit as a separate module.
import '/dist/index.js';
