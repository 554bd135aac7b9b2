/**
 * The web adapter: every answer as a page (/ports/…, /services/…, /search, Korean under /ko/),
 * the JSON API (/api/v1/answer, the CLI's --json object), the feedback form, sitemap.xml and
 * robots.txt. It follows the service's adapter contract, so the service can mount its routes
 * beside Slack's and Discord's; `npm run web` serves it alone (main.ts).
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Registry as MetricsRegistry } from 'prom-client';
import {
  ANSWER_SCHEMA_VERSION,
  type AnswerOutcome,
  answerQuery,
  type CheckOs,
  type Detail,
  decodeQueryToken,
  encodeQueryToken,
  type Knowledge,
  type KoreanUseTexts,
  loadKoreanUseTexts,
  localizeAnswer,
  MAX_QUESTION_LENGTH,
  type Problem,
  parseQuestion,
  presentProblem,
  type Query,
  toCheckOs,
} from '../../src/index.js';
import { feedbackCounter } from '../shared/feedback-metric.js';
import { createKnowledgeCache } from '../shared/knowledge-cache.js';
import {
  createMemoryRateLimiter,
  type RateLimiter,
  type RateLimitSettings,
  rateLimitKey,
} from '../shared/rate-limit.js';
import { matchRoute } from '../shared/route-match.js';
import type { AdapterDeps, Route, ServiceAdapter } from '../shared/service-adapter.js';
import type { FeedbackStore, Vote } from '../store/feedback.js';
import { STATIC_FILES } from './assets/static-files.js';
import { clientIp } from './client-ip.js';
import { createCsrfTokens, isSameSite } from './csrf.js';
import {
  etagOf,
  HTML,
  IMMUTABLE_CACHE,
  JSON_TYPE,
  NO_STORE,
  PAGE_CACHE,
  readSmallBody,
  redirect,
  requestUrl,
  send,
} from './http.js';
import { canonicalPathOf, inLang, type Lang, parseSitePath, serviceSlug } from './paths.js';
import { toPageView } from './presentation-view.js';
import { renderDocument } from './render-document.js';
import { robotsTxt, sitemapPaths, sitemapXml } from './sitemap.js';
import { AnswerPage } from './views/answer-page.js';
import { HomePage, NoticePage } from './views/simple-pages.js';
import { WEB_TEXT } from './web-text.js';

/** The workspace and adapter name web votes are stored under. */
export const WEB_WORKSPACE = 'web';
export const WEB_ADAPTER = 'web';
/** A feedback form is a few hundred bytes; anything much larger is not ours. */
const MAX_FORM_BYTES = 4096;

export const DEFAULT_WEB_LIMITS: Readonly<Record<'api' | 'search' | 'feedback', RateLimitSettings>> = {
  api: { perMinute: 60, burst: 30 },
  search: { perMinute: 60, burst: 30 },
  feedback: { perMinute: 10, burst: 5 },
};

export interface WebAdapterConfig {
  /** Absolute origin for canonical links and the sitemap; absent: relative links, the request's host. */
  publicUrl?: string;
  /** Signs the CSRF tokens; every replica must share it. */
  secret: string;
  /** How many proxies to believe in X-Forwarded-For. */
  trustProxy: number;
  /** Origins allowed to read the JSON API from a browser; empty: no CORS headers. */
  corsOrigins: readonly string[];
  /** The "was this page helpful?" form (FEEDBACK=on). */
  feedback: boolean;
  /** Rendered pages kept per knowledge value (0: none); the default suits every common port. */
  pageCacheSize?: number;
  /** Per-IP limits; the defaults suit one public instance. */
  limits?: Partial<Record<'api' | 'search' | 'feedback', RateLimitSettings>>;
}

export interface WebAdapterDeps extends Pick<AdapterDeps, 'knowledge' | 'logger'> {
  /** Where votes go (the team store's feedback); absent while feedback is off. */
  feedbackStore?: Pick<FeedbackStore, 'vote'>;
  /** Registers portbot_feedback_total{adapter="web",vote} here. */
  metrics?: MetricsRegistry;
  /** Called for every recorded vote, beside the metric. */
  onFeedback?: (vote: Vote) => void;
  /** Replaces the in-memory per-IP limiters (e.g. shared through Redis). */
  limiters?: Partial<Record<'api' | 'search' | 'feedback', RateLimiter>>;
  now?: () => number;
}

