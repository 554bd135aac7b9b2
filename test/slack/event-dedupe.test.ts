/** The in-memory DedupeStore: first claim wins, keys expire, and memory stays bounded. */
import { describe, expect, it } from 'vitest';
import { createMemoryDedupeStore } from '../../adapters/shared/event-dedupe.js';

function clock(start = 1_000) {
  let time = start;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

describe('createMemoryDedupeStore', () => {
  it('grants the first claim and refuses repeats while the key is held', async () => {
    const store = createMemoryDedupeStore();
    expect(await store.claim('slack:event:Ev1', 60_000)).toBe(true);
    expect(await store.claim('slack:event:Ev1', 60_000)).toBe(false);
    expect(await store.claim('slack:event:Ev2', 60_000)).toBe(true);
  });

  it('grants a key again once its TTL has passed', async () => {
    const time = clock();
    const store = createMemoryDedupeStore({ now: time.now });
    expect(await store.claim('k', 1000)).toBe(true);
    time.advance(999);
    expect(await store.claim('k', 1000)).toBe(false);
    time.advance(1);
    expect(await store.claim('k', 1000)).toBe(true);
  });

  it('keeps each key to its own TTL', async () => {
    const time = clock();
    const store = createMemoryDedupeStore({ now: time.now });
    await store.claim('long', 10_000);
    await store.claim('short', 100);
    time.advance(200);
    expect(await store.claim('short', 100)).toBe(true);
    expect(await store.claim('long', 10_000)).toBe(false);
  });

  it('forgets the oldest keys beyond its size bound', async () => {
    const store = createMemoryDedupeStore({ maxKeys: 3 });
    for (const key of ['a', 'b', 'c', 'd']) expect(await store.claim(key, 60_000)).toBe(true);
    expect(await store.claim('a', 60_000)).toBe(true);
    expect(await store.claim('d', 60_000)).toBe(false);
  });

  it('stays within its bound under a flood of distinct keys', async () => {
    const store = createMemoryDedupeStore({ maxKeys: 100 });
    for (let index = 0; index < 10_000; index++) await store.claim(`k${index}`, 60_000);
    expect(await store.claim('k9999', 60_000)).toBe(false);
    expect(await store.claim('k0', 60_000)).toBe(true);
  });
});
