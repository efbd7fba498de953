import { isMandatorySection } from './mandatory-sections.ts';
import { normalizeSection, sameWording } from './same-sections.ts';
import type { RebaseConflict, ScriptSection } from './script.ts';

/** A variant carried onto a new company version: what the setter reads now, and what awaits review. */
export interface RebasedVariant {
  /** The company wording in conflicted sections, the setter's where only they changed it. */
  sections: ScriptSection[];
  conflicts: RebaseConflict[];
}

type Side = 'company' | 'mine' | 'conflict';

/** Who decides a section that the base, the setter and the company all may hold. */
function decide(
  base: ScriptSection | undefined,
  mine: ScriptSection | undefined,
  company: ScriptSection,
): Side {
  if (isMandatorySection(company) || base === undefined) return 'company';
  if (mine === undefined) return sameWording(base, company) ? 'mine' : 'conflict';
  if (sameWording(mine, base)) return 'company';
  if (sameWording(company, base) || sameWording(mine, company)) return 'mine';
  return 'conflict';
}

const ids = (sections: readonly ScriptSection[], keep: ReadonlySet<string>) =>
  sections.map((s) => s.id).filter((id) => keep.has(id));

/**
 * The order of the merged sections, three-way as well: the company's order when the setter kept
 * the base order, the setter's when the company kept it (new company sections after the section
 * before them), else the company's; sections only the setter has stay after their predecessor.
 */
function mergedOrder(
  base: readonly ScriptSection[],
  mine: readonly ScriptSection[],
  company: readonly ScriptSection[],
  kept: ReadonlySet<string>,
): string[] {
  const same = (a: string[], b: string[]) => a.join('\u0000') === b.join('\u0000');
  /** The ids of `a` that `b` holds too, in `a`'s order. */
  const common = (a: readonly ScriptSection[], b: readonly ScriptSection[]) => ids(a, new Set(ids(b, kept)));
  const companyKeepsOrder = same(common(company, base), common(base, company));
  const mineKeepsOrder = same(common(mine, base), common(base, mine));
  const [spine, rest] = companyKeepsOrder && !mineKeepsOrder ? [mine, company] : [company, mine];
  const order = ids(spine, kept);
  rest.forEach((section, index) => {
    if (!kept.has(section.id) || order.includes(section.id)) return;
    const before = rest
      .slice(0, index)
      .reverse()
      .find((s) => order.includes(s.id));
    order.splice(before ? order.indexOf(before.id) + 1 : Math.min(1, order.length), 0, section.id);
  });
  return order;
}

/**
 * Carries a setter's variant, written on company version `base`, onto the new company version,
 * section by section (matched by id): a section the setter did not change follows the company;
 * one only the setter changed keeps their wording; one both changed is a conflict (the company
 * wording is read until a manager approves the setter's); new and removed company sections and
 * every mandatory section follow the company; sections only the setter added stay. A branch whose
 * target the company removed is dropped.
 *
 * @example
 * rebaseVariant(
 *   [{ id: 'opening', title: 'Opening', body: 'Hi' }, { id: 'pitch', title: 'Pitch', body: 'Solar' }],
 *   [{ id: 'opening', title: 'Opening', body: 'Hi' }, { id: 'pitch', title: 'Pitch', body: 'Cheap solar' }],
 *   [{ id: 'opening', title: 'Opening', body: 'Hello' }, { id: 'pitch', title: 'Pitch', body: 'Solar' }],
 * ) // sections: opening 'Hello' (company), pitch 'Cheap solar' (setter); conflicts: []
 */
