/**
 * A large feed's JSON read from its bytes without ever holding its whole text as one string.
 *
 * `JSON.parse(text)` of a feed of 40,000 events (93 MB) needs the text as a JavaScript string
 * first: 186 MB (any character beyond Latin-1, a „“ or –, makes V8 store every character in
 * two bytes), alive together with the parsed objects. Here the top-level object is walked in
 * the UTF-8 bytes (an external buffer): each member's value, and each item of `events` on its
 * own, is decoded and given to `JSON.parse` as a short slice. The values are the ones
 * `JSON.parse` makes of the whole text (each slice is read by it; duplicate keys: the last
 * wins; `__proto__` stays an own key).
 *
 * Only the structure between the values is walked here (whitespace, strings as keys, `{`, `[`,
 * `,`, `:`); anything unexpected throws a SyntaxError, and the caller reads the text as usual
 * for the check's exact message.
 *
 * Why by hand: the streaming JSON parsers on npm (stream-json, @streamparser/json) tokenize
 * every character in JavaScript, several times slower than V8's `JSON.parse`, which would break
 * `build`'s 10 s for 40,000 events; this walks only the few bytes between the top-level values
 * and leaves every value to `JSON.parse`.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;

/** The index after the string that starts with the quote at `i`. */
function stringEnd(bytes: Uint8Array, i: number): number {
  for (let at = i + 1; ; at++) {
    at = bytes.indexOf(QUOTE, at);
    if (at === -1) throw new SyntaxError('unterminated string');
    // An escaped quote follows an odd number of backslashes.
    let slashes = 0;
    while (bytes[at - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return at + 1;
  }
}

/** The index after the JSON value that starts at `i` (its brackets balanced, strings skipped). */
function valueEnd(bytes: Uint8Array, i: number): number {
  const first = bytes[i];
  if (first === QUOTE) return stringEnd(bytes, i);
  if (first !== 0x7b && first !== 0x5b) {
    // A number, true, false or null: up to the next delimiter.
    let at = i;
    while (
      at < bytes.length &&
      !isSpace(bytes[at]) &&
      bytes[at] !== 0x2c &&
      bytes[at] !== 0x7d &&
      bytes[at] !== 0x5d
    )
      at++;
    if (at === i) throw new SyntaxError('value expected');
    return at;
  }
  let depth = 0;
  for (let at = i; at < bytes.length; at++) {
    const b = bytes[at];
    if (b === QUOTE) at = stringEnd(bytes, at) - 1;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if ((b === 0x7d || b === 0x5d) && --depth === 0) return at + 1;
  }
  throw new SyntaxError('unbalanced brackets');
}

/** The parsed JSON of a feed's UTF-8 bytes (a BOM is skipped); a SyntaxError when it is not a JSON object. */
export function parseJsonBytes(bytes: Uint8Array, arrays: readonly string[] = ['events']): unknown {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parse = (from: number, to: number): unknown => JSON.parse(buffer.toString('utf8', from, to));
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const space = () => {
    while (isSpace(bytes[i])) i++;
  };
  const expect = (byte: number) => {
    space();
    if (bytes[i] !== byte) throw new SyntaxError(`${String.fromCharCode(byte)} expected at ${i}`);
    i++;
  };
  const set = (target: Record<string, unknown>, key: string, value: unknown) =>
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });

  expect(0x7b);
  const result: Record<string, unknown> = {};
  space();
  if (bytes[i] === 0x7d) i++;
  else
    for (;;) {
      space();
      if (bytes[i] !== QUOTE) throw new SyntaxError(`key expected at ${i}`);
      const keyEnd = stringEnd(bytes, i);
      const key = parse(i, keyEnd) as string;
      i = keyEnd;
      expect(0x3a);
      space();
      if (arrays.includes(key) && bytes[i] === 0x5b) {
        // The array item by item: each a short slice of its own.
        i++;
        const items: unknown[] = [];
        space();
        if (bytes[i] === 0x5d) i++;
        else
          for (;;) {
            space();
            const end = valueEnd(bytes, i);
            items.push(parse(i, end));
            i = end;
            space();
            if (bytes[i] === 0x5d) {
              i++;
              break;
            }
            expect(0x2c);
          }
        set(result, key, items);
      } else {
        const end = valueEnd(bytes, i);
        set(result, key, parse(i, end));
        i = end;
      }
      space();
      if (bytes[i] === 0x7d) {
        i++;
        break;
      }
      expect(0x2c);
    }
  space();
  if (i !== bytes.length) throw new SyntaxError(`unexpected data after the object at ${i}`);
  return result;
}
