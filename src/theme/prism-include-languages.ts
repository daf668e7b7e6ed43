/**
 * Replaces the classic theme's prism-include-languages, which loads themeConfig.prism's
 * additionalLanguages into Prism. This site shows no code and asks for no extra language, yet
 * the original still put 25 KB (8 KB gzipped) into every page's main.js: prismjs's list of all its
 * components (pulled in by `require(`prismjs/components/prism-${lang}`)` under the theme's
 * ContextReplacementPlugin, whose pattern for no language matches the folder's index) and its
 * markup-templating component (required for PHP). Measured in the built main.js.
 * Its test fails if docusaurus.config.ts asks for a language: then delete this file.
 */
export default function prismIncludeLanguages(): void {}
