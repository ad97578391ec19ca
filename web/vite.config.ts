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
    // .vite/manifest.json: which files each page's first load fetches (the bench's first-load budget walks it).
    manifest: true,
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
            // No group for Mantine, charts or dates: a group takes every module it matches (and their imports) into
            // one chunk, so the public pages' first load would carry what only staff pages use. Left alone, the
            // bundler gives each page the Mantine components it uses.
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});
