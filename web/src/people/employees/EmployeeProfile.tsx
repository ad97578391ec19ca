import { type EmployeeDetail, formatNip } from '@lentera/common';
import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDateTime } from '../../ui/format';
import { currentLang } from '../../ui/i18n';
import { AnchorLink } from '../../ui/links';
import { useTenantTimeZone } from '../../ui/tenant';
import { employmentLabel, kindLabel, rankLabel, sexLabel } from './labels';

/** Label and value pairs as a description list: read aloud as "NIP: 1985 ...". */
export function Facts({ items }: { items: Array<[string, ReactNode]> }) {
  return (
    <Stack component="dl" gap="xs" m={0}>
      {items.map(([label, value]) => (
        <div key={label}>
          <Text component="dt" size="sm" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
            {value || '—'}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

interface EmployeeProfileProps {
  employee: EmployeeDetail;
  slug: string;
  /** Whether the superior's name links to their record (people who manage records may open it). */
  linkSuperior: boolean;
}

/** Identity, employment and contact of one employee, as read-only facts. */
export function EmployeeProfile({ employee: e, slug, linkSuperior }: EmployeeProfileProps) {
  const { t } = useTranslation();
  const lang = currentLang();
  const timeZone = useTenantTimeZone();
  const date = (value: string | null) => (value ? formatCalendarDate(value, lang, false) : null);
  const birth = [e.birthPlace, date(e.birthDate)].filter(Boolean).join(', ');
  const service =
    e.yearsOfService === null
      ? null
      : e.tmtCpns
        ? t('employees.labels.yearsSince', { count: e.yearsOfService, date: date(e.tmtCpns) ?? '' })
        : t('employees.labels.years', { count: e.yearsOfService });
  const superior = e.superior ? (
    linkSuperior ? (
      <AnchorLink to="/t/$slug/people/employees/$employeeId" params={{ slug, employeeId: e.superior.id }}>
        {e.superior.name}
      </AnchorLink>
    ) : (
      e.superior.name
    )
  ) : null;

  return (
    <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
      <Section id="identity-heading" title={t('employees.detail.identity')}>
        <Facts
          items={[
            [t('employees.fields.name'), e.displayName],
            [t('employees.fields.nip'), formatNip(e.nip)],
            [t('employees.fields.sex'), sexLabel(e.sex)],
            [t('employees.fields.birth'), birth],
            [t('employees.fields.age'), t('employees.labels.years', { count: e.age })],
          ]}
        />
      </Section>
      <Section id="job-heading" title={t('employees.detail.job')}>
        <Facts
          items={[
            [t('employees.fields.status'), `${e.status} · ${employmentLabel(e.employment)}`],
            [t('employees.fields.rank'), rankLabel(e.rank)],
            [
              t('employees.fields.position'),
              e.positionName ? `${e.positionName} (${kindLabel(e.positionKind)})` : null,
            ],
            [t('employees.fields.unit'), e.unitName],
            [t('employees.fields.superior'), superior],
            [t('employees.fields.yearsOfService'), service],
            [t('employees.fields.tmtPns'), date(e.tmtPns)],
          ]}
        />
      </Section>
      <Section id="contact-heading" title={t('employees.detail.contact')}>
        <Facts
          items={[
            [t('employees.fields.education'), [e.educationLevel, e.educationMajor].filter(Boolean).join(' · ')],
            [t('employees.fields.email'), e.email],
            [t('employees.fields.phone'), e.phone],
            [t('employees.fields.address'), e.address],
            [
              t('employees.fields.updated'),
              e.updatedBy
                ? t('employees.labels.updatedBy', { at: formatDateTime(e.updatedAt, timeZone, lang), by: e.updatedBy })
                : formatDateTime(e.updatedAt, timeZone, lang),
            ],
          ]}
        />
      </Section>
    </SimpleGrid>
  );
}
