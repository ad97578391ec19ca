import type { SessionAccount } from '@lentera/common';
import { Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { WEB_MODULES } from '../../modules';
import { PortalTasks, Publications } from '../../portal/home/sections';
import { Page } from '../../ui/components';
import { AnchorLink } from '../../ui/links';
import { hasPermission } from '../../ui/session';
import { useTenant } from '../../ui/tenant';
import type { WebModule } from '../../ui/web-module';

const modules: readonly WebModule[] = WEB_MODULES;
const TASKS = modules.flatMap((module) => module.portalTasks ?? []);
const CARDS = modules.flatMap((module) => module.homeCards ?? []).filter((card) => card.audience === 'citizen');
const PUBLICATIONS = modules.flatMap((module) => module.portalCards ?? []);

/**
 * A citizen's first page after logging in: what they can do (file a complaint...), what they filed and where
 * each stands (the modules' citizen cards), and the way back to the government's portal.
 */
export function CitizenHome({ account, slug }: { account: SessionAccount; slug: string }) {
  const { t } = useTranslation();
  const { data: tenant } = useTenant(slug);
  const cards = CARDS.filter((card) => hasPermission(account, card.permission, slug));
  return (
    <Page
      title={t('workspace.citizenTitle')}
      description={t('workspace.citizenWelcome', { name: account.name, tenant: tenant?.name ?? '' })}
    >
      <Stack gap="xl">
        <PortalTasks slug={slug} tasks={TASKS} linksOnly />
        {cards.map((card) => {
          const Card = card.component;
          return (
            <Suspense key={card.key} fallback={null}>
              <Card slug={slug} />
            </Suspense>
          );
        })}
        <Stack gap="md" component="section" aria-labelledby="citizen-publications-heading">
          <Title order={2} fz="h3" id="citizen-publications-heading">
            {t('portal.publicationsHeading')}
          </Title>
          <Publications slug={slug} cards={PUBLICATIONS} />
          <Text>
            <AnchorLink to="/t/$slug" params={{ slug }} fw={600}>
              {t('workspace.citizenPortal', { name: tenant?.name ?? '' })}
            </AnchorLink>
          </Text>
        </Stack>
      </Stack>
    </Page>
  );
}
