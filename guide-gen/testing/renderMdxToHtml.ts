import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';

/**
 * Compiles and renders a generated page the way the site would read it, with stand-ins for
 * the site's components and for the bundler's `require` of images. Tests use it to prove the
 * MDX parses and that escaped text comes out as the literal text.
 */
export async function renderMdxToHtml(source: string): Promise<string> {
  const { evaluate } = await import('@mdx-js/mdx');
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .* from '@site\/.*';$/gm, '');
  const components = {
    ScenarioStatus: (props: { status: string; verifiedAt?: string; attempts?: number }): ReactNode =>
      createElement('p', { 'data-status': props.status, 'data-verified-at': props.verifiedAt ?? '' }),
    StepScreenshot: (props: { src: string; alt: string }): ReactNode =>
      createElement('img', { src: props.src, alt: props.alt, loading: 'lazy' }),
  };
  const scope = globalThis as { require?: unknown };
  const previous = scope.require;
  // The bundler resolves `require('./img/x.png').default` to a URL; here the path stands in.
  scope.require = (path: string) => ({ default: `bundled:${path}` });
  try {
    const { default: Content } = await evaluate(body, { ...runtime, baseUrl: 'file:///guide/' } as never);
    return renderToStaticMarkup(createElement(Content, { components }));
  } finally {
    scope.require = previous;
  }
}
