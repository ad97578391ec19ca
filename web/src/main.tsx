// Mantine's base styles; each component's own stylesheet comes with the chunk that uses it (vite.config.ts). Its
// CSS variables are written by MantineProvider (deduplicateCssVariables off) rather than shipped as a 27 KB file.
import '@mantine/core/styles/baseline.layer.css';
import '@mantine/core/styles/global.layer.css';
import './ui/global.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { type ComponentType, StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { router } from './router';
import { configureSession, SESSION_QUERY_KEY, sessionQuery } from './ui/api';
import { i18nReady } from './ui/i18n';
import { queryClient } from './ui/query';
import { cssVariablesResolver, theme } from './ui/theme';

/**
 * Where notify()'s messages appear, fetched two seconds after start so that its code does not compete with the first
 * page on a slow connection (a message sent before then waits in the notifications store and shows when it mounts).
 * Offline, the fetch waits for the connection to return instead of failing the page.
 */
function LaterNotificationsHost() {
  const [Host, setHost] = useState<ComponentType | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () => {
      import('./ui/NotificationsHost').then(
        (module) => {
          if (!stopped) setHost(() => module.default);
        },
        () => window.addEventListener('online', load, { once: true }),
      );
    };
    const timer = setTimeout(load, 2000);
    return () => {
      stopped = true;
      clearTimeout(timer);
      window.removeEventListener('online', load);
    };
  }, []);
  return Host ? <Host /> : null;
}

configureSession({
  csrfToken: async () => (await queryClient.ensureQueryData(sessionQuery).catch(() => undefined))?.csrfToken,
  refresh: () => queryClient.invalidateQueries({ queryKey: SESSION_QUERY_KEY, refetchType: 'all' }),
});

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

// English, when chosen before on this device, arrives as a chunk of its own: render once it is there. (Not a
// top-level await: the English chunk imports from this one, which must finish evaluating first.)
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <MantineProvider
        theme={theme}
        cssVariablesResolver={cssVariablesResolver}
        defaultColorScheme="light"
        deduplicateCssVariables={false}
      >
        <LaterNotificationsHost />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </StrictMode>,
  );
void i18nReady.catch(() => undefined).then(render);
