import type { PublicComplaintPage, SupportResult } from '@lentera/common';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../ui/api';
import { complaintsPath } from './api';

const pageKey = (slug: string, code: string) => ['tenant', slug, 'complaints', 'public-page', code] as const;

/** One published complaint's page (`GET /public/:code`); a hidden or unknown one is 404 and is not retried. */
export function publicComplaintQuery(slug: string, code: string) {
  return queryOptions({
    queryKey: pageKey(slug, code),
    queryFn: ({ signal }) =>
      api<PublicComplaintPage>(complaintsPath(slug, `/public/${encodeURIComponent(code)}`), { signal }),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
}
export function usePublicComplaint(slug: string, code: string) {
  return useQuery(publicComplaintQuery(slug, code));
}

/** "Saya juga mengalami ini": with the session as a signed-in citizen, or with an e-mail as a guest. */
export function useSupport(slug: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email?: string }) =>
      api<SupportResult>(complaintsPath(slug, `/public/${encodeURIComponent(code)}/support`), {
        method: 'POST',
        body,
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(pageKey(slug, code), (page: PublicComplaintPage | undefined) =>
        page
          ? {
              ...page,
              supportCount: result.supportCount,
              supportedByMe: result.state === 'counted' || page.supportedByMe,
            }
          : page,
      );
    },
  });
}

/** The guest opened the mailed link (`?dukung=<token>`): their support counts. */
export function useConfirmSupport(slug: string, code: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) =>
      api<SupportResult>(complaintsPath(slug, `/public/${encodeURIComponent(code)}/support/confirm`), {
        method: 'POST',
        body: { token },
      }),
    onSuccess: (result) => {
      queryClient.setQueryData(pageKey(slug, code), (page: PublicComplaintPage | undefined) =>
        page ? { ...page, supportCount: result.supportCount } : page,
      );
    },
  });
}
