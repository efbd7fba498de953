import { Notification, Stack } from '@mantine/core';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Toast {
  id: number;
  message: string;
  title?: string;
  color: 'green' | 'red' | 'blue' | 'yellow';
}

type Notify = (toast: Omit<Toast, 'id'>) => void;

const NotifyContext = createContext<Notify | null>(null);

const visibleForMs = 3500;

/** Acknowledges what the user did (an outcome saved, a list imported) without taking focus. */
export function NotificationsProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);
  const notify = useCallback<Notify>(
    (toast) => {
      const id = nextId.current++;
      // The latest two at most: on the call screen they must not cover the panels for long.
      setToasts((all) => [...all.slice(-1), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), visibleForMs);
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <NotifyContext value={value}>
      {children}
      <Stack
        role="status"
        aria-live="polite"
        gap="xs"
        style={{
          position: 'fixed',
          top: 58,
          left: '50%',
          transform: 'translateX(-50%)',
          zIndex: 400,
          width: 380,
          maxWidth: 'calc(100vw - 32px)',
        }}
      >
        {toasts.map((toast) => (
          <Notification
            key={toast.id}
            color={toast.color}
            title={toast.title}
            withBorder
            closeButtonProps={{ 'aria-label': t('common.dismiss') }}
            onClose={() => dismiss(toast.id)}
          >
            {toast.message}
          </Notification>
        ))}
      </Stack>
    </NotifyContext>
  );
}

export function useNotify(): Notify {
  const notify = useContext(NotifyContext);
  if (!notify) throw new Error('useNotify needs NotificationsProvider');
  return notify;
}
