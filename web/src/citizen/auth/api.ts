import type { SessionAccount } from '@lentera/common';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../ui/api';
import { useRefreshSession } from '../../ui/session';

export interface LoginInput {
  login: string;
  password: string;
}

export function useLogin() {
  const refreshSession = useRefreshSession();
  return useMutation({
    mutationFn: (input: LoginInput) =>
      api<{ account: SessionAccount }>('/api/auth/login', { method: 'POST', body: input }),
    // The session cookie and CSRF token are new after login: reload the session before going on.
    onSuccess: () => refreshSession(),
  });
}

export interface RegisterInput {
  name: string;
  email: string;
  password: string;
  locale: 'id' | 'en';
  tenant?: string;
}

export function useRegister() {
  return useMutation({
    mutationFn: (input: RegisterInput) => api<{ ok: true }>('/api/auth/register', { method: 'POST', body: input }),
  });
}

export function useVerifyEmail() {
  return useMutation({
    mutationFn: (token: string) => api<{ ok: true }>('/api/auth/verify-email', { method: 'POST', body: { token } }),
  });
}

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: { email: string; tenant?: string }) =>
      api<void>('/api/auth/password-reset/request', { method: 'POST', body: input }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api<void>('/api/auth/password-reset/confirm', { method: 'POST', body: input }),
  });
}
