import type { Temporal } from 'temporal-polyfill';
import type { VariantCarried, VariantInUse } from './rebase-variant.ts';
import type {
  ScriptMode,
  ScriptPurpose,
  ScriptSection,
  ScriptVariant,
  StoredScript,
  VariantStatus,
} from './script.ts';

/** A company version as a manager saves it. */
export interface ScriptChange {
  name: string;
  mode: ScriptMode;
  purpose: ScriptPurpose;
  sections: ScriptSection[];
  note: string | null;
}

/** What to write for a setter's variant: the fields the setter controls and the status it moves to. */
export interface VariantWrite {
  sections: ScriptSection[];
  comment: string | null;
  baseVersion: number;
  status: VariantStatus;
  /** Set when this write sends the variant for review. */
  submittedAt: Temporal.Instant | null;
}

/** Scripts and their company versions. */
export interface ScriptStore {
  findScript(id: number): Promise<StoredScript | undefined>;
  /**
   * Records the next company version and makes it the script's text, in one transaction;
   * returns its number (CONFLICT if another save took it first).
   */
  saveVersion(
    scriptId: number,
    change: ScriptChange,
    userId: number,
    now: Temporal.Instant,
    /**
     * In the same transaction: what each variant of the script (in use, or still open) becomes,
     * stamped with the new version; `open` tells which kind it is.
     */
    carry: (variant: VariantInUse, open: boolean) => VariantCarried,
  ): Promise<number>;
  /** Name, mode and purpose only: the text did not change, so no version is recorded. */
  updateScriptFields(
    scriptId: number,
    fields: Pick<ScriptChange, 'name' | 'mode' | 'purpose'>,
    now: Temporal.Instant,
  ): Promise<void>;
}

/** Setters' personal variants and their review. */
export interface VariantStore {
  findVariant(id: number): Promise<ScriptVariant | undefined>;
  /**
   * One at a time per script: reads the user's open variant (draft, submitted or rejected), asks
   * `decide` what to write, updates it or inserts a new one; returns the variant's id.
   */
  saveOpenVariant(
    target: { scriptId: number; clientId: number; userId: number },
    decide: (open: ScriptVariant | undefined) => VariantWrite,
    now: Temporal.Instant,
  ): Promise<number>;
  /** Moves a variant on if it is still in `from`; false when someone else moved it first. */
  moveVariant(
    id: number,
    from: VariantStatus,
    to: {
      status: VariantStatus;
      submittedAt?: Temporal.Instant;
      reviewComment?: string | null;
      reviewedByUserId?: number;
    },
    now: Temporal.Instant,
  ): Promise<boolean>;
  /**
   * Approves a submitted variant and retires the setter's previously approved one of the same
   * script, in one transaction; false when the variant was no longer submitted.
   */
  approveVariant(
    variant: Pick<ScriptVariant, 'id' | 'scriptId' | 'userId' | 'status'>,
    reviewerUserId: number,
    comment: string | null,
    now: Temporal.Instant,
    /** The text approved, when it differs from what is stored (a rebase conflict approved). */
    sections?: ScriptSection[],
  ): Promise<boolean>;
}
