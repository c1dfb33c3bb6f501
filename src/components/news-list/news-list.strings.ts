import type { Strings } from '../../shared/i18n.js';

/**
 * The texts of `<news-list>` and `<news-card>` (both render a post with post.ts); placeholders
 * `{name}` are filled with `fill` (src/data/messages.ts).
 */
export const strings: Strings<
  | 'noPosts'
  | 'noMatch'
  | 'topic'
  | 'network'
  | 'and'
  | 'notFound'
  | 'topics'
  | 'author'
  | 'published'
  | 'read'
  | 'page'
  | 'more'
  | 'remaining'
> = {
  de: {
    noPosts: 'Der Feed enthält keine Beiträge.',
    noMatch: 'Keine Beiträge {filter}.',
    topic: 'zum Thema {list}',
    network: 'zum Netzwerk {list}',
    and: ' und ',
    notFound: 'Der Beitrag „{id}“ ist im Feed nicht enthalten.',
    topics: 'Themen',
    author: 'Von {author}',
    published: 'Veröffentlicht am',
    read: 'Weiterlesen',
    page: 'Zum Beitrag auf der Website',
    more: 'Weitere Beiträge',
    remaining: '({n} weitere)',
  },
  en: {
    noPosts: 'The feed has no posts.',
    noMatch: 'No posts {filter}.',
    topic: 'on the topic {list}',
    network: 'about the network {list}',
    and: ' and ',
    notFound: 'The post “{id}” is not in the feed.',
    topics: 'Topics',
    author: 'By {author}',
    published: 'Published on',
    read: 'Read more',
    page: 'The post on the website',
    more: 'More posts',
    remaining: '({n} more)',
  },
};
