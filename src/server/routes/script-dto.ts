import type { ScriptVariantDto } from '../../contracts/scripts.ts';
import { diffSections, sectionText } from '../../core/scripts/diff-sections.ts';
import { isOutdated } from '../../core/scripts/variant-rules.ts';
import { diffWords } from '../../core/scripts/word-diff.ts';
import type { ScriptVariantView } from '../../db/repositories/script-variants.repository.ts';
import { iso, isoOrNull } from '../http/mappers.ts';

/** A variant on the wire, with its diff against the company version it was written for. */
export function variantToDto(variant: ScriptVariantView): ScriptVariantDto {
  return {
    id: variant.id,
    scriptId: variant.scriptId,
    scriptName: variant.scriptName,
    clientId: variant.clientId,
    userId: variant.userId,
    userName: variant.userName,
    baseVersion: variant.baseVersion,
    currentVersion: variant.currentVersion,
    sections: variant.sections,
    status: variant.status,
    comment: variant.comment,
    reviewComment: variant.reviewComment,
    reviewedByName: variant.reviewedByName,
    reviewedAt: isoOrNull(variant.reviewedAt),
    submittedAt: isoOrNull(variant.submittedAt),
    updatedAt: iso(variant.updatedAt),
    diff: diffSections(variant.baseSections, variant.sections),
    outdated: isOutdated(variant, { version: variant.currentVersion }),
    conflicts: variant.conflicts.map((conflict) => {
      const company = variant.sections.find((section) => section.id === conflict.sectionId);
      return {
        ...conflict,
        parts: diffWords(
          company ? sectionText(company) : '',
          conflict.mine ? sectionText(conflict.mine) : '',
        ),
      };
    }),
  };
}