export interface WebAdapter extends ServiceAdapter {
  /** Serves any request: the routes above, and a friendly 404 page for every other path. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
}

/** A page made once and sent many times. */
interface Rendered {
  status: number;
  body: string;
  etag: string;
  cache: string;
}

function rendered(status: number, body: string, cache: string): Rendered {
  return { status, body, etag: etagOf(body), cache };
}

export const DEFAULT_PAGE_CACHE_SIZE = 2000;

/** Problem codes that mean "there is no such thing" rather than "the question is malformed". */
const NOT_FOUND_CODES = new Set(['unknown_service', 'nothing_understood']);

export function createWebAdapter(config: WebAdapterConfig, deps: WebAdapterDeps): WebAdapter {
  const { logger } = deps;
  const csrf = createCsrfTokens(config.secret, deps.now);
  const limiter = (kind: 'api' | 'search' | 'feedback') =>
    deps.limiters?.[kind] ??
    createMemoryRateLimiter(
      config.limits?.[kind] ?? DEFAULT_WEB_LIMITS[kind],
      deps.now ? { now: deps.now } : {},
    );
  const limiters = { api: limiter('api'), search: limiter('search'), feedback: limiter('feedback') };
  /** Read on the first Korean request (memoized by the core), so English traffic never parses them. */
  let koreanTexts: KoreanUseTexts | undefined;
  const withKorean =
    (handler: Route['handler']): Route['handler'] =>
    async (request, response) => {
      const url = requestUrl(request);
      const korean =
        url.pathname === '/ko' || url.pathname.startsWith('/ko/') || url.searchParams.get('lang') === 'ko';
      if (korean) koreanTexts ??= await loadKoreanUseTexts();
      return handler(request, response);
    };
  const counter = deps.metrics ? feedbackCounter(deps.metrics) : undefined;
  if (counter) for (const vote of ['up', 'down']) counter.inc({ adapter: WEB_ADAPTER, vote }, 0);
  const publicHost = config.publicUrl ? new URL(config.publicUrl).host : undefined;
  const sitemaps = new WeakMap<Knowledge, readonly string[]>();
  const pageCache = createKnowledgeCache<Rendered>(config.pageCacheSize ?? DEFAULT_PAGE_CACHE_SIZE);
  const apiCache = createKnowledgeCache<{ status: number; body: string; etag: string }>(
    config.pageCacheSize ?? DEFAULT_PAGE_CACHE_SIZE,
  );
  let started = false;

  function origin(request: IncomingMessage): string {
    if (config.publicUrl) return config.publicUrl;
    const host = request.headers.host ?? '';
    return `http://${/^[a-z0-9.:[\]-]{1,255}$/i.test(host) ? host : 'localhost'}`;
  }

  async function limited(
    kind: 'api' | 'search' | 'feedback',
    request: IncomingMessage,
  ): Promise<number | null> {
    const decision = await limiters[kind].take(
      rateLimitKey('web', kind, clientIp(request, config.trustProxy)),
    );
    return decision.allowed ? null : decision.retryAfterSeconds;
  }

  function sendPage(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    html: string,
    cache = PAGE_CACHE,
    headers?: Record<string, string>,
  ): void {
    send(request, response, { status, type: HTML, body: html, cache, ...(headers ? { headers } : {}) });
  }

  function notice(
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    props: Parameters<typeof NoticePage>[0],
    headers?: Record<string, string>,
  ): void {
    const html = renderDocument(
      NoticePage({ ...props, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) }),
    );
    sendPage(request, response, status, html, NO_STORE, headers);
  }

  function notFound(request: IncomingMessage, response: ServerResponse, lang: Lang, problem?: Problem): void {
    sendRendered(request, response, renderNotFound(lang, problem));
  }

  function sendRendered(request: IncomingMessage, response: ServerResponse, page: Rendered): void {
    send(request, response, {
      status: page.status,
      type: HTML,
      body: page.body,
      cache: page.cache,
      etag: page.etag,
    });
  }

  function tooMany(request: IncomingMessage, response: ServerResponse, lang: Lang, seconds: number): void {
    const t = WEB_TEXT[lang];
    notice(
      request,
      response,
      429,
      { lang, title: t.tooManyTitle, lines: [t.tooManyBody(seconds)] },
      {
        'retry-after': String(seconds),
      },
    );
  }

  function osParam(url: URL): CheckOs | null {
    return toCheckOs(url.searchParams.get('os')) ?? null;
  }

