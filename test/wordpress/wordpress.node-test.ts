/**
 * The WordPress plugin in a real WordPress (Debian's package, MariaDB, `php -S`): what an
 * Author saves, what visitors get over HTTP, the shortcode's refusals and escaping, the script
 * enqueued once or not at all, settings, translations, uninstall, and one page in Chromium.
 *
 * Run by `npm run test:wordpress` (test/wordpress/run.sh), after `npm run build` made
 * dist/bildungsnetz-widgets-wordpress.zip, which the site installs as it ships.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { commonAttributes, editorTexts } from '../../stories/docs/einbinden.ts';
import { pluginElements } from '../../integrations/wordpress/build.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const setup = `${here}setup.sh`;
const elements = JSON.parse(
  readFileSync(
    new URL('../../integrations/wordpress/bildungsnetz-widgets/elements.json', import.meta.url),
    'utf8',
  ),
) as Record<string, { attributes: Record<string, { kind: string; values?: string[] }> }>;
const tags = Object.keys(elements);

let site = '';
let url = '';
let env: NodeJS.ProcessEnv = {};

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** One step in the site's WordPress (test/wordpress/php/run.php). */
function wp<T = Record<string, unknown>>(command: Record<string, unknown>): T {
  const out = execFileSync('php', [`${here}php/run.php`, `${site}/www`], {
    input: JSON.stringify(command),
    env,
    encoding: 'utf8',
  });
  return JSON.parse(out) as T;
}

async function page(link: string): Promise<string> {
  const response = await fetch(link);
  assert.equal(response.status, 200, link);
  return response.text();
}

const scriptTags = (html: string) => html.match(/<script[^>]*bildungsnetz-widgets\.js[^>]*>/g) ?? [];

/** Each element with every attribute set to the example the "Einbinden" page gives editors. */
function elementMarkup(tag: string): string {
  const attributes = Object.keys(elements[tag].attributes)
    .map((name) => {
      const example = (editorTexts[tag]?.attributes[name] ?? commonAttributes[name])?.example;
      assert.ok(example !== undefined, `an example for <${tag} ${name}>`);
      return example === true ? ` ${name}` : ` ${name}="${example}"`;
    })
    .join('');
  return `<${tag}${attributes}><a href="https://example.org/termine">Zu den Terminen</a></${tag}>`;
}

