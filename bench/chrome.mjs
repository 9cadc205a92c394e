// The headless Chromium flags of the benchmark's browser scripts (the same
// as scripts/bench.sh gives Lighthouse), in one place.
export const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
