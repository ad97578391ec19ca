import { ORG_PREDIKATS, PERIOD_KINDS, type PerformanceSettings } from '@lentera/common';
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitSelect } from '../people/shared/UnitSelect';
import { api } from '../ui/api';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { formatCalendarDate } from '../ui/format';
import { RequireAccess } from '../ui/guards';
import { currentLang } from '../ui/i18n';
import { notify } from '../ui/notify';
import { useTenantSlug } from '../ui/tenant';
import {
  useActing,
  useAppointActing,
  useCloseYear,
  useEndActing,
  useOpenYear,
  useSettings,
  useSetUnitPredikat,
  useUpdateSettings,
  useYears,
} from './api';
import { defaultYear, P } from './shared';
import { nextYearToOpen } from './years';

/** Finds an employee's id by NIP through the people module's list (exact NIP). */
async function employeeIdByNip(slug: string, nip: string): Promise<string | null> {
  const page = await api<{ items: Array<{ id: string; nip: string }> }>(
    `/api/t/${encodeURIComponent(slug)}/people/employees`,
    {
      query: { q: nip, pageSize: 5, employment: 'all' },
    },
  );
  return page.items.find((e) => e.nip === nip)?.id ?? null;
}

function YearsCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const years = useYears(slug);
  const open = useOpenYear(slug);
  const close = useCloseYear(slug);
  const opened = (years.data?.items ?? []).map((y) => y.year);
  const proposed = nextYearToOpen(opened, new Date().getFullYear());
  // Until the person types a year, the control proposes one that is not open yet (and follows the list).
  const [typed, setNewYear] = useState<number | string | null>(null);
  const newYear = typed ?? proposed;
  const alreadyOpen = opened.includes(Number(newYear));
  const lang = currentLang();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="years-heading">
      <Stack>
        <Title order={2} fz="h4" id="years-heading">
          {t('performance.admin.years')}
        </Title>
        <ErrorAlert error={years.error ?? open.error ?? close.error} />
        {(years.data?.items ?? []).map((y) => (
          <Group key={y.year} justify="space-between" wrap="wrap">
            <Group gap="xs">
              <Text fw={600}>{y.year}</Text>
              <Badge color={y.status === 'open' ? 'green' : 'gray'} variant="light" tt="none">
                {t(`performance.admin.yearStatus.${y.status}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t(`performance.admin.periodKind.${y.periodKind}`)} ·{' '}
                {t('performance.admin.firstDue', {
                  date: y.periods[0] ? formatCalendarDate(y.periods[0].dueDate, lang, false) : '–',
                })}
              </Text>
            </Group>
            {y.status === 'open' ? (
              <Button
                size="xs"
                variant="light"
                color="red"
                loading={close.isPending}
                onClick={() =>
                  close.mutate(y.year, {
                    onSuccess: () => notify(t('performance.admin.closed', { year: y.year }), 'success'),
                  })
                }
              >
                {t('performance.admin.closeYear', { year: y.year })}
              </Button>
            ) : null}
          </Group>
        ))}
        <Group align="flex-end">
          <NumberInput
            label={t('performance.admin.newYear')}
            min={2000}
            max={2100}
            w={140}
            value={newYear}
            onChange={setNewYear}
            error={alreadyOpen ? t('performance.admin.yearExists', { year: newYear }) : undefined}
          />
          <Button
            disabled={alreadyOpen}
            loading={open.isPending}
            onClick={() =>
              open.mutate(Number(newYear), {
                onSuccess: () => {
                  notify(t('performance.admin.opened', { year: newYear }), 'success');
                  setNewYear(null);
                },
              })
            }
          >
            {t('performance.admin.openYear')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function SettingsCard({ slug, settings }: { slug: string; settings: PerformanceSettings }) {
  const { t } = useTranslation();
  const update = useUpdateSettings(slug);
  const [values, setValues] = useState(settings);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="settings-heading">
      <Stack>
        <Title order={2} fz="h4" id="settings-heading">
          {t('performance.admin.settings')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('performance.admin.settingsHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label={t('performance.admin.periodKindLabel')}
            data={PERIOD_KINDS.map((k) => ({ value: k, label: t(`performance.admin.periodKind.${k}`) }))}
            value={values.periodKind}
            onChange={(v) => v && setValues({ ...values, periodKind: v as PerformanceSettings['periodKind'] })}
            allowDeselect={false}
          />
          <NumberInput
            label={t('performance.admin.submissionDays')}
            min={0}
            max={30}
            value={values.submissionWorkingDays}
            onChange={(v) => setValues({ ...values, submissionWorkingDays: Number(v) || 0 })}
          />
          <NumberInput
            label={t('performance.admin.reviewDays')}
            min={0}
            max={30}
            value={values.reviewWorkingDays}
            onChange={(v) => setValues({ ...values, reviewWorkingDays: Number(v) || 0 })}
          />
        </SimpleGrid>
        <ErrorAlert error={update.error} />
        <Group>
          <Button
            loading={update.isPending}
            onClick={() =>
              update.mutate(values, { onSuccess: () => notify(t('performance.admin.settingsSaved'), 'success') })
            }
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ActingCard({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const acting = useActing(slug);
  const appoint = useAppointActing(slug);
  const end = useEndActing(slug);
  const lang = currentLang();
  const [form, setForm] = useState({
    replacesNip: '',
    unitId: null as string | null,
    actingNip: '',
    from: '',
    to: '',
    reason: '',
  });
  const [error, setError] = useState<string>();
  const onAppoint = async () => {
    setError(undefined);
    const actingId = await employeeIdByNip(slug, form.actingNip.trim());
    const replacesId = form.replacesNip.trim() ? await employeeIdByNip(slug, form.replacesNip.trim()) : null;
    if (!actingId || (form.replacesNip.trim() && !replacesId)) {
      setError(t('performance.admin.nipNotFound'));
      return;
    }
    appoint.mutate(
      {
        replacesId,
        unitId: replacesId ? null : form.unitId,
        actingId,
        from: form.from,
        to: form.to,
        reason: form.reason.trim(),
      },
      {
        onSuccess: () => {
          notify(t('performance.admin.actingSaved'), 'success');
          setForm({ replacesNip: '', unitId: null, actingNip: '', from: '', to: '', reason: '' });
        },
      },
    );
  };
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="acting-heading">
      <Stack>
        <Title order={2} fz="h4" id="acting-heading">
          {t('performance.admin.acting')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('performance.admin.actingHint')}
        </Text>
        {(acting.data?.items ?? []).length === 0 ? <Text c="dimmed">{t('performance.admin.noActing')}</Text> : null}
        {(acting.data?.items ?? []).map((a) => (
          <Group key={a.id} justify="space-between" wrap="wrap">
            <Text size="sm">
              <b>{a.actingName}</b> · {formatCalendarDate(a.from, lang, false)} –{' '}
              {formatCalendarDate(a.to, lang, false)} · {a.reason}
            </Text>
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={() => end.mutate(a.id)}
              aria-label={t('performance.admin.endActingOf', { name: a.actingName })}
            >
              {t('performance.admin.endActing')}
            </Button>
          </Group>
        ))}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('performance.admin.replacesNip')}
            description={t('performance.admin.replacesHint')}
            value={form.replacesNip}
            onChange={(e) => setForm({ ...form, replacesNip: e.currentTarget.value })}
          />
          <UnitSelect
            slug={slug}
            label={t('performance.admin.vacantUnit')}
            description={t('performance.admin.vacantUnitHint')}
            value={form.unitId}
            onChange={(unitId) => setForm({ ...form, unitId })}
            clearable
          />
          <TextInput
            label={t('performance.admin.actingNip')}
            required
            value={form.actingNip}
            onChange={(e) => setForm({ ...form, actingNip: e.currentTarget.value })}
          />
          <Textarea
            label={t('performance.admin.reason')}
            required
            value={form.reason}
            onChange={(e) => setForm({ ...form, reason: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('performance.admin.from')}
            required
            value={form.from}
            onChange={(e) => setForm({ ...form, from: e.currentTarget.value })}
          />
          <TextInput
            type="date"
            label={t('performance.admin.to')}
            required
            value={form.to}
            onChange={(e) => setForm({ ...form, to: e.currentTarget.value })}
          />
        </SimpleGrid>
        {error ? (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        ) : null}
        <ErrorAlert error={appoint.error ?? end.error} />
        <Group>
          <Button
            loading={appoint.isPending}
            disabled={
              !form.actingNip.trim() ||
              !form.from ||
              !form.to ||
              !form.reason.trim() ||
              (!form.replacesNip.trim() && !form.unitId)
            }
            onClick={() => void onAppoint()}
          >
            {t('performance.admin.appoint')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function UnitPredikatCard({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const set = useSetUnitPredikat(slug);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [predikat, setPredikat] = useState<string | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="orgpredikat-heading">
      <Stack>
        <Title order={2} fz="h4" id="orgpredikat-heading">
          {t('performance.admin.orgPredikat', { year })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('performance.admin.orgPredikatHint')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <UnitSelect slug={slug} label={t('performance.dashboard.unit')} value={unitId} onChange={setUnitId} />
          <Select
            label={t('performance.admin.orgPredikatLabel')}
            data={ORG_PREDIKATS.map((p) => ({ value: p, label: t(`performance.orgPredikat.${p}`) }))}
            value={predikat}
            onChange={setPredikat}
          />
        </SimpleGrid>
        <ErrorAlert error={set.error} />
        <Group>
          <Button
            disabled={!unitId || !predikat}
            loading={set.isPending}
            onClick={() =>
              unitId &&
              predikat &&
              set.mutate(
                { year, unitId, predikat },
                { onSuccess: () => notify(t('performance.admin.orgPredikatSaved'), 'success') },
              )
            }
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function AdminContent() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const settings = useSettings(slug);
  const years = useYears(slug);
  if (settings.isPending || years.isPending) return <PageLoader />;
  return (
    <Page title={t('performance.admin.title')} description={t('performance.admin.description')}>
      <ErrorAlert error={settings.error} />
      <YearsCard slug={slug} />
      {settings.data ? <SettingsCard slug={slug} settings={settings.data} /> : null}
      <UnitPredikatCard slug={slug} year={defaultYear(years.data?.items)} />
      <ActingCard slug={slug} />
    </Page>
  );
}

export function AdminPage() {
  return (
    <RequireAccess permission={P.manage}>
      <AdminContent />
    </RequireAccess>
  );
}
