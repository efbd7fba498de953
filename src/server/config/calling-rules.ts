import { readFileSync } from 'node:fs';
import { type CallingRuleSet, validateCallingRuleSet } from '../../core/calling-rules/rule-set.ts';
import { usStateCallingRules } from '../../core/calling-rules/us-state-rules.ts';

/**
 * The state calling rules in force: the set shipped with the product, or the JSON file named by
 * CALLING_RULES_FILE (same shape, validated at start: a broken file stops the server with the
 * rule and field at fault, never a silent fallback). `CALLING_RULES_FILE=off` applies none.
 */
export function loadCallingRules(file: string | undefined): CallingRuleSet | null {
  if (file === 'off') return null;
  if (!file) return usStateCallingRules;
  const parsed = validateCallingRuleSet(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.ok)
    throw new Error(
      `CALLING_RULES_FILE ${file}: ${parsed.error.message}\n  ${parsed.error.issues.join('\n  ')}`,
    );
  return parsed.value;
}
