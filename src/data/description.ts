/**
 * The structure of a feed description (an event's, a network's, a programme's; feed brief):
 * paragraphs are separated by blank lines; lines starting with `- ` or `• ` are list items.
 * Plain TypeScript, no DOM: elements render the result with templates, never as HTML.
 */

/** A paragraph (its lines joined by `\n`) or a list (its items). */
export type DescriptionBlock = string | string[];

const ITEM = /^[-•]\s+(\S.*)$/;

/** Splits a description into paragraphs and lists, in order; empty lines and blanks are dropped. */
export function parseDescription(text: string): DescriptionBlock[] {
  const blocks: { list: boolean; lines: string[] }[] = [];
  let open: (typeof blocks)[number] | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const item = ITEM.exec(line)?.[1];
    const list = item !== undefined;
    if (!line) open = undefined;
    else {
      // A list item after paragraph lines (or a line after items) starts a new block.
      if (open?.list !== list) blocks.push((open = { list, lines: [] }));
      open.lines.push(item ?? line);
    }
  }
  return blocks.map(({ list, lines }) => (list ? lines : lines.join('\n')));
}
