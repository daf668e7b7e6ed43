import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock/Content/String';
import ElementContent from '@theme/CodeBlock/Content/Element';

/**
 * Replaces the classic theme's highlighted code block: the text in a plain block, no colours, no
 * copy button. The guide shows no code, yet the original put prism-react-renderer (85 KB of
 * main.js) on every page, and evaluating its grammars took a third of main.js's start-up task
 * (about 550 ms of 1.7 s in a 4× slowed Chromium, measured with a CPU profile of the start page).
 * The last importer of prism-react-renderer, the theme's prism-include-languages client module,
 * gets an empty Prism (src/prismStub.ts, aliased in docusaurus.config.ts).
 */
export default function CodeBlockString({ children, className }: Props): ReactNode {
  return <ElementContent className={className}>{children}</ElementContent>;
}
