/**
 * `npm run test:load`: the long-running hardening rows (load and soak), kept out of `npm test`.
 * Same global setup as the integration tests: a real Neo4j with content/ seeded.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/load/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 1_200_000,
    hookTimeout: 600_000,
  },
});
