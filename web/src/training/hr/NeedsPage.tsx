import { PLAN_STATUSES, TRAINING_PERMISSIONS, TRAINING_TOPICS } from '@lentera/common';
import {
  Anchor,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { Dialog } from '../../ui/Dialog';
import { formatNumber, todayIn } from '../../ui/format';
import { RequireAccess } from '../../ui/guards';
import { currentLang } from '../../ui/i18n';
import { notify } from '../../ui/notify';
import { StatusBadge } from '../../ui/StatusBadge';
import { TableScroll } from '../../ui/TableScroll';
import { useTenantSlug, useTenantTimeZone } from '../../ui/tenant';
import {
  type NeedView,
  planCsvUrl,
  useAddPlanItem,
  useDrawNeeds,
  useNeeds,
  usePlan,
  useProgrammes,
  useUpdateNeed,
  useUpdatePlanItem,
} from '../api';

const NEED_COLOR = { open: 'yellow', planned: 'green', dismissed: 'gray' } as const;

function PlanDialog({
  slug,
  year,
  needs,
  onClose,
}: {
  slug: string;
  year: number;
  needs: NeedView[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const add = useAddPlanItem(slug);
  const programmes = useProgrammes(slug, { page: 1, pageSize: 100 });
  const first = needs[0];
  const [title, setTitle] = useState('');
  const [topic, setTopic] = useState<string>(first?.topic ?? 'good_governance');
  const [programmeId, setProgrammeId] = useState<string | null>(null);
  const [target, setTarget] = useState(Math.max(1, needs.length));
  const unitIds = new Set(needs.map((n) => n.unitId));
  const unitId = unitIds.size === 1 ? (first?.unitId ?? null) : null;
  return (
    <Dialog opened onClose={onClose} title={t('training.needs.addItem')} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return;
          add.mutate(
            {
              year,
              title: title.trim(),
              topic,
              programmeId,
              unitId,
              targetParticipants: target,
              needIds: needs.map((n) => n.id),
            },
            {
              onSuccess: (item) => {
                notify(t('training.needs.added', { title: item.title }), 'success');
                onClose();
              },
            },
          );
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('training.needs.itemTitle')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            required
          />
          <Select
            label={t('training.needs.topic')}
            data={TRAINING_TOPICS.map((v) => ({ value: v, label: t(`training.words.topic.${v}`) }))}
            value={topic}
            onChange={(v) => v && setTopic(v)}
            allowDeselect={false}
          />
          <Select
            label={t('training.needs.programme')}
            data={(programmes.data?.items ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: p.title }))}
            value={programmeId}
            onChange={setProgrammeId}
            clearable
            searchable
          />
          <NumberInput
            label={t('training.needs.target')}
            value={target}
            onChange={(v) => setTarget(typeof v === 'number' ? v : 1)}
            min={1}
            max={100_000}
            allowDecimal={false}
            clampBehavior="strict"
            required
          />
          <ErrorAlert error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending} disabled={!title.trim()}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}

function Needs({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const needs = useNeeds(slug, year);
  const draw = useDrawNeeds(slug);
  const update = useUpdateNeed(slug);
  const [selected, setSelected] = useState<string[]>([]);
  const [planning, setPlanning] = useState(false);
  const who = (n: NeedView) => n.employeeName ?? n.unitName ?? t('training.needs.wholeTenant');
  const chosen = (needs.data?.items ?? []).filter((n) => selected.includes(n.id));
  return (
    <Stack gap="sm" component="section" aria-labelledby="needs-title">
      <Group justify="space-between" gap="sm">
        <Title order={2} fz="h3" id="needs-title">
          {t('training.needs.listTitle', { year })}
        </Title>
        <Group gap="xs">
          <Button
            variant="default"
            loading={draw.isPending}
            onClick={() =>
              void draw.mutateAsync(year).then(
                (r) => notify(t('training.needs.drawn', { added: r.added, suggested: r.suggested }), 'success'),
                () => undefined,
              )
            }
          >
            {t('training.needs.draw')}
          </Button>
          <Button disabled={chosen.length === 0} onClick={() => setPlanning(true)}>
            {t('training.needs.toPlan', { count: chosen.length })}
          </Button>
        </Group>
      </Group>
      {needs.isPending ? <PageLoader /> : null}
      <ErrorAlert error={needs.error ?? draw.error ?? update.error} />
      {needs.data && needs.data.items.length === 0 ? <Text c="dimmed">{t('training.needs.empty')}</Text> : null}
      {needs.data && needs.data.items.length > 0 ? (
        <TableScroll minWidth={900} label={t('training.needs.listTitle', { year })}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('training.needs.select')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.who')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.topic')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.source')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.reason')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.data.items.map((n) => {
                const words = { topic: t(`training.words.topic.${n.topic}`), who: who(n) };
                return (
                  <Table.Tr key={n.id}>
                    <Table.Td>
                      <Checkbox
                        disabled={n.status !== 'open'}
                        checked={selected.includes(n.id)}
                        onChange={(e) =>
                          setSelected(
                            e.currentTarget.checked ? [...selected, n.id] : selected.filter((id) => id !== n.id),
                          )
                        }
                        aria-label={t('training.needs.selectLabel', words)}
                      />
                    </Table.Td>
                    <Table.Th scope="row" fw={500}>
                      {who(n)}
                    </Table.Th>
                    <Table.Td>{words.topic}</Table.Td>
                    <Table.Td>{t(`training.words.needSource.${n.source}`)}</Table.Td>
                    <Table.Td>{n.reason}</Table.Td>
                    <Table.Td>
                      <StatusBadge
                        label={t(`training.words.needStatus.${n.status}`)}
                        color={NEED_COLOR[n.status]}
                        size="sm"
                      />
                    </Table.Td>
                    <Table.Td>
                      {n.status === 'planned' ? null : (
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t(
                            n.status === 'open' ? 'training.needs.dismissLabel' : 'training.needs.reopenLabel',
                            words,
                          )}
                          onClick={() =>
                            update.mutate({ id: n.id, status: n.status === 'open' ? 'dismissed' : 'open' })
                          }
                        >
                          {t(n.status === 'open' ? 'training.needs.dismiss' : 'training.needs.reopen')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
      {planning ? (
        <PlanDialog
          slug={slug}
          year={year}
          needs={chosen}
          onClose={() => {
            setPlanning(false);
            setSelected([]);
          }}
        />
      ) : null}
    </Stack>
  );
}

function Plan({ slug, year }: { slug: string; year: number }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const plan = usePlan(slug, year);
  const update = useUpdatePlanItem(slug);
  return (
    <Stack gap="sm" component="section" aria-labelledby="plan-title">
      <Group justify="space-between" gap="sm">
        <Title order={2} fz="h3" id="plan-title">
          {t('training.needs.planTitle', { year })}
        </Title>
        <Anchor href={planCsvUrl(slug, year)} size="sm">
          {t('training.needs.csv')}
        </Anchor>
      </Group>
      {plan.isPending ? <PageLoader /> : null}
      <ErrorAlert error={plan.error ?? update.error} />
      {plan.data && plan.data.items.length === 0 ? <Text c="dimmed">{t('training.needs.planEmpty')}</Text> : null}
      {plan.data && plan.data.items.length > 0 ? (
        <TableScroll minWidth={860} label={t('training.needs.planTitle', { year })}>
          <Table striped withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('training.needs.itemTitle')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.unit')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('training.needs.participants')}
                </Table.Th>
                <Table.Th scope="col">{t('training.needs.progress')}</Table.Th>
                <Table.Th scope="col">{t('training.needs.itemStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500}>
                    {item.title}
                    <Text size="xs" c="dimmed">
                      {t(`training.words.topic.${item.topic}`)}
                    </Text>
                  </Table.Th>
                  <Table.Td>{item.unitName ?? t('training.needs.wholeTenant')}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(item.participants, lang)} / {formatNumber(item.targetParticipants, lang)}
                  </Table.Td>
                  <Table.Td miw={140}>
                    <Text size="sm">{formatNumber(item.progress, lang, 1)}%</Text>
                    <Progress
                      value={Math.min(100, item.progress)}
                      aria-label={t('training.needs.progressLabel', { title: item.title })}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Select
                      size="xs"
                      w={150}
                      data={PLAN_STATUSES.map((s) => ({ value: s, label: t(`training.words.planStatus.${s}`) }))}
                      value={item.status}
                      onChange={(v) =>
                        v && v !== item.status && update.mutate({ id: item.id, status: v as typeof item.status })
                      }
                      allowDeselect={false}
                      aria-label={t('training.needs.itemStatusLabel', { title: item.title })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      ) : null}
    </Stack>
  );
}

/** `/t/:slug/pelatihan-kebutuhan`: needs drawn from performance and complaints, and the year's plan (HR admin). */
export function NeedsPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const thisYear = Number(todayIn(useTenantTimeZone()).slice(0, 4));
  const [year, setYear] = useState(thisYear);
  return (
    <RequireAccess permission={TRAINING_PERMISSIONS.manage}>
      <Page title={t('training.needs.title')} description={t('training.needs.intro')}>
        <Select
          label={t('training.needs.year')}
          data={[thisYear + 1, thisYear, thisYear - 1].map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(v) => v && setYear(Number(v))}
          allowDeselect={false}
          w={160}
        />
        <Needs key={`needs-${year}`} slug={slug} year={year} />
        <Plan slug={slug} year={year} />
      </Page>
    </RequireAccess>
  );
}
