import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    testTimeout: 30_000,
    // the English messages behind shared/i18n.ts (jsdom and Node have no browser.i18n)
    setupFiles: ['tests/setup-messages.ts'],
  },
});
