/**
 * A gettext .po → .mo compiler, enough for the plugin's translation files: msgctxt, plurals,
 * multi-line strings, C escapes. Written here so `npm run build` needs neither GNU gettext's
 * msgfmt nor another dependency; test/wordpress checks WordPress loads the result.
 */

export interface PoEntry {
  context?: string;
  id: string;
  plural?: string;
  strings: string[];
}

const unescape = (text: string) =>
  text.replace(/\\(["\\ntr]|[0-7]{1,3})/g, (_, code: string) => {
    const named: Record<string, string> = { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' };
    return named[code] ?? String.fromCharCode(parseInt(code, 8));
  });

export function parsePo(source: string): PoEntry[] {
  const entries: PoEntry[] = [];
  let current: Partial<PoEntry> & { strings: string[] } = { strings: [] };
  let field: 'context' | 'id' | 'plural' | number | null = null;
  const flush = () => {
    if (current.id !== undefined) entries.push({ ...current, id: current.id } as PoEntry);
    current = { strings: [] };
    field = null;
  };
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) {
      if (line === '' && current.id !== undefined && current.strings.length > 0) flush();
      continue;
    }
    const match = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[(\d+)\])?)\s+"(.*)"$/.exec(line);
    const text = match ? unescape(match[3]) : /^"(.*)"$/.exec(line)?.[1];
    if (match) {
      const keyword = match[1];
      if ((keyword === 'msgid' || keyword === 'msgctxt') && current.strings.length > 0) flush();
      if (keyword === 'msgctxt') field = 'context';
      else if (keyword === 'msgid') field = 'id';
      else if (keyword === 'msgid_plural') field = 'plural';
      else field = match[2] === undefined ? 0 : Number(match[2]);
      if (typeof field === 'number') current.strings[field] = text!;
      else current[field] = text!;
    } else if (text !== undefined && field !== null) {
      const more = unescape(text);
      if (typeof field === 'number') current.strings[field] += more;
      else current[field] = (current[field] ?? '') + more;
    } else {
      throw new Error(`.po: cannot read the line "${raw}"`);
    }
  }
  flush();
  return entries;
}

/** The binary .mo (little-endian, no hash table) of the translated entries and the header. */
export function compileMo(entries: PoEntry[]): Buffer {
  const pairs = entries
    .filter((e) => e.id === '' || e.strings.some((s) => s !== ''))
    .map((e) => ({
      key: Buffer.from(
        (e.context !== undefined ? `${e.context}\u0004` : '') +
          e.id +
          (e.plural !== undefined ? `\0${e.plural}` : ''),
      ),
      value: Buffer.from(e.strings.join('\0')),
    }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const headerSize = 28;
  const tables = 16 * pairs.length;
  let offset = headerSize + tables;
  const head = Buffer.alloc(headerSize + tables);
  head.writeUInt32LE(0x950412de, 0);
  head.writeUInt32LE(0, 4);
  head.writeUInt32LE(pairs.length, 8);
  head.writeUInt32LE(headerSize, 12);
  head.writeUInt32LE(headerSize + 8 * pairs.length, 16);
  head.writeUInt32LE(0, 20);
  head.writeUInt32LE(offset, 24);
  const bodies: Buffer[] = [];
  const place = (buffer: Buffer, at: number) => {
    head.writeUInt32LE(buffer.length, at);
    head.writeUInt32LE(offset, at + 4);
    bodies.push(buffer, Buffer.from([0]));
    offset += buffer.length + 1;
  };
  pairs.forEach((pair, i) => place(pair.key, headerSize + 8 * i));
  pairs.forEach((pair, i) => place(pair.value, headerSize + 8 * pairs.length + 8 * i));
  return Buffer.concat([head, ...bodies]);
}
