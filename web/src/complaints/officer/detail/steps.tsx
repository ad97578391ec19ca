import type { ComplaintDetail } from '@lentera/common';
import { Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../../../people/shared/UnitSelect';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ErrorAlert } from '../../../ui/components';
import { formatDateTime } from '../../../ui/format';
import { currentLang } from '../../../ui/i18n';
import { AnchorLink } from '../../../ui/links';
import { notify } from '../../../ui/notify';
import { useTenantTimeZone } from '../../../ui/tenant';
import { type OfficerAction, type SimilarComplaint, useOfficerAction, useSimilar } from '../../api';

/** A step that needs one text (question, referral, reason, note, answer): a textarea and a button. */
export function TextStep({
  slug,
  id,
  action,
  field,
  label,
  hint,
  submit,
  min,
  color,
  testId,
}: {
  slug: string;
  id: string;
  action: OfficerAction;
  field: string;
  label: string;
  hint?: string;
  submit: string;
  min: number;
  color?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const mutation = useOfficerAction(slug, id, action);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      data-testid={testId}
      onSubmit={(event) => {
        event.preventDefault();
        if (value.trim().length < min) {
          setError(t('validation.minLength', { min }));
          return;
        }
        setError(null);
        mutation.mutate(
          { [field]: value.trim() },
          {
            onSuccess: () => {
              setValue('');
              notify(t('complaints.officer.done'), 'success');
            },
          },
        );
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={mutation.error} />
        <Textarea
          label={label}
          description={hint}
          autosize
          minRows={3}
          required
          value={value}
          error={error}
          onChange={(e) => setValue(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} color={color}>
            {submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function VerifyStep({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const verify = useOfficerAction(slug, complaint.id, 'verify');
  const [unitId, setUnitId] = useState<string | null>(complaint.unit?.id ?? null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      noValidate
      data-testid="verify-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!unitId) {
          setError(t('validation.choose'));
          return;
        }
        setError(null);
        verify.mutate(
          { unitId, note: note.trim() || null },
          { onSuccess: () => notify(t('complaints.officer.done'), 'success') },
        );
      }}
    >
      <Stack gap="xs">
        <ErrorAlert error={verify.error} />
        <UnitSelect
          slug={slug}
          label={t('complaints.officer.verifyUnit')}
          value={unitId}
          onChange={setUnitId}
          required
          error={error}
        />
        <Textarea
          label={t('complaints.officer.note')}
          autosize
          minRows={2}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={verify.isPending}>
            {t('complaints.officer.verify')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function SimilarList({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const similar = useSimilar(slug, complaint.id, true);
  const merge = useOfficerAction(slug, complaint.id, 'merge');
  const [target, setTarget] = useState<SimilarComplaint | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="similar-heading">
      <Stack gap="xs">
        <Title order={2} fz="h4" id="similar-heading">
          {t('complaints.officer.similar')}
        </Title>
        <ErrorAlert error={similar.error ?? merge.error} />
        {similar.data && similar.data.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('complaints.officer.noSimilar')}
          </Text>
        ) : null}
        <List spacing="xs" listStyleType="none" p={0}>
          {similar.data?.map((item) => (
            <List.Item key={item.id}>
              <Group justify="space-between" gap="xs" wrap="wrap">
                <Stack gap={0}>
                  <AnchorLink to="/t/$slug/complaints/$complaintId" params={{ slug, complaintId: item.id }} size="sm">
                    {item.code} — {item.title}
                  </AnchorLink>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.receivedAt, timeZone, lang)} · {Math.round(item.score * 100)}%
                    {item.sameCategory ? ` · ${t('complaints.officer.sameCategory')}` : ''}
                    {item.sameUnit ? ` · ${t('complaints.officer.sameUnit')}` : ''}
                  </Text>
                </Stack>
                <Button size="xs" variant="default" onClick={() => setTarget(item)}>
                  {t('complaints.officer.merge')}
                </Button>
              </Group>
            </List.Item>
          ))}
        </List>
      </Stack>
      <ConfirmDialog
        opened={target !== null}
        title={t('complaints.officer.merge')}
        message={target ? t('complaints.officer.mergeConfirm', { code: complaint.code, original: target.code }) : ''}
        confirmLabel={t('complaints.officer.merge')}
        loading={merge.isPending}
        onClose={() => setTarget(null)}
        error={merge.error}
        onConfirm={() => target && merge.mutate({ originalId: target.id }, { onSuccess: () => setTarget(null) })}
      />
    </Card>
  );
}
