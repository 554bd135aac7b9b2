/** The reply cache: hits, recency, size, and emptying when the knowledge changes. */
import { describe, expect, it } from 'vitest';
import type { InteractionInput, InteractionResult } from '../../adapters/discord/interaction-handler.js';
import { createReplyCache } from '../../adapters/discord/reply-cache.js';
import { createKnowledge, type Knowledge } from '../../src/index.js';
import { testKnowledge } from '../support/discord/start-portbot.js';

const ask = (text: string): InteractionInput => ({ kind: 'command', command: 'port', text });

/** A stand-in answer that counts how often it is asked. */
function counter() {
  const calls: string[] = [];
  const answer = (label: string) => () => {
    calls.push(label);
    return { type: 8, data: { choices: [{ name: label, value: label }] } } as InteractionResult;
  };
  return { calls, answer };
}

describe('reply cache', () => {
  it('answers a repeated question from the cache, frozen', () => {
    const cache = createReplyCache(4);
    const { calls, answer } = counter();
    const first = cache.get(testKnowledge(), ask('22'), answer('22'));
    const second = cache.get(testKnowledge(), ask('22'), answer('22'));
    expect(second).toBe(first);
    expect(calls).toEqual(['22']);
    expect(Object.isFrozen(first.result.data)).toBe(true);
    expect(first.json()).toBe(JSON.stringify(first.result));
  });

  it('keeps questions, autocomplete and buttons apart', () => {
    const cache = createReplyCache(8);
    const { calls, answer } = counter();
    cache.get(testKnowledge(), ask('22'), answer('command'));
    cache.get(testKnowledge(), { kind: 'autocomplete', command: 'port', text: '22' }, answer('autocomplete'));
    cache.get(testKnowledge(), { kind: 'command', command: 'Explain ports', text: '22' }, answer('explain'));
    cache.get(testKnowledge(), { kind: 'button', customId: 'os:linux:p22' }, answer('button'));
    expect(calls).toEqual(['command', 'autocomplete', 'explain', 'button']);
  });

  it('forgets the least recently used reply first', () => {
    const cache = createReplyCache(2);
    const { calls, answer } = counter();
    cache.get(testKnowledge(), ask('a'), answer('a'));
    cache.get(testKnowledge(), ask('b'), answer('b'));
    cache.get(testKnowledge(), ask('a'), answer('a'));
    cache.get(testKnowledge(), ask('c'), answer('c'));
    cache.get(testKnowledge(), ask('a'), answer('a'));
    cache.get(testKnowledge(), ask('b'), answer('b'));
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('empties itself when the knowledge changes', () => {
    const cache = createReplyCache(4);
    const { calls, answer } = counter();
    const refreshed: Knowledge = createKnowledge();
    cache.get(testKnowledge(), ask('22'), answer('old'));
    cache.get(refreshed, ask('22'), answer('new'));
    cache.get(refreshed, ask('22'), answer('new'));
    expect(calls).toEqual(['old', 'new']);
  });

  it.each([
    ['is off at size 0', 0, '22'],
    ['skips long inputs', 4, `22 ${'x'.repeat(700)}`],
  ])('%s', (_name, size, text) => {
    const cache = createReplyCache(size);
    const { calls, answer } = counter();
    cache.get(testKnowledge(), ask(text), answer('x'));
    cache.get(testKnowledge(), ask(text), answer('x'));
    expect(calls).toEqual(['x', 'x']);
  });
});
