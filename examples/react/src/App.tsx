import { useState } from 'react';
// Registers <meeting-calendar> (and the <event-card> it shows); each element has its own entry.
import 'bildungsnetz-widgets/meeting-calendar';
// Types every element in JSX: attributes, properties and event props with their detail types.
import type {} from 'bildungsnetz-widgets/react';

export function App() {
  const [selected, setSelected] = useState<string>();
  const [loaded, setLoaded] = useState(0);

  return (
    <main>
      <h1>Termine</h1>
      {/* React 19 matches event props case-sensitively: `onevent-select`, never `onEventSelect`. */}
      <meeting-calendar
        src="/feed.json"
        month="2030-05"
        today="2030-05-01"
        view="list"
        heading-level={2}
        onfeed-load={(e) => setLoaded(e.detail.feed.events.length)}
        onevent-select={(e) => setSelected(e.detail.event.title)}
      ></meeting-calendar>
      <p id="loaded">{loaded} Termine geladen</p>
      <p id="selected" aria-live="polite">
        {selected ? `Ausgewählt: ${selected}` : 'Noch kein Termin ausgewählt'}
      </p>
    </main>
  );
}
