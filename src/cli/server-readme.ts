/**
 * README.txt next to the built files: how a web server or CDN should serve them (caching,
 * revalidation, CORS, types), in German and English, with configuration for Apache, nginx and
 * a CDN.
 */

export interface ReadmeFacts {
  /** The files written, relative to the output folder. */
  files: string[];
  /** Origins of partner sites allowed to fetch the feed, or empty for any (`*`). */
  origins: string[];
  /** The public base URL, when known. */
  baseUrl?: string;
}

export function serverReadme({ files, origins, baseUrl }: ReadmeFacts): string {
  const anyOrigin = origins.length === 0;
  const originRegex = origins.map((o) => o.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|');
  const apacheCors = anyOrigin
    ? `  Header set Access-Control-Allow-Origin "*"`
    : `  SetEnvIf Origin "^(${originRegex})$" CORS_ORIGIN=$0
  Header set Access-Control-Allow-Origin "%{CORS_ORIGIN}e" env=CORS_ORIGIN
  Header merge Vary Origin`;
  const nginxCors = anyOrigin
    ? `    add_header Access-Control-Allow-Origin "*" always;`
    : `    # in the http { } block:
    # map $http_origin $bn_cors { default ""; ~^(${originRegex})$ $http_origin; }
    add_header Access-Control-Allow-Origin $bn_cors always;
    add_header Vary Origin always;`;
  return `bildungsnetz-widgets – Dateien für den Webserver / files for the web server
==========================================================================
${baseUrl ? `\nÖffentliche Adresse / public address: ${baseUrl}\n` : ''}
Dateien / files:
${files.map((f) => `  ${f}`).join('\n')}

DEUTSCH
-------
Diesen Ordner so, wie er ist, auf den Webserver oder ins CDN kopieren (alle Dateien, auch
archive/ und calendars/). Die Widgets laden feed.json; ältere Jahre stehen in archive/JJJJ.json
und werden nur geladen, wenn jemand sie ansieht. Die Adressen darin sind relativ zu feed.json:
der Ordner darf an jeder Adresse liegen, muss aber zusammenbleiben.

Zwischenspeichern (Cache-Control) – empfohlene Werte:
  feed.json              max-age=300, stale-while-revalidate=86400, stale-if-error=604800
                         (5 Minuten frisch; danach sofort ausliefern und im Hintergrund neu
                         laden; bei einem Serverfehler eine Woche lang die alte Fassung)
  archive/*.json         max-age=86400, stale-while-revalidate=604800
                         (vergangene Jahre ändern sich selten)
  calendars/*.ics        max-age=3600, stale-while-revalidate=86400
  events.atom            max-age=900, stale-while-revalidate=86400
ETag (oder Last-Modified) einschalten: Browser fragen dann mit If-None-Match nach und
bekommen "304 Not Modified" ohne Inhalt, solange sich nichts geändert hat.
Komprimierung (gzip oder brotli) für .json, .ics und .atom einschalten: der Feed wird so
etwa zehnmal kleiner.

CORS: Partnerseiten laden den Feed von einer anderen Adresse. Der Server muss dafür
"Access-Control-Allow-Origin" senden – "*" (jede Seite; der Feed ist öffentlich) oder nur
die Adressen der Partner (bildungsnetz-widgets build --cors-origins https://a.de,https://b.de).

Inhaltstypen: .json application/json; .ics text/calendar; .atom application/atom+xml,
jeweils mit charset=utf-8.

Kalender-Abos (webcal://) brauchen absolute Adressen: build mit --base-url aufrufen.

ENGLISH
-------
Copy this folder as it is to the web server or CDN (every file, archive/ and calendars/
too). The widgets load feed.json; older years are in archive/YYYY.json and are loaded only
when someone looks at them. Their addresses are relative to feed.json: the folder may live at
any address but must stay together.

Caching (Cache-Control), recommended values:
  feed.json              max-age=300, stale-while-revalidate=86400, stale-if-error=604800
                         (fresh for 5 minutes; then served at once and refreshed in the
                         background; on a server error the old copy for a week)
  archive/*.json         max-age=86400, stale-while-revalidate=604800
                         (past years rarely change)
  calendars/*.ics        max-age=3600, stale-while-revalidate=86400
  events.atom            max-age=900, stale-while-revalidate=86400
Turn on ETag (or Last-Modified): browsers then ask with If-None-Match and get "304 Not
Modified" without a body as long as nothing changed.
Turn on compression (gzip or brotli) for .json, .ics and .atom: the feed gets about ten
times smaller.

CORS: partner sites load the feed from another address. The server must send
"Access-Control-Allow-Origin" for that: "*" (any site; the feed is public) or only the
partners' origins (bildungsnetz-widgets build --cors-origins https://a.de,https://b.de).

Content types: .json application/json; .ics text/calendar; .atom application/atom+xml, each
with charset=utf-8.

Calendar subscriptions (webcal://) need absolute addresses: run build with --base-url.

APACHE (.htaccess or <Directory>; mod_headers, mod_expires, mod_deflate)
------------------------------------------------------------------------
AddType application/json .json
AddType text/calendar .ics
AddType application/atom+xml .atom
AddDefaultCharset utf-8
AddOutputFilterByType DEFLATE application/json text/calendar application/atom+xml
FileETag MTime Size
<FilesMatch "^feed\\.json$">
  Header set Cache-Control "public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800"
</FilesMatch>
<If "%{REQUEST_URI} =~ m#/archive/[^/]+\\.json$#">
  Header set Cache-Control "public, max-age=86400, stale-while-revalidate=604800"
</If>
<FilesMatch "\\.ics$">
  Header set Cache-Control "public, max-age=3600, stale-while-revalidate=86400"
</FilesMatch>
<FilesMatch "\\.atom$">
  Header set Cache-Control "public, max-age=900, stale-while-revalidate=86400"
</FilesMatch>
<FilesMatch "\\.(json|ics|atom)$">
${apacheCors}
  Header set Access-Control-Expose-Headers "ETag, Last-Modified"
</FilesMatch>
# mod_deflate changes the ETag ("-gzip"); with Apache 2.4 keep revalidation working:
# DeflateAlterETag NoChange

NGINX (server { } block)
------------------------
types { application/json json; text/calendar ics; application/atom+xml atom; }
charset utf-8;
charset_types application/json text/calendar application/atom+xml;
gzip on;
gzip_types application/json text/calendar application/atom+xml;
etag on;
location = /PFAD/feed.json {
    add_header Cache-Control "public, max-age=300, stale-while-revalidate=86400, stale-if-error=604800" always;
${nginxCors}
}
location /PFAD/archive/ {
    add_header Cache-Control "public, max-age=86400, stale-while-revalidate=604800" always;
${nginxCors}
}
location ~ ^/PFAD/.*\\.(ics|atom)$ {
    add_header Cache-Control "public, max-age=3600, stale-while-revalidate=86400" always;
${nginxCors}
}
(PFAD / PATH: where this folder lies on the server. add_header in a location replaces
those of the server block, so each location repeats the CORS lines.)

CDN (Cloudflare, Fastly, Akamai, Bunny, CloudFront …)
----------------------------------------------------
Let the CDN honour the origin's Cache-Control (stale-while-revalidate and stale-if-error are
understood by the common CDNs); forward the Origin header or cache per Origin (Vary: Origin)
when CORS is limited to partners; purge feed.json (and changed archive parts) after each
upload so a correction shows at once. A CDN that should hold files longer than browsers can
get "s-maxage=3600" next to max-age.
`;
}
