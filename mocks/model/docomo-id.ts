/**
 * A docomo ID as the customer knows it. Its own module because the model (portal-model.ts), the
 * line's IDs (docomo-ids.ts) and the generator that makes new ones all speak of it: kept in
 * portal-model.ts it tied the three into an import cycle.
 */
export interface DocomoId {
  userId: string;
  password: string;
}
