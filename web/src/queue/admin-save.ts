import { useTranslation } from 'react-i18next';
import { notify } from '../ui/notify';
import { useTenantSlug } from '../ui/tenant';
import { type AdminChange, useAdminChange } from './api';

/** Saves one change of the queue's setup, tells the person it is saved, then runs `after` and `onDone`. */
export function useSave(onDone?: () => void) {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const change = useAdminChange(slug);
  const save = (c: AdminChange, after?: (answer: unknown) => void) =>
    change.mutate(c, {
      onSuccess: (answer) => {
        notify(t('queue.admin.saved'), 'success');
        after?.(answer);
        onDone?.();
      },
    });
  return { save, change };
}
