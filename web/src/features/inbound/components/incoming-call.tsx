import { Button, Kbd, Modal } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths.ts';
import { useUser } from '../../auth/api/get-session.ts';
import { useAltKey } from '../hooks/use-alt-key.ts';
import { LeadSearchPanel } from './lead-search-panel.tsx';
import { NewLeadForm } from './new-lead-form.tsx';

const takesCalls = ['setter', 'manager', 'admin'];

type View = { name: 'search' } | { name: 'create'; from: string };

/**
 * The incoming-call action, on every screen: a header button and Alt+I open a search for the
 * caller (as you type, by phone or name); Enter takes the call on the call screen with the
 * client's inbound script, Alt+N creates the caller as a new hot lead.
 */
export function IncomingCall() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [opened, setOpened] = useState(false);
  const [view, setView] = useState<View>({ name: 'search' });
  const [text, setText] = useState('');
  const enabled = takesCalls.includes(user.role);
  const open = () => {
    setView({ name: 'search' });
    setOpened(true);
  };
  useAltKey('KeyI', open, enabled);
  useAltKey(
    'KeyN',
    () => setView({ name: 'create', from: text }),
    enabled && opened && view.name === 'search',
  );
  if (!enabled) return null;
  const close = () => {
    setOpened(false);
    setText('');
  };
  const go = (href: string) => {
    close();
    navigate(href);
  };
  return (
    <>
      <Button
        variant="light"
        color="green"
        size="compact-md"
        aria-label={t('inbound.button')}
        aria-keyshortcuts="Alt+I"
        title={t('inbound.buttonTitle')}
        onClick={open}
      >
        <span aria-hidden="true">☎</span>
        <Kbd ml={6} size="xs" visibleFrom="sm">
          Alt+I
        </Kbd>
      </Button>
      <Modal
        opened={opened}
        onClose={close}
        title={view.name === 'search' ? t('inbound.title') : t('inbound.create.title')}
        size="lg"
        yOffset="8vh"
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {view.name === 'search' ? (
          <LeadSearchPanel
            text={text}
            onTextChange={setText}
            onTakeCall={(leadId) => go(paths.callLead.getHref(leadId, { inbound: true }))}
            onOpenLead={(leadId) => go(paths.lead.getHref(leadId))}
            onCreate={() => setView({ name: 'create', from: text })}
          />
        ) : (
          <NewLeadForm
            searchText={view.from}
            onCreated={(leadId) => go(paths.callLead.getHref(leadId, { inbound: true }))}
            onBack={() => setView({ name: 'search' })}
          />
        )}
      </Modal>
    </>
  );
}
