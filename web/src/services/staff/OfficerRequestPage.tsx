import { SERVICES_PERMISSIONS } from '@lentera/common';
import { Card, Stack, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../../ui/components';
import { RequireAccess } from '../../ui/guards';
import { AnchorLink } from '../../ui/links';
import { useTenantSlug } from '../../ui/tenant';
import { useRequest } from '../api';
import { AnswersCard, RequestView } from '../RequestView';
import { OfficerActions } from './OfficerActions';

function OfficerRequest() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { requestId } = useParams({ strict: false }) as { requestId: string };
  const request = useRequest(slug, { kind: 'id', id: requestId });
  if (request.isPending) return <PageLoader />;
  if (request.isError)
    return (
      <Page title={t('services.request.title')}>
        <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      </Page>
    );
  const detail = request.data;
  return (
    <Page
      title={detail.service.name}
      description={detail.code ?? undefined}
      actions={
        <AnchorLink to="/t/$slug/layanan-kotak-masuk" params={{ slug }}>
          {t('services.officer.backToInbox')}
        </AnchorLink>
      }
    >
      <RequestView
        slug={slug}
        detail={detail}
        staff={
          <Stack gap="lg">
            {detail.actions.length > 0 ? (
              <Card withBorder padding="lg" component="section" aria-labelledby="actions-heading">
                <Title order={2} fz="h4" id="actions-heading" mb="sm">
                  {t('services.officer.next')}
                </Title>
                <OfficerActions slug={slug} detail={detail} />
              </Card>
            ) : null}
            <AnswersCard detail={detail} />
          </Stack>
        }
      />
    </Page>
  );
}

/** A request as its unit's officer works it: the applicant's answers and documents, and the next steps. */
export function OfficerRequestPage() {
  return (
    <RequireAccess permission={SERVICES_PERMISSIONS.serve}>
      <OfficerRequest />
    </RequireAccess>
  );
}
