import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { docusaurusBuild, linkProjectPackages } from '../../guide-gen/testing/build-site';

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
 * (guide-gen/testing/build-site.ts: minified, no persistent bundler cache, the project's packages
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
    linkProjectPackages(siteDir);
    const started = performance.now();
    await docusaurusBuild(siteDir, join(root, 'build'));
    return performance.now() - started;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
