import { html, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  chartNetwork,
  participationSeries,
  participationSince,
  type Metric,
  type ParticipationPoint,
} from '../../data/networks.js';
import type { EasyList } from '../../data/easy.js';
import { fill } from '../../data/messages.js';
import type { ValidFeed } from '../../data/parse.js';
import type { Network } from '../../data/types.js';
import { defineElement } from '../../shared/define.js';
import { FeedElement } from '../../shared/feed-element.js';
import { strings } from './participation-chart.strings.js';
import { styles } from './participation-chart.styles.js';

type Text = (typeof strings)['de'];

/** A round upper end of the value axis and its step: 0, 5, 10, 15, 20 for a maximum of 20. */
function scale(max: number): [number, number] {
  const rough = Math.max(max, 1) / 4;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough)!;
  const top = Math.ceil(Math.max(max, 1) / step) * step;
  // Near the largest number there is (1.5e308 and up) a round end overflows to Infinity: the maximum itself.
  return Number.isFinite(top) ? [top, step] : [max, max / 4];
}

/** The most meetings one chart shows: the latest ones; a note says how many there are in all. */
export const MAX_MEETINGS = 100;

/** The smallest and largest of many numbers (`Math.min(...values)` overflows the stack for 200,000). */
const extent = (values: number[]): [number, number] =>
  values.reduce<[number, number]>(([lo, hi], v) => [Math.min(lo, v), Math.max(hi, v)], [Infinity, -Infinity]);

/**
 * Participation per meeting of a network as a bar chart, with the same numbers in a table.
 *
 * The chart is hand-written SVG: columns in wide containers, horizontal bars in narrow ones
 * (a container query), so it reads at 320 px. The SVG carries a short summary (`role="img"`);
 * every number is also in a real `<table>` that screen readers reach, visually hidden until
 * the "Tabelle anzeigen" button shows it.
 *
 * @summary A network's participation per meeting (municipalities or people) as an SVG bar chart with an accessible table.
 *
 * @csspart figure - The `<figure>` around caption, chart and table.
 * @csspart caption - The caption ("Teilnahme am Netzwerk … seit 2016").
 * @csspart chart - Each of the two SVG charts (columns, bars).
 * @csspart toggle - The button that shows or hides the table.
 * @csspart table - The data table.
 *
 * @cssprop [--bn-chart-bar=var(--bn-accent)] - Bar colour; keep at least 3:1 contrast against the background.
 * @cssprop [--bn-chart-axis=currentColor] - Axis line colour.
 * @cssprop [--bn-chart-grid] - Grid line colour (decorative).
 * @cssprop [--bn-chart-text=currentColor] - Colour of values and labels in the chart.
 */
export class ParticipationChart extends FeedElement {
  static override styles = [...FeedElement.styles, styles];

  /** The id of the network. Without it, the feed's first network with participation data. */
  @property() network?: string;

  /** What the bars count: `municipalities` (default) or `people`. */
  @property() metric: Metric = 'municipalities';

  /** A chart has no texts in Leichte Sprache: no switch. */
  protected override easyLists: readonly EasyList[] = [];

  /** Whether the data table is shown (it is always there for screen readers). */
  @state() private tableShown = false;

