import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WEB_MODULES } from '../../modules';
import { PageLoader } from '../../ui/components';
import { ButtonLink } from '../../ui/links';
import { isCitizenOnly } from '../../ui/nav';
import { membershipIn, useAccount } from '../../ui/session';
import { useTenant, useTenantSlug } from '../../ui/tenant';
import type { PortalCard, WebModule } from '../../ui/web-module';
import { AboutPortal } from './AboutPortal';
import { Contacts } from './Contacts';
import { PortalTasks, Publications } from './sections';

const modules: readonly WebModule[] = WEB_MODULES;
const TASKS = modules.flatMap((module) => module.portalTasks ?? []);
/** The modules' publications, then the platform's open-data catalog that gathers their datasets. */
const PUBLICATIONS: readonly PortalCard[] = [
  ...modules.flatMap((module) => module.portalCards ?? []),
  {
    key: 'open-data',
    titleKey: 'portal.openDataTitle',
    textKey: 'portal.openDataText',
    linkKey: 'portal.openDataLink',
    to: '/t/$slug/open-data',
  },
];

function AccountAction({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const account = useAccount();
  if (account === undefined) return null;
  if (account === null) {
    return (
      <ButtonLink to="/t/$slug/register" params={{ slug }} variant="light">
        {t('portal.register')}
      </ButtonLink>
    );
  }
  if (!membershipIn(account, slug)) return null;
  return (
    <ButtonLink to="/t/$slug/workspace" params={{ slug }} variant="light">
      {isCitizenOnly(account, slug) ? t('portal.toCitizenHome') : t('portal.toWorkspace')}
    </ButtonLink>
  );
}

/**
 * A government's public portal, ordered by what people come to do: the government's name, the tasks (file a
 * complaint, follow one, and whatever later modules add), what the government publishes, how to reach it, and
 * in a small corner at the bottom, its identity and the head of its audit chain.
 */
export function PortalHomePage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const tenant = useTenant(slug);
  if (!tenant.data) return <PageLoader />;
  const data = tenant.data;

  return (
    <Stack gap="xl">
      <title>{`${data.name} · ${t('app.name')}`}</title>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Group gap="md" wrap="nowrap" align="center" style={{ minWidth: 0 }}>
          {data.logoUrl ? (
            <img src={data.logoUrl} alt={t('portal.logoAlt', { name: data.name })} className="portal-logo" />
          ) : null}
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Title order={1} fz={{ base: 'h2', sm: 'h1' }}>
              {data.name}
            </Title>
            <Text c="dimmed">{t('portal.intro')}</Text>
          </Stack>
        </Group>
        <AccountAction slug={slug} />
      </Group>

      {TASKS.length > 0 ? (
        <Stack gap="md" component="section" aria-labelledby="tasks-heading">
          <Title order={2} fz="h3" id="tasks-heading">
            {t('portal.tasksHeading')}
          </Title>
          <PortalTasks slug={slug} tasks={TASKS} />
        </Stack>
      ) : null}

      <Stack gap="md" component="section" aria-labelledby="publications-heading">
        <Title order={2} fz="h3" id="publications-heading">
          {t('portal.publicationsHeading')}
        </Title>
        <Publications slug={slug} cards={PUBLICATIONS} />
      </Stack>

      <Contacts tenant={data} />
      <AboutPortal tenant={data} />
    </Stack>
  );
}
