import type { AuditActions, AuditLogEntry } from '@lentera/common';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../ui/api';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditPage {
  items: AuditLogEntry[];
  total: number;
  page: number;
  pageSize: number;
}

export interface AuditVerification {
  ok: boolean;
  length: number;
  brokenAt: number | null;
  reason: string | null;
}

export interface AuditFilters {
  page: number;
  action?: string;
  from?: string;
  to?: string;
}

function base(slug: string): string {
  return `/api/t/${encodeURIComponent(slug)}/admin/audit`;
}

export function auditEntriesQuery(slug: string, filters: AuditFilters) {
  return queryOptions({
    queryKey: ['tenant', slug, 'audit', 'entries', filters],
    queryFn: ({ signal }) => api<AuditPage>(base(slug), { query: { ...filters, pageSize: AUDIT_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAuditEntries(slug: string, filters: AuditFilters) {
  return useQuery(auditEntriesQuery(slug, filters));
}

export function auditVerifyQuery(slug: string) {
  return queryOptions({
    queryKey: ['tenant', slug, 'audit', 'verify'],
    queryFn: ({ signal }) => api<AuditVerification>(`${base(slug)}/verify`, { signal }),
    staleTime: 60_000,
  });
}

export function useAuditVerification(slug: string) {
  return useQuery(auditVerifyQuery(slug));
}

/** The installation's audit actions with their labels, for the filter. */
export function useAuditActions(slug: string) {
  return useQuery({
    queryKey: ['tenant', slug, 'audit', 'actions'],
    queryFn: ({ signal }) => api<AuditActions>(`${base(slug)}/actions`, { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
