import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoadFiles, htmlRoots, keyOfSource, type Manifest, portalFirstLoad, servedSize } from './web-budget';

/** A small build: the entry imports React and a shared chunk; the portal home and a staff page are lazy. */
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_react-b2.js', '_shared-c3.js'],
    dynamicImports: ['src/portal/home/PortalHomePage.tsx', 'src/admin/AuditPage.tsx'],
    css: ['assets/index-a1.css'],
  },
  '_react-b2.js': { file: 'assets/react-b2.js' },
  '_shared-c3.js': { file: 'assets/shared-c3.js', imports: ['_react-b2.js'], css: ['assets/shared-c3.css'] },
  'src/portal/home/PortalHomePage.tsx': {
    file: 'assets/PortalHomePage-d4.js',
    src: 'src/portal/home/PortalHomePage.tsx',
    isDynamicEntry: true,
    imports: ['_shared-c3.js', '_Card-e5.js'],
    dynamicImports: ['src/portal/home/Map.tsx'],
  },
  '_Card-e5.js': { file: 'assets/Card-e5.js', css: ['assets/Card-e5.css'] },
  'src/portal/home/Map.tsx': { file: 'assets/Map-f6.js', isDynamicEntry: true },
  'src/admin/AuditPage.tsx': { file: 'assets/AuditPage-g7.js', isDynamicEntry: true, imports: ['_dates-h8.js'] },
  '_dates-h8.js': { file: 'assets/dates-h8.js', css: ['assets/dates-h8.css'] },
};

describe('the first-load walk over the build manifest', () => {
  it('takes the entry, its static imports, the route chunk and its static imports with their CSS, once each', () => {
    const home = keyOfSource(manifest, /src\/portal\/home\/PortalHomePage\.tsx$/);
    expect(firstLoadFiles(manifest, ['index.html'], [home])).toEqual([
      'assets/index-a1.js',
      'assets/index-a1.css',
      'assets/react-b2.js',
      'assets/shared-c3.js',
      'assets/shared-c3.css',
      'assets/PortalHomePage-d4.js',
      'assets/Card-e5.js',
      'assets/Card-e5.css',
    ]);
  });

  it('leaves out lazily loaded chunks: other routes and what the route itself loads later', () => {
    const files = firstLoadFiles(manifest, ['index.html'], ['src/portal/home/PortalHomePage.tsx']);
    expect(files).not.toContain('assets/AuditPage-g7.js');
    expect(files).not.toContain('assets/dates-h8.js');
    expect(files).not.toContain('assets/Map-f6.js');
  });

  it('says which import is missing from the manifest instead of counting less', () => {
    const broken: Manifest = { ...manifest, '_shared-c3.js': { file: 'assets/shared-c3.js', imports: ['_gone.js'] } };
    expect(() => firstLoadFiles(broken, ['index.html'], [])).toThrow('"_gone.js" (imported by _shared-c3.js)');
  });

  it('starts from what index.html names: module scripts, module preloads and stylesheets, not icons', () => {
    const html = `<link rel="icon" href="/favicon.svg" /><link rel="manifest" href="/manifest.webmanifest" />
      <script type="module" crossorigin src="/assets/react-b2.js"></script>
      <script type="module" crossorigin src="/assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/shared-c3.js">
      <link rel="stylesheet" crossorigin href="/assets/extra.css">`;
    expect(htmlRoots(manifest, html)).toEqual({
      keys: ['_react-b2.js', 'index.html', '_shared-c3.js'],
      files: ['assets/extra.css'],
    });
    expect(() => htmlRoots(manifest, '<script type="module" src="/assets/stale-z9.js"></script>')).toThrow(
      'index.html names assets/stale-z9.js',
    );
  });

  it('finds the route chunk by its source and refuses an ambiguous or absent one', () => {
    expect(keyOfSource(manifest, /PortalHomePage\.tsx$/)).toBe('src/portal/home/PortalHomePage.tsx');
    expect(() => keyOfSource(manifest, /NoSuchPage\.tsx$/)).toThrow('found 0');
    expect(() => keyOfSource(manifest, /\.tsx$/)).toThrow('found 3');
  });
});

describe('the sizes the server sends', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  const write = (file: string, bytes: number) => {
    mkdirSync(join(dist, file, '..'), { recursive: true });
    writeFileSync(join(dist, file), 'x'.repeat(bytes));
  };

  it('counts the precompressed sibling when there is one, else the file itself', () => {
    dist = mkdtempSync(join(tmpdir(), 'lentera-budget-'));
    write('assets/big.js', 5000);
    write('assets/big.js.br', 1200);
    write('assets/big.js.gz', 1400);
    write('assets/small.js', 300); // a file the build did not compress (an image, say)
    expect(servedSize(dist, 'assets/big.js')).toEqual({ file: 'assets/big.js', raw: 5000, br: 1200, gzip: 1400 });
    expect(servedSize(dist, 'assets/small.js')).toEqual({ file: 'assets/small.js', raw: 300, br: 300, gzip: 300 });
  });

  it('sums a whole build: index.html and every file of the walk', () => {
    dist = mkdtempSync(join(tmpdir(), 'lentera-budget-'));
    write('.vite/manifest.json', 0);
    writeFileSync(join(dist, '.vite/manifest.json'), JSON.stringify(manifest));
    writeFileSync(join(dist, 'index.html'), '<script type="module" src="/assets/index-a1.js"></script>'.padEnd(900));
    for (const [i, chunk] of Object.values(manifest).entries()) {
      write(chunk.file, 2000 + i);
      write(`${chunk.file}.br`, 100 + i);
      write(`${chunk.file}.gz`, 150 + i);
      for (const css of chunk.css ?? []) write(css, 500);
    }
    const budget = portalFirstLoad(dist);
    expect(budget.files.map((f) => f.file)).toEqual([
      'index.html',
      'assets/index-a1.js',
      'assets/index-a1.css',
      'assets/react-b2.js',
      'assets/shared-c3.js',
      'assets/shared-c3.css',
      'assets/PortalHomePage-d4.js',
      'assets/Card-e5.js',
      'assets/Card-e5.css',
    ]);
    // index.html 900 raw; JS chunks 0,1,2,3,4 of the manifest: br 100+i; three CSS files of 500 uncompressed.
    expect(budget.br).toBe(900 + (100 + 101 + 102 + 103 + 104) + 3 * 500);
    expect(budget.gzip).toBe(900 + (150 + 151 + 152 + 153 + 154) + 3 * 500);
  });

  it('refuses a build without a manifest', () => {
    dist = mkdtempSync(join(tmpdir(), 'lentera-budget-'));
    expect(() => portalFirstLoad(dist)).toThrow('manifest.json is missing');
  });
});
