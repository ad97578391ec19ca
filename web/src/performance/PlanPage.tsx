import { BERAKHLAK, type Plan, type PlanContent } from '@lentera/common';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { RequireAccess } from '../ui/guards';
import { notify } from '../ui/notify';
import { useTenantSlug } from '../ui/tenant';
import { useMyPlan, useSavePlan, useSubmitPlan, useYears } from './api';
import { defaultYear, P, StatusBadge, useDateTime, YearSelect } from './shared';

const route = getRouteApi('/t/$slug/staff/performance/plan');

type Aspect = 'kuantitas' | 'kualitas' | 'waktu' | 'biaya';
interface IndicatorDraft {
  id?: string;
  aspect: Aspect;
  text: string;
  target: string;
}
interface RhkDraft {
  id?: string;
  text: string;
  parentRhkId: string | null;
  main: boolean;
  indicators: IndicatorDraft[];
}
const ASPECTS: Aspect[] = ['kuantitas', 'kualitas', 'waktu', 'biaya'];
const TOP_LEVEL = '__top__';

const emptyIndicator = (): IndicatorDraft => ({ aspect: 'kuantitas', text: '', target: '' });
const emptyRhk = (parent: string | null): RhkDraft => ({
  text: '',
  parentRhkId: parent,
  main: true,
  indicators: [emptyIndicator()],
});

function fromContent(content: PlanContent): RhkDraft[] {
  return content.rhk.map((r) => ({
    id: r.id,
    text: r.text,
    parentRhkId: r.parentRhkId,
    main: r.main,
    indicators: r.indicators.map((i) => ({ id: i.id, aspect: i.aspect, text: i.text, target: i.target })),
  }));
}

/** The plan as read by anyone: RHK with their cascade, indicators and targets, BerAKHLAK expectations. */
export function PlanView({ content, superiorRhk }: { content: PlanContent; superiorRhk: Plan['superiorRhk'] }) {
  const { t } = useTranslation();
  const parentText = new Map(superiorRhk.map((r) => [r.id, r.text]));
  return (
    <Stack gap="sm">
      {content.rhk.map((rhk, n) => (
        <Card withBorder key={rhk.id} padding="md">
          <Text size="sm" c="dimmed">
            {t('performance.plan.rhkN', { n: n + 1 })} ·{' '}
            {rhk.main ? t('performance.plan.main') : t('performance.plan.additional')}
          </Text>
          <Text fw={600}>{rhk.text}</Text>
          <Text size="sm" c="dimmed">
            {t('performance.plan.cascadedFrom')}:{' '}
            {rhk.parentRhkId ? (parentText.get(rhk.parentRhkId) ?? rhk.parentRhkId) : t('performance.plan.topLevel')}
          </Text>
          <ul>
            {rhk.indicators.map((i) => (
              <li key={i.id}>
                <Text size="sm">
                  [{t(`performance.aspect.${i.aspect}`)}] {i.text} — {t('performance.plan.target')}: {i.target}
                </Text>
              </li>
            ))}
          </ul>
        </Card>
      ))}
      <Title order={3} fz="h5">
        {t('performance.plan.behaviour')}
      </Title>
      <ul>
        {BERAKHLAK.map((value) => {
          const special = content.behaviour.find((b) => b.value === value)?.specialExpectation;
          return (
            <li key={value}>
              <Text size="sm">
                <b>{t(`performance.berakhlak.${value}`)}</b>
                {special ? ` — ${t('performance.plan.special')}: ${special}` : ''}
              </Text>
            </li>
          );
        })}
      </ul>
    </Stack>
  );
}