  #toggleTable = () => {
    this.tableShown = !this.tableShown;
  };

  protected renderFeed(feed: ValidFeed): TemplateResult {
    const locale = this.lang_;
    const text = strings[locale];
    const network = chartNetwork(feed, this.network);
    if (!network)
      return this.renderEmpty(this.network ? fill(text.notFound, { id: this.network }) : text.empty);
    const metric: Metric = this.metric === 'people' ? 'people' : 'municipalities';
    const series = participationSeries(network, metric, feed.timeZone, locale);
    const points = series.slice(-MAX_MEETINGS);
    if (!points.length)
      return this.renderEmpty(fill(text.noData, { name: network.shortName ?? network.name }));
    const title = this.#title(network, participationSince(network, feed.timeZone), text);
    const unit = text[metric];
    const [min, max] = extent(points.map((p) => p.value));
    const format = (n: number) => n.toLocaleString(locale);
    const summary = (kind: 'columns' | 'bars') =>
      fill(text.summary, { kind: text[kind], n: points.length, min: format(min), max: format(max), unit });
    const [top, step] = scale(max);
    const chart: Chart = {
      points,
      top,
      ticks: Array.from({ length: top / step + 1 }, (_, i) => i * step),
      format,
      summary,
      axis: fill(text.count, { unit }),
      text,
    };
    // The table's columns: each metric that some meeting has a value for.
    const metrics = (['municipalities', 'people'] as const).filter((m) =>
      points.some((p) => p.entry[m] !== undefined),
    );
    return html`<figure part="figure">
      <figcaption part="caption">
        <span class="title" id="caption">${title}</span>
        <span class="sub"
          >${fill(text.perMeeting, { unit })}${
            series.length > points.length
              ? ` ${fill(text.latest, { shown: format(points.length), n: format(series.length) })}`
              : ''
          }</span
        >
      </figcaption>
      ${this.#columns(chart)} ${this.#bars(chart)}
      <button type="button" class="secondary" part="toggle" aria-controls="table" @click=${this.#toggleTable}>
        ${this.tableShown ? text.hide : text.show}
      </button>
      <div
        id="table"
        class=${this.tableShown ? 'table' : 'visually-hidden'}
        role="region"
        aria-labelledby="caption"
        tabindex=${this.tableShown ? '0' : nothing}
      >
        <table part="table">
          <caption>
            ${title}
          </caption>
          <thead>
            <tr>
              <th scope="col">${text.meeting}</th>
              <th scope="col">${text.date}</th>
              ${metrics.map((m) => html`<th scope="col" class="num">${text[m]}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (p) =>
                html`<tr>
                  <th scope="row">${p.label}</th>
                  <td>${p.date ?? '–'}</td>
                  ${metrics.map((m) => html`<td class="num">${cell(p.entry[m], format)}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </figure>`;
  }

  #title(network: Network, since: number | undefined, text: Text): string {
    const short = network.shortName;
    const base =
      short && /^(Netzwerk|Network)\s/.test(short)
        ? fill(text.title, { name: short })
        : fill(text.titleNamed, { name: short ?? network.name });
    return since === undefined ? base : base + fill(text.since, { year: since });
  }

  /** Columns: x in percent of the width, y in em; labels word by word under each column. */
  #columns(c: Chart) {
    const { points, top } = c;
    const plot = 14;
    const y0 = 2.5;
    const lines = points.map((p) => [...p.label.split(/\s+/), p.year ?? '']);
    const height = y0 + plot + 0.5 + lines.reduce((most, l) => Math.max(most, l.length), 0) * 1.25 + 2;
    const slot = 100 / points.length;
    const y = (v: number) => em(y0 + plot - (v / top) * plot);
    return html`<svg
      part="chart"
      class="chart columns size-${Math.min(Math.ceil(points.length / 3), 6)}"
      role="img"
      aria-label=${c.summary('columns')}
      height=${em(height)}
    >
      <text x="-3em" y="1em">${c.axis}</text>
      ${c.ticks.map(
        (t) =>
          svg`<line class="grid" x1="0" x2="100%" y1=${y(t)} y2=${y(t)}></line><text x="-0.5em" y=${y(t)} dy="0.35em" text-anchor="end">${c.format(t)}</text>`,
      )}
      ${points.map((p, i) => {
        const x = slot * i;
        return svg`<rect class="bar" x="${x + slot * 0.2}%" width="${slot * 0.6}%" y=${y(p.value)} height=${em((p.value / top) * plot)}></rect>
          <text class="value" x="${x + slot / 2}%" y=${y(p.value)} dy="-0.45em" text-anchor="middle">${c.format(p.value)}</text>
          <text text-anchor="middle" y=${em(y0 + plot + 0.3)}>${lines[i]!.map(
            (line) => svg`<tspan x="${x + slot / 2}%" dy="1.25em">${line}</tspan>`,
          )}</text>`;
      })}
      <line class="axis" x1="0" x2="100%" y1=${y(0)} y2=${y(0)}></line>
      <text x="50%" y=${em(height - 0.4)} text-anchor="middle">${c.text.meetings}</text>
    </svg>`;
  }

  /** Horizontal bars: one row per meeting, its label above the bar and the value after it. */
  #bars(c: Chart) {
    const row = 3.6;
    const end = c.points.length * row + 0.3;
    const x = (v: number) => (v / c.top) * 85;
    return html`<svg
      part="chart"
      class="chart bars"
      role="img"
      aria-label=${c.summary('bars')}
      height=${em(end + 3.4)}
    >
      ${c.ticks.map(
        (t) =>
          svg`<line class="axis" x1="${x(t)}%" x2="${x(t)}%" y1=${em(end)} y2=${em(end + 0.3)}></line><text x="${x(t)}%" y=${em(end + 1.4)} text-anchor="middle">${c.format(t)}</text>`,
      )}
      ${c.points.map((p, i) => {
        const y = i * row;
        // The label starts a little right of the value axis, clear of it.
        return svg`<text x="0" dx="0.4em" y=${em(y + 1.2)}>${p.month ? `${p.label}, ${p.month}` : p.label}</text>
          <rect class="bar" x="0" width="${x(p.value)}%" y=${em(y + 1.6)} height="1.4em"></rect>
          <text class="value" x="${x(p.value)}%" dx="0.4em" y=${em(y + 2.75)}>${c.format(p.value)}</text>`;
      })}
      <line class="axis" x1="0" x2="0" y1="0" y2=${em(end)}></line>
      <line class="axis" x1="0" x2="85%" y1=${em(end)} y2=${em(end)}></line>
      <text x="42.5%" y=${em(end + 3)} text-anchor="middle">${c.axis}</text>
    </svg>`;
  }
}

const em = (n: number) => `${Math.round(n * 1000) / 1000}em`;

/** What both charts draw from. */
interface Chart {
  points: ParticipationPoint[];
  /** The upper end of the value axis. */
  top: number;
  ticks: number[];
  format: (n: number) => string;
  /** The chart's short summary for screen readers: "Säulendiagramm mit 5 Treffen: …". */
  summary: (kind: 'columns' | 'bars') => string;
  /** The value axis' title: "Anzahl Kommunen". */
  axis: string;
  text: Text;
}

const cell = (value: number | undefined, format: (n: number) => string) =>
  value === undefined ? '–' : format(value);

defineElement('participation-chart', ParticipationChart);

declare global {
  interface HTMLElementTagNameMap {
    'participation-chart': ParticipationChart;
  }
}
