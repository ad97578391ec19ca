import type { RoleGrant } from '@lentera/common';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../ui/api';

export const ROLES_PAGE_SIZE = 25;

export interface RoleGrantPage {
  items: RoleGrant[];
  total: number;
  page: number;
  pageSize: number;
}

function base(slug: string): string {
  return `/api/t/${encodeURIComponent(slug)}/admin/roles`;
}

export function roleGrantsQuery(slug: string, page: number, q: string | undefined) {
  return queryOptions({
    queryKey: ['tenant', slug, 'role-grants', { page, q: q ?? '' }],
    queryFn: ({ signal }) => api<RoleGrantPage>(base(slug), { query: { page, pageSize: ROLES_PAGE_SIZE, q }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRoleGrants(slug: string, page: number, q: string | undefined) {
  return useQuery(roleGrantsQuery(slug, page, q));
}

export interface GrantRoleInput {
  login: string;
  role: string;
  unitId?: string | null;
}

export function useGrantRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: GrantRoleInput) => api<RoleGrant>(base(slug), { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'role-grants'] }),
  });
}

export function useRevokeRole(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`${base(slug)}/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['tenant', slug, 'role-grants'] }),
  });
}
