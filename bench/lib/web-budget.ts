/**
 * The public pages' first-load budget: which files of the web build a browser must fetch to show the portal
 * home (/t/:slug), found by walking Vite's build manifest, and how many bytes the server sends for them.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of Vite's `.vite/manifest.json` (only the fields the walk needs). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  /** Keys of the chunks this one imports statically: the browser fetches them before it runs. */
  imports?: string[];
  /** Keys of the chunks this one may load later (lazy routes): not part of the first load. */
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/** Where the portal home's route component lives in the web app, as the manifest keys it. */
export const PORTAL_HOME_SOURCE = /(^|\/)src\/portal\/home\/PortalHomePage\.tsx$/;

/**
 * The files of a first load, in the order found: the chunks index.html names (`rootKeys`) and everything they
 * import statically, then each of `routeKeys`' chunks (lazy routes the first page needs) with their static
 * imports, with every chunk's CSS. A file reached twice is counted once.
 */
export function firstLoadFiles(manifest: Manifest, rootKeys: string[], routeKeys: string[]): string[] {
  const files = new Set<string>();
  const visited = new Set<string>();
  const visit = (key: string, from: string) => {
    if (visited.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`the build manifest has no "${key}" (imported by ${from})`);
    visited.add(key);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported, key);
  };
  for (const key of [...rootKeys, ...routeKeys]) visit(key, 'the walk');
  return [...files];
}

/**
 * The manifest keys of what `index.html` makes the browser fetch at once: its module scripts, module preloads
 * and stylesheets (a chunk group may take the entry's code, leaving index.html to name several chunks).
 * Stylesheets without a manifest key are returned in `files`.
 */
export function htmlRoots(manifest: Manifest, html: string): { keys: string[]; files: string[] } {
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  const keys: string[] = [];
  const files: string[] = [];
  const tags = html.matchAll(/<(script|link)\b[^>]*>/g);
  for (const [tag, kind] of tags) {
    const rel = /\brel="([^"]*)"/.exec(tag)?.[1];
    if (kind === 'link' && rel !== 'modulepreload' && rel !== 'stylesheet') continue;
    const url = /\b(?:src|href)="\/?([^"]+)"/.exec(tag)?.[1];
    if (!url || /^[a-z]+:/i.test(url)) continue;
    const key = byFile.get(url);
    if (key) keys.push(key);
    else if (rel === 'stylesheet') files.push(url);
    else throw new Error(`index.html names ${url}, which the build manifest does not know`);
  }
  return { keys, files };
}

/** The manifest key of the chunk whose source matches `source` (a lazily loaded route). */
export function keyOfSource(manifest: Manifest, source: RegExp): string {
  const keys = Object.keys(manifest).filter((key) => source.test(manifest[key]?.src ?? key));
  if (keys.length !== 1 || !keys[0])
    throw new Error(`expected one chunk built from ${source}, found ${keys.length}: ${keys.join(', ')}`);
  return keys[0];
}

export interface FileSize {
  file: string;
  /** Bytes on disk, uncompressed. */
  raw: number;
  /** Bytes sent to a browser that accepts brotli (every browser over HTTPS): the .br beside it, if any. */
  br: number;
  /** Bytes sent to a browser that accepts only gzip. */
  gzip: number;
}

/**
 * What the server sends for one file of the build: its precompressed `.br` / `.gz` sibling when the build
 * wrote one (scripts/compress-dist.mjs writes them for every script, stylesheet and page), else the file itself, as
 * `@fastify/static` with `preCompressed` does.
 */
export function servedSize(dist: string, file: string): FileSize {
  const path = join(dist, file);
  const raw = statSync(path).size;
  const sibling = (suffix: string) => (existsSync(path + suffix) ? statSync(path + suffix).size : raw);
  return { file, raw, br: sibling('.br'), gzip: sibling('.gz') };
}

export interface Budget {
  files: FileSize[];
  raw: number;
  br: number;
  gzip: number;
}

export function sumSizes(files: FileSize[]): Budget {
  const total = (pick: (f: FileSize) => number) => files.reduce((sum, f) => sum + pick(f), 0);
  return { files, raw: total((f) => f.raw), br: total((f) => f.br), gzip: total((f) => f.gzip) };
}

/**
 * The portal home's first load in a built `dist`: index.html, the chunks it names and their static imports,
 * the portal home's route chunk and its static imports, their CSS. Needs the build's manifest
 * (`build.manifest`).
 */
export function portalFirstLoad(dist: string, homeSource: RegExp = PORTAL_HOME_SOURCE): Budget {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(manifestPath))
    throw new Error(`${manifestPath} is missing: build the web app (npm run build) with build.manifest on`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const roots = htmlRoots(manifest, readFileSync(join(dist, 'index.html'), 'utf8'));
  const chunks = firstLoadFiles(manifest, roots.keys, [keyOfSource(manifest, homeSource)]);
  const files = ['index.html', ...new Set([...chunks, ...roots.files])];
  return sumSizes(files.map((file) => servedSize(dist, file)));
}
