import { type Lang, PERMISSIONS, type SessionAccount } from '@lentera/common';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, SESSION_QUERY_KEY, sessionQuery } from './api';
import { i18n, rememberLang } from './i18n';

export function useSession() {
  return useQuery(sessionQuery);
}

/** The logged-in account, `null` when nobody is logged in, `undefined` while the session is loading. */
export function useAccount(): SessionAccount | null | undefined {
  const { data, isError } = useSession();
  if (isError) return null;
  return data === undefined ? undefined : data.account;
}

export function membershipIn(account: SessionAccount | null | undefined, slug: string | undefined) {
  if (!account || !slug) return undefined;
  return account.tenants.find((membership) => membership.slug === slug);
}

/**
 * Whether the account may use a permission in a tenant. System-wide permissions (managing tenants) hold for a
 * system administrator wherever they are.
 */
export function hasPermission(
  account: SessionAccount | null | undefined,
  permission: string | null,
  slug: string | undefined,
): boolean {
  if (!account) return false;
  if (permission === null) return true;
  // Installation-wide permissions: held in any government (or by the system administrator) they hold everywhere.
  if (permission === PERMISSIONS.manageTenants || permission === PERMISSIONS.nationalView) {
    return account.isSystemAdmin || account.tenants.some((m) => m.permissions.includes(permission));
  }
  return membershipIn(account, slug)?.permissions.includes(permission) ?? false;
}

/** Refetches the session and waits for it: the CSRF token changes at login and logout. */
export function useRefreshSession() {
  const queryClient = useQueryClient();
  return useCallback(
    () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' }),
    [queryClient],
  );
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout', { method: 'POST' }),
    onSettled: async () => {
      // Nothing cached for the old account may leak into what the next person sees.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' });
    },
  });
}

/** Switches the interface language, remembers it on this device and, when logged in, on the account. */
export function useChangeLanguage() {
  const account = useAccount();
  const refreshSession = useRefreshSession();
  return useCallback(
    async (lang: Lang) => {
      rememberLang(lang);
      await i18n.changeLanguage(lang);
      if (account && account.locale !== lang) {
        // The server answers a logged-in person in the account's language, whatever Accept-Language says.
        await api('/api/auth/locale', { method: 'PUT', body: { locale: lang } })
          .then(() => refreshSession())
          .catch(() => undefined);
      }
    },
    [account, refreshSession],
  );
}
