import { http, type RequestHandler } from 'msw';
import { createElement } from 'react';
import { htmlResponse } from '../http/html-response';
import { portalPaths } from '../portal-paths';
import { supportTopics } from '../support-topics';
import { ComingSoonPage } from '../views/coming-soon-page';
import { NotFoundPage } from '../views/not-found-page';
import { SupportPage } from '../views/support-page';
import { TopPage } from '../views/top-page';

/** The open pages any network may see: the top page and お客様サポート with its topics. */
export function siteHandlers(): RequestHandler[] {
  return [
    http.get(portalPaths.top, () => htmlResponse(200, createElement(TopPage))),
    http.get(portalPaths.support, () => htmlResponse(200, createElement(SupportPage))),
    ...supportTopics
      .filter((topic) => topic.slug !== 'docomo-id')
      .map((topic) => http.get(portalPaths.supportTopic(topic.slug), () => htmlResponse(200, createElement(ComingSoonPage, { title: topic.label })))),
  ];
}

/** Last in line: any other address on the portal is a 404 page, never an unanswered request. */
export function notFoundHandler(): RequestHandler {
  return http.all('/*', () => htmlResponse(404, createElement(NotFoundPage)));
}
