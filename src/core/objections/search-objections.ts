import { foldForSearch } from '../shared/serbian-script.ts';
import type { Objection } from './objection.ts';

// Setters also type đ as a bare d ("poredenju"), so the library compares 'dj' as 'd' too.
const fold = (text: string): string => foldForSearch(text).replaceAll('dj', 'd');

const words = (text: string): string[] =>
  fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** How well an objection matches: 3 a title word, 2 a keyword, 1 a response's text; 0 no match. */
function rank(objection: Objection, terms: readonly string[]): number {
  const titleWords = words(objection.title);
  const keywordWords = objection.keywords.flatMap(words);
  const responses = objection.responses.map((r) => fold(r.text));
  let total = 0;
  // Every typed word must match somewhere; the objection ranks by its weakest word's match.
  let weakest = 3;
  for (const term of terms) {
    const score = titleWords.some((w) => w.startsWith(term))
      ? 3
      : keywordWords.some((w) => w.startsWith(term))
        ? 2
        : responses.some((text) => text.includes(term))
          ? 1
          : 0;
    if (score === 0) return 0;
    weakest = Math.min(weakest, score);
    total += score;
  }
  return weakest * 100 + total;
}

/**
 * The objections matching what the setter typed, best first: a title word starting with the typed
 * word beats a keyword starting with it, which beats a response containing it; ties keep the
 * library's order. Case, accents and the alphabet are ignored ("цена" finds "Céna"); several words must all
 * match. An empty query gives the whole library in order.
 *
 * @example
 * searchObjections(library, 'pri') // "Price is too high" first, then objections with a keyword "pricing"
 */
export function searchObjections<T extends Objection>(objections: readonly T[], query: string): T[] {
  const terms = words(query);
  const ordered = [...objections].sort((a, b) => a.position - b.position || a.id - b.id);
  if (terms.length === 0) return ordered;
  return ordered
    .map((objection) => ({ objection, score: rank(objection, terms) }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score)
    .map((hit) => hit.objection);
}
