import { defineConfig } from "vitest/config";

// Two projects: `unit` runs in seconds without a browser (npm run test:unit); `browser` drives Chromium
// against the built playground (npm run test:browser). `npm test` runs both, as CI does.
export default defineConfig({
  test: {
    testTimeout: 20_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts", "test/**/*.test.tsx"], exclude: ["test/e2e/**"] } },
      { extends: true, test: { name: "browser", include: ["test/e2e/**/*.test.ts"] } },
    ],
  },
});
