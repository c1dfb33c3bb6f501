/**
 * The structure of an event's `description` (feed brief): paragraphs are separated by blank
 * lines; lines starting with `- ` or `• ` are list items. Plain TypeScript, no DOM: elements
 * render the result with templates, never as HTML.
 */

/** A paragraph (its lines joined by `\n`) or a list (its items). */
export type DescriptionBlock = string | string[];

const ITEM = /^[-•]\s+(\S.*)$/;

/** Splits a description into paragraphs and lists, in order; empty lines and blanks are dropped. */
export function parseDescription(text: string): DescriptionBlock[] {
  const blocks: DescriptionBlock[] = [];
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    let lines: string[] = [];
    let list: string[] | undefined;
    const endParagraph = () => {
      if (lines.length) blocks.push(lines.join('\n'));
      lines = [];
    };
    for (const raw of chunk.split('\n')) {
      const line = raw.trim();
      if (!line) continue;
      const item = ITEM.exec(line);
      if (item) {
        endParagraph();
        if (!list) blocks.push((list = []));
        list.push(item[1]!);
      } else {
        list = undefined;
        lines.push(line);
      }
    }
    endParagraph();
  }
  return blocks;
}
