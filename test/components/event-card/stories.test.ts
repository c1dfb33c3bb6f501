import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/components/event-card/event-card.js';
import * as stories from '../../../stories/event-card.stories.js';
import type { Args } from '../../../stories/event-card.stories.js';

type Story = { args?: Partial<Args>; render?: (args: Args) => TemplateResult };
const { default: meta, ...named } = stories as unknown as Record<string, Story> & {
  default: { args: Args; render: (args: Args) => TemplateResult };
};

/** Storybook serves src/data at feeds/ and test/fixtures at fixtures/; the test server has them at their paths. */
const served = (src?: string) =>
  src?.replace(/^feeds\//, '/src/data/').replace(/^fixtures\//, '/test/fixtures/');

describe('event-card stories: every story renders its state and axe finds no violation', () => {
  it('has a story for each state and variant', () => {
    expect(Object.keys(named)).to.include.members([
      'Full',
      'Compact',
      'MonthOnlyTentative',
      'Cancelled',
      'Postponed',
      'Rescheduled',
      'Online',
      'Mixed',
      'NoLocation',
      'BadInput',
      'NotFound',
      'Empty',
      'LoadError',
      'Loading',
      'DarkPage',
      'EventProperty',
    ]);
  });

  for (const [name, story] of Object.entries(named)) {
    it(name, async () => {
      const args = { ...meta.args, ...story.args };
      args.src = served(args.src);
      const warn = console.warn;
      console.warn = () => {}; // the bad-input fixture warns, as it should
      try {
        const wrapper = await fixture<HTMLElement>((story.render ?? meta.render)(args));
        // A story may render more than the element (e.g. a <style> before it).
        const el =
          wrapper.localName === 'event-card' ? wrapper : wrapper.parentElement!.querySelector('event-card')!;
        const expected =
          name === 'Loading'
            ? '.loading'
            : name === 'LoadError' || name === 'ErrorForVisitors'
              ? '.error'
              : name.match(/NotFound|Empty/)
                ? '.empty'
                : 'article';
        await waitUntil(() => el.shadowRoot?.querySelector(expected), `${name}: no ${expected}`, {
          timeout: 10_000,
        });
        await expect(wrapper).to.be.accessible();
      } finally {
        console.warn = warn;
      }
    });
  }
});
