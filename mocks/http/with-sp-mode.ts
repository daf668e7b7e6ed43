import { createElement } from 'react';
import { NETWORK_HEADER } from '../carrier';
import { NotAvailablePage } from '../views/not-available-page';
import { htmlResponse } from './html-response';
import type { PortalResolver } from './portal-resolver';

/**
 * The sp-mode gate: the docomo ID pages answer only over the phone's own sp-mode connection, as
 * told by the carrier's network header. Wi-Fi, tethering, and a missing or unknown header are
 * refused alike, because the portal cannot tell who is calling over them.
 */
export function withSpMode<Extra>(resolver: PortalResolver<Extra>): PortalResolver<Extra> {
  return (info) => {
    if (info.request.headers.get(NETWORK_HEADER) !== 'sp-mode') return htmlResponse(403, createElement(NotAvailablePage));
    return resolver(info);
  };
}
