import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './ui/global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './router';
import { configureSession, SESSION_QUERY_KEY, sessionQuery } from './ui/api';
import { queryClient } from './ui/query';
import { cssVariablesResolver, theme } from './ui/theme';

configureSession({
  csrfToken: async () => (await queryClient.ensureQueryData(sessionQuery).catch(() => undefined))?.csrfToken,
  refresh: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' }),
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <Notifications position="top-center" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
