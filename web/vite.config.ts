import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Each Mantine component brings its own stylesheet: where a component's class names module
 * (`@mantine/core/esm/.../Button.module.mjs`) is bundled, its `styles/Button.layer.css` is imported beside it.
 * A page's chunks then carry the CSS of exactly the components they use, instead of every page's first load
 * carrying all of Mantine's 250 KB stylesheet. The `.layer.css` files keep Mantine in `@layer mantine`, so
 * stylesheets arriving later with a lazy page never outrank the app's own rules (web/src/ui/global.css).
 */
export function mantineComponentStyles(): Plugin {
  const classesModule = /[\\/]@mantine[\\/]core[\\/]esm[\\/].*[\\/](\w+)\.module\.mjs$/;
  let serving = false;
  return {
    name: 'lentera:mantine-component-styles',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
    },
    transform(code, id) {
      // The dev server pre-bundles Mantine without passing it through plugins: there, the whole stylesheet.
      if (serving)
        return /[\\/]src[\\/]main\.tsx$/.test(id) ? `${code}\nimport '@mantine/core/styles.layer.css';\n` : null;
      const name = classesModule.exec(id)?.[1];
      if (!name) return null;
      return { code: `${code}\nimport '@mantine/core/styles/${name}.layer.css';\n`, map: null };
    },
  };
}

const apiTarget = process.env.LENTERA_API ?? 'http://localhost:3000';
const proxied = ['/api', '/open311', '/dev', '/healthz'];

export default defineConfig({
  plugins: [react(), mantineComponentStyles()],
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
            // Everything else the entry needs before the first page shows, in one chunk rather than dozens of
            // small ones (each a round trip on a slow connection).
            { name: 'app', tags: ['$initial'], priority: 5 },
          ],
        },
      },
    },
  },
});
