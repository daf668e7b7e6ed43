import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateGuide } from '../generate-guide';
import type { LoadExternal } from '../read-attachment';
import { writeGuide } from '../write-guide';

const PROJECT = resolve(__dirname, '..', '..');

/** What the site is made of, besides the generated guide and the dependencies. */
const SITE_FILES = ['docusaurus.config.ts', 'sidebars.ts', 'package.json', 'tsconfig.site.json', 'src', 'static', 'docs'];

export interface BuiltSite {
  /** The copy of the site, with the guide generated into its docs/guide/. */
  siteDir: string;
  /** The built static site. */
  outDir: string;
  /** Milliseconds spent generating the guide and building the site. */
  generateMs: number;
  buildMs: number;
  remove: () => void;
}

/**
 * Generates the guide from a message stream into a copy of the site in a temporary folder and
 * builds it there, so the project's own docs/guide/ and build/ are never touched. The copy gets
 * its own node_modules folder of links to the project's packages: the bundler's cache then lands in
 * the copy, not in the cache the project's own builds use.
 */
export async function buildSite(ndjson: string, options: { minify?: boolean; loadExternal?: LoadExternal } = {}): Promise<BuiltSite> {
  const root = mkdtempSync(join(tmpdir(), 'guide-site-'));
  const remove = () => rmSync(root, { recursive: true, force: true });
  try {
    const siteDir = join(root, 'site');
    const outDir = join(root, 'build');
    mkdirSync(siteDir);
    for (const entry of SITE_FILES) {
      cpSync(join(PROJECT, entry), join(siteDir, entry), {
        recursive: true,
        filter: (source) => !source.startsWith(join(PROJECT, 'docs', 'guide')),
      });
    }
    linkProjectPackages(siteDir);

    let started = performance.now();
    const { files } = generateGuide(ndjson, options.loadExternal);
    writeGuide(join(siteDir, 'docs', 'guide'), files);
    const generateMs = performance.now() - started;

    started = performance.now();
    await docusaurusBuild(siteDir, outDir, options.minify === false ? ['--no-minify'] : []);
    return { siteDir, outDir, generateMs, buildMs: performance.now() - started, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

/**
 * Gives a site in another folder a node_modules of links to the project's packages, leaving out
 * the bundler's cache, so that its build has one of its own.
 */
export function linkProjectPackages(siteDir: string): void {
  mkdirSync(join(siteDir, 'node_modules'));
  for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
    if (name !== '.cache') symlinkSync(join(PROJECT, 'node_modules', name), join(siteDir, 'node_modules', name));
  }
}

/** `docusaurus build` of the site in `siteDir` into `outDir`, with no persistent cache; its output is shown only when it fails. */
export function docusaurusBuild(siteDir: string, outDir: string, extraArgs: string[] = []): Promise<void> {
  const args = ['build', '--out-dir', outDir, ...extraArgs];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), ...args], {
      cwd: siteDir,
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`docusaurus ${args.join(' ')} in ${siteDir} failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}
