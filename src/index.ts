/**
 * bildungsnetz-widgets: importing this module registers every element.
 * Each element can also be imported on its own: `bildungsnetz-widgets/event-card`.
 */
export { FeedElement } from './shared/feed-element.js';
export type { FeedLoadDetail, FeedErrorDetail } from './shared/feed-element.js';
export { feedLoader, FeedLoader, type FetchLike } from './data/load.js';
export {
  parseFeed,
  isSafeUrl,
  issueMessage,
  type FeedIssue,
  type ValidFeed,
  type ParsedEvent,
} from './data/parse.js';
export { FeedError, type FeedErrorKind } from './data/errors.js';
export type * from './data/types.js';

export { EventCard } from './components/event-card/event-card.js';
export { NetworkList } from './components/network-list/network-list.js';
export { NetworkCard } from './components/network-card/network-card.js';
export { ProgrammeOverview } from './components/programme-overview/programme-overview.js';
export { ParticipationChart } from './components/participation-chart/participation-chart.js';
export { EventList } from './components/event-list/event-list.js';
export { MeetingCalendar } from './components/meeting-calendar/meeting-calendar.js';
export { NewsList } from './components/news-list/news-list.js';
export { NewsCard } from './components/news-card/news-card.js';
