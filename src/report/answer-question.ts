/**
 * The core's one entry point: text in, one platform-neutral answer (or a friendly problem) out.
 * Adapters call this and render the result; nothing here knows about a platform.
 */
import type { CheckOs } from '../checks/os.js';
import type { Knowledge } from '../knowledge/knowledge.js';
import { findProduct, summarizeFirewall } from '../knowledge/product.js';
import { normalizeName } from '../knowledge/synonyms.js';
import { toPort } from '../port/port-number.js';
import { type Problem, QUESTION_EXAMPLES, quoteUserText } from '../problems.js';
import { queryToken } from '../question/button-value.js';
import { MAX_RANGE_PORTS, type ParseOptions, parseQuestion } from '../question/parse-question.js';
import type { Query, QueryItem } from '../question/query.js';
import { MAX_QUERY_TOKEN_LENGTH } from '../question/query-token.js';
import { fail } from '../result.js';
import { buildAboutPart } from './about-part.js';
import { buildAdvicePart, buildSuggestionPart } from './advice-part.js';
import { ANSWER_SCHEMA_VERSION, type Answer, type AnswerOutcome, type AnswerPart } from './answer.js';
import { buildIntentPart } from './intent-part.js';
import { buildPortPart } from './port-part.js';
import { buildProductPart } from './product-part.js';
import { buildRangePart } from './range-part.js';
import { buildRangeSummaryPart } from './range-summary-part.js';
import { buildServicePart } from './service-part.js';
import { titleFor } from './title.js';
import { buildTopicPart } from './topic-part.js';

export interface AnswerOptions extends ParseOptions {
  /** Narrows the check commands; a question's own OS hint ("on windows") wins. */
  os?: CheckOs | null;
  /** Longest query token the answer's buttons can carry (default MAX_QUERY_TOKEN_LENGTH). */
  tokenLength?: number;
}

/**
 * An answer with what its buttons re-ask: the parsed query and its token (`undefined` when the
 * token cannot carry every item; then the answer offers no buttons).
 */
export type QuestionOutcome = (
  | {
      ok: true;
      value: Answer /** @deprecated the same as `value` */;
      answer: Answer;
      query: Query;
      token: string | undefined;
    }
  | { ok: false; problem: Problem }
) & {
  /** What the question itself says about its language (Hangul, or a `ko:`/`en:` prefix); absent: nothing. */
  lang?: 'ko' | 'en';
};

/** In a scanned message, "no question here" means no port numbers were found. */
const NO_QUESTION = new Set(['empty_question', 'nothing_understood']);

function noPortsIfScanned(problem: Problem, options: ParseOptions): Problem {
  if (options.mode !== 'scan' || !NO_QUESTION.has(problem.code)) return problem;
  return { code: 'no_ports_found', message: 'I found no port numbers in that message.' };
}

/**
 * Parses once and answers, keeping the query and its token for the answer's buttons.
 * @example
 * const outcome = answerQuestion('60140', createKnowledge());
 * if (outcome.ok) console.log(outcome.answer.parts[0], outcome.token); // …, 'p60140'
 */
export function answerQuestion(
  text: string,
  knowledge: Knowledge,
  options: AnswerOptions = {},
): QuestionOutcome {
  const parsed = parseQuestion(text, options);
  const { lang } = parsed;
  // Each shape written out rather than spread: spread copies cost a Korean question more.
  if (!parsed.ok) {
    const problem = noPortsIfScanned(parsed.problem, options);
    return lang ? { ok: false, problem, lang } : { ok: false, problem };
  }
  const query = parsed.query;
  const outcome = answerQuery(query, knowledge, options.os ?? null);
  if (!outcome.ok) {
    const problem = noPortsIfScanned(outcome.problem, options);
    return lang ? { ok: false, problem, lang } : { ok: false, problem };
  }
  const { value, answer } = outcome;
  const token = queryToken(query, options.tokenLength ?? MAX_QUERY_TOKEN_LENGTH);
  return lang ? { ok: true, value, answer, query, token, lang } : { ok: true, value, answer, query, token };
}

export function answerQuery(
  query: Query,
  knowledge: Knowledge,
  defaultOs: CheckOs | null = null,
): AnswerOutcome {
  const os = query.os ?? defaultOs;
  const warnings: Problem[] = [...query.problems];
  const parts: AnswerPart[] = [];
  const services = query.items.filter((item) => item.type === 'service');
  const serviceParts = resolveServices(services, knowledge, warnings, query.transports);
  let servicesPlaced = false;
  for (const item of query.items) {
    if (item.type === 'service') {
      if (!servicesPlaced) parts.push(...serviceParts);
      servicesPlaced = true;
      continue;
    }
    parts.push(buildPart(item, query, knowledge, os));
  }
  if (parts.length === 0) {
    const [first] = warnings;
    return fail(
      first ?? {
        code: 'nothing_understood',
        message: "I couldn't find a port, a range or a service name in that.",
      },
    );
  }
  const answer: Answer = {
    schemaVersion: ANSWER_SCHEMA_VERSION,
    title: titleFor(parts),
    parts,
    os,
    focus: query.focus,
    warnings,
    data: knowledge.registry.source,
  };
  return { ok: true, value: answer, answer };
}

