// The response headers netstyle asks of a host, as one rule table, and the
// two files the build writes from it (scripts/post-build.mjs):
//
//   - `_headers` in the build, as Netlify and Cloudflare Pages read it: one
//     block for the whole public URL (the policy, nosniff) and one per file
//     of the build with its caching and, where it matters, its type. The
//     blocks never give one header twice for a path, so neither host has to
//     merge values (both join a header that several matching rules set).
//   - an nginx snippet (docs/nginx.conf): one location per rule, regex
//     locations in the table's order (nginx takes the first that matches) and
//     the last rule as the prefix location of the public URL. nginx's
//     add_header in a location replaces every add_header of the levels above,
//     so each location carries all of its headers.
//
// scripts/headers.test.mjs checks that the two give every path the same headers.

/** The file the build writes for Netlify and Cloudflare Pages; a host file, not the app's. */
export const HEADERS_FILE = '_headers';

/** For a name that never carries other bytes (scripts/post-build.mjs, nameByContent). */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For a name that stays from deploy to deploy: the browser asks the host each time. */
export const REVALIDATE = 'no-cache';

/**
 * The rule table. A path (relative to the public URL, '' for the bare URL,
 * which is index.html) takes the first rule whose `path` matches; every
 * pattern is anchored at both ends, and the last matches everything.
 * `served: false` keeps a host file off the web.
 */
export const RULES = [
  { files: 'the wasm (content-hashed)', path: /^[^/]+-[0-9a-f]{16}_bg\.wasm$/, cache: IMMUTABLE, type: 'application/wasm' },
  // Text, so a host compresses it as it does the page (the app reads it as
  // UTF-8 whatever the charset).
  { files: 'the language catalogs (content-hashed)', path: /^catalog-[a-z]{2,8}-[0-9a-f]{16}\.nsc$/, cache: IMMUTABLE, type: 'text/plain' },
  { files: 'the other content-hashed files (glue, loader, style, favicon)', path: /^[^/]+-[0-9a-f]{16}\.[a-z0-9]+$/, cache: IMMUTABLE },
  { files: 'the web app manifest', path: /^.*\.webmanifest$/, cache: REVALIDATE, type: 'application/manifest+json' },
  { files: 'any other wasm', path: /^.*\.wasm$/, cache: REVALIDATE, type: 'application/wasm' },
  { files: 'host files', path: /^_headers$/, served: false },
  { files: 'everything else: the page, sw.js, the icons', path: /^.*$/, cache: REVALIDATE },
];

/**
 * The types a host compresses (besides text/html, which nginx always
 * compresses): every text file of the build, the language catalogs
 * (text/plain) and manifests among them, and the wasm. The PNG icons are
 * compressed already. e2e/chromium.mjs lists the same files by ending for
 * the project's own servers; e2e/nginx.spec.ts checks that nginx with the
 * snippet compresses each of them.
 */
export const COMPRESSED_TYPES = ['text/css', 'application/javascript', 'text/javascript', 'text/plain', 'application/manifest+json', 'application/json', 'application/wasm', 'image/svg+xml'];

/** The header policy: the page's own (its meta tag) plus what only works as a header. */
export const headerPolicy = (policy) => `${policy}; frame-ancestors 'none'`;

/** The rule a path (relative to the public URL) falls under. */
export function ruleFor(path) {
  return RULES.find((rule) => rule.path.test(path));
}

/** What every served response of the app carries. */
function common(policy) {
  return { 'Content-Security-Policy': headerPolicy(policy), 'X-Content-Type-Options': 'nosniff' };
}

/** Headers of one rule beyond the common ones. */
function own(rule) {
  return { 'Cache-Control': rule.cache, ...(rule.type ? { 'Content-Type': rule.type } : {}) };
}

/**
 * The headers a path should be served with, or null when it must not be
 * served: what both generated files must agree on.
 */
export function headersFor(path, policy) {
  const rule = ruleFor(path);
  return rule.served === false ? null : { ...common(policy), ...own(rule) };
}

/** `_headers` for the build's `files` (paths relative to it) under `publicUrl`. */
export function netlifyHeaders(files, publicUrl, policy) {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages, written by scripts/post-build.mjs',
    '# from the rule table in scripts/headers.mjs; an nginx snippet from the same table is docs/nginx.conf.',
    `${publicUrl}*`,
    ...Object.entries(common(policy)).map(([name, value]) => `  ${name}: ${value}`),
  ];
  const paths = ['', ...files.filter((path) => path !== HEADERS_FILE)];
  for (const path of paths) {
    const rule = ruleFor(path);
    if (rule.served === false) continue;
    lines.push(publicUrl + encodeURI(path === '' ? '' : path));
    for (const [name, value] of Object.entries(own(rule))) lines.push(`  ${name}: ${value}`);
  }
  return lines.join('\n') + '\n';
}

/** A JS pattern's text as a PCRE that nginx can hold in double quotes. */
function pcre(pattern) {
  const source = pattern.source;
  if (!source.startsWith('^') || !source.endsWith('$')) throw new Error(`rule ${source} must be anchored at both ends`);
  if (source.includes('"') || source.includes('\\\\')) throw new Error(`rule ${source} cannot go into an nginx string`);
  return source.slice(1);
}

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The nginx snippet (for a `server` block) under `publicUrl`. */
export function nginxSnippet(publicUrl, policy) {
  const out = [
    '# netstyle: response headers for nginx, written by scripts/post-build.mjs (release builds)',
    `# from the rule table in scripts/headers.mjs for the public URL ${publicUrl}; do not edit by hand.`,
    `# Include it in the server block whose root serves dist/ at ${publicUrl}, for example`,
    '#   root /srv/netstyle;   # so that /srv/netstyle' + publicUrl + 'index.html is dist/index.html',
    '#   include /path/to/netstyle/docs/nginx.conf;',
    '# Each location sends all of its headers: an add_header here replaces those of the server block.',
    '',
    '# Compression, as a CDN does it: gzip for the page, the scripts, the style sheet, the wasm,',
    '# the language catalogs and the manifests (nginx\'s own gzip module; brotli needs a module of its own).',
    'gzip on;',
    'gzip_vary on;',
    'gzip_comp_level 6;',
    `gzip_types ${COMPRESSED_TYPES.join(' ')};`,
  ];
  const block = (where, rule) => {
    out.push('', `# ${rule.files}`, `location ${where} {`);
    if (rule.served === false) {
      out.push('    return 404;', '}');
      return;
    }
    // The type through nginx's own header: add_header would send a second one.
    if (rule.type) out.push('    types { }', `    default_type ${rule.type};`);
    for (const [name, value] of Object.entries({ ...common(policy), ...own(rule) })) {
      if (name !== 'Content-Type') out.push(`    add_header ${name} "${value}" always;`);
    }
    out.push('}');
  };
  const last = RULES.length - 1;
  if (RULES[last].path.source !== '^.*$') throw new Error('the last rule must match every path');
  for (const rule of RULES.slice(0, last)) block(`~ "^${escapeRegex(publicUrl)}${pcre(rule.path)}"`, rule);
  block(publicUrl, RULES[last]);
  out.push('');
  return out.join('\n');
}
