import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BuildOptions, BuildResult, OutputFile } from 'esbuild';

/** The islands a page may ask for; each is one small ES module. */
export const CLIENT_ENTRIES = ['home', 'map', 'saved', 'zone', 'print', 'admin-map'] as const;
export type ClientEntry = (typeof CLIENT_ENTRIES)[number];

/** Where bundles are served from; the stylesheet lives there too. */
export const ASSET_PREFIX = '/assets/';

/** What `npm run build` writes next to the bundles, and the server reads at start. */
export interface ClientManifest {
  /** Each entry's file name, e.g. "home.4F2KQ7ZJ.js". */
  entries: Record<ClientEntry, string>;
  /** Every file: entries, the lazily imported map chunk and any shared chunk. */
  files: string[];
}

export interface ClientFile {
  contents: Buffer;
  gzip: Buffer;
}

export interface ClientBundles {
  manifest: ClientManifest;
  /** By file name. */
  files: Map<string, ClientFile>;
}

/** The checkout's root: the first folder above this file with a package.json (the same from src/ and dist/). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('OpenRooms: no package.json above the web code');
    dir = parent;
  }
}

/** Not dist/web/client/: tsc writes the unbundled client modules there. */
export function bundleDir(root = projectRoot()): string {
  return join(root, 'dist', 'web', 'bundles');
}

const MANIFEST = 'manifest.json';

type Esbuild = typeof import('esbuild');

/** The lazily loaded map module: Leaflet, its clustering and their CSS, bundled apart from every page's island. */
const MAP_VIEW = 'map-view';

/** How map.ts names the map chunk; esbuild puts the hashed file name in its place (see map.ts). */
const MAP_VIEW_GLOBAL = 'MAP_VIEW_MODULE';

/**
 * esbuild's options for one pass. The map chunk is bundled first, on its own; then each island is bundled
 * whole, with the map chunk's hashed name written into map.ts. No shared chunks: a page loads exactly one
 * small file, with no second round trip for a chunk it imports (a few hundred bytes are repeated instead).
 */
function buildOptions(root: string, outdir: string, names: readonly string[], mapView?: string): BuildOptions {
  const source = join(root, 'src', 'web', 'client');
  return {
    entryPoints: names.map((name) => join(source, `${name}.ts`)),
    outdir,
    bundle: true,
    format: 'esm',
    // Older phones: ?. and ?? are rewritten. Browsers with ES modules (2018 on) have import() and import.meta.
    target: 'es2019',
    supported: { 'dynamic-import': true, 'import-meta': true },
    minify: true,
    // Content hashes in names: the server can tell browsers to keep each file for a year.
    entryNames: '[name].[hash]',
    // Leaflet's stylesheet goes in as text and is added to the page with the map; its marker images are not used.
    loader: { '.css': 'text' },
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: root,
    write: false,
    ...(mapView === undefined ? {} : { define: { [MAP_VIEW_GLOBAL]: JSON.stringify(`./${mapView}`) }, external: [`./${MAP_VIEW}.*`] }),
  };
}

function entryFiles(result: BuildResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const [output, meta] of Object.entries(result.metafile?.outputs ?? {})) {
    if (!output.endsWith('.js') || meta.entryPoint === undefined) continue;
    files.set(basename(meta.entryPoint).replace(/\.ts$/, ''), basename(output));
  }
  return files;
}

function manifestOf(mapPass: BuildResult, pagePass: BuildResult, outdir: string): ClientManifest {
  const built = entryFiles(pagePass);
  const entries = {} as Record<ClientEntry, string>;
  for (const name of CLIENT_ENTRIES) {
    const file = built.get(name);
    if (file === undefined) throw new Error(`OpenRooms: esbuild made no bundle for ${name} in ${outdir}`);
    entries[name] = file;
  }
  const files = [...built.values(), ...entryFiles(mapPass).values()].sort();
  return { entries, files };
}

