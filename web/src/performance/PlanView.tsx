import { BERAKHLAK, type Plan, type PlanContent } from '@lentera/common';
import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge, useDateTime } from './shared';

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
