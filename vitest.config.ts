import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["lib/**/*.test.ts", "tools/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.ts"],
    environment: "node",
    // Property tests run thousands of cases; on a busy 2-core machine 5 s is
    // not enough. Speed is measured by `npm run bench`, never by a test timeout.
    testTimeout: 30_000,
  },
});
