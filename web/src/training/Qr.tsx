import { useEffect, useState } from 'react';

/**
 * A QR code drawn as SVG with `uqr` (the encoder the queue's tickets use, loaded with the first code shown). Kept
 * in this module rather than imported from the queue's folder: modules meet only through `ui/`.
 */
export function Qr({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const [modules, setModules] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ encode }) => {
      if (live) setModules(encode(text, { ecc: 'M', border: 3 }).data);
    });
    return () => {
      live = false;
    };
  }, [text]);
  if (!modules) return <div style={{ width: size, height: size }} aria-hidden="true" />;
  let path = '';
  modules.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${modules.length} ${modules.length}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block', maxWidth: '100%', height: 'auto' }}
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
