import { useEffect, useState } from 'react';

interface QrProps {
  text: string;
  /** Spoken name of the image (what scanning it opens). */
  label: string;
  size?: number;
  onReady?: () => void;
}

/** A QR code drawn as SVG; the encoder loads with the first one shown (kept out of every other page). */
export function Qr({ text, label, size = 180, onReady }: QrProps) {
  const [modules, setModules] = useState<boolean[][] | null>(null);
  useEffect(() => {
    let live = true;
    void import('uqr').then(({ encode }) => {
      if (live) setModules(encode(text, { ecc: 'M', border: 2 }).data);
    });
    return () => {
      live = false;
    };
  }, [text]);
  useEffect(() => {
    if (modules) onReady?.();
  }, [modules, onReady]);
  if (!modules) return <div style={{ width: size, height: size }} aria-hidden="true" />;
  const n = modules.length;
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
      viewBox={`0 0 ${n} ${n}`}
      width={size}
      height={size}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block' }}
    >
      <path d={path} fill="#000" />
    </svg>
  );
}
