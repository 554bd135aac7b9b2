/** The CLI's Korean text lines read exactly like the map built from the Korean data files. */
import { describe, expect, it } from 'vitest';
import { KNOWN_USE_KO_FILES } from '../../src/knowledge/known-uses-ko-data.js';
import { createKoreanUseTextLines, encodeKoreanUseTextLines } from '../../src/knowledge/korean-text-lines.js';
import { koreanUseTextsFrom } from '../../src/knowledge/korean-texts.js';

const files = koreanUseTextsFrom(KNOWN_USE_KO_FILES);
const text = encodeKoreanUseTextLines(files);

describe('Korean text lines', () => {
  it('are ASCII, so the CLI can search their bytes', () => {
    expect(/[\u0080-\uffff]/.test(text)).toBe(false);
  });

  it('give every use the same texts, one line at a time', () => {
    const lines = createKoreanUseTextLines(text);
    expect(files.size).toBeGreaterThan(1000);
    const mismatched = [...files].filter(
      ([id, value]) => JSON.stringify(lines.get(id)) !== JSON.stringify(value),
    );
    expect(mismatched).toEqual([]);
    expect(lines.get('no-such-use')).toBeUndefined();
    expect(lines.has('no-such-use')).toBe(false);
  });

  it('iterate as the map does, when asked for everything', () => {
    const lines = createKoreanUseTextLines(text);
    expect(lines.size).toBe(files.size);
    expect(new Map(lines)).toEqual(new Map(files));
  });

  it('carry the labels they are given', () => {
    const labels = { products: new Map(), names: new Map(), roles: new Map() };
    expect(createKoreanUseTextLines(text, labels).labels).toBe(labels);
  });
});
