import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { themes as prismThemes } from 'prism-react-renderer';

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
    // Every v4 flag except fasterByDefault, which needs @docusaurus/faster (not installed).
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      useCssCascadeLayers: true,
      siteStorageNamespacing: true,
      mdx1CompatDisabledByDefault: true,
      fasterByDefault: false,
    },
  },

  i18n: { defaultLocale: 'en', locales: ['en'] },

  presets: [
    [
      'classic',
      {
        docs: {
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
        },
        blog: false,
        theme: { customCss: './src/css/custom.css' },
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
    docs: { sidebar: { hideable: true } },
    tableOfContents: { minHeadingLevel: 2, maxHeadingLevel: 3 },
    navbar: {
      title: 'docomo credentials, step by step',
      logo: { alt: '', src: 'img/favicon.svg', width: 28, height: 28 },
    },
    footer: {
      style: 'light',
      copyright:
        'Every step and screenshot in this guide comes from the last automated check of the portal. ' +
        'docomo is a trademark of NTT DOCOMO, INC.',
    },
    prism: { theme: prismThemes.github, darkTheme: prismThemes.dracula },
  } satisfies Preset.ThemeConfig,
};

export default config;
