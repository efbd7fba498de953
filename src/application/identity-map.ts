/**
 * A read by key done at most once: the first call reads, later calls for the same key get the
 * same answer (a failed read is forgotten, so a retry reads again). One per request: a campaign,
 * client or setting asked for by several rules of one request is read once.
 *
 * @example
 * const campaign = readOnce(catalog.findCampaign);
 * await campaign(7); await campaign(7); // one statement
 */
export function readOnce<K, V>(read: (key: K) => Promise<V>): (key: K) => Promise<V> {
  const known = new Map<K, Promise<V>>();
  return (key) => {
    const cached = known.get(key);
    if (cached) return cached;
    const reading = read(key);
    known.set(key, reading);
    reading.catch(() => known.delete(key));
    return reading;
  };
}
