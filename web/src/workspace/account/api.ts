import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { api, SESSION_QUERY_KEY } from '../../ui/api';

export function useLogoutEverywhere() {
  return useMutation({
    mutationFn: () => api<void>('/api/auth/logout-all', { method: 'POST' }),
  });
}

/** After the sessions ended: drop what was cached for the account and load the (now anonymous) session. */
export function useForgetSession() {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    await queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' });
  }, [queryClient]);
}
