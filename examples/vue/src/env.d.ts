// Types every element in templates (vue-tsc): attributes, properties and `@event-select` & co.
import type {} from 'bildungsnetz-widgets/vue';
