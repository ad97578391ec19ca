import './queue.css';
import { type ReactNode, useEffect } from 'react';

interface FullScreenProps {
  /** The document's title (the kiosk's or board's name). */
  title: string;
  dark?: boolean;
  children: ReactNode;
}

/** The kiosk's and the board's frame: the whole screen, the portal's header and footer hidden while it shows. */
export function FullScreen({ title, dark, children }: FullScreenProps) {
  useEffect(() => {
    document.body.classList.add('queue-full');
    return () => document.body.classList.remove('queue-full');
  }, []);
  return (
    <div className="queue-full-screen" data-dark={dark || undefined}>
      <title>{title}</title>
      {children}
    </div>
  );
}
