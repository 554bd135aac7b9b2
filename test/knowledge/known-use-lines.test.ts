/** The CLI's known-use lines answer exactly like the parsed list they were written from. */
import { describe, expect, it } from 'vitest';
import { createKnowledge } from '../../src/knowledge/knowledge.js';
import { createKnownUseLines, encodeKnownUseLines } from '../../src/knowledge/known-use-lines.js';
import { loadKnownUses } from '../../src/knowledge/load-known-uses.js';

const entries = loadKnownUses();
const fromList = createKnowledge({ knownUses: entries });
const lines = createKnownUseLines(encodeKnownUseLines(entries));

describe('known-use lines', () => {
  it('hold every entry once', () => {
    const byId = (list: readonly { id: string; port: number }[]) =>
      list.map((entry) => `${entry.id}@${entry.port}`).sort();
    expect(byId(lines.all())).toEqual(byId(entries));
  });

  it('give each curated port, and ports around them, the same uses in the same order as the list', () => {
    const ports = new Set<number>();
    for (const entry of entries)
      for (const port of [entry.port - 1, entry.port, entry.port + 1, entry.to ?? 0])
        if (port >= 0 && port <= 65535) ports.add(port);
    for (const port of ports) {
      // A fresh knowledge each time: the lines are read per port until the whole list is asked for.
      const fromLines = createKnowledge({ knownUses: lines });
      expect(fromLines.knownUsesFor(port), `port ${port}`).toEqual(fromList.knownUsesFor(port));
    }
  });

  it.each([0, 1, 65535, 99999])(
    'port %i with no entries of its own gets only the ranges covering it',
    (port) => {
      expect(lines.forPort(port).every((entry) => entry.port === port)).toBe(true);
    },
  );

  it('reads the whole list only when asked for it, then answers from it', () => {
    const knowledge = createKnowledge({ knownUses: lines });
    expect(knowledge.knownUsesFor(22)).toEqual(fromList.knownUsesFor(22));
    expect(knowledge.knownUses).toEqual(fromList.knownUses);
    expect(knowledge.knownUsesFor(443)).toEqual(fromList.knownUsesFor(443));
  });
});