  function renderAnswer(
    lang: Lang,
    query: Query,
    outcome: Extract<AnswerOutcome, { ok: true }>,
    path: string | null,
    questionText: string,
    os: CheckOs | null,
    detail: Detail,
  ): Rendered {
    const token = encodeQueryToken(query);
    const feedback = config.feedback && deps.feedbackStore !== undefined && token !== '';
    // Curated notes and tips in the page's language where the data has them.
    const view = toPageView(outcome.value, {
      lang,
      os,
      detail,
      token,
      feedback,
      koreanTexts: koreanTexts ?? new Map(),
    });
    const here = path ?? `/search?q=${encodeURIComponent(questionText)}`;
    const html = renderDocument(
      AnswerPage({
        lang,
        view,
        question: questionText,
        full: detail === 'full',
        meta: {
          lang,
          title: `${view.title} — portbot`,
          description: view.summary,
          path,
          ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
          query: questionText,
        },
        os,
        pagePath: path,
        feedback: feedback
          ? { action: inLang('/feedback', lang), csrf: csrf.issue(token), token, back: inLang(here, lang) }
          : undefined,
      }),
    );
    return rendered(200, html, path === null ? NO_STORE : PAGE_CACHE);
  }

  function renderNotFound(lang: Lang, problem?: Problem): Rendered {
    const t = WEB_TEXT[lang];
    const lines = problem ? [problem.message, t.portRangeReminder] : [t.notFoundBody, t.portRangeReminder];
    const html = renderDocument(
      NoticePage({
        lang,
        title: t.notFoundTitle,
        lines,
        search: true,
        ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
      }),
    );
    return rendered(404, html, NO_STORE);
  }

  /** A page answered from the cache when the same one was made this hour with the same knowledge. */
  function cachedPage(
    knowledge: Knowledge,
    lang: Lang,
    url: URL,
    os: CheckOs | null,
    detail: Detail,
    build: () => Rendered,
  ): Rendered {
    return pageCache.get(knowledge, `${lang}|${url.pathname}|${os ?? ''}|${detail}|${csrf.period()}`, build);
  }

