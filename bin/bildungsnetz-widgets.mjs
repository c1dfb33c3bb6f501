#!/usr/bin/env node
// `npx bildungsnetz-widgets validate|import|build …`: runs with plain Node ≥ 20, no TypeScript
// loader. The commands are src/cli/, built into dist/cli.js by `npm run build`.
// `… | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });

let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('bildungsnetz-widgets: dist/cli.js is missing; run `npm run build` first.\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
