import { VERSION } from './version';

/** Every request names AMPS Lens, so a site's owner can tell who is reading. */
export const USER_AGENT = `AMPS-Lens/${VERSION} (amps-lens scan: patient-wording check)`;

export interface WebOptions {
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Between two requests to one host, in milliseconds. */
  delayMs: number;
}

/** A larger page is refused: patient pages are far smaller. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
export const MAX_REDIRECTS = 5;
/** Requests at a time, over all hosts. */
export const CONCURRENT_REQUESTS = 4;

/** Why a page could not be read, in words for the report. */
export class WebError extends Error {}

/** At most CONCURRENT_REQUESTS at once, and DELAY between the starts of two to one host. */
class Politeness {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private readonly nextStart = new Map<string, number>();

  constructor(private readonly delayMs: number) {}

  async run<T>(host: string, request: () => Promise<T>): Promise<T> {
    if (this.active >= CONCURRENT_REQUESTS) await new Promise<void>((go) => this.waiting.push(go));
    this.active++;
    try {
      const now = Date.now();
      const start = Math.max(now, this.nextStart.get(host) ?? now);
      this.nextStart.set(host, start + this.delayMs);
      if (start > now) await new Promise((wait) => setTimeout(wait, start - now));
      return await request();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/** The rules of a robots.txt for AMPS Lens: the group naming it, else the `*` group. */
export function robotsRules(text: string): { allow: string[]; disallow: string[] } {
  const groups: { agents: string[]; allow: string[]; disallow: string[] }[] = [];
  let current: (typeof groups)[number] | undefined;
  let lastWasAgent = false;
  for (const raw of text.split(/\r\n?|\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent') {
      if (!lastWasAgent || current === undefined) {
        current = { agents: [], allow: [], disallow: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    lastWasAgent = false;
    if (current === undefined) continue;
    if (key === 'allow' && value !== '') current.allow.push(value);
    if (key === 'disallow' && value !== '') current.disallow.push(value);
  }
  const ours = groups.find((group) => group.agents.some((agent) => agent.includes('amps-lens')));
  const group = ours ?? groups.find((candidate) => candidate.agents.includes('*'));
  return { allow: group?.allow ?? [], disallow: group?.disallow ?? [] };
}

/** Whether a path may be read: the longest matching rule wins, Allow on a tie (RFC 9309). */
export function allowedByRobots(rules: { allow: string[]; disallow: string[] }, path: string) {
  const longest = (prefixes: string[]) =>
    Math.max(-1, ...prefixes.filter((prefix) => path.startsWith(prefix)).map((p) => p.length));
  return longest(rules.allow) >= longest(rules.disallow);
}

export interface FetchedPage {
  url: string;
  /** The addresses redirected to, in order; the last one is the page read. */
  redirects: string[];
  contentType: string;
  body: string;
}

/** Fetches pages and sitemaps politely: robots.txt, limits, redirects followed and counted. */
export class Web {
  private readonly politeness: Politeness;
  private readonly robots = new Map<string, Promise<{ allow: string[]; disallow: string[] }>>();

  constructor(private readonly options: WebOptions) {
    this.politeness = new Politeness(options.delayMs);
  }

  /** One request, no redirect followed; the body read up to the size cap. */
  private request(url: URL): Promise<Response & { text: string }> {
    return this.politeness.run(url.host, async () => {
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: 'manual',
          headers: { 'user-agent': USER_AGENT, accept: 'text/html, application/xml;q=0.9' },
          signal: AbortSignal.timeout(this.options.timeoutMs),
        });
      } catch (error) {
        const name = (error as Error).name;
        if (name === 'TimeoutError' || name === 'AbortError') {
          throw new WebError(`no answer within ${this.options.timeoutMs / 1000} s`);
        }
        throw new WebError(`could not connect (${(error as Error).message})`);
      }
      const declared = Number(response.headers.get('content-length') ?? 0);
      if (declared > MAX_PAGE_BYTES) {
        await response.body?.cancel();
        throw new WebError('the page is larger than 5 MB; scan reads pages up to 5 MB');
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      try {
        for await (const chunk of response.body ?? []) {
          size += chunk.length;
          if (size > MAX_PAGE_BYTES) {
            throw new WebError('the page is larger than 5 MB; scan reads pages up to 5 MB');
          }
          chunks.push(chunk);
        }
      } catch (error) {
        if (error instanceof WebError) throw error;
        throw new WebError(`no answer within ${this.options.timeoutMs / 1000} s`);
      }
      return Object.assign(response, { text: new TextDecoder().decode(Buffer.concat(chunks)) });
    });
  }

  private rulesFor(url: URL) {
    let rules = this.robots.get(url.origin);
    if (rules === undefined) {
      rules = this.request(new URL('/robots.txt', url))
        .then((response) =>
          response.ok ? robotsRules(response.text) : { allow: [], disallow: [] },
        )
        .catch(() => ({ allow: [], disallow: [] }));
      this.robots.set(url.origin, rules);
    }
    return rules;
  }

  /** A page or sitemap, after robots.txt allows it and at most MAX_REDIRECTS redirects. */
  async get(address: string): Promise<FetchedPage> {
    let url: URL;
    try {
      url = new URL(address);
    } catch {
      throw new WebError('not a valid address');
    }
    const redirects: string[] = [];
    for (;;) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new WebError(`only http and https addresses are read, not ${url.protocol}`);
      }
      if (!allowedByRobots(await this.rulesFor(url), url.pathname + url.search)) {
        throw new WebError(`robots.txt of ${url.host} asks robots not to read ${url.pathname}`);
      }
      const response = await this.request(url);
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location !== null) {
        if (redirects.length === MAX_REDIRECTS) {
          throw new WebError(`more than ${MAX_REDIRECTS} redirects (last to ${url.href})`);
        }
        url = new URL(location, url);
        redirects.push(url.href);
        continue;
      }
      if (!response.ok) throw new WebError(`the server answered ${response.status}`);
      return {
        url: url.href,
        redirects,
        contentType: (response.headers.get('content-type') ?? '').toLowerCase(),
        body: response.text,
      };
    }
  }
}

/** The page addresses of a sitemap, following sitemap indexes, up to `max` pages. */
export async function sitemapPages(web: Web, address: string, max: number): Promise<string[]> {
  const pages: string[] = [];
  const seen = new Set<string>();
  const queue = [address];
  while (queue.length > 0 && pages.length < max) {
    const next = queue.shift()!;
    if (seen.has(next) || seen.size >= 1000) continue;
    seen.add(next);
    const { body } = await web.get(next);
    const locs = [...body.matchAll(/<loc>\s*([^<]{1,2048}?)\s*<\/loc>/g)].map((found) =>
      found[1].replace(/&amp;/g, '&'),
    );
    if (/<sitemapindex[\s>]/.test(body)) queue.push(...locs);
    else pages.push(...locs.slice(0, max - pages.length));
  }
  return pages;
}
