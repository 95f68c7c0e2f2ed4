import { defineConfig } from "vitest/config";

/** Two tiers here: `*.test.ts` (pure, fast) and `*.int.test.ts` (real PostgreSQL). e2e runs apart. */
export default defineConfig({
  test: {
    // Two cores: more workers only contend (integration files each get their own database).
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["src/**/*.test.ts"],
          exclude: ["src/**/*.int.test.ts"],
          environment: "node",
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["src/server/testing/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.spec.ts"],
          environment: "node",
          globalSetup: ["e2e/support/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          pool: "forks",
          // One browser at a time: the machines have two cores.
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
