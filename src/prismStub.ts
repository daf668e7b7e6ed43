/**
 * What the classic theme's prism-include-languages client module imports from
 * prism-react-renderer: a Prism to add languages to. The site highlights no code
 * (src/theme/CodeBlock/Content/String.tsx) and adds no language (src/theme/prism-include-languages.ts),
 * so an empty one does; docusaurus.config.ts points the bundler here instead of the 85 KB library.
 */
export const Prism = { languages: {} };
