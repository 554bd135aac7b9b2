import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // End-to-end suites start servers on loopback; a fork per file keeps their sockets apart.
    pool: 'forks',
  },
});
