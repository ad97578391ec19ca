import type { ComplaintDetail } from '@lentera/common';
import { Anchor, Badge, Card, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format';
import { currentLang } from '../../../ui/i18n';
import { useTenantTimeZone } from '../../../ui/tenant';
import { attachmentThumbnailUrl, attachmentUrl } from '../../api';
import { StatusBadge } from '../../shared';

export function Facts({ slug, complaint }: { slug: string; complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const timeZone = useTenantTimeZone();
  const lang = currentLang();
  const when = (value: string | null) => (value ? formatDateTime(value, timeZone, lang) : '—');
  const rows: [string, React.ReactNode][] = [
    [t('complaints.officer.status'), <StatusBadge key="s" status={complaint.status} />],
    [t('complaints.form.class'), t(`complaints.class.${complaint.class}`)],
    [t('complaints.officer.category'), complaint.category?.name ?? '—'],
    [t('complaints.officer.unit'), complaint.unit?.name ?? '—'],
    [t('complaints.officer.privacy'), t(`complaints.privacy.${complaint.privacy}`)],
    [
      t('complaints.officer.channel'),
      `${t(`complaints.channel.${complaint.channel}`)}${complaint.externalRef ? ` (${complaint.externalRef})` : ''}`,
    ],
    [t('complaints.officer.received'), when(complaint.receivedAt)],
    [t('complaints.officer.verificationDue'), when(complaint.verificationDueAt)],
    [t('complaints.officer.answerDue'), when(complaint.answerDueAt)],
    [t('complaints.officer.assigned'), complaint.assignedTo?.name ?? '—'],
    [
      t('complaints.support.detail'),
      <span key="support" data-testid="support-count">
        {complaint.supportCount ? t('complaints.support.badge', { count: complaint.supportCount }) : '—'}
      </span>,
    ],
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="facts-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} fz="h4" id="facts-heading">
            {complaint.title}
          </Title>
          {complaint.overdue ? (
            <Badge color="red" variant="filled">
              {t('complaints.officer.overdue')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {complaint.description}
        </Text>
        <Table variant="vertical" withRowBorders={false} verticalSpacing={2} fz="sm" layout="fixed">
          <Table.Tbody>
            {rows.map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w="40%">{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
            {complaint.employeeText ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.employeeText')}</Table.Th>
                <Table.Td>{complaint.employeeText}</Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.address || complaint.lat !== null ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.location')}</Table.Th>
                <Table.Td>
                  {complaint.address}
                  {complaint.lat !== null && complaint.lng !== null ? (
                    <>
                      {complaint.address ? <br /> : null}
                      <Anchor
                        href={`https://www.openstreetmap.org/?mlat=${complaint.lat}&mlon=${complaint.lng}#map=17/${complaint.lat}/${complaint.lng}`}
                        target="_blank"
                        rel="noopener noreferrer"
                      >
                        {complaint.lat}, {complaint.lng}
                        <span className="visually-hidden">{` (${t('common.opensNewTab')})`}</span>
                      </Anchor>
                    </>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.referral ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.referralText')}</Table.Th>
                <Table.Td>{complaint.referral}</Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.archiveReason ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.archiveText')}</Table.Th>
                <Table.Td>{complaint.archiveReason}</Table.Td>
              </Table.Tr>
            ) : null}
            {complaint.rating ? (
              <Table.Tr>
                <Table.Th>{t('complaints.officer.rating')}</Table.Th>
                <Table.Td>
                  {complaint.rating}/5{complaint.ratingComment ? ` — ${complaint.ratingComment}` : ''}
                </Table.Td>
              </Table.Tr>
            ) : null}
          </Table.Tbody>
        </Table>
        <div>
          <Text size="sm" fw={600}>
            {t('complaints.officer.attachments')}
          </Text>
          {complaint.attachments.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('complaints.officer.noAttachments')}
            </Text>
          ) : (
            <List size="sm">
              {complaint.attachments.map((a) => (
                <List.Item key={a.id}>
                  <Anchor href={attachmentUrl(slug, a.id)} target="_blank" rel="noopener">
                    {a.mime.startsWith('image/') ? (
                      <img
                        src={attachmentThumbnailUrl(slug, a.id)}
                        alt=""
                        loading="lazy"
                        style={{ display: 'block', maxWidth: 160, maxHeight: 120, borderRadius: 4, marginBlock: 4 }}
                      />
                    ) : null}
                    {a.fileName}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
        </div>
      </Stack>
    </Card>
  );
}

export function Reporter({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reporter-heading">
      <Title order={2} fz="h4" id="reporter-heading" mb="xs">
        {t('complaints.officer.reporter')}
      </Title>
      {complaint.reporter ? (
        <Table variant="vertical" withRowBorders={false} verticalSpacing={2} fz="sm" layout="fixed">
          <Table.Tbody>
            <Table.Tr>
              <Table.Th w="40%">{t('complaints.officer.reporterName')}</Table.Th>
              <Table.Td>{complaint.reporter.name ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('complaints.officer.reporterEmail')}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{complaint.reporter.email ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('complaints.officer.reporterPhone')}</Table.Th>
              <Table.Td>{complaint.reporter.phone ?? '—'}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th>{t('complaints.officer.reporterAccount')}</Table.Th>
              <Table.Td>{complaint.reporter.hasAccount ? '✓' : '—'}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      ) : (
        <Text size="sm" data-testid="reporter-hidden">
          {t('complaints.officer.reporterHidden')}
        </Text>
      )}
    </Card>
  );
}
