import { useState } from 'react';

const storageKey = 'setterdesk.call.campaignId';

/** The campaign picked last on this browser, if any. */
export function readLastCampaign(): number | null {
  const stored = Number(localStorage.getItem(storageKey));
  return Number.isInteger(stored) && stored > 0 ? stored : null;
}

/** The campaign picked last, remembered across shifts on this browser. */
export function useLastCampaign(): [number | null, (campaignId: number | null) => void] {
  const [campaignId, setCampaignId] = useState<number | null>(readLastCampaign);
  const choose = (next: number | null) => {
    if (next === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, String(next));
    setCampaignId(next);
  };
  return [campaignId, choose];
}
