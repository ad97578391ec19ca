/** The structure pages: routes whose parent is `staffRoute` from `routes/shell.tsx`; router.tsx adds them. */
export const structureRoutes = [] as const;
