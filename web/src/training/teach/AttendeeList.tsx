import { Button, Checkbox, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { notify } from '../../ui/notify';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { type EventDetail, useRecordAttendance, useRecordScores } from '../api';
import { REGISTRATION_COLOR } from '../labels';

const SEATED = new Set(['confirmed', 'completed', 'not_completed']);
type Scores = Record<string, { pre?: number | null; post?: number | null }>;

/** The trainer's list: who is present (ticked), and the pre- and post-test scores when the event has them. */
export function AttendeeList({ slug, event, editable }: { slug: string; event: EventDetail; editable: boolean }) {
  const { t } = useTranslation();
  const attendance = useRecordAttendance(slug, event.id);
  const scores = useRecordScores(slug, event.id);
  const [ticked, setTicked] = useState<Record<string, boolean>>({});
  const [scoreDraft, setScoreDraft] = useState<Scores>({});
  const rows = event.registrations.filter(
    (r) => SEATED.has(r.status) || r.status === 'pending' || r.status === 'waitlisted',
  );
  const withPre = event.preTest;
  const withPost = event.passMark !== null || event.preTest;
  const changes = Object.entries(ticked).filter(([id, attended]) => {
    const r = event.registrations.find((x) => x.id === id);
    return r && r.attended !== attended;
  });
  const scoreChanges = Object.entries(scoreDraft);
  if (rows.length === 0) return <Text c="dimmed">{t('training.event.listEmpty')}</Text>;
  return (
    <Stack gap="sm" component="section" aria-labelledby="attendees-title">
      <Title order={2} fz="h3" id="attendees-title">
        {t('training.event.listTitle')}
      </Title>
      <TableScroll minWidth={withPre || withPost ? 820 : 620} label={t('training.event.listTitle')}>
        <Table striped withTableBorder verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.event.present')}</Table.Th>
              <Table.Th scope="col">{t('training.event.name')}</Table.Th>
              <Table.Th scope="col">{t('training.event.status')}</Table.Th>
              <Table.Th scope="col">{t('training.event.method')}</Table.Th>
              {withPre ? <Table.Th scope="col">{t('training.event.preScore')}</Table.Th> : null}
              {withPost ? <Table.Th scope="col">{t('training.event.postScore')}</Table.Th> : null}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const seated = r.status === 'confirmed';
              const present = ticked[r.id] ?? r.attended;
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Checkbox
                      checked={present}
                      disabled={!editable || !seated}
                      onChange={(e) => setTicked({ ...ticked, [r.id]: e.currentTarget.checked })}
                      aria-label={t('training.event.presentLabel', { name: r.employeeName })}
                    />
                  </Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {r.employeeName}
                  </Table.Th>
                  <Table.Td>
                    <StatusBadge
                      label={t(`training.words.registrationStatus.${r.status}`)}
                      color={REGISTRATION_COLOR[r.status]}
                      size="sm"
                    />
                  </Table.Td>
                  <Table.Td>
                    {r.attendanceMethod ? t(`training.words.attendanceMethod.${r.attendanceMethod}`) : '–'}
                  </Table.Td>
                  {withPre ? (
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        w={90}
                        min={0}
                        max={100}
                        allowDecimal={false}
                        clampBehavior="strict"
                        disabled={!editable || !seated}
                        value={scoreDraft[r.id]?.pre ?? r.preScore ?? ''}
                        onChange={(v) =>
                          setScoreDraft({
                            ...scoreDraft,
                            [r.id]: { ...scoreDraft[r.id], pre: typeof v === 'number' ? v : null },
                          })
                        }
                        aria-label={t('training.event.preScoreLabel', { name: r.employeeName })}
                      />
                    </Table.Td>
                  ) : null}
                  {withPost ? (
                    <Table.Td>
                      <NumberInput
                        size="xs"
                        w={90}
                        min={0}
                        max={100}
                        allowDecimal={false}
                        clampBehavior="strict"
                        disabled={!editable || !seated}
                        value={scoreDraft[r.id]?.post ?? r.postScore ?? ''}
                        onChange={(v) =>
                          setScoreDraft({
                            ...scoreDraft,
                            [r.id]: { ...scoreDraft[r.id], post: typeof v === 'number' ? v : null },
                          })
                        }
                        aria-label={t('training.event.postScoreLabel', { name: r.employeeName })}
                      />
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <ErrorAlert error={attendance.error ?? scores.error} />
      {editable ? (
        <Group gap="sm">
          <Button
            variant="default"
            disabled={changes.length === 0}
            loading={attendance.isPending}
            onClick={() =>
              attendance.mutate(
                changes.map(([registrationId, attended]) => ({ registrationId, attended })),
                {
                  onSuccess: () => {
                    setTicked({});
                    notify(t('training.event.listSaved'), 'success');
                  },
                },
              )
            }
          >
            {t('training.event.saveList')}
          </Button>
          {withPre || withPost ? (
            <Button
              variant="default"
              disabled={scoreChanges.length === 0}
              loading={scores.isPending}
              onClick={() =>
                scores.mutate(
                  scoreChanges.map(([registrationId, s]) => ({
                    registrationId,
                    ...(s.pre !== undefined && { preScore: s.pre }),
                    ...(s.post !== undefined && { postScore: s.post }),
                  })),
                  {
                    onSuccess: () => {
                      setScoreDraft({});
                      notify(t('training.event.scoresSaved'), 'success');
                    },
                  },
                )
              }
            >
              {t('training.event.saveScores')}
            </Button>
          ) : null}
        </Group>
      ) : null}
    </Stack>
  );
}
