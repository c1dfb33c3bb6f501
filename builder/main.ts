// The static page dist/baukasten.html: the builder with the feed from `?feed=`.
import manifest from '../custom-elements.json';
import { elementsFrom, mountBuilder } from './baukasten.ts';

const feed = new URLSearchParams(location.search).get('feed') ?? '';
mountBuilder(document.getElementById('baukasten')!, { elements: elementsFrom(manifest), feed });
