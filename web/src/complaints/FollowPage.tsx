import { useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../ui/api';
import { ErrorAlert, PageLoader, StatusPage } from '../ui/components';
import { useTenantSlug } from '../ui/tenant';
import { useFollow, useFollowAction } from './api';
import { FollowComplaintView } from './FollowView';
import { useServiceWorker } from './offline';

/** The guest's page behind the secret link: no login, the link is the key. */
export function FollowPage() {
  const { t } = useTranslation();
  const slug = useTenantSlug() ?? '';
  const { token } = useParams({ strict: false }) as { token: string };
  const follow = useFollow(slug, token);
  useServiceWorker();
  const rate = useFollowAction(slug, token, 'rate');
  const reopen = useFollowAction(slug, token, 'reopen');
  const addInfo = useFollowAction(slug, token, 'info');
  if (follow.isPending) return <PageLoader />;
  if (follow.isError) {
    if (isApiError(follow.error) && follow.error.status === 404)
      return <StatusPage title={t('complaints.nav.mine')} message={t('complaints.follow.invalid')} />;
    return <ErrorAlert error={follow.error} onRetry={() => void follow.refetch()} />;
  }
  return <FollowComplaintView view={follow.data} rate={rate} reopen={reopen} addInfo={addInfo} />;
}
