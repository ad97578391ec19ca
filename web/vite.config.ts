import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const apiTarget = process.env.LENTERA_API ?? 'http://localhost:3000';
const proxied = ['/api', '/open311', '/dev', '/healthz'];

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(proxied.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false }])),
  },
  preview: {
    proxy: Object.fromEntries(proxied.map((prefix) => [prefix, { target: apiTarget, changeOrigin: false }])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      treeshake: {
        // common/ holds schemas and pure rules only: modules of it that a page does not use (calendar data,
        // NIP rules, ...) need not ship with it.
        moduleSideEffects: [{ test: /[\\/]common[\\/]src[\\/]/, sideEffects: false }],
      },
      output: {
        codeSplitting: {
          groups: [
            // React and the router change rarely: one long-cached chunk every page needs.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@tanstack)[\\/]/, priority: 30 },
            // Mantine core and its helpers, shared by every page.
            {
              name: 'mantine',
              test: /node_modules[\\/](@mantine[\\/](core|hooks|form|notifications)|@floating-ui|react-remove-scroll|react-number-format|clsx)/,
              priority: 20,
            },
            // Date pickers are only used by staff pages; keep them out of the public portal's first load.
            { name: 'mantine-dates', test: /node_modules[\\/](@mantine[\\/]dates|dayjs)[\\/]/, priority: 15 },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
