/**
 * The shop's network, as the slow-network benchmarks throttle Chromium:
 * DevTools' « Slow 3G » preset (front_end/core/sdk/NetworkManager.ts),
 * 400 kbit/s each way and 2,000 ms of latency per request.
 */
export const slow3g = { offline: false, latency: 2000, downloadThroughput: (500 * 1000 * 0.8) / 8, uploadThroughput: (500 * 1000 * 0.8) / 8 } as const;
