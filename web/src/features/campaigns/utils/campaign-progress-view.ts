import type { CampaignProgressDto } from '../../../../../src/contracts/campaign-admin.ts';

/**
 * The share of a campaign's leads called at least once (0…1): what its progress bar shows;
 * null for a campaign without leads, which has no progress to show.
 *
 * @example
 * reachedShare({ total: 200, remaining: 50, ... }) // 0.75
 */
export function reachedShare(progress: Pick<CampaignProgressDto, 'total' | 'remaining'>): number | null {
  if (progress.total <= 0) return null;
  const reached = progress.total - Math.min(progress.remaining, progress.total);
  return reached / progress.total;
}
