import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**"],
          environment: "node",
          testTimeout: 20000,
        },
      },
      {
        test: {
          // The pane's React tests: a DOM, and the browser APIs Fluent UI needs that jsdom lacks.
          name: "jsdom",
          include: ["test/**/*.test.tsx"],
          environment: "jsdom",
          setupFiles: ["test/support/jsdom-setup.ts"],
          // The first render imports Fluent UI and the whole pane: tens of seconds on a loaded machine.
          testTimeout: 60000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 60000,
          hookTimeout: 120000,
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
