import { List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../ui/components';
import { AnchorLink } from '../../ui/links';
import { useReportingLine } from './api';

interface ReportingLineProps {
  slug: string;
  employeeId: string;
  /** Whether the names link to their records (for people who manage records). */
  withLinks: boolean;
}

/** The chain of superiors from the employee up to the head of the region, as an ordered list. */
export function ReportingLine({ slug, employeeId, withLinks }: ReportingLineProps) {
  const { t } = useTranslation();
  const line = useReportingLine(slug, employeeId);
  return (
    <Stack component="section" aria-labelledby="line-heading" gap="xs">
      <Title order={2} fz="h4" id="line-heading">
        {t('employees.detail.reportingLine')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('employees.detail.reportingLineIntro')}
      </Text>
      {line.isPending ? <PageLoader /> : null}
      {line.isError ? <ErrorAlert error={line.error} onRetry={() => void line.refetch()} /> : null}
      {line.data ? (
        line.data.length === 0 ? (
          <Text>{t('employees.detail.reportingLineEmpty')}</Text>
        ) : (
          <List type="ordered" spacing="xs">
            {line.data.map((person) => (
              <List.Item key={person.id}>
                {withLinks && person.id !== employeeId ? (
                  <AnchorLink to="/t/$slug/people/employees/$employeeId" params={{ slug, employeeId: person.id }}>
                    {person.displayName}
                  </AnchorLink>
                ) : (
                  <Text span fw={person.id === employeeId ? 700 : undefined}>
                    {person.displayName}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {[person.positionName, person.unitName].filter(Boolean).join(' · ')}
                </Text>
              </List.Item>
            ))}
          </List>
        )
      ) : null}
    </Stack>
  );
}