function filesOf(outputs: OutputFile[]): Map<string, ClientFile> {
  const files = new Map<string, ClientFile>();
  for (const output of outputs) {
    if (!output.path.endsWith('.js')) continue;
    const contents = Buffer.from(output.contents);
    files.set(basename(output.path), { contents, gzip: gzipSync(contents, { level: 9 }) });
  }
  return files;
}

function loadEsbuild(): Esbuild {
  // esbuild is a development dependency: required only when bundling, never by a built server.
  return createRequire(import.meta.url)('esbuild') as Esbuild;
}

/** Bundles the islands in memory, synchronously: for a server started without `npm run build`'s bundles. */
export function bundleClientSync(root = projectRoot()): ClientBundles {
  const esbuild = loadEsbuild();
  const outdir = bundleDir(root);
  const mapPass = esbuild.buildSync(buildOptions(root, outdir, [MAP_VIEW]));
  const pagePass = esbuild.buildSync(buildOptions(root, outdir, CLIENT_ENTRIES, entryFiles(mapPass).get(MAP_VIEW)));
  return bundlesOf(mapPass, pagePass, outdir);
}

function bundlesOf(mapPass: BuildResult, pagePass: BuildResult, outdir: string): ClientBundles {
  const files = filesOf([...(mapPass.outputFiles ?? []), ...(pagePass.outputFiles ?? [])]);
  return { manifest: manifestOf(mapPass, pagePass, outdir), files };
}

/** Bundles the islands into dist/web/bundles with a manifest; `npm run build` calls it. */
export async function writeClientBundles(root = projectRoot()): Promise<ClientBundles> {
  const esbuild = loadEsbuild();
  const outdir = bundleDir(root);
  const mapPass = await esbuild.build(buildOptions(root, outdir, [MAP_VIEW]));
  const pagePass = await esbuild.build(buildOptions(root, outdir, CLIENT_ENTRIES, entryFiles(mapPass).get(MAP_VIEW)));
  const bundles = bundlesOf(mapPass, pagePass, outdir);
  // Old hashes go: the folder holds exactly what the manifest names.
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  for (const [name, file] of bundles.files) writeFileSync(join(outdir, name), file.contents);
  writeFileSync(join(outdir, MANIFEST), `${JSON.stringify(bundles.manifest, null, 2)}\n`);
  return bundles;
}

/** Reads built bundles, or null when there are none (or the manifest names a file that is gone). */
export function readClientBundles(dir = bundleDir()): ClientBundles | null {
  const path = join(dir, MANIFEST);
  if (!existsSync(path)) return null;
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as ClientManifest;
  const files = new Map<string, ClientFile>();
  for (const name of manifest.files) {
    const file = join(dir, basename(name));
    if (!existsSync(file)) return null;
    const contents = readFileSync(file);
    files.set(basename(name), { contents, gzip: gzipSync(contents, { level: 9 }) });
  }
  return { manifest, files };
}

let cached: ClientBundles | null | undefined;

/**
 * The bundles this process serves: the built ones, else bundled now if esbuild is at hand, else none
 * (pages work without JavaScript, so a server without bundles still serves every page).
 */
export function clientBundles(): ClientBundles | null {
  if (cached !== undefined) return cached;
  cached = readClientBundles();
  if (cached === null) {
    try {
      cached = bundleClientSync();
    } catch (error) {
      const why = error instanceof Error ? error.message : String(error);
      process.emitWarning(`OpenRooms: no client bundles (run npm run build): ${why}`);
      cached = null;
    }
  }
  return cached;
}

/** The URL of an island's script, or null when there are no bundles. */
export function clientScriptPath(name: ClientEntry): string | null {
  const bundles = clientBundles();
  return bundles === null ? null : `${ASSET_PREFIX}${bundles.manifest.entries[name]}`;
}

/** Gzipped size of each file, for the build's report and the budget test. */
export function bundleSizes(bundles: ClientBundles): { file: string; bytes: number; gzip: number }[] {
  return [...bundles.files].map(([file, { contents, gzip }]) => ({ file, bytes: contents.length, gzip: gzip.length }));
}