export function PlanVersions({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const at = useDateTime();
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="plan-versions">
      <Title order={2} fz="h4" id="plan-versions" mb="xs">
        {t('performance.plan.versions')}
      </Title>
      <Stack gap={6}>
        {[...plan.versions].reverse().map((v) => (
          <Group key={v.version} gap="xs" wrap="wrap">
            <Text size="sm" fw={600}>
              {t('performance.plan.versionN', { n: v.version })}
            </Text>
            <StatusBadge status={v.status} />
            <Text size="sm" c="dimmed">
              {v.decidedAt ? at(v.decidedAt) : v.submittedAt ? at(v.submittedAt) : ''}
            </Text>
            {v.note ? <Text size="sm">“{v.note}”</Text> : null}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}

function PlanEditor({
  slug,
  year,
  plan,
  superiorRhk,
}: {
  slug: string;
  year: number;
  plan: Plan | null;
  superiorRhk: Plan['superiorRhk'];
}) {
  const { t } = useTranslation();
  const save = useSavePlan(slug);
  const submit = useSubmitPlan(slug);
  const initialParent = superiorRhk[0]?.id ?? null;
  const [rhk, setRhk] = useState<RhkDraft[]>(() => (plan ? fromContent(plan.content) : [emptyRhk(initialParent)]));
  const [special, setSpecial] = useState<Record<string, string>>(() =>
    Object.fromEntries((plan?.content.behaviour ?? []).map((b) => [b.value, b.specialExpectation ?? ''])),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = (n: number, change: Partial<RhkDraft>) =>
    setRhk((list) => list.map((r, i) => (i === n ? { ...r, ...change } : r)));
  const updateIndicator = (n: number, k: number, change: Partial<IndicatorDraft>) =>
    setRhk((list) =>
      list.map((r, i) =>
        i === n ? { ...r, indicators: r.indicators.map((ind, j) => (j === k ? { ...ind, ...change } : ind)) } : r,
      ),
    );

  const parentOptions = [
    ...superiorRhk.map((r) => ({ value: r.id, label: r.text })),
    { value: TOP_LEVEL, label: t('performance.plan.topLevelOption') },
  ];

  function validate(): boolean {
    const found: Record<string, string> = {};
    rhk.forEach((r, n) => {
      if (!r.text.trim()) found[`rhk.${n}.text`] = t('validation.required');
      r.indicators.forEach((ind, k) => {
        if (!ind.text.trim()) found[`rhk.${n}.indicators.${k}.text`] = t('validation.required');
        if (!ind.target.trim()) found[`rhk.${n}.indicators.${k}.target`] = t('validation.required');
      });
    });
    setErrors(found);
    return Object.keys(found).length === 0;
  }

  const content = () => ({
    rhk: rhk.map((r) => ({ ...r, text: r.text.trim() })),
    behaviour: BERAKHLAK.map((value) => ({ value, specialExpectation: special[value]?.trim() || null })),
  });

  const onSave = async (andSubmit: boolean) => {
    if (!validate()) return;
    try {
      const saved = await save.mutateAsync({ year, content: content() });
      if (andSubmit) {
        await submit.mutateAsync(saved.id);
        notify(t('performance.plan.submitted'), 'success');
      } else notify(t('performance.plan.saved'), 'success');
    } catch {
      // shown by the ErrorAlert below
    }
  };

  return (
    <Stack>
      {plan?.status === 'approved' ? <Alert color="blue">{t('performance.plan.approvedEditNote')}</Alert> : null}
      {superiorRhk.length === 0 ? <Alert color="yellow">{t('performance.plan.noSuperiorRhk')}</Alert> : null}
      {rhk.map((r, n) => (
        <Card
          withBorder
          padding="md"
          key={r.id ?? `new-${n}`}
          component="fieldset"
          aria-label={t('performance.plan.rhkN', { n: n + 1 })}
        >
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={3} fz="h5">
                {t('performance.plan.rhkN', { n: n + 1 })}
              </Title>
              {rhk.length > 1 ? (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setRhk((list) => list.filter((_, i) => i !== n))}
                  aria-label={t('performance.plan.removeRhkN', { n: n + 1 })}
                >
                  {t('common.delete')}
                </Button>
              ) : null}
            </Group>
            <Select
              label={t('performance.plan.cascadedFrom')}
              description={t('performance.plan.cascadedHint')}
              data={parentOptions}
              value={r.parentRhkId ?? TOP_LEVEL}
              onChange={(v) => update(n, { parentRhkId: !v || v === TOP_LEVEL ? null : v })}
              allowDeselect={false}
            />
            <Textarea
              label={t('performance.plan.rhkText')}
              required
              autosize
              minRows={2}
              value={r.text}
              onChange={(e) => update(n, { text: e.currentTarget.value })}
              error={errors[`rhk.${n}.text`]}
            />
            <Checkbox
              label={t('performance.plan.main')}
              checked={r.main}
              onChange={(e) => update(n, { main: e.currentTarget.checked })}
            />
            {r.indicators.map((ind, k) => (
              <SimpleGrid key={ind.id ?? `new-${k}`} cols={{ base: 1, sm: 3 }} spacing="xs">
                <Select
                  label={t('performance.plan.aspectN', { n: k + 1 })}
                  data={ASPECTS.map((a) => ({ value: a, label: t(`performance.aspect.${a}`) }))}
                  value={ind.aspect}
                  onChange={(v) => v && updateIndicator(n, k, { aspect: v as Aspect })}
                  allowDeselect={false}
                />
                <TextInput
                  label={t('performance.plan.indicatorN', { n: k + 1 })}
                  required
                  value={ind.text}
                  onChange={(e) => updateIndicator(n, k, { text: e.currentTarget.value })}
                  error={errors[`rhk.${n}.indicators.${k}.text`]}
                />
                <Group gap={4} align="flex-end" wrap="nowrap">
                  <TextInput
                    style={{ flex: 1 }}
                    label={t('performance.plan.targetN', { n: k + 1 })}
                    required
                    value={ind.target}
                    onChange={(e) => updateIndicator(n, k, { target: e.currentTarget.value })}
                    error={errors[`rhk.${n}.indicators.${k}.target`]}
                  />
                  {r.indicators.length > 1 ? (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={errors[`rhk.${n}.indicators.${k}.target`] ? 22 : 0}
                      aria-label={t('performance.plan.removeIndicatorN', { n: k + 1 })}
                      onClick={() => update(n, { indicators: r.indicators.filter((_, j) => j !== k) })}
                    >
                      ×
                    </ActionIcon>
                  ) : null}
                </Group>
              </SimpleGrid>
            ))}
            <Group>
              <Button
                variant="light"
                size="xs"
                onClick={() => update(n, { indicators: [...r.indicators, emptyIndicator()] })}
                disabled={r.indicators.length >= 10}
              >
                {t('performance.plan.addIndicator')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => setRhk((list) => [...list, emptyRhk(initialParent)])}
          disabled={rhk.length >= 30}
        >
          {t('performance.plan.addRhk')}
        </Button>
      </Group>
      <Card withBorder padding="md" component="section" aria-labelledby="behaviour-heading">
        <Title order={3} fz="h5" id="behaviour-heading">
          {t('performance.plan.behaviour')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('performance.plan.behaviourHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xs">
          {BERAKHLAK.map((value) => (
            <TextInput
              key={value}
              label={t(`performance.berakhlak.${value}`)}
              placeholder={t('performance.plan.specialPlaceholder')}
              value={special[value] ?? ''}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setSpecial((s) => ({ ...s, [value]: text }));
              }}
            />
          ))}
        </SimpleGrid>
      </Card>
      <ErrorAlert error={save.error ?? submit.error} />
      <Group>
        <Button variant="default" onClick={() => void onSave(false)} loading={save.isPending && !submit.isPending}>
          {t('performance.plan.saveDraft')}
        </Button>
        <Button onClick={() => void onSave(true)} loading={submit.isPending}>
          {t('performance.plan.submit')}
        </Button>
      </Group>
    </Stack>
  );
}

function PlanContentPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const search = route.useSearch();
  const navigate = useNavigate();
  const years = useYears(slug);
  const year = search.year ?? defaultYear(years.data?.items);
  const mine = useMyPlan(slug, year);
  const [editingYear, setEditingYear] = useState<number | null>(null);
  const plan = mine.data?.plan ?? null;

  if (years.isPending || mine.isPending) return <PageLoader />;
  const yearRow = years.data?.items.find((y) => y.year === year);
  const editable = yearRow?.status === 'open' && plan?.status !== 'submitted';
  const showEditor =
    editable && (editingYear === year || !plan || plan.status === 'draft' || plan.status === 'returned');
  const lastNote = plan?.versions.at(-1)?.note;

  return (
    <Page
      title={t('performance.plan.title', { year })}
      description={t('performance.plan.description')}
      actions={
        <YearSelect
          years={years.data?.items.map((y) => y.year) ?? []}
          value={year}
          onChange={(y) => void navigate({ to: '.', search: { year: y } })}
        />
      }
    >
      <ErrorAlert error={years.error ?? mine.error} />
      {!yearRow ? <Alert color="yellow">{t('performance.yearNotOpen', { year })}</Alert> : null}
      {plan ? (
        <Group gap="sm">
          <Text>{t('performance.plan.statusLabel')}</Text>
          <StatusBadge status={plan.status} />
          <Text size="sm" c="dimmed">
            {t('performance.plan.versionN', { n: plan.version })}
          </Text>
        </Group>
      ) : null}
      {plan?.status === 'returned' && lastNote ? (
        <Alert color="orange" title={t('performance.plan.returnedTitle')}>
          {lastNote}
        </Alert>
      ) : null}
      {plan?.status === 'submitted' ? <Alert color="blue">{t('performance.plan.waiting')}</Alert> : null}
      {showEditor && mine.data ? (
        <PlanEditor
          key={`${year}-${plan?.version ?? 0}`}
          slug={slug}
          year={year}
          plan={plan}
          superiorRhk={mine.data.superiorRhk}
        />
      ) : plan ? (
        <>
          <PlanView content={plan.content} superiorRhk={plan.superiorRhk} />
          {editable && plan.status === 'approved' ? (
            <Group>
              <Button variant="default" onClick={() => setEditingYear(year)}>
                {t('performance.plan.change')}
              </Button>
            </Group>
          ) : null}
        </>
      ) : null}
      {plan ? <PlanVersions plan={plan} /> : null}
    </Page>
  );
}

export function PlanPage() {
  return (
    <RequireAccess permission={P.me}>
      <PlanContentPage />
    </RequireAccess>
  );
}
