// The script tag a partner pastes to load a pinned version from a CDN, with its Subresource
// Integrity hash (sha384 of dist/bildungsnetz-widgets.js as built), printed at the end of
// `npm run build`. The hash is only right for the published file if it was built from the same
// commit as the release (the README says how to check it against the CDN's copy).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const file = 'dist/bildungsnetz-widgets.js';

/** `sha384-…` of the built script bundle, as the `integrity` attribute wants it. */
export function integrity(bytes = readFileSync(new URL(file, root))) {
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

/** The versioned CDN URL of the script bundle (jsDelivr serves every npm version unchanged). */
export const cdnUrl = `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`;

if (import.meta.url === new URL(process.argv[1] ?? '', 'file:').href) {
  console.log(`
CDN script tag for ${name}@${version}:
<script src="${cdnUrl}"
        integrity="${integrity()}"
        crossorigin="anonymous" defer></script>`);
}
