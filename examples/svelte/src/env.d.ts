// Types every element in markup (svelte-check): attributes, properties and `onevent-select` & co.
import type {} from 'bildungsnetz-widgets/svelte';
