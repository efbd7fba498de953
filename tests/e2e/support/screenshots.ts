import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Where the journeys put the README's screenshots: `docs/screenshots` only when asked
 * (`npm run screenshots`, i.e. UPDATE_SCREENSHOTS=1), otherwise `test-results/screenshots`,
 * so that `npm test` leaves the work tree clean.
 */
export const screenshots =
  process.env.UPDATE_SCREENSHOTS === '1'
    ? `${repoRoot}docs/screenshots`
    : `${repoRoot}test-results/screenshots`;
