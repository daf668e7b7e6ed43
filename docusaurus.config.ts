import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// The generated guide's start page is the site's home ('/'). Before the guide is generated (a
// fresh checkout), nothing is there, so the home link goes to the about page instead.
const guideGenerated = existsSync(join(__dirname, 'docs', 'guide'));

const config: Config = {
  title: 'docomo credentials, step by step',
  tagline: 'How to find, set and reset your docomo ID, Wi-Fi credentials, sp-mode password and network PIN',
  favicon: 'img/favicon.svg',
  url: 'http://localhost',
  baseUrl: '/',

  // The guide is generated; a link or image it gets wrong must stop the build, not ship.
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {
    format: 'mdx',
    hooks: {
      onBrokenMarkdownLinks: 'throw',
      onBrokenMarkdownImages: 'throw',
    },
  },

  future: {
    // Every v4 flag except useCssCascadeLayers: for the default browserslist it is polyfilled by
    // boosting Infima's selectors (`:root:not(#\#)…`), which then beat the site's own CSS. Measured: with it on, the
    // docomo red of src/css/custom.css never applied (--ifm-color-primary stayed #3578e5).
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: false,
      siteStorageNamespacing: true,
      mdx1CompatDisabledByDefault: true,
      // Rspack, SWC and Lightning CSS (@docusaurus/faster) in place of webpack, Babel, Terser and
      // cssnano. Measured, cold minified build of a one-feature guide on a busy 2-core machine:
      // 122 s (44 s of CPU) with webpack, 22-54 s (11-12 s of CPU) with these; the same pages,
      // search index and HTML, main.js 378 → 362 KB (119 → 115 KB gzipped), CSS 17.7 → 17.5 KB gzipped.
      fasterByDefault: true,
    },
    // Except SWC's HTML minifier: it drops attribute quotes (src=/img/…), which changes every page
    // for no measurable gain in build time (11 s of CPU either way) and breaks readers of the built
    // HTML such as scripts/bench-guide.ts; and @swc/html 1.16.22 was published for Linux x64
    // (glibc) alone, so a build on a Mac or on Windows would fail to load it.
    faster: { swcHtmlMinimizer: false },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  // A phone downloads a page's code when the reader is about to open it, not every linked page's
  // code as soon as its link is on screen (measured: 0.93 MB less on load, median page).
  clientModules: ['./src/theme/prefetchOnTapOnly.ts'],

  plugins: [
    // The site shows no code (src/theme/CodeBlock/Content/String.tsx), so prism-react-renderer,
    // which the classic theme's prism-include-languages client module imports on every page, is
    // swapped for an empty Prism: 85 KB less main.js, and its grammars no longer run at start-up.
    () => ({
      name: 'without-prism',
      configureWebpack: () => ({ resolve: { alias: { 'prism-react-renderer$': join(__dirname, 'src', 'prismStub.ts') } } }),
    }),
  ],

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // On a phone the breadcrumb only repeats the title below it.
          breadcrumbs: false,
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  // Search that works offline: the index is built with the site and searched in the browser (it
  // is downloaded when the search box is first focused, never with the page). Japanese needs
  // lunr's tinyseg tokenizer, which the theme loads for 'ja'. The reader's own words for each
  // page ("wifi password", "forgot password") reach the index as the page's front matter
  // keywords and description: guide-gen/search-words.ts.
  themes: [
    [
      '@easyops-cn/docusaurus-search-local',
      {
        hashed: true,
        indexDocs: true,
        indexBlog: false,
        indexPages: false,
        docsRouteBasePath: '/',
        language: ['en', 'ja'],
        highlightSearchTermsOnTargetPage: true,
        explicitSearchResultPath: true,
        searchBarShortcutHint: false,
        // The evidence pages repeat every word of their how-to page and would crowd it out of the
        // suggestions; a reader reaches them from the how-to page, one tap away.
        ignoreFiles: [/^guide\/evidence(\/|$)/],
        // Likewise the glossary's lists of the how-to pages that use each label: every page title
        // there matched its own task words. A label and its meaning stay searchable ("次へ", "Next").
        ignoreCssSelectors: ['li[id^="term-"] details ul'],
      },
    ],
  ],

  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    navbar: {
      title: 'docomo credentials',
      logo: { alt: '', src: 'img/favicon.svg', width: 28, height: 28, href: guideGenerated ? '/' : '/about' },
    },
    footer: {
      style: 'light',
      copyright: 'Every step and screenshot in this guide comes from the last automated check of the portal. ' + 'docomo is a trademark of NTT DOCOMO, INC.',
    },
    // No colours for code, as no code is highlighted (src/theme/CodeBlock/Content/String.tsx); the
    // two themes were 1.3 KB of every page's main.js, in the site's config.
    prism: { theme: { plain: {}, styles: [] } },
  } satisfies Preset.ThemeConfig,
};

export default config;
