import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../ui/components';
import { AnchorLink } from '../../ui/links';
import { useMySubordinates } from './api';

/** A supervisor's direct subordinates, each opening their record; nothing at all for someone without a team. */
export function MyTeam({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const team = useMySubordinates(slug);
  if (team.isError) return <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />;
  if (!team.data || team.data.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="team-heading" gap="xs">
      <Title order={2} fz="h4" id="team-heading">
        {t('employees.me.team', { count: team.data.length })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('employees.me.teamIntro')}
      </Text>
      <SimpleGrid
        component="ul"
        cols={{ base: 1, sm: 2, lg: 3 }}
        spacing="xs"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
      >
        {team.data.map((person) => (
          <li key={person.id}>
            <AnchorLink to="/t/$slug/people/employees/$employeeId" params={{ slug, employeeId: person.id }}>
              {person.displayName}
            </AnchorLink>
            <Text size="sm" c="dimmed">
              {[person.positionName, person.unitName].filter(Boolean).join(' · ')}
            </Text>
          </li>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
