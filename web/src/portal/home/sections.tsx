import { SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink, ButtonLink } from '../../ui/links';
import type { PortalCard, PortalTask, TenantPath } from '../../ui/web-module';

export const tenantHref = (path: TenantPath, slug: string) => path.replace('$slug', encodeURIComponent(slug));

interface TasksProps {
  slug: string;
  tasks: readonly PortalTask[];
  /** Leave out the tasks that need an input of their own (the citizen's home lists their complaints instead). */
  linksOnly?: boolean;
}

/** What people come to do, as large buttons (and the small forms some tasks need), the first in the module list first. */
export function PortalTasks({ slug, tasks, linksOnly }: TasksProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="lg">
      {tasks.map((task) => {
        if ('component' in task) {
          if (linksOnly) return null;
          const Task = task.component;
          return (
            <Suspense key={task.key} fallback={<Skeleton h={120} />}>
              <Task slug={slug} />
            </Suspense>
          );
        }
        return (
          <Stack key={task.key} gap={6} align="flex-start">
            <ButtonLink to={tenantHref(task.to, slug)} size="lg" w={{ base: '100%', xs: 'auto' }}>
              {t(task.labelKey as never)}
            </ButtonLink>
            {task.descriptionKey ? <Text size="sm">{t(task.descriptionKey as never)}</Text> : null}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** What the government publishes: a title, one line and a link each, in two columns on wide screens. */
export function Publications({ slug, cards }: { slug: string; cards: readonly PortalCard[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="lg" component="ul" m={0} p={0}>
      {cards.map((card) => (
        <Stack key={card.key} gap={4} component="li" style={{ listStyle: 'none' }}>
          <Title order={3} fz="h4">
            {t(card.titleKey as never)}
          </Title>
          <Text size="sm">{t(card.textKey as never)}</Text>
          <Text>
            <AnchorLink to={tenantHref(card.to, slug)} fw={600}>
              {t(card.linkKey as never)}
            </AnchorLink>
          </Text>
        </Stack>
      ))}
    </SimpleGrid>
  );
}
