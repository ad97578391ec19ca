/** The employees pages: routes whose parent is `staffRoute` from `routes/shell.tsx`; router.tsx adds them. */
export const employeesRoutes = [] as const;
