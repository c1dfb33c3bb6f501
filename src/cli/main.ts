/**
 * `bildungsnetz-widgets <command>`: the publisher's command line. Built into `dist/cli.js`
 * (`npm run build:cli`) and started by `bin/bildungsnetz-widgets.mjs`, so it runs with plain
 * Node ≥ 20. One file per command; this one only picks the command and the language.
 *
 *   validate  check a feed the way the widgets read it          (validate.ts)
 *   import    events from a calendar (.ics, URL) or a CSV sheet  (import-ics.ts, import-csv.ts)
 *   build     the files a web server serves: split feed, calendars, Atom, README  (build.ts)
 */
import { build } from './build.js';
import { importCommand } from './import.js';
import { EXIT, processOutput, type Command, type Locale, type Output } from './io.js';
import { validate } from './validate.js';

const commands: Record<string, Command> = { validate, import: importCommand, build };

const usage: Record<Locale, string> = {
  de: `Aufruf: bildungsnetz-widgets validate <Datei-oder-URL> [--lang de|en] [--today JJJJ-MM-TT] [--strict] [--json]
       bildungsnetz-widgets import <kalender.ics|URL|termine.csv> [--into feed.json] [--out feed.json] …
       bildungsnetz-widgets build <feed.json> --out <Ordner> [--today JJJJ-MM-TT] [--base-url URL] …

validate  prüft einen Feed so, wie ihn die Widgets lesen
import    übernimmt Termine aus einem Kalender (Outlook, Nextcloud, Google) oder einer Tabelle (CSV)
build     schreibt, was der Webserver ausliefert: Feed, Archiv, Kalender-Abos, Atom-Feed, README

Alle Optionen eines Befehls: bildungsnetz-widgets <Befehl> --help`,
  en: `Usage: bildungsnetz-widgets validate <file-or-url> [--lang de|en] [--today YYYY-MM-DD] [--strict] [--json]
       bildungsnetz-widgets import <calendar.ics|URL|events.csv> [--into feed.json] [--out feed.json] …
       bildungsnetz-widgets build <feed.json> --out <folder> [--today YYYY-MM-DD] [--base-url URL] …

validate  checks a feed the way the widgets read it
import    takes events from a calendar (Outlook, Nextcloud, Google) or a spreadsheet (CSV)
build     writes what the web server serves: feed, archive, calendar subscriptions, Atom feed, README

All options of a command: bildungsnetz-widgets <command> --help`,
};

/** The language of the messages: `--lang de|en` anywhere in the arguments (default German). */
function language(args: string[]): string {
  const i = args.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i === -1) return 'de';
  return args[i]!.includes('=') ? args[i]!.slice('--lang='.length) : (args[i + 1] ?? '');
}

/** Runs the command line; resolves to the exit code (0 fine, 1 problems, 2 usage). */
export async function main(argv: string[], io: Output = processOutput): Promise<number> {
  const lang = language(argv);
  const locale: Locale = lang === 'en' ? 'en' : 'de';
  const help = argv.includes('--help') || argv.includes('-h');
  // The command is the first word that is neither a flag nor the value of --lang.
  const name = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--lang');
  const command = name === undefined ? undefined : commands[name];
  if (help) {
    io.out(command ? command.usage[locale] : usage[locale]);
    return EXIT.ok;
  }
  if (!command || (lang !== 'de' && lang !== 'en')) {
    io.err(command ? command.usage[locale] : usage[locale]);
    return EXIT.usage;
  }
  const args = [...argv];
  args.splice(args.indexOf(name!), 1);
  return command.run(args, io, locale);
}
