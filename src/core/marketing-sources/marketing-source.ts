import type { MarketingSourceKind } from '../../contracts/marketing-sources.ts';
import { foldForSearch } from '../shared/serbian-script.ts';

/** One of a client's marketing sources an inbound caller can name. */
export interface MarketingSource {
  id: number;
  clientId: number;
  /** What the caller reads out or the mailer prints: "SPRING-24", "Mailer 3". */
  code: string;
  label: string;
  kind: MarketingSourceKind;
  active: boolean;
}

/**
 * A source code as it is matched: folded (case, diacritics, Cyrillic) and without spaces, dashes
 * or dots, so "spring 24", "SPRING-24" and "Spring.24" are one code.
 *
 * @example
 * sourceCodeKey(' Spring-24 ') // 'spring24'
 * sourceCodeKey('ПРОЛЕЋЕ 24') // 'prolece24'
 */
export function sourceCodeKey(code: string): string {
  return foldForSearch(code).replace(/[\s\-_.·/]+/gu, '');
}

/**
 * The active sources that fit what the setter typed, best first: the code exactly, then codes
 * that start with it, then codes or labels that contain it (folded, in either alphabet).
 *
 * @example
 * matchSources(sources, 'spring') // [SPRING-24 (code prefix), "Spring mailer" (label)]
 */
export function matchSources(sources: readonly MarketingSource[], typed: string): MarketingSource[] {
  const key = sourceCodeKey(typed);
  const words = foldForSearch(typed).trim();
  const active = sources.filter((source) => source.active);
  if (key === '') return [...active].sort(byCode);
  const rank = (source: MarketingSource): number => {
    const code = sourceCodeKey(source.code);
    if (code === key) return 0;
    if (code.startsWith(key)) return 1;
    if (code.includes(key)) return 2;
    if (foldForSearch(source.label).includes(words)) return 3;
    return -1;
  };
  return active
    .map((source) => ({ source, rank: rank(source) }))
    .filter((ranked) => ranked.rank >= 0)
    .sort((a, b) => a.rank - b.rank || byCode(a.source, b.source))
    .map((ranked) => ranked.source);
}

const byCode = (a: MarketingSource, b: MarketingSource) => a.code.localeCompare(b.code);