export function rebaseVariant(
  base: readonly ScriptSection[],
  mine: readonly ScriptSection[],
  company: readonly ScriptSection[],
): RebasedVariant {
  const baseById = new Map(base.map((s) => [s.id, s]));
  const mineById = new Map(mine.map((s) => [s.id, s]));
  const companyIds = new Set(company.map((s) => s.id));
  const chosen = new Map<string, ScriptSection>();
  const conflicts: RebaseConflict[] = [];
  for (const section of company) {
    const mineSection = mineById.get(section.id);
    const side = decide(baseById.get(section.id), mineSection, section);
    if (side === 'mine' && mineSection === undefined) continue;
    if (side === 'mine' && mineSection)
      chosen.set(section.id, { ...mineSection, mandatory: section.mandatory });
    else chosen.set(section.id, section);
    if (side === 'conflict')
      conflicts.push({
        sectionId: section.id,
        title: section.title,
        mine: mineSection ? normalizeSection(mineSection) : null,
      });
  }
  // The setter's own sections stay; those the company removed go with it.
  for (const section of mine)
    if (!companyIds.has(section.id) && !baseById.has(section.id)) chosen.set(section.id, section);
  const order = mergedOrder(base, mine, company, new Set(chosen.keys()));
  const sections = order.flatMap((id) => {
    const section = chosen.get(id);
    if (!section) return [];
    const branches = section.branches?.filter((branch) => chosen.has(branch.target));
    return [normalizeSection({ ...section, ...(branches ? { branches } : {}) })];
  });
  return { sections, conflicts };
}

/** A variant read on calls, as a company save finds it. */
export interface VariantInUse {
  sections: ScriptSection[];
  /** The text of the company version it was last carried onto. */
  baseSections: ScriptSection[];
  conflicts: RebaseConflict[];
}

/** What a variant becomes on a new company version (an open one keeps its status). */
export interface VariantCarried {
  sections: ScriptSection[];
  conflicts: RebaseConflict[];
  status: 'approved' | 'needs_rebase' | 'open';
}

/**
 * Carries a variant in use onto a new company version: rebased, with the conflicts of an earlier
 * rebase still waiting for review kept (where the company still has the section) unless this one
 * finds the section in conflict again; any conflict sends it to review as `needs_rebase`.
 *
 * @example
 * carryVariant({ sections, baseSections: v1, conflicts: [] }, v2).status // 'approved' when nothing clashed
 */
export function carryVariant(variant: VariantInUse, company: readonly ScriptSection[]): VariantCarried {
  const rebased = rebaseVariant(variant.baseSections, variant.sections, company);
  const fresh = new Set(rebased.conflicts.map((c) => c.sectionId));
  const still = variant.conflicts.filter(
    (c) => !fresh.has(c.sectionId) && company.some((s) => s.id === c.sectionId && !isMandatorySection(s)),
  );
  const conflicts = [...still, ...rebased.conflicts];
  return {
    sections: rebased.sections,
    conflicts,
    status: conflicts.length > 0 ? 'needs_rebase' : 'approved',
  };
}

/**
 * A rebase conflict approved by a manager: the setter's wording is read in those sections (a
 * section they had removed goes), branches to sections that no longer exist dropped.
 *
 * @example
 * acceptMyWording(sections, [{ sectionId: 'pitch', title: 'Pitch', mine: myPitch }]) // pitch reads myPitch
 */
export function acceptMyWording(
  sections: readonly ScriptSection[],
  conflicts: readonly RebaseConflict[],
): ScriptSection[] {
  const mine = new Map(conflicts.map((c) => [c.sectionId, c.mine]));
  const kept = sections.flatMap((section) => {
    if (!mine.has(section.id)) return [section];
    const wording = mine.get(section.id);
    return wording ? [{ ...wording, mandatory: section.mandatory }] : [];
  });
  const present = new Set(kept.map((s) => s.id));
  return kept.map((section) =>
    normalizeSection({
      ...section,
      ...(section.branches ? { branches: section.branches.filter((b) => present.has(b.target)) } : {}),
    }),
  );
}

/**
 * Carries a variant still being written or reviewed (draft, submitted, rejected) onto a new company
 * version: the company's changes arrive where the setter kept the text, the setter's wording stays
 * where both changed it, so the reviewer's diff is against the version that will be read.
 *
 * @example
 * carryOpenVariant({ sections: draft, baseSections: v1, conflicts: [] }, v2).status // 'open'
 */
export function carryOpenVariant(variant: VariantInUse, company: readonly ScriptSection[]): VariantCarried {
  const rebased = rebaseVariant(variant.baseSections, variant.sections, company);
  return { sections: acceptMyWording(rebased.sections, rebased.conflicts), conflicts: [], status: 'open' };
}
