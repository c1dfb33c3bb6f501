/**
 * An element's docs page: Storybook's own page (title, the German introduction and the JSDoc,
 * the first story with its controls), then the other stories under the headings of
 * stories/docs/story-groups.ts instead of one long wall. Each story names its group in
 * `parameters.group`; the sidebar lists the stories in the same order (the story files are
 * sorted by group). Written with createElement so it needs no JSX setup.
 */
import { createElement as h, Fragment, useContext, type ContextType } from 'react';
import {
  Controls,
  Description,
  DocsContext,
  DocsStory,
  Heading,
  Primary,
  Subtitle,
  Title,
} from '@storybook/addon-docs/blocks';
import { OTHER_STORIES, STORY_GROUPS } from './story-groups.js';

type DocsStoryEntry = ReturnType<ContextType<typeof DocsContext>['componentStories']>[number];

/** The element's stories after the first (shown above as the primary one), by group. */
function storiesByGroup(stories: DocsStoryEntry[]): [string, DocsStoryEntry[]][] {
  const groups = new Map<string, DocsStoryEntry[]>();
  for (const story of stories.slice(1)) {
    const group = String(story.parameters?.group ?? OTHER_STORIES);
    groups.set(group, [...(groups.get(group) ?? []), story]);
  }
  const rank = (group: string) => {
    const index = STORY_GROUPS.indexOf(group);
    return index === -1 ? STORY_GROUPS.length : index;
  };
  return [...groups].sort(([a], [b]) => rank(a) - rank(b));
}

export function GroupedDocsPage() {
  const context = useContext(DocsContext);
  // As Storybook's own Stories block: only the stories meant for the docs page.
  const stories = context
    .componentStories()
    .filter((story) => story.tags?.includes('autodocs') && !story.usesMount);
  return h(
    Fragment,
    null,
    h(Title),
    h(Subtitle),
    h(Description, { of: 'meta' }),
    h(Primary),
    h(Controls),
    ...storiesByGroup(stories).map(([group, list]) =>
      h(
        Fragment,
        { key: group },
        h(Heading, null, group),
        ...list.map((story) =>
          h(DocsStory, { key: story.id, of: story.moduleExport, expanded: true, __forceInitialArgs: true }),
        ),
      ),
    ),
  );
}
