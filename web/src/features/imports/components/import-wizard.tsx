import { Paper, Stepper } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StartImportInput, UploadDto } from '../../../../../src/contracts/imports.ts';
import { useStartImport } from '../api/start-import.ts';
import { type ImportDraft, type ImportWizard as Wizard, wizardSteps } from '../hooks/use-import-wizard.ts';
import { CheckStep } from './check-step.tsx';
import { ChooseFileStep } from './choose-file-step.tsx';
import { RunStep } from './run-step.tsx';

interface ImportWizardProps {
  wizard: Wizard;
  clientId: number | null;
  onClientChange: (clientId: number | null) => void;
}

function startInput(upload: UploadDto, draft: ImportDraft, dryRun: boolean): StartImportInput {
  return {
    uploadId: upload.id,
    clientId: upload.clientId,
    listName: draft.listName.trim(),
    dedupe: draft.dedupe,
    foreignPhones: draft.foreignPhones,
    dryRun,
    ...draft.readOptions,
    ...(draft.mapping ? { mapping: draft.mapping } : {}),
  };
}

/** File → check → run: nothing is stored until the manager has seen the rows as they will be. */
export function ImportWizard({ wizard, clientId, onClientChange }: ImportWizardProps) {
  const { t } = useTranslation();
  const start = useStartImport();
  const { state, draft } = wizard;
  const upload = state.step === 'choose' ? null : state.upload;

  const run = (nextDraft: ImportDraft, dryRun: boolean) => {
    if (!upload) return;
    start.mutate(startInput(upload, nextDraft, dryRun), { onSuccess: (job) => wizard.started(job.id) });
  };
  const startWithMapping = (mapping: Record<string, string>, dryRun: boolean) => {
    if (!draft) return;
    // The mapping on screen is kept: "import now" after a dry run uses exactly what was checked.
    wizard.updateDraft({ mapping });
    run({ ...draft, mapping }, dryRun);
  };

  return (
    <Paper withBorder p="md" component="section" aria-label={t('import.wizardLabel')}>
      <Stepper active={wizardSteps.indexOf(state.step)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('import.steps.choose')} description={t('import.steps.chooseHelp')}>
          <ChooseFileStep clientId={clientId} onClientChange={onClientChange} onUploaded={wizard.uploaded} />
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.check')} description={t('import.steps.checkHelp')}>
          {state.step === 'check' && draft && (
            <CheckStep
              upload={state.upload}
              draft={draft}
              onDraftChange={wizard.updateDraft}
              onStart={startWithMapping}
              starting={start.isPending}
              startError={start.error}
              onRestart={wizard.restart}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('import.steps.run')} description={t('import.steps.runHelp')}>
          {state.step === 'run' && (
            <RunStep
              key={state.jobId}
              jobId={state.jobId}
              onImportNow={upload && draft ? () => run(draft, false) : undefined}
              onBack={upload ? wizard.backToCheck : undefined}
              onRestart={wizard.restart}
              importing={start.isPending}
            />
          )}
        </Stepper.Step>
      </Stepper>
    </Paper>
  );
}
