// Not part of the app (nothing imports it): `npm run typecheck` proves here that the package's
// React types reject what the elements do not accept. Each line below must be a type error.
import type {} from 'bildungsnetz-widgets/react';

export const checks = (
  <>
    {/* @ts-expect-error `view` is 'month' | 'list' */}
    <meeting-calendar view="grid" />
    {/* @ts-expect-error `limit` is a number */}
    <event-list limit="five" />
    {/* @ts-expect-error no such attribute (TypeScript lets any name with a hyphen through, as for data-*) */}
    <event-card eventid="x" />
    {/* @ts-expect-error the detail of `event-select` has `event`, not `title` */}
    <meeting-calendar onevent-select={(e) => e.detail.title} />
    {/* @ts-expect-error `month-change` gives `{ month }` */}
    <meeting-calendar onmonth-change={(e) => e.detail.event} />
    {/* @ts-expect-error a ref to the element's own class */}
    <event-list ref={(el: HTMLInputElement | null) => el} />
  </>
);
