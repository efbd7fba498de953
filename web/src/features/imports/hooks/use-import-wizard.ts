import { useState } from 'react';
import type {
  DedupePolicy,
  ForeignPhonePolicy,
  ReadOptions,
  UploadDto,
} from '../../../../../src/contracts/imports.ts';
import { fileBaseName } from '../utils/column-targets.ts';

/** What the manager has decided about an upload so far; anything absent is detected or suggested. */
export interface ImportDraft {
  readOptions: ReadOptions;
  /** null: the mapping the server suggests. */
  mapping: Record<string, string> | null;
  dedupe: DedupePolicy;
  /** A phone of another country than the client's: kept with a warning, or refused. */
  foreignPhones: ForeignPhonePolicy;
  listName: string;
}

export type WizardState =
  | { step: 'choose' }
  | { step: 'check'; upload: UploadDto }
  /** upload is null for a past import opened from the table: there is nothing to go back to. */
  | { step: 'run'; upload: UploadDto | null; jobId: number };

export const wizardSteps = ['choose', 'check', 'run'] as const;

const draftFor = (upload: UploadDto): ImportDraft => ({
  readOptions: {},
  mapping: null,
  dedupe: 'skip',
  foreignPhones: 'warn',
  listName: fileBaseName(upload.fileName),
});

/** The three steps of an import (file, check, run) and the choices carried between them. */
export function useImportWizard() {
  const [state, setState] = useState<WizardState>({ step: 'choose' });
  const [draft, setDraft] = useState<ImportDraft | null>(null);
  return {
    state,
    draft,
    updateDraft: (change: Partial<ImportDraft>) =>
      setDraft((current) => current && { ...current, ...change }),
    uploaded: (upload: UploadDto) => {
      setDraft(draftFor(upload));
      setState({ step: 'check', upload });
    },
    started: (jobId: number) =>
      setState((current) => ({
        step: 'run',
        upload: current.step === 'choose' ? null : current.upload,
        jobId,
      })),
    backToCheck: () =>
      setState((current) =>
        current.step === 'run' && current.upload ? { step: 'check', upload: current.upload } : current,
      ),
    openJob: (jobId: number) => setState({ step: 'run', upload: null, jobId }),
    restart: () => {
      setDraft(null);
      setState({ step: 'choose' });
    },
  };
}

export type ImportWizard = ReturnType<typeof useImportWizard>;
