import type { PlanContent, Report } from '@lentera/common';
import { Button, Group, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/components';
import { notify } from '../ui/notify';
import { useSaveReport, useSubmitReport } from './api';
import { EvidenceUpload } from './EvidenceFiles';

let nextUid = 0;
const uid = () => ++nextUid;

interface Draft {
  realisations: Record<string, string>;
  activities: Array<{ uid: number; date: string; text: string }>;
  evidence: Array<{ uid: number; label: string; url: string }>;
  obstacles: string;
  nextSteps: string;
}

export function ReportForm({
  slug,
  year,
  periodIndex,
  plan,
  report,
}: {
  slug: string;
  year: number;
  periodIndex: number;
  plan: PlanContent;
  report: Report | undefined;
}) {
  const { t } = useTranslation();
  const save = useSaveReport(slug);
  const submit = useSubmitReport(slug);
  const [draft, setDraft] = useState<Draft>(() => ({
    realisations: Object.fromEntries((report?.content.realisations ?? []).map((r) => [r.indicatorId, r.realisation])),
    activities: report?.content.activities.map((a) => ({ uid: uid(), date: a.date ?? '', text: a.text })) ?? [
      { uid: uid(), date: '', text: '' },
    ],
    evidence: report?.content.evidence.map((e) => ({ uid: uid(), ...e })) ?? [],
    obstacles: report?.content.obstacles ?? '',
    nextSteps: report?.content.nextSteps ?? '',
  }));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const indicators = plan.rhk.flatMap((r) => r.indicators.map((i) => ({ ...i, rhk: r.text })));

  const validate = () => {
    const found: Record<string, string> = {};
    for (const i of indicators) if (!draft.realisations[i.id]?.trim()) found[i.id] = t('validation.required');
    draft.evidence.forEach((e, n) => {
      if (!e.label.trim()) found[`evidence.${n}.label`] = t('validation.required');
      if (!/^https?:\/\/\S+$/.test(e.url.trim())) found[`evidence.${n}.url`] = t('validation.url');
    });
    setErrors(found);
    return Object.keys(found).length === 0;
  };

  const onSave = async (andSubmit: boolean) => {
    if (!validate()) return;
    try {
      const saved = await save.mutateAsync({
        year,
        periodIndex,
        content: {
          realisations: indicators.map((i) => ({ indicatorId: i.id, realisation: draft.realisations[i.id]!.trim() })),
          activities: draft.activities
            .filter((a) => a.text.trim())
            .map((a) => ({ text: a.text.trim(), ...(a.date ? { date: a.date } : {}) })),
          evidence: draft.evidence.map((e) => ({ label: e.label.trim(), url: e.url.trim() })),
          obstacles: draft.obstacles,
          nextSteps: draft.nextSteps,
        },
      });
      if (andSubmit) {
        await submit.mutateAsync(saved.id);
        notify(t('performance.report.submittedNotice'), 'success');
      } else notify(t('performance.report.saved'), 'success');
    } catch {
      // shown below
    }
  };

  const set = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  return (
    <Stack>
      <Title order={3} fz="h5">
        {t('performance.report.realisations')}
      </Title>
      {indicators.map((i) => (
        <Textarea
          key={i.id}
          label={t('performance.report.realisationOf', { indicator: i.text })}
          description={`${t('performance.plan.target')}: ${i.target} · ${i.rhk}`}
          required
          autosize
          minRows={1}
          value={draft.realisations[i.id] ?? ''}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setDraft((d) => ({ ...d, realisations: { ...d.realisations, [i.id]: value } }));
          }}
          error={errors[i.id]}
        />
      ))}
      <Title order={3} fz="h5">
        {t('performance.report.activities')}
      </Title>
      {draft.activities.map((a, n) => (
        <Group key={a.uid} align="flex-end" gap="xs" wrap="wrap">
          <TextInput
            type="date"
            w={170}
            label={t('performance.report.activityDateN', { n: n + 1 })}
            value={a.date}
            onChange={(e) => {
              const date = e.currentTarget.value;
              set({ activities: draft.activities.map((x, i) => (i === n ? { ...x, date } : x)) });
            }}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            label={t('performance.report.activityN', { n: n + 1 })}
            value={a.text}
            onChange={(e) => {
              const text = e.currentTarget.value;
              set({ activities: draft.activities.map((x, i) => (i === n ? { ...x, text } : x)) });
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => set({ activities: [...draft.activities, { uid: uid(), date: '', text: '' }] })}
        >
          {t('performance.report.addActivity')}
        </Button>
      </Group>
      <Title order={3} fz="h5">
        {t('performance.report.evidence')}
      </Title>
      {draft.evidence.map((e, n) => (
        <Group key={e.uid} align="flex-start" gap="xs" wrap="wrap">
          <TextInput
            w={220}
            label={t('performance.report.evidenceLabelN', { n: n + 1 })}
            value={e.label}
            error={errors[`evidence.${n}.label`]}
            onChange={(ev) => {
              const label = ev.currentTarget.value;
              set({ evidence: draft.evidence.map((x, i) => (i === n ? { ...x, label } : x)) });
            }}
          />
          <TextInput
            style={{ flex: 1, minWidth: 200 }}
            type="url"
            label={t('performance.report.evidenceUrlN', { n: n + 1 })}
            placeholder="https://"
            value={e.url}
            error={errors[`evidence.${n}.url`]}
            onChange={(ev) => {
              const url = ev.currentTarget.value;
              set({ evidence: draft.evidence.map((x, i) => (i === n ? { ...x, url } : x)) });
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="light"
          size="xs"
          onClick={() => set({ evidence: [...draft.evidence, { uid: uid(), label: '', url: '' }] })}
        >
          {t('performance.report.addEvidence')}
        </Button>
      </Group>
      <EvidenceUpload slug={slug} reportId={report?.id} />
      <Textarea
        label={t('performance.report.obstacles')}
        autosize
        minRows={2}
        value={draft.obstacles}
        onChange={(e) => set({ obstacles: e.currentTarget.value })}
      />
      <Textarea
        label={t('performance.report.nextSteps')}
        autosize
        minRows={2}
        value={draft.nextSteps}
        onChange={(e) => set({ nextSteps: e.currentTarget.value })}
      />
      <ErrorAlert error={save.error ?? submit.error} />
      <Group>
        <Button variant="default" onClick={() => void onSave(false)} loading={save.isPending && !submit.isPending}>
          {t('performance.plan.saveDraft')}
        </Button>
        <Button onClick={() => void onSave(true)} loading={submit.isPending}>
          {report?.status === 'returned' ? t('performance.report.resubmit') : t('performance.report.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
