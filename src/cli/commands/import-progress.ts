import { Presets, SingleBar } from 'cli-progress';
import type { ImportPhase, ImportProgress } from '../../interop/import/import-feed.js';

/**
 * A progress bar on stderr, only when stderr is a terminal (stdout may be a JSON report
 * piped elsewhere). Each phase (fetch, parse, write) restarts the bar.
 */
export function progressBar(): { progress: ImportProgress | undefined; stop(): void } {
  if (!process.stderr.isTTY) return { progress: undefined, stop: () => undefined };
  const bar = new SingleBar(
    { stream: process.stderr, format: '{phase} [{bar}] {value}/{total}', hideCursor: true },
    Presets.shades_classic,
  );
  let phase: ImportPhase | undefined;
  return {
    progress: (next, done, total) => {
      if (next !== phase) {
        if (phase !== undefined) bar.stop();
        phase = next;
        bar.start(Math.max(total, done, 1), done, { phase: next.padEnd(5) });
        return;
      }
      bar.setTotal(Math.max(total, done, 1));
      bar.update(done);
    },
    stop: () => {
      if (phase !== undefined) bar.stop();
    },
  };
}
