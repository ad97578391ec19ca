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
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../ui/components';
import { notify } from '../ui/notify';
import { useSavePlan, useSubmitPlan } from './api';

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
export function PlanEditor({
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
