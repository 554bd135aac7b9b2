/** `.env` merged under the environment: the environment wins, and empty means unset on both sides. */
import { describe, expect, it } from 'vitest';
import { mergeEnvFile } from '../../adapters/shared/env-file.js';

describe('mergeEnvFile', () => {
  it.each([
    ['a variable only in the file is taken', 'PORT=4000', {}, { PORT: '4000' }, ['PORT']],
    ['the environment wins', 'PORT=4000', { PORT: '3000' }, { PORT: '3000' }, []],
    ['empty in the environment counts as unset', 'PORT=4000', { PORT: '' }, { PORT: '4000' }, ['PORT']],
    ['blank in the environment counts as unset', 'PORT=4000', { PORT: '  ' }, { PORT: '4000' }, ['PORT']],
    ['empty in the file is not taken', 'PORT=', { PORT: '3000' }, { PORT: '3000' }, []],
    ['empty in both stays as it was', 'PORT=', { PORT: '' }, { PORT: '' }, []],
    [
      'comments, quotes and export are read as node --env-file reads them',
      '# note\nexport A="x y" # tail\nB=\'z\'',
      {},
      { A: 'x y', B: 'z' },
      ['A', 'B'],
    ],
    ['an empty file adds nothing', '', { HOME: '/home/me' }, { HOME: '/home/me' }, []],
  ])('%s', (_name, text, env, expected, taken) => {
    const merged = mergeEnvFile(text, env);
    expect(merged.env).toEqual(expected);
    expect(merged.taken).toEqual(taken);
  });

  it('does not change the environment it is given', () => {
    const env = { PORT: '' };
    mergeEnvFile('PORT=4000', env);
    expect(env).toEqual({ PORT: '' });
  });
});
