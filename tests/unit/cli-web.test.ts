import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allowedByRobots, robotsRules } from '../../src/cli/web';
import { jsonLinesOf, runCollecting } from './support/cli';

// Live pages and sitemaps (issue 16), against a server this test starts on 127.0.0.1 only.

let server: Server;
let base: string;
const requests: IncomingMessage[] = [];
let open = 0;
let mostOpen = 0;
/** Answers to /held/… wait here until the test lets them go. */
const held: (() => void)[] = [];

const html = (body: string) => `<!doctype html><html><body>${body}</body></html>`;

beforeAll(async () => {
  server = createServer((request, response) => {
    requests.push(request);
    const path = request.url ?? '/';
    const send = (status: number, type: string, body: string | Buffer, headers = {}) => {
      response.writeHead(status, { 'content-type': type, ...headers });
      response.end(body);
    };
    if (path === '/robots.txt') {
      return send(200, 'text/plain', 'User-agent: *\nDisallow: /private\nAllow: /private/ok\n');
    }
    if (path === '/sitemap.xml') {
      return send(
        200,
        'application/xml',
        `<?xml version="1.0"?><sitemapindex><sitemap><loc>${base}/pages.xml</loc></sitemap></sitemapindex>`,
      );
    }
    if (path === '/pages.xml') {
      const pages = ['/a', '/b', '/moved', '/private/secret', '/pdf'].map(
        (page) => `<url><loc>${base}${page}</loc></url>`,
      );
      return send(
        200,
        'application/xml',
        `<?xml version="1.0"?><urlset>${pages.join('')}</urlset>`,
      );
    }
    if (path.startsWith('/held/')) {
      open++;
      mostOpen = Math.max(mostOpen, open);
      held.push(() => {
        open--;
        send(200, 'text/html', html('<p>held</p>'));
      });
      return;
    }
    if (path === '/a') return send(200, 'text/html; charset=utf-8', html('<p>Her RSD</p>'));
    if (path === '/b') return send(200, 'text/html', html('<p>Now CRPS</p>'));
    if (path === '/moved') return send(301, 'text/html', '', { location: '/a' });
    if (path === '/loop') return send(302, 'text/html', '', { location: '/loop' });
    if (path === '/pdf') return send(200, 'application/pdf', '%PDF-1.7');
    if (path === '/private/secret') return send(200, 'text/html', html('<p>RSD</p>'));
    if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      for (let i = 0; i < 6; i++) response.write(chunk);
      return response.end();
    }
    // /slow answers its headers, then never finishes its body.
    if (path === '/slow') return response.writeHead(200, { 'content-type': 'text/html' });
    return send(404, 'text/html', 'not here');
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((closed) => server.close(closed));
});

const run = (args: string[]) => runCollecting(['scan', '--delay', '10', '--timeout', '1', ...args]);

describe('live pages', () => {
  it('fetches a page and reads it as HTML, with positions in its HTML, naming AMPS Lens', async () => {
    const { code, stdout } = await run(['--json', `${base}/a`]);
    expect(code).toBe(1);
    expect(jsonLinesOf(stdout)).toEqual([
      {
        file: `${base}/a`,
        matches: [expect.objectContaining({ term: 'rsd', text: 'RSD', line: 1, column: 35 })],
      },
    ]);
    expect(requests.at(-1)?.headers['user-agent']).toMatch(/^AMPS-Lens\/\d/);
  });

  it('follows and reports a redirect, and stops a redirect loop', async () => {
    const [moved, loop] = jsonLinesOf(
      (await run(['--json', `${base}/moved`, `${base}/loop`])).stdout,
    );
    expect(moved.redirects).toEqual([`${base}/a`]);
    expect(moved.matches[0].term).toBe('rsd');
    expect(loop).toEqual({
      file: `${base}/loop`,
      error: `more than 5 redirects (last to ${base}/loop)`,
    });
    expect((await run([`${base}/moved`])).stdout).toContain(
      `${base}/moved  redirected to ${base}/a\n`,
    );
  });

  it('gives one clear error each for slow, huge, non-HTML, missing and robots-disallowed pages, and reads the others', async () => {
    const pages = ['/slow', '/huge', '/pdf', '/nothing', '/private/secret', '/b'];
    const { code, stdout } = await run(['--json', ...pages.map((page) => base + page)]);
    expect(code).toBe(2);
    expect(jsonLinesOf(stdout)).toEqual([
      { file: `${base}/slow`, error: 'no answer within 1 s' },
      { file: `${base}/huge`, error: 'the page is larger than 5 MB; scan reads pages up to 5 MB' },
      { file: `${base}/pdf`, error: 'not an HTML page (application/pdf)' },
      { file: `${base}/nothing`, error: 'the server answered 404' },
      {
        file: `${base}/private/secret`,
        error:
          'robots.txt of 127.0.0.1:' +
          base.split(':')[2] +
          ' asks robots not to read /private/secret',
      },
      { file: `${base}/b`, matches: [expect.objectContaining({ term: 'crps' })] },
    ]);
  }, 20_000);
});

describe('politeness', () => {
  it('has at most 4 requests open at a time', async () => {
    const pages = Array.from({ length: 9 }, (_, i) => `${base}/held/${i}`);
    const scan = run(['--delay', '0', '--json', ...pages]);
    // Let answers go one at a time, as each waiting request arrives.
    let answered = 0;
    while (answered < pages.length) {
      await expect.poll(() => held.length).toBeGreaterThan(0);
      held.shift()!();
      answered++;
    }
    const { stdout } = await scan;
    expect(stdout.trimEnd().split('\n')).toHaveLength(9);
    expect(mostOpen).toBe(4);
  });
});

describe('--sitemap', () => {
  it('scans the pages of a sitemap index, robots.txt honoured, up to --max-pages', async () => {
    const all = jsonLinesOf((await run(['--json', '--sitemap', `${base}/sitemap.xml`])).stdout);
    expect(
      all.map((line: { file: string; error?: string }) => [
        line.file.slice(base.length),
        line.error ?? 'read',
      ]),
    ).toEqual([
      ['/a', 'read'],
      ['/b', 'read'],
      ['/moved', 'read'],
      ['/private/secret', expect.stringMatching(/robots\.txt/)],
      ['/pdf', 'not an HTML page (application/pdf)'],
    ]);
    const two = jsonLinesOf(
      (await run(['--json', '--max-pages', '2', '--sitemap', `${base}/sitemap.xml`])).stdout,
    );
    expect(two.map((line: { file: string }) => line.file)).toEqual([`${base}/a`, `${base}/b`]);
  });

  it('reports a sitemap that cannot be read with exit 2', async () => {
    const { code, stderr } = await run(['--sitemap', `${base}/gone.xml`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`amps-lens: ${base}/gone.xml: sitemap: the server answered 404\n`);
  });
});

describe('robots.txt', () => {
  it('applies the group naming AMPS Lens, else *, the longest rule winning', () => {
    const rules = robotsRules(
      'User-agent: other\nDisallow: /\n\nUser-agent: *\nDisallow: /a\nAllow: /a/b\n',
    );
    expect([
      allowedByRobots(rules, '/a/x'),
      allowedByRobots(rules, '/a/b/c'),
      allowedByRobots(rules, '/z'),
    ]).toEqual([false, true, true]);
    const ours = robotsRules(
      'User-agent: *\nDisallow: /\n\nUser-agent: AMPS-Lens\nDisallow: /drafts\n',
    );
    expect([allowedByRobots(ours, '/page'), allowedByRobots(ours, '/drafts/x')]).toEqual([
      true,
      false,
    ]);
  });
});
