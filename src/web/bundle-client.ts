import { bundleSizes, writeClientBundles } from './client-bundles.js';

/**
 * `npm run build`'s second step: bundles src/web/client into dist/web/bundles with a manifest the
 * server reads at start, and prints each file's size (the budget is 30 KB gzipped per page, the map's
 * Leaflet chunk apart).
 */
const bundles = await writeClientBundles();
for (const { file, bytes, gzip } of bundleSizes(bundles)) {
  console.log(
    `client bundle ${file.padEnd(28)} ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${(gzip / 1024).toFixed(1).padStart(6)} KB gzipped`,
  );
}
