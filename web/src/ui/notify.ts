import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

const COLORS = { success: 'green', error: 'red', info: 'blue' } as const;

/** A short message at the top of the screen that closes by itself; its close button has a spoken name. */
export function notify(message: string, kind: keyof typeof COLORS = 'info'): void {
  notifications.show({
    message,
    color: COLORS[kind],
    closeButtonProps: { 'aria-label': i18n.t('common.close') },
  });
}
