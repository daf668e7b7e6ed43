import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT = resolve(__dirname, '..', '..');

/**
 * The floor for the guide's build: Docusaurus's classic preset with no plugin, theme or component
 * of the guide's, and `pages` docs of one line each, built by the same bundler as the guide
 * (docusaurus.config.ts: Rspack, SWC and Lightning CSS), so the ratio is the guide's own cost.
 */
const bareConfig = `module.exports = {
  title: 'Bare',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  future: { v4: { fasterByDefault: true, removeLegacyPostBuildHeadAttribute: true }, faster: { swcHtmlMinimizer: false } },
  presets: [['classic', { docs: { routeBasePath: '/' }, blog: false, pages: false }]],
};
`;

/**
 * Builds that bare site in a temporary folder the way the guide's build is timed
 * (guide-gen/testing/build-site.ts: minified, no persistent webpack cache, the project's packages
 * linked in) and returns how long `docusaurus build` took.
 */
export async function buildBareSite(pages: number): Promise<number> {
  const root = mkdtempSync(join(tmpdir(), 'bare-site-'));
  try {
    const siteDir = join(root, 'site');
    mkdirSync(join(siteDir, 'docs'), { recursive: true });
    writeFileSync(join(siteDir, 'docusaurus.config.js'), bareConfig);
    writeFileSync(join(siteDir, 'package.json'), '{ "private": true }\n');
    // The first page is the site's home (docs/index.md is served at /), as the guide's start page is.
    for (let page = 1; page <= pages; page++) writeFileSync(join(siteDir, 'docs', page === 1 ? 'index.md' : `page-${page}.md`), `Page ${page}.\n`);
    mkdirSync(join(siteDir, 'node_modules'));
    for (const name of readdirSync(join(PROJECT, 'node_modules'))) {
      if (name !== '.cache') symlinkSync(join(PROJECT, 'node_modules', name), join(siteDir, 'node_modules', name));
    }
    const started = performance.now();
    await docusaurusBuild(siteDir, join(root, 'build'));
    return performance.now() - started;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function docusaurusBuild(siteDir: string, outDir: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(siteDir, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'build', '--out-dir', outDir], {
      cwd: siteDir,
      env: { ...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: '1', NODE_OPTIONS: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolvePromise() : reject(new Error(`docusaurus build of the bare site failed (exit ${code}):\n${output.slice(-4000)}`)),
    );
  });
}
