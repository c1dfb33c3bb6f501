/**
 * Generates src/data/feed.schema.json from the TypeScript types in src/data/types.ts, so the
 * schema and the types can never disagree. `npm run schema` writes it; the test suite checks
 * the committed file is what the types give (test/node/schema.test.ts).
 */
import { createGenerator } from 'ts-json-schema-generator';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const schemaPath = fileURLToPath(new URL('../src/data/feed.schema.json', import.meta.url));

export function generateSchema(): string {
  const schema = createGenerator({
    path: fileURLToPath(new URL('../src/data/types.ts', import.meta.url)),
    tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
    type: 'Feed',
    expose: 'export',
    topRef: true,
    jsDoc: 'extended',
    additionalProperties: true,
    skipTypeCheck: true,
  }).createSchema('Feed');
  return (
    JSON.stringify(
      {
        ...schema,
        $id: 'https://bildungsnetz-widgets.example.org/feed-v1.schema.json',
        title: 'bildungsnetz-widgets feed, version 1',
      },
      null,
      2,
    ) + '\n'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(schemaPath, generateSchema());
  console.log(`wrote ${schemaPath}`);
}
