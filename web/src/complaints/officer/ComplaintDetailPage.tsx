import { COMPLAINTS_PERMISSIONS, FOLLOW_UP_STATUSES, VERIFICATION_STATUSES } from '@lentera/common';
import { Alert, Card, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { AnchorLink } from '../../ui/links';
import { useTenantSlug } from '../../ui/tenant';
import { useComplaint } from '../api';
import { ComplaintTimeline } from '../shared';

import { Facts, Reporter } from './detail/facts';
import { AssignStep, LinkEmployeeStep } from './detail/follow-up-steps';
import { SimilarList, TextStep, VerifyStep } from './detail/steps';

function Detail() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { complaintId } = useParams({ strict: false }) as { complaintId: string };
  const complaint = useComplaint(slug, complaintId);
  if (complaint.isPending) return <PageLoader />;
  if (complaint.isError) return <ErrorAlert error={complaint.error} onRetry={() => void complaint.refetch()} />;
  const c = complaint.data;
  const atDesk = c.can.verify && VERIFICATION_STATUSES.includes(c.status);
  const followingUp = c.can.handle && FOLLOW_UP_STATUSES.includes(c.status);
  const id = c.id;
  return (
    <Page
      title={t('complaints.officer.detailTitle', { code: c.code })}
      actions={
        <AnchorLink
          to={atDesk ? '/t/$slug/complaints/verification' : '/t/$slug/complaints/follow-up'}
          params={{ slug }}
          size="sm"
        >
          {t('complaints.officer.back')}
        </AnchorLink>
      }
    >
      {c.mergedInto ? (
        <Alert color="blue" variant="light">
          {t('complaints.follow.mergedInto', { code: c.mergedInto })}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="lg">
          <Facts slug={slug} complaint={c} />
          <Reporter complaint={c} />
          {c.answer ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="answer-heading">
              <Title order={2} fz="h4" id="answer-heading" mb="xs">
                {t('complaints.officer.answered')}
              </Title>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {c.answer}
              </Text>
            </Card>
          ) : null}
        </Stack>
        <Stack gap="lg">
          {atDesk ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="verify-heading">
              <Title order={2} fz="h4" id="verify-heading" mb="sm">
                {t('complaints.officer.verifyTitle')}
              </Title>
              <Tabs defaultValue="verify" keepMounted={false}>
                <Tabs.List>
                  <Tabs.Tab value="verify">{t('complaints.officer.verify')}</Tabs.Tab>
                  <Tabs.Tab value="postpone">{t('complaints.officer.postpone')}</Tabs.Tab>
                  <Tabs.Tab value="refer">{t('complaints.officer.refer')}</Tabs.Tab>
                  <Tabs.Tab value="archive">{t('complaints.officer.archive')}</Tabs.Tab>
                </Tabs.List>
                <Tabs.Panel value="verify" pt="sm">
                  <VerifyStep slug={slug} complaint={c} />
                </Tabs.Panel>
                <Tabs.Panel value="postpone" pt="sm">
                  <TextStep
                    slug={slug}
                    id={id}
                    action="postpone"
                    field="question"
                    label={t('complaints.officer.question')}
                    submit={t('complaints.officer.postpone')}
                    min={5}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="refer" pt="sm">
                  <TextStep
                    slug={slug}
                    id={id}
                    action="refer"
                    field="referral"
                    label={t('complaints.officer.referral')}
                    submit={t('complaints.officer.refer')}
                    min={5}
                  />
                </Tabs.Panel>
                <Tabs.Panel value="archive" pt="sm">
                  <TextStep
                    slug={slug}
                    id={id}
                    action="archive"
                    field="reason"
                    color="red"
                    label={t('complaints.officer.archiveReason')}
                    submit={t('complaints.officer.archive')}
                    min={5}
                  />
                </Tabs.Panel>
              </Tabs>
            </Card>
          ) : null}
          {atDesk ? <SimilarList slug={slug} complaint={c} /> : null}
          {followingUp ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="followup-heading">
              <Stack gap="md">
                <Title order={2} fz="h4" id="followup-heading">
                  {t('complaints.officer.followUpTitle')}
                </Title>
                <AssignStep slug={slug} complaint={c} />
                <LinkEmployeeStep slug={slug} complaint={c} />
                <TextStep
                  slug={slug}
                  id={id}
                  action="notes"
                  field="text"
                  label={t('complaints.officer.addNote')}
                  hint={t('complaints.officer.addNoteHint')}
                  submit={t('complaints.officer.saveNote')}
                  min={1}
                />
                <TextStep
                  slug={slug}
                  id={id}
                  action="answer"
                  field="text"
                  label={t('complaints.officer.answer')}
                  hint={t('complaints.officer.answerHint')}
                  submit={t('complaints.officer.sendAnswer')}
                  min={5}
                  testId="answer-form"
                />
              </Stack>
            </Card>
          ) : null}
          {c.can.referIntegrity && !c.integrityReferral ? (
            <Card withBorder padding="lg" component="section" aria-labelledby="integrity-heading">
              <Title order={2} fz="h4" id="integrity-heading" mb="xs">
                {t('complaints.officer.integrity')}
              </Title>
              <TextStep
                slug={slug}
                id={id}
                action="integrity"
                field="note"
                label={t('complaints.officer.integrityNote')}
                submit={t('complaints.officer.integrity')}
                min={5}
              />
            </Card>
          ) : null}
          <Card withBorder padding="lg" component="section" aria-labelledby="timeline-heading">
            <Title order={2} fz="h4" id="timeline-heading" mb="sm">
              {t('complaints.officer.timeline')}
            </Title>
            <ComplaintTimeline items={c.timeline} />
          </Card>
        </Stack>
      </SimpleGrid>
    </Page>
  );
}

/** One complaint for officers: what is known, who reported it (coordinator only), and the next steps. */
export function ComplaintDetailPage() {
  return (
    <RequireAccess permission={COMPLAINTS_PERMISSIONS.work}>
      <Detail />
    </RequireAccess>
  );
}
