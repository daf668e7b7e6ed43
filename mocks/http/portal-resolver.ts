/**
 * What the portal's resolvers need from msw's resolver argument. Narrower than msw's own type on
 * purpose: the higher-order resolvers (withSession, withSpMode, withLine) add fields to it, and
 * leaving out msw's `cookies` keeps its process-wide cookie store out of reach.
 */
export interface PortalRequestInfo {
  request: Request;
}

export type PortalResolver<Extra = object> = (info: PortalRequestInfo & Extra) => Response | Promise<Response>;