  async function pages(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = requestUrl(request);
    const { lang, page } = parseSitePath(url.pathname);
    const wanted = url.searchParams.get('lang');
    if ((wanted === 'ko' || wanted === 'en') && wanted !== lang) {
      url.searchParams.delete('lang');
      const rest = url.searchParams.toString();
      return redirect(response, `${inLang(url.pathname, wanted)}${rest ? `?${rest}` : ''}`);
    }
    const knowledge = deps.knowledge();
    const os = osParam(url);
    const detail: Detail = url.searchParams.get('detail') === 'full' ? 'full' : 'default';
    switch (page.kind) {
      case 'home': {
        if (url.pathname === '/ko') return redirect(response, '/ko/', 301);
        const html = renderDocument(
          HomePage({ lang, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) }),
        );
        return sendPage(request, response, 200, html);
      }
      case 'not-found':
        return notFound(request, response, lang);
      case 'thanks': {
        const t = WEB_TEXT[lang];
        const back = safeBack(url.searchParams.get('back'), lang);
        return notice(request, response, 200, {
          lang,
          title: t.thanksTitle,
          lines: [t.thanksBody],
          ...(back ? { back: { href: back, text: t.backToAnswer } } : {}),
        });
      }
      case 'ports': {
        const parsed = parseQuestion(page.text);
        const canonical = parsed.ok ? canonicalPathOf(parsed.value) : null;
        if (canonical && inLang(canonical, lang) !== url.pathname)
          return redirect(response, inLang(canonical, lang) + url.search, 301);
        const page_ = cachedPage(knowledge, lang, url, os, detail, () => {
          if (!parsed.ok) return renderNotFound(lang, parsed.problem);
          const outcome = answerQuery(parsed.value, knowledge, os);
          if (!outcome.ok) return renderNotFound(lang, outcome.problem);
          return renderAnswer(lang, parsed.value, outcome, canonical, page.text, os, detail);
        });
        return sendRendered(request, response, page_);
      }
      case 'service': {
        const query: Query = {
          items: [{ type: 'service', words: [page.word] }],
          os: null,
          focus: null,
          transports: [],
          problems: [],
        };
        const page_ = cachedPage(knowledge, lang, url, os, detail, () => {
          const outcome = answerQuery(query, knowledge, os);
          if (!outcome.ok) return renderNotFound(lang, outcome.problem);
          const [part] = outcome.value.parts;
          const name = part?.type === 'service' ? part.name : '';
          const slug = serviceSlug(name);
          const word = slug && knowledge.names().lookup(slug)?.primary.name === name ? slug : page.word;
          return renderAnswer(lang, query, outcome, `/services/${word}`, page.word, os, detail);
        });
        return sendRendered(request, response, page_);
      }
      case 'search': {
        const retry = await limited('search', request);
        if (retry !== null) return tooMany(request, response, lang, retry);
        const text = url.searchParams.get('q') ?? '';
        // A question that cannot be answered: why, and the search form holding what was typed.
        const refuse = (problem: Problem) =>
          notice(request, response, NOT_FOUND_CODES.has(problem.code) ? 404 : 400, {
            lang,
            title: WEB_TEXT[lang].notFoundTitle,
            lines: [problem.message, WEB_TEXT[lang].searchHint],
            search: true,
            query: text.slice(0, MAX_QUESTION_LENGTH),
          });
        const parsed = parseQuestion(text);
        if (!parsed.ok) return refuse(parsed.problem);
        const canonical = canonicalPathOf(parsed.value);
        const [item] = parsed.value.items;
        const pageExists =
          item?.type !== 'service' || knowledge.names().lookup(item.words[0] ?? '') !== undefined;
        if (canonical && pageExists) return redirect(response, inLang(canonical, lang));
        const outcome = answerQuery(parsed.value, knowledge, os);
        if (!outcome.ok) return refuse(outcome.problem);
        return sendRendered(
          request,
          response,
          renderAnswer(lang, parsed.value, outcome, null, text, os, detail),
        );
      }
    }
  }

  /** GET /api/v1/answer?q=…: the CLI's --json object, or its error object with 400/404. */
  async function api(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const cors = corsHeaders(request, config.corsOrigins);
    const retry = await limited('api', request);
    if (retry !== null) {
      const body = JSON.stringify({
        schemaVersion: ANSWER_SCHEMA_VERSION,
        lang: 'en',
        error: { code: 'rate_limited', message: WEB_TEXT.en.tooManyBody(retry) },
      });
      return send(request, response, {
        status: 429,
        type: JSON_TYPE,
        body,
        cache: NO_STORE,
        headers: { ...cors, 'retry-after': String(retry) },
      });
    }
    const url = requestUrl(request);
    const question = url.searchParams.get('q') ?? '';
    const os = osParam(url);
    const knowledge = deps.knowledge();
    const lang: Lang = url.searchParams.get('lang') === 'ko' ? 'ko' : 'en';
    const reply = apiCache.get(knowledge, `${lang}|${os ?? ''}|${question}`, () => {
      const parsed = parseQuestion(question);
      const outcome = parsed.ok ? answerQuery(parsed.value, knowledge, os) : parsed;
      if (!outcome.ok) {
        const { code } = outcome.problem;
        // As `portbot --json`: English keeps the problem's own message, Korean words it from its code.
        const message =
          lang === 'en' ? outcome.problem.message : presentProblem(outcome.problem, { lang }).summary;
        const body = JSON.stringify({ schemaVersion: ANSWER_SCHEMA_VERSION, lang, error: { code, message } });
        return { status: NOT_FOUND_CODES.has(code) ? 404 : 400, body, etag: '' };
      }
      const { schemaVersion, ...rest } = localizeAnswer(outcome.value, lang, koreanTexts ?? new Map());
      const body = JSON.stringify({ schemaVersion, lang, ...rest });
      return { status: 200, body, etag: etagOf(body) };
    });
    send(request, response, {
      status: reply.status,
      type: JSON_TYPE,
      body: reply.body,
      cache: reply.status === 200 ? PAGE_CACHE : NO_STORE,
      headers: cors,
      ...(reply.etag ? { etag: reply.etag } : {}),
    });
  }

  async function feedback(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const lang: Lang = requestUrl(request).pathname.startsWith('/ko/') ? 'ko' : 'en';
    const t = WEB_TEXT[lang];
    const store = deps.feedbackStore;
    if (!config.feedback || !store) return notFound(request, response, lang);
    const retry = await limited('feedback', request);
    if (retry !== null) return tooMany(request, response, lang, retry);
    const text = await readSmallBody(request, MAX_FORM_BYTES);
    const form = new URLSearchParams(text ?? '');
    const token = form.get('answer') ?? '';
    const vote = form.get('vote');
    const refused = () =>
      notice(request, response, 403, { lang, title: t.refusedTitle, lines: [t.refusedBody] });
    if (text === null || !isSameSite(request, publicHost)) return refused();
    if (!csrf.verify(form.get('csrf') ?? '', token)) return refused();
    if ((vote !== 'up' && vote !== 'down') || !decodeQueryToken(token).ok) return refused();
    const ip = clientIp(request, config.trustProxy);
    // One vote per visitor and answer, changeable; the address is kept only as a keyed hash.
    const voterId = createHmac('sha256', config.secret)
      .update(`voter\n${ip}`)
      .digest('base64url')
      .slice(0, 22);
    const result = await store.vote(WEB_WORKSPACE, {
      answerId: `web:${token}`,
      voterId,
      queryToken: token,
      lang,
      dataVersion: deps.knowledge().registry.source.label,
      adapter: WEB_ADAPTER,
      vote,
    });
    if (!result.ok) {
      logger.warn({ reason: result }, 'web feedback refused by the store');
      return refused();
    }
    counter?.inc({ adapter: WEB_ADAPTER, vote });
    deps.onFeedback?.(vote);
    const back = safeBack(form.get('back'), lang);
    redirect(response, `${inLang('/thanks', lang)}${back ? `?back=${encodeURIComponent(back)}` : ''}`, 303);
  }

  function staticFile(request: IncomingMessage, response: ServerResponse): void {
    const path = requestUrl(request).pathname;
    const file = STATIC_FILES.find((candidate) => candidate.path === path);
    if (!file) {
      notFound(request, response, 'en');
      return;
    }
    send(request, response, { status: 200, type: file.type, body: file.body, cache: IMMUTABLE_CACHE });
  }

  function sitemap(request: IncomingMessage, response: ServerResponse): void {
    const knowledge = deps.knowledge();
    let paths = sitemaps.get(knowledge);
    if (!paths) {
      paths = sitemapPaths(knowledge);
      sitemaps.set(knowledge, paths);
    }
    send(request, response, {
      status: 200,
      type: 'application/xml; charset=utf-8',
      body: sitemapXml(origin(request), paths),
      cache: PAGE_CACHE,
    });
  }

  function robots(request: IncomingMessage, response: ServerResponse): void {
    send(request, response, {
      status: 200,
      type: 'text/plain; charset=utf-8',
      body: robotsTxt(origin(request)),
      cache: PAGE_CACHE,
    });
  }

  const routes: Route[] = [
    { method: 'GET', path: '/', handler: pages },
    { method: 'GET', path: '/search', handler: pages },
    { method: 'GET', path: '/thanks', handler: pages },
    { method: 'GET', path: '/ports/', prefix: true, handler: pages },
    { method: 'GET', path: '/services/', prefix: true, handler: pages },
    { method: 'GET', path: '/ko', handler: withKorean(pages) },
    { method: 'GET', path: '/ko/', prefix: true, handler: withKorean(pages) },
    { method: 'GET', path: '/api/v1/answer', handler: withKorean(api) },
    { method: 'GET', path: '/static/', prefix: true, handler: staticFile },
    { method: 'GET', path: '/sitemap.xml', handler: sitemap },
    { method: 'GET', path: '/robots.txt', handler: robots },
  ];
  if (config.feedback) {
    routes.push({ method: 'POST', path: '/feedback', handler: feedback });
    routes.push({ method: 'POST', path: '/ko/feedback', handler: feedback });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = requestUrl(request);
    const match = matchRoute(routes, request.method ?? 'GET', url.pathname);
    const lang: Lang = parseSitePath(url.pathname).lang;
    if (match.kind === 'none') return notFound(request, response, lang);
    if (match.kind === 'wrong-method') {
      response.setHeader('allow', match.allow.join(', '));
      return notice(request, response, 405, { lang, title: WEB_TEXT[lang].notFoundTitle, lines: [] });
    }
    await match.route.handler(request, response);
  }

  return {
    name: 'web',
    routes,
    handle,
    async start() {
      // Build the names index now rather than on the first visitor.
      deps.knowledge().names();
      started = true;
    },
    async stop() {
      started = false;
    },
    ready: () => started,
  };
}

/** A back link taken from a form or query string, rebuilt from the parsed path so it stays ours. */
function safeBack(text: string | null, lang: Lang): string | null {
  if (!text || text.length > 700 || !text.startsWith('/')) return null;
  let url: URL;
  try {
    url = new URL(text, 'http://localhost');
  } catch {
    return null;
  }
  // "//host/…" and "/\host" resolve to another origin: never a back link.
  if (url.host !== 'localhost') return null;
  const site = parseSitePath(url.pathname);
  if (site.page.kind === 'ports') return inLang(`/ports/${site.page.text}`, lang);
  if (site.page.kind === 'service') return inLang(`/services/${site.page.word}`, lang);
  if (site.page.kind === 'search') {
    const q = (url.searchParams.get('q') ?? '').slice(0, MAX_QUESTION_LENGTH);
    return `${inLang('/search', lang)}?q=${encodeURIComponent(q)}`;
  }
  return inLang('/', lang);
}

function corsHeaders(request: IncomingMessage, allowed: readonly string[]): Record<string, string> {
  if (allowed.length === 0) return {};
  const origin = request.headers.origin;
  if (!origin || !allowed.includes(origin)) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}
