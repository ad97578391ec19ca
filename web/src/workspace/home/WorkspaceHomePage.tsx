import { PEOPLE_PERMISSIONS } from '@lentera/common';
import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NAVIGATION } from '../../navigation';
import { useUnitNames } from '../../people/shared/units';
import { Page } from '../../ui/components';
import { AnchorLink } from '../../ui/links';
import { isCitizenOnly, visibleNavEntries } from '../../ui/nav';
import { roleLabel } from '../../ui/roles';
import { hasPermission, membershipIn, useAccount } from '../../ui/session';
import { useTenant, useTenantSlug } from '../../ui/tenant';
import { CitizenHome } from './CitizenHome';

/**
 * The first screen after logging in. For staff: who you are here, and what you can open. For a citizen: their
 * own home (their complaints, what they can file, the portal), which speaks to a citizen, not of a workspace.
 */
export function WorkspaceHomePage() {
  const { t } = useTranslation();
  const slug = useTenantSlug();
  const { data: tenant } = useTenant(slug);
  const account = useAccount();
  const membership = membershipIn(account, slug);
  // A role held on a unit names the unit, never its id: the names come from the unit tree.
  const unitNames = useUnitNames(
    slug,
    Boolean(membership?.roles.some((grant) => grant.unitId)) &&
      hasPermission(account, PEOPLE_PERMISSIONS.viewStructure, slug),
  );
  const modules = visibleNavEntries(NAVIGATION.entries, account, slug).filter(
    (entry) => entry.key !== 'workspace' && entry.key !== 'account',
  );
  if (!account) return null;
  if (slug && isCitizenOnly(account, slug)) return <CitizenHome account={account} slug={slug} />;

  return (
    <Page title={t('workspace.title')} description={t('workspace.welcome', { name: account.name })}>
      <Card withBorder padding="lg" component="section" aria-labelledby="roles-heading">
        <Title order={2} fz="h4" id="roles-heading" mb="xs">
          {t('workspace.rolesHeading', { name: tenant?.name ?? slug ?? '' })}
        </Title>
        {membership && membership.roles.length > 0 ? (
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {membership.roles.map((grant) => (
              <li key={`${grant.role}:${grant.unitId ?? ''}`}>
                <Badge variant="light" size="lg" tt="none">
                  {roleLabel(grant.role)}
                  {grant.unitId && unitNames.has(grant.unitId)
                    ? ` · ${t('workspace.unit', { unit: unitNames.get(grant.unitId) ?? '' })}`
                    : ''}
                </Badge>
              </li>
            ))}
          </Group>
        ) : (
          <Text>{t('workspace.noRoles')}</Text>
        )}
      </Card>

      <Stack gap="sm" component="section" aria-labelledby="modules-heading">
        <Title order={2} fz="h4" id="modules-heading">
          {t('workspace.modulesHeading')}
        </Title>
        {modules.length === 0 ? (
          <Text>{t('workspace.noModules')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {modules.map((entry) => (
              <Card key={entry.key} withBorder padding="md">
                <Text fw={600}>
                  <AnchorLink to={entry.href}>{t(entry.labelKey as never)}</AnchorLink>
                </Text>
                {entry.descriptionKey ? (
                  <Text size="sm" c="dimmed" mt={4}>
                    {t(entry.descriptionKey as never)}
                  </Text>
                ) : null}
              </Card>
            ))}
          </SimpleGrid>
        )}
      </Stack>
    </Page>
  );
}