function buildPart(
  item: Exclude<QueryItem, { type: 'service' }>,
  query: Query,
  knowledge: Knowledge,
  os: CheckOs | null,
): AnswerPart {
  switch (item.type) {
    case 'port':
      return buildPortPart(
        toPort(item.port),
        item.transports.length > 0 ? item.transports : query.transports,
        knowledge,
        os,
      );
    case 'range': {
      const transports = item.transports.length > 0 ? item.transports : query.transports;
      return item.to - item.from + 1 > MAX_RANGE_PORTS
        ? buildRangeSummaryPart(item.from, item.to, transports, knowledge)
        : buildRangePart(item.from, item.to, transports, knowledge);
    }
    case 'intent':
      return buildIntentPart(
        item.intent,
        item.port === undefined ? undefined : toPort(item.port),
        item.transports.length > 0 ? item.transports : query.transports,
        knowledge,
        os,
      );
    case 'advice':
      return buildAdvicePart(
        toPort(item.port),
        item.transports.length > 0 ? item.transports : query.transports,
        knowledge,
      );
    case 'suggest':
      return buildSuggestionPart(knowledge, item.from, item.to);
    case 'topic':
      return buildTopicPart(item.topic, os);
    case 'help':
      return { type: 'help', examples: QUESTION_EXAMPLES.map((example) => ({ ...example })) };
    case 'about':
      return buildAboutPart(knowledge);
  }
}

type ServiceItem = Extract<QueryItem, { type: 'service' }>;

/** Looks each item up: its two-word phrase first ("sql server"), then the word, then likely typos. */
/**
 * A product named exactly by the phrase or the word ("docker swarm", "kubernetes"), with the
 * word it was found by; a likely typo of one only when `fuzzy`.
 */
function productFor(item: ServiceItem, fuzzy: boolean) {
  for (const word of item.words) {
    const product = findProduct(word);
    if (!product) continue;
    const exact = [product.id, product.name, ...product.terms].some(
      (name) => normalizeName(name) === normalizeName(word),
    );
    if (exact || fuzzy) return { product, word, matchedBy: exact ? ('name' as const) : ('fuzzy' as const) };
  }
  return undefined;
}

/**
 * Looks each item up: its two-word phrase first ("sql server"), then the word, then likely typos.
 * An item asking for the whole set ("kubernetes ports") is answered from the product map when
 * the name is a product there; a plain name stays a service answer, which points to the whole set
 * when the product has more than one port.
 */
function resolveServices(
  items: readonly ServiceItem[],
  knowledge: Knowledge,
  warnings: Problem[],
  transports: Query['transports'],
): AnswerPart[] {
  if (items.length === 0) return [];
  // Built on first use: a product's whole set ("kubernetes ports") never needs the names index.
  let index: ReturnType<Knowledge['names']> | undefined;
  const nameIndex = () => {
    index ??= knowledge.names();
    return index;
  };
  const names = {
    lookup: (word: string) => nameIndex().lookup(word),
    suggest: (word: string) => nameIndex().suggest(word),
  };
  const parts: AnswerPart[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < items.length; index++) {
    const item = items[index] as ServiceItem;
    const word = item.words.at(-1) as string;
    if (item.set) {
      const found = productFor(item, true);
      if (found) {
        if (found.word === item.words[0] && item.words.length > 1 && item.joinsNext) index++;
        if (!seen.has(`product:${found.product.id}`))
          parts.push(buildProductPart(found.product, found.word, found.matchedBy, transports, knowledge));
        seen.add(`product:${found.product.id}`);
        continue;
      }
    }
    const phrase = item.words.length > 1 ? names.lookup(item.words[0] as string) : undefined;
    if (phrase && item.joinsNext) index++;
    const exact = phrase ?? names.lookup(word);
    const close = exact ? undefined : names.suggest(word);
    const found = exact ?? close?.best;
    if (found) {
      if (!seen.has(found.primary.name)) {
        const asked = phrase ? (item.words[0] as string) : word;
        const part = buildServicePart(asked, found);
        const product = exact ? productFor(item, false)?.product : undefined;
        if (product && product.ports.length > 1)
          part.product = { id: product.id, name: product.name, firewall: summarizeFirewall(product) };
        parts.push(part);
      }
      seen.add(found.primary.name);
      continue;
    }
    // Software known only to the product map ("docker swarm", "active directory").
    const product = productFor(item, true);
    if (product) {
      if (!seen.has(`product:${product.product.id}`))
        parts.push(buildProductPart(product.product, product.word, product.matchedBy, transports, knowledge));
      seen.add(`product:${product.product.id}`);
      continue;
    }
    const suggestions = close?.suggestions ?? [];
    const shown = quoteUserText(word);
    warnings.push({
      code: 'unknown_service',
      message:
        suggestions.length > 0
          ? `I don't know a service called "${shown}". Did you mean ${suggestions.map((s) => `"${s}"`).join(', ')}?`
          : `I don't know a service called "${shown}".`,
      ...(suggestions.length > 0 ? { suggestions } : {}),
      params: { name: shown, suggestions: suggestions.map((s) => `"${s}"`).join(', ') },
    });
  }
  return parts;
}
