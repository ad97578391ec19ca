import type { SubmitResult } from '@lentera/common';
import { useMutation } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, Page, PageLoader } from '../ui/components';
import { AnchorLink } from '../ui/links';
import { useTenantSlug } from '../ui/tenant';
import { confirmRequest, useRequest } from './api';
import { RequestView } from './RequestView';
import { SubmitDone } from './SubmitDone';

/** A guest's request by its secret link (e-mailed): the same view as a signed-in applicant's. */
export function FollowPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { token } = useParams({ strict: false }) as { token: string };
  const target = { kind: 'token', token } as const;
  const request = useRequest(slug, target);
  if (request.isPending) return <PageLoader />;
  if (request.isError)
    return (
      <Page title={t('services.request.title')}>
        <ErrorAlert error={request.error} onRetry={() => void request.refetch()} />
      </Page>
    );
  return (
    <Page title={request.data.service.name} description={t('services.request.description')}>
      <RequestView slug={slug} detail={request.data} target={target} />
    </Page>
  );
}

/** The link a guest opens from the e-mail: confirms the request once and shows its code and follow link. */
export function ConfirmPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { token } = useParams({ strict: false }) as { token: string };
  const confirm = useMutation({ mutationFn: () => confirmRequest(slug, token) });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    confirm.mutate();
  }, [confirm]);
  const result: SubmitResult | undefined = confirm.data;
  return (
    <Page title={t('services.confirm.title')}>
      {confirm.isPending || confirm.isIdle ? <PageLoader /> : null}
      {confirm.isError ? <ErrorAlert error={confirm.error} /> : null}
      {result ? <SubmitDone slug={slug} result={result} fee={null} signedIn={false} /> : null}
      <AnchorLink to="/t/$slug/layanan" params={{ slug }}>
        {t('services.page.backToCatalog')}
      </AnchorLink>
    </Page>
  );
}