before(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  env = { ...process.env, WP_TEST_URL: url };
  site = execFileSync('bash', [setup, 'start', String(port)], { env, encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop()!;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/wp-login.php`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the PHP server did not answer');
});

after(() => {
  execFileSync('bash', [setup, 'stop'], { env });
});

test('the plugin knows every element and attribute of custom-elements.json (elements.json is current)', () => {
  assert.deepEqual(elements, pluginElements());
});

describe('an Author saves widgets', () => {
  const everything = [
    ...tags.map(elementMarkup),
    '[bildungsnetz element="event-list" limit="5" state="SH"]',
    '<!-- wp:bildungsnetz/widget {"element":"network-card","values":{"network-id":"wissen-was-zaehlt","heading-level":"2"}} /-->',
  ].join('\n\n');

  test('each of the seven elements with all its attributes, the shortcode and the block survive the save', () => {
    for (const user of ['author', 'contributor']) {
      const saved = wp<{ content: string }>({
        action: 'insert',
        user,
        title: `Widgets von ${user}`,
        content: everything,
        status: user === 'author' ? 'publish' : 'pending',
      });
      assert.equal(saved.content, everything, `${user}: the saved post is what the ${user} wrote`);
    }
  });

  test('without the plugin, kses strips them (so the test above can fail)', () => {
    const saved = wp<{ content: string }>({
      action: 'insert',
      user: 'author',
      title: 'Ohne Plugin',
      content: tags.map(elementMarkup).join('\n'),
      withoutPlugin: true,
    });
    for (const tag of tags)
      assert.ok(!saved.content.includes(`<${tag}`), `<${tag}> stripped without the plugin`);
    assert.match(saved.content, /Zu den Terminen/);
  });

  test('the published page carries every element, the shortcode and the block as elements, and the script once', async () => {
    const { link } = wp<{ link: string }>({
      action: 'insert',
      user: 'author',
      title: 'Alles',
      content: everything,
    });
    const html = await page(link);
    for (const tag of tags) assert.ok(html.includes(elementMarkup(tag)), `<${tag}> on the page as written`);
    assert.ok(html.includes('<event-list limit="5" state="SH"></event-list>'), 'the shortcode rendered');
    assert.match(
      html,
      /<div class="wp-block-bildungsnetz-widget"><network-card network-id="wissen-was-zaehlt" heading-level="2"><\/network-card><\/div>/,
      'the block rendered',
    );
    const scripts = scriptTags(html);
    assert.equal(scripts.length, 1, 'the script enqueued exactly once');
    assert.match(scripts[0], / defer/);
    assert.match(scripts[0], /data-feed="http:\/\/127\.0\.0\.1:\d+\/wp-content\/uploads\/sample-feed\.json"/);
    assert.match(
      scripts[0],
      /src='http:\/\/127\.0\.0\.1:\d+\/wp-content\/plugins\/bildungsnetz-widgets\/assets\/bildungsnetz-widgets\.js/,
    );
  });

  test('a page with two widgets loads the script once; a page without widgets loads none', async () => {
    const two = wp<{ link: string }>({
      action: 'insert',
      user: 'author',
      title: 'Zwei Widgets',
      content: '[bildungsnetz element="event-list" limit="2"]\n\n[bildungsnetz element="network-list"]',
      type: 'page',
    });
    assert.equal(scriptTags(await page(two.link)).length, 1);
    const none = wp<{ link: string }>({
      action: 'insert',
      user: 'author',
      title: 'Ohne Widgets',
      content: '<p>Nur Text über event-list und [bildungsnetz] ohne Widget.</p>',
      type: 'page',
    });
    const html = await page(none.link);
    assert.equal(scriptTags(html).length, 0);
    assert.ok(!html.includes('bildungsnetz-widgets.js'));
  });
});

describe('the shortcode', () => {
  test('refuses an unknown element: a comment for visitors, a notice saying what to fix for editors', () => {
    const content = '[bildungsnetz element="event-lsit" limit="5"]';
    const visitor = wp<{ html: string }>({ action: 'render', user: '', content }).html;
    assert.ok(!/<event-lsit/.test(visitor));
    assert.match(visitor, /^<!-- .*event-lsit.* -->$/);
    const editor = wp<{ html: string }>({ action: 'render', user: 'editor', content }).html;
    assert.match(editor, /class="bildungsnetz-widgets-notice"/);
    assert.match(editor, /„event-lsit“ ist kein Bildungsnetz-Widget\. Möglich: event-card, event-list/);
  });

  test('escapes hostile values and drops unknown attributes and bad values', () => {
    const content =
      '[bildungsnetz element="event-list" state=\'"><script>alert(1)</script>\' topic="a&b" onclick="alert(1)" ' +
      'when="soon" limit="5; x" src="javascript:alert(1)" filters]';
    const html = wp<{ html: string }>({ action: 'render', user: '', content }).html;
    // For visitors: an HTML comment naming the problems (escaped, so it cannot close early) …
    assert.match(html, /^<!-- [^]*? -->(?!.*-->)/);
    assert.ok(!html.includes('<script'), html);
    // … and the element with only what passed.
    const element = html.replace(/^<!--[^]*?-->/, '');
    assert.equal(
      element,
      '<event-list state="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;" topic="a&amp;b" filters></event-list>',
    );
    const editor = wp<{ html: string }>({ action: 'render', user: 'editor', content }).html;
    assert.match(editor, /„onclick“ ist kein Attribut von &lt;event-list&gt;/);
    assert.match(editor, /„soon“ ist kein Wert von „when“\. Möglich: upcoming, past, all\./);
    assert.match(editor, /„limit“ braucht eine ganze Zahl/);
    assert.match(
      editor,
      /Die Feed-Adresse „javascript:alert\(1\)“ muss mit https:\/\/ oder http:\/\/ beginnen/,
    );
  });

  test('an Author cannot smuggle an attribute through a saved shortcode', async () => {
    // kses removes a <script> inside the shortcode on save; a quote breaking out of the attribute
    // is plain text to kses and reaches the shortcode, which must escape it.
    const hostile = `x" onmouseover="alert(1)`;
    const saved = wp<{ link: string; content: string }>({
      action: 'insert',
      user: 'author',
      title: 'Feindlich',
      content: `[bildungsnetz element="event-card" event-id='${hostile}']`,
    });
    assert.ok(saved.content.includes(hostile), 'the hostile value is still in the saved post');
    const html = await page(saved.link);
    assert.ok(html.includes('<event-card event-id="x&quot; onmouseover=&quot;alert(1)"></event-card>'));
    assert.ok(!html.includes('onmouseover="alert'));
  });

  test("the editors' debug switch: debug in the shortcode and the block reaches the element; the published block has none unless set", () => {
    const html = wp<{ html: string }>({
      action: 'render',
      user: '',
      content:
        '[bildungsnetz element="event-card" event-id="gibt-es-nicht" debug]' +
        '[bildungsnetz element="event-card" event-id="gibt-es-nicht" debug="false"]' +
        '<!-- wp:bildungsnetz/widget {"element":"news-card","values":{"post-id":"x","debug":true}} /-->' +
        '<!-- wp:bildungsnetz/widget {"element":"news-card","values":{"post-id":"x"}} /-->',
    }).html;
    assert.equal(
      html,
      '<event-card event-id="gibt-es-nicht" debug></event-card>' +
        '<event-card event-id="gibt-es-nicht"></event-card>' +
        '<div class="wp-block-bildungsnetz-widget"><news-card post-id="x" debug></news-card></div>' +
        '<div class="wp-block-bildungsnetz-widget"><news-card post-id="x"></news-card></div>',
    );
    for (const tag of tags) assert.equal(elements[tag].attributes.debug?.kind, 'boolean', `<${tag} debug>`);
  });

  test('the default locale from the settings reaches shortcodes that set none', () => {
    wp({
      action: 'settings',
      settings: {
        feed_url: `${url}/wp-content/uploads/sample-feed.json`,
        script_source: 'bundled',
        locale: 'en',
      },
    });
    try {
      const html = wp<{ html: string }>({
        action: 'render',
        user: '',
        content: '[bildungsnetz element="event-list"][bildungsnetz element="event-list" locale="de"]',
      }).html;
      assert.equal(html, '<event-list locale="en"></event-list><event-list locale="de"></event-list>');
    } finally {
      wp({
        action: 'settings',
        settings: {
          feed_url: `${url}/wp-content/uploads/sample-feed.json`,
          script_source: 'bundled',
          locale: '',
        },
      });
    }
  });
});

describe('settings', () => {
  test('the sanitiser keeps good values and refuses bad ones with a message', () => {
    const good = wp<{ clean: Record<string, string>; errors: unknown[] }>({
      action: 'sanitize',
      input: {
        feed_url: ' https://example.org/feed.json ',
        script_source: 'url',
        script_url: 'https://cdn.example.org/bildungsnetz-widgets.js',
        locale: 'en',
        extra: 'x',
      },
    });
    assert.deepEqual(good.clean, {
      feed_url: 'https://example.org/feed.json',
      script_source: 'url',
      script_url: 'https://cdn.example.org/bildungsnetz-widgets.js',
      locale: 'en',
    });
    assert.deepEqual(good.errors, []);
    const bad = wp<{ clean: Record<string, string>; errors: { code: string }[] }>({
      action: 'sanitize',
      input: { feed_url: 'javascript:alert(1)', script_source: 'url', script_url: '', locale: 'fr' },
    });
    assert.deepEqual(bad.clean, { feed_url: '', script_source: 'bundled', script_url: '', locale: '' });
    assert.deepEqual(
      bad.errors.map((e) => e.code),
      ['feed_url', 'script_source'],
    );
  });

  test('Einstellungen → Bildungsnetz-Widgets shows the three settings, in German, with labels', () => {
    const { html, pages } = wp<{ html: string; pages: string[] }>({ action: 'settingsPage' });
    assert.ok(pages.includes('bildungsnetz-widgets'), 'listed under Settings');
    assert.match(html, /<label for="bildungsnetz-widgets-feed-url">Feed-Adresse<\/label>/);
    assert.match(html, /id="bildungsnetz-widgets-feed-url" name="bildungsnetz_widgets_settings\[feed_url\]"/);
    assert.match(html, /name="bildungsnetz_widgets_settings\[script_source\]" value="bundled" checked/);
    assert.match(html, /<label for="bildungsnetz-widgets-locale">Sprache der Widgets<\/label>/);
  });

  test('the plugin speaks German on a German site (its .mo and the block title)', () => {
    assert.deepEqual(wp({ action: 'translate' }), {
      locale: 'de_DE',
      feedAddress: 'Feed-Adresse',
      blockTitle: 'Bildungsnetz-Widget',
      elementName: 'Terminliste',
    });
  });

  test('uninstall removes the settings', () => {
    try {
      const { before: saved, after: left } = wp<{ before: unknown; after: unknown }>({ action: 'uninstall' });
      assert.notEqual(saved, false);
      assert.equal(left, false);
    } finally {
      wp({
        action: 'settings',
        settings: {
          feed_url: `${url}/wp-content/uploads/sample-feed.json`,
          script_source: 'bundled',
          locale: '',
        },
      });
    }
  });
});

describe('in Chromium', () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  });
  after(async () => {
    await browser?.close();
  });

  test("an Author's page shows the widgets with the feed's data, without errors", async () => {
    const { link } = wp<{ link: string }>({
      action: 'insert',
      user: 'author',
      title: 'Im Browser',
      content: [
        '<event-card event-id="kiel-2019-09-24"><a href="https://example.org">Zur Veranstaltung</a></event-card>',
        '[bildungsnetz element="event-list" when="all" limit="2"]',
        '<!-- wp:bildungsnetz/widget {"element":"network-card","values":{"network-id":"wissen-was-zaehlt"}} /-->',
      ].join('\n\n'),
    });
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on('console', (message) => {
      const favicon = message.location().url.endsWith('/favicon.ico');
      if ((message.type() === 'error' || message.type() === 'warning') && !favicon)
        problems.push(message.text());
    });
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('response', (response) => {
      // The theme asks for /favicon.ico, which this bare site does not have.
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`${response.status()} ${response.url()}`);
    });
    const requests: string[] = [];
    tab.on('request', (request) => requests.push(request.url()));
    await tab.goto(link);
    /** Waits until the element's shadow root shows the text (the feed loaded and rendered). */
    const shows = (tag: string, text: string) =>
      tab.waitForFunction(
        ([t, x]) => document.querySelector(t)?.shadowRoot?.textContent?.includes(x),
        [tag, text],
        {
          timeout: 20_000,
        },
      );
    await shows(
      'event-card',
      'Treffen des Netzwerks der bildungsmanagementaktiven Kommunen in Schleswig-Holstein',
    );
    await shows('event-list', 'Auftakt des Netzwerks'); // the shortcode
    await shows('network-card', 'Wissen, was zählt'); // the block
    assert.deepEqual(problems, []);
    const feedRequests = requests.filter((r) => r.includes('sample-feed.json'));
    assert.equal(feedRequests.length, 1, 'the feed loaded once for three widgets');
    assert.deepEqual(
      requests.filter((r) => !r.startsWith(url)),
      [],
      'no request leaves the site',
    );
    await tab.close();
  });
});

/** What the block editor test reaches of WordPress's editor globals. */
interface EditorGlobals {
  wp: {
    blocks: {
      getBlockType(name: string): unknown;
      createBlock(name: string, attributes: Record<string, unknown>): { clientId: string };
    };
    data: {
      dispatch(store: string): {
        insertBlocks(block: unknown): void;
        selectBlock(clientId: string): void;
      };
    };
  };
}

/** An Author's new post in the block editor, once the widget block is registered; page errors collected. */
async function newPostAsAuthor(browser: Browser) {
  const tab = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`${url}/wp-login.php`);
  await tab.fill('#user_login', 'author');
  await tab.fill('#user_pass', 'author-password');
  await Promise.all([tab.waitForURL(/wp-admin/), tab.click('#wp-submit')]);
  await tab.goto(`${url}/wp-admin/post-new.php`);
  await tab.waitForFunction(
    () => (window as unknown as EditorGlobals).wp?.blocks?.getBlockType('bildungsnetz/widget'),
    null,
    { timeout: 60_000 },
  );
  return { tab, errors };
}

describe('in the block editor', () => {
  let browser: Browser;
  before(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: [...chromiumArgs] });
  });
  after(async () => {
    await browser?.close();
  });

  test('an Author finds the block in German, and its preview is the real widget with the data', async () => {
    const { tab, errors } = await newPostAsAuthor(browser);
    await tab.evaluate(() => {
      const { wp } = window as unknown as EditorGlobals;
      const block = wp.blocks.createBlock('bildungsnetz/widget', {
        element: 'event-list',
        values: { when: 'all', limit: '2' },
      });
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    });
    // The preview: the server's output, run by the widgets' script in the editor.
    await tab.waitForFunction(
      () =>
        document
          .querySelector('.wp-block-bildungsnetz-widget event-list')
          ?.shadowRoot?.textContent?.includes('Auftakt des Netzwerks'),
      null,
      { timeout: 30_000 },
    );
    // The settings: the element choice and each attribute with its German explanation.
    const choice = tab.getByLabel('Widget', { exact: true });
    assert.equal(await choice.inputValue(), 'event-list');
    assert.ok((await choice.locator('option').allTextContents()).includes('Terminliste (<event-list>)'));
    assert.equal(await tab.getByLabel('limit', { exact: true }).inputValue(), '2');
    assert.equal(await tab.getByLabel('when', { exact: true }).inputValue(), 'all');
    await tab.getByText('Wie viele Termine zuerst gezeigt werden', { exact: false }).first().waitFor();
    // Another element: its own settings, the preview follows.
    await choice.selectOption('network-card');
    await tab.getByLabel('network-id', { exact: true }).fill('wissen-was-zaehlt');
    await tab.waitForFunction(
      () =>
        document
          .querySelector('.wp-block-bildungsnetz-widget network-card')
          ?.shadowRoot?.textContent?.includes('Wissen, was zählt'),
      null,
      { timeout: 30_000 },
    );
    assert.deepEqual(errors, []);
    await tab.close();
  });

  test("the preview names the cause of a mistake (the debug switch); the editors' panel switches it on for the page", async () => {
    const { tab, errors } = await newPostAsAuthor(browser);
    const clientId = await tab.evaluate((missing) => {
      const { wp } = window as unknown as EditorGlobals;
      const block = wp.blocks.createBlock('bildungsnetz/widget', {
        element: 'event-card',
        values: { src: missing },
      });
      wp.data.dispatch('core/block-editor').insertBlocks(block);
      wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
      return block.clientId;
    }, `${url}/wp-content/uploads/gibt-es-nicht.json`);
    // A feed address that does not answer: without the editor switching anything on, the
    // preview says what is wrong (visitors would read only the short sentence).
    const detail = await tab.waitForFunction(
      () =>
        document
          .querySelector('.wp-block-bildungsnetz-widget event-card[debug]')
          ?.shadowRoot?.querySelector('[part="error-detail"]')?.textContent,
      null,
      { timeout: 30_000 },
    );
    assert.match(String(await detail.jsonValue()), /Fehler 404.*Adresse des Feeds/);
    // The switch for the published page, in its own panel, in German; off by default.
    await tab.getByRole('button', { name: 'Für die Redaktion' }).click();
    const toggle = tab.getByLabel('Ursache von Fehlern auf der Seite zeigen (debug)', { exact: true });
    assert.equal(await toggle.isChecked(), false);
    await tab.getByText('Die Vorschau hier zeigt die Ursache immer.', { exact: false }).waitFor();
    await toggle.check();
    const values = await tab.evaluate(
      (id) =>
        (
          window as unknown as {
            wp: { data: { select(store: string): { getBlockAttributes(id: string): { values: object } } } };
          }
        ).wp.data
          .select('core/block-editor')
          .getBlockAttributes(id).values,
      clientId,
    );
    assert.deepEqual(values, { src: `${url}/wp-content/uploads/gibt-es-nicht.json`, debug: true });
    assert.deepEqual(errors, []);
    await tab.close();
  });
});

test('the plugin left no PHP notice or warning in the log', () => {
  let log = '';
  try {
    log = readFileSync(`${site}/debug.log`, 'utf8');
  } catch {
    // no log: nothing was logged
  }
  const ours = log.split('\n').filter((line) => line.includes('plugins/bildungsnetz-widgets'));
  assert.deepEqual(ours, []);
});
