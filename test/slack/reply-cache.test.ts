/** The reply cache: hits return the same reply, memory is bounded, a new knowledge empties it. */
import { describe, expect, it } from 'vitest';
import type { SlackMessage } from '../../adapters/slack/block-kit-limits.js';
import { createReplyCache } from '../../adapters/slack/reply-cache.js';
import { createKnowledge } from '../../src/index.js';
import { testKnowledge } from '../support/knowledge.js';

const message = (text: string): SlackMessage => ({ text, blocks: [] });

describe('createReplyCache', () => {
  it('renders once per key and returns the same reply after', () => {
    const cache = createReplyCache(4);
    let renders = 0;
    const render = () => {
      renders++;
      return message('a');
    };
    const first = cache.get(testKnowledge(), 'k', render);
    expect(cache.get(testKnowledge(), 'k', render)).toBe(first);
    expect(renders).toBe(1);
  });

  it('forgets the least recently used reply beyond its bound', () => {
    const cache = createReplyCache(2);
    const knowledge = testKnowledge();
    const a = cache.get(knowledge, 'a', () => message('a'));
    cache.get(knowledge, 'b', () => message('b'));
    cache.get(knowledge, 'a', () => message('a2'));
    cache.get(knowledge, 'c', () => message('c'));
    expect(cache.get(knowledge, 'a', () => message('a3'))).toBe(a);
    expect(cache.get(knowledge, 'b', () => message('b2')).text).toBe('b2');
  });

  it('starts over when the knowledge changes (a registry refresh)', () => {
    const cache = createReplyCache(4);
    cache.get(testKnowledge(), 'k', () => message('old'));
    expect(cache.get(createKnowledge(), 'k', () => message('new')).text).toBe('new');
  });

  it('does not keep very long questions, or anything with 0 entries', () => {
    const long = 'x'.repeat(700);
    const cache = createReplyCache(4);
    cache.get(testKnowledge(), long, () => message('1'));
    expect(cache.get(testKnowledge(), long, () => message('2')).text).toBe('2');
    const off = createReplyCache(0);
    off.get(testKnowledge(), 'k', () => message('1'));
    expect(off.get(testKnowledge(), 'k', () => message('2')).text).toBe('2');
  });
});
