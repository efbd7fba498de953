import { Button, Kbd, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type SkipReason, skipReasons } from '../../../../../src/contracts/queue-flow.ts';

interface SkipMenuProps {
  opened: boolean;
  onOpenedChange: (opened: boolean) => void;
  onSkip: (reason: SkipReason | null) => void;
  skipping: boolean;
}

/**
 * Skip with an optional reason: `S` opens it, Enter skips without one, a digit (or the arrows and
 * Enter) picks a reason, Esc keeps the lead. The skipped lead is not served to this setter again
 * for the campaign's skip time.
 */
export function SkipMenu({ opened, onOpenedChange, onSkip, skipping }: SkipMenuProps) {
  const { t } = useTranslation();
  const choose = (reason: SkipReason | null) => {
    onOpenedChange(false);
    onSkip(reason);
  };
  return (
    <Menu opened={opened} onChange={onOpenedChange} position="bottom-end" withinPortal trapFocus>
      <Menu.Target>
        <Button variant="default" size="compact-sm" loading={skipping} data-testid="skip-button">
          {t('call.skip')}{' '}
          <Kbd ml={6} size="xs">
            S
          </Kbd>
        </Button>
      </Menu.Target>
      <Menu.Dropdown
        aria-label={t('queueFlow.skip.label')}
        onKeyDown={(event) => {
          // The digits pick a reason here, not a call result behind the menu.
          const index = Number(event.key) - 1;
          const reason = skipReasons[index];
          if (/^\d$/.test(event.key)) {
            event.preventDefault();
            event.stopPropagation();
            if (reason) choose(reason);
          }
        }}
      >
        <Menu.Label>{t('queueFlow.skip.hint')}</Menu.Label>
        <Menu.Item onClick={() => choose(null)} data-testid="skip-no-reason">
          {t('queueFlow.skip.noReason')}
        </Menu.Item>
        {skipReasons.map((reason, index) => (
          <Menu.Item
            key={reason}
            onClick={() => choose(reason)}
            rightSection={<Kbd size="xs">{index + 1}</Kbd>}
            data-testid={`skip-reason-${reason}`}
          >
            {t(`queueFlow.skip.reason.${reason}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
