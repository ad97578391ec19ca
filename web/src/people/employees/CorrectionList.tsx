import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { useTenantTimeZone } from '../../ui/tenant';
import type { Correction } from './api';
import { fieldLabelKey } from './CorrectionRequestForm';

const STATE_COLORS: Record<string, string> = { pending: 'yellow', approved: 'green', rejected: 'red' };

export function CorrectionState({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = status === 'pending' || status === 'approved' || status === 'rejected';
  return (
    <Badge variant="light" color={STATE_COLORS[status] ?? 'gray'}>
      {known ? t(`employees.correction.states.${status}`) : status}
    </Badge>
  );
}

/** "Gelar belakang: S.Kom., M.T." for each field the request would change. */
export function CorrectionChanges({ changes }: { changes: Correction['changes'] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {Object.entries(changes).map(([field, value]) => (
        <Text key={field} size="sm">
          <Text span fw={600} size="sm">
            {t(fieldLabelKey(field) as never)}:
          </Text>{' '}
          {value ?? '—'}
        </Text>
      ))}
    </Stack>
  );
}

export function useRequestedAt() {
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  return (value: string) => formatDateTime(value, timeZone, lang);
}
