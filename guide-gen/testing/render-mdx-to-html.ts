import { createElement, type ReactNode } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';

type Props = Record<string, unknown> & { children?: ReactNode };

interface Node {
  type: string;
  value?: string;
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

/** Docusaurus's `## Title {/* #id *\/}` heading ids, which plain MDX renders as nothing. */
function headingIds() {
  const visit = (node: Node) => {
    const last = node.type === 'heading' ? node.children?.at(-1) : undefined;
    const id = last?.type === 'mdxTextExpression' ? /^\/\*\s*#(\S+)\s*\*\/$/.exec(last.value?.trim() ?? '')?.[1] : undefined;
    if (id && node.children) {
      node.children.pop();
      const text = node.children.at(-1);
      if (text?.type === 'text' && text.value) text.value = text.value.trimEnd();
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
    }
    node.children?.forEach(visit);
  };
  return (tree: Node) => visit(tree);
}

/**
 * Compiles and renders a generated page the way the site would read it, with stand-ins for
 * the site's components and for the bundler's `require` of images. Tests use it to prove the
 * MDX parses and that escaped text comes out as the literal text.
 */
export async function renderMdxToHtml(source: string): Promise<string> {
  const { evaluate } = await import('@mdx-js/mdx');
  // As Docusaurus reads MDX: GitHub tables, and `:::note` directives (left as plain elements).
  const { default: remarkGfm } = await import('remark-gfm');
  const { default: remarkDirective } = await import('remark-directive');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/^import .* from '@site\/.*';$/gm, '');
  const components = {
    ScenarioStatus: (props: Props): ReactNode =>
      createElement('p', {
        'data-status': props.status,
        'data-verified-at': props.verifiedAt ?? '',
        'data-run': [props.portal, props.origin, props.revision, props.commit].filter(Boolean).join(' '),
      }),
    StepScreenshot: (props: Props): ReactNode =>
      createElement('img', { src: props.src, alt: props.alt, 'data-kind': props.kind, 'data-caption': props.caption, loading: 'lazy' }),
    StepProblem: (props: Props): ReactNode =>
      createElement(
        'div',
        { 'data-problem': props.status },
        String(props.summary),
        typeof props.details === 'string' && props.details ? createElement('pre', null, props.details) : null,
      ),
    PortalQrCode: (props: Props): ReactNode => createElement('img', { src: props.src, alt: `QR code for ${String(props.url)}` }),
    Steps: (props: Props): ReactNode => createElement('ol', { 'data-walkthrough-status': props.status }, props.children),
    Step: (props: Props): ReactNode => createElement('li', { id: props.id, 'data-step-status': props.status, 'data-shown-at': props.shownAt }, props.children),
    StatusBadge: (props: Props): ReactNode => createElement('span', { 'data-badge': props.status }),
    HowToProof: (props: Props): ReactNode => createElement('p', { 'data-how-to-status': props.status }, props.children),
    HowToSteps: (props: Props): ReactNode => createElement('ol', { 'data-how-to-steps': '' }, props.children),
    HowToStep: (props: Props): ReactNode => createElement('li', { 'data-how-to-last': props.last ? '' : undefined }, props.children),
    HowToWarning: (props: Props): ReactNode => createElement('p', { role: 'note' }, props.children),
    Troubles: (props: Props): ReactNode => createElement('ul', { 'data-troubles': '' }, props.children),
    Trouble: (props: Props): ReactNode => createElement('li', null, props.children),
    Terms: (props: Props): ReactNode => createElement('ul', { 'data-terms': '' }, props.children),
    Term: (props: Props): ReactNode => createElement('li', { id: props.id }, props.children),
    Fold: (props: Props): ReactNode => createElement('details', null, props.children),
  };
  const scope = globalThis as { require?: unknown };
  const previous = scope.require;
  // The bundler resolves `require('./img/x.png').default` to a URL; here the path stands in.
  scope.require = (path: string) => ({ default: `bundled:${path}` });
  try {
    const { default: Content } = await evaluate(body, {
      ...runtime,
      baseUrl: 'file:///guide/',
      remarkPlugins: [remarkGfm, remarkDirective, headingIds],
    });
    return renderToStaticMarkup(createElement(Content, { components }));
  } finally {
    scope.require = previous;
  }
}
