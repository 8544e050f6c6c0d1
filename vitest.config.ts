import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Pothos loads graphql as CommonJS; make every import resolve to that same copy.
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['test/int/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          // One Neo4j database is shared: files run one at a time, each on its own data.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
