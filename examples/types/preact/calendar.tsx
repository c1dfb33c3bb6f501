// Preact: the package's JSX types, as a Preact app uses them (type check only).
import { useState } from 'preact/hooks';
import 'bildungsnetz-widgets/meeting-calendar';
import type {} from 'bildungsnetz-widgets/preact';

export function Calendar() {
  const [selected, setSelected] = useState<string>();
  return (
    <section class="termine">
      <meeting-calendar
        src="/feed.json"
        view="list"
        heading-level={2}
        onfeed-load={(e) => console.info(e.detail.feed.events.length)}
        onevent-select={(e) => setSelected(e.detail.event.title)}
      ></meeting-calendar>
      <event-list when="upcoming" limit={5} filters></event-list>
      <p>{selected}</p>
    </section>
  );
}

// @ts-expect-error `view` is `'month' | 'list'`
export const wrongView = <meeting-calendar view="grid"></meeting-calendar>;
// @ts-expect-error `limit` is a number
export const wrongLimit = <event-list limit="five"></event-list>;
