import { createElement } from 'react';
import { LINE_HEADER } from '../carrier';
import type { Line, PortalModel } from '../model/portal-model';
import { UnknownLinePage } from '../views/unknown-line-page';
import { htmlResponse } from './html-response';
import type { PortalResolver } from './portal-resolver';

/** Gives the resolver the caller's line, named by the carrier's line header and nothing else. */
export function withLine<Extra>(model: PortalModel, resolver: PortalResolver<Extra & { line: Line }>): PortalResolver<Extra> {
  return (info) => {
    const line = model.line(info.request.headers.get(LINE_HEADER) ?? '');
    if (!line) return htmlResponse(403, createElement(UnknownLinePage));
    return resolver({ ...info, line });
  };
}
