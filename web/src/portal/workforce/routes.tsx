/** The workforce pages: routes whose parent is `tenantRoute` from `routes/shell.tsx`; router.tsx adds them. */
export const workforceRoutes = [] as const;
