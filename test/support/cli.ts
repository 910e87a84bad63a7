import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { ImportReport } from '../../src/interop/import/report.js';

const MAIN = new URL('../../dist/cli/main.js', import.meta.url).pathname;

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function childEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  // The test runner's own settings (DATABASE_URL, PORT…) must not leak into the command.
  const { DATABASE_URL: _d, PORT: _p, DATA_DIR: _dd, SAMPLE_DATA: _s, ...rest } = process.env;
  return { ...rest, ...env };
}

/** Runs `openrooms <args>` to completion; `input`, when given, is its standard input (a password, say). */
export async function runCli(args: string[], env: Record<string, string> = {}, input?: string): Promise<CliResult> {
  const started = performance.now();
  const child = spawn(process.execPath, [MAIN, ...args], { env: childEnv(env) });
  if (input !== undefined) child.stdin.end(input);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr, ms: performance.now() - started };
}

/** Runs `openrooms import <args> --json` and reads its report; throws unless it exits 0 with nothing on stderr. */
export async function importReport(args: string[], env: Record<string, string>): Promise<ImportReport> {
  const result = await runCli(['import', ...args, '--json'], env);
  if (result.code !== 0 || result.stderr !== '')
    throw new Error(`import ${args.join(' ')} exited ${String(result.code)}: ${result.stderr}`);
  return JSON.parse(result.stdout) as ImportReport;
}

export interface RunningServer {
  url: string;
  lines: string[];
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `openrooms serve` on a free port and resolves once it says where it listens. */
export async function startServer(env: Record<string, string>): Promise<RunningServer> {
  const child = spawn(process.execPath, [MAIN, 'serve'], { env: childEnv({ PORT: '0', HOST: '127.0.0.1', ...env }) });
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const url = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const match = /serving on (http:\/\/\S+)/.exec(line);
        if (match) resolve(match[1]!);
      }
    });
    child.once('exit', (code) => {
      reject(new Error(`serve exited with ${String(code)}: ${stderr}`));
    });
  });
  // The sample line follows the URL line; give it a moment to arrive.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return {
    url,
    lines,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    },
  };
}
