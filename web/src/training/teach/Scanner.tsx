import { Alert, Button, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A code read again within this time is the same person still in front of the camera, not a new scan. */
const REPEAT_MS = 4000;
/** How often a frame is decoded: often enough to feel instant, rarely enough for an old phone. */
const FRAME_MS = 200;

/**
 * The phone's rear camera decoding QR codes: frames from getUserMedia drawn into a canvas and read by jsQR (loaded
 * with the camera, so no other page carries it). Each new code goes to `onCode`; the camera stops when the scanner
 * closes or the page is left.
 */
export function Scanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [active, setActive] = useState(false);
  const [streaming, setStreaming] = useState(false);
  const [problem, setProblem] = useState<'denied' | 'unavailable' | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const last = { code: '', at: 0 };
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    void (async () => {
      try {
        const [{ default: jsQR }, media] = await Promise.all([
          import('jsqr'),
          navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false }),
        ]);
        stream = media;
        if (stopped || !video.current) {
          for (const track of media.getTracks()) track.stop();
          return;
        }
        video.current.srcObject = media;
        await video.current.play();
        setStreaming(true);
        const tick = () => {
          const element = video.current;
          if (stopped || !element || !context) return;
          if (element.readyState >= element.HAVE_CURRENT_DATA && element.videoWidth > 0) {
            // Decode a frame no wider than 640 px: enough for a code held up to the phone, far less work.
            const scale = Math.min(1, 640 / element.videoWidth);
            canvas.width = Math.round(element.videoWidth * scale);
            canvas.height = Math.round(element.videoHeight * scale);
            context.drawImage(element, 0, 0, canvas.width, canvas.height);
            const frame = context.getImageData(0, 0, canvas.width, canvas.height);
            const found = jsQR(frame.data, frame.width, frame.height, { inversionAttempts: 'dontInvert' });
            const now = Date.now();
            if (found?.data && (found.data !== last.code || now - last.at > REPEAT_MS)) {
              last.code = found.data;
              last.at = now;
              onCodeRef.current(found.data);
            }
          }
          timer = window.setTimeout(tick, FRAME_MS);
        };
        tick();
      } catch (error) {
        if (stopped) return;
        setProblem(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable');
        setActive(false);
      }
    })();
    return () => {
      stopped = true;
      if (timer !== undefined) window.clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
      setStreaming(false);
    };
  }, [active]);

  const cameraPossible = typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
  return (
    <Stack gap="xs">
      {active ? (
        <video
          ref={video}
          muted
          playsInline
          aria-label={t('training.event.cameraView')}
          style={{ width: '100%', maxWidth: 420, borderRadius: 8, background: '#000' }}
        />
      ) : null}
      {streaming ? (
        <Text size="sm" aria-live="polite">
          {t('training.event.cameraHint')}
        </Text>
      ) : null}
      {problem || !cameraPossible ? (
        <Alert color="yellow" variant="light" role="status">
          {t(problem === 'denied' ? 'training.event.cameraDenied' : 'training.event.cameraUnavailable')}
        </Alert>
      ) : null}
      {cameraPossible ? (
        <Button
          variant={active ? 'default' : 'filled'}
          onClick={() => {
            setProblem(null);
            setActive(!active);
          }}
          style={{ alignSelf: 'flex-start' }}
        >
          {t(active ? 'training.event.cameraStop' : 'training.event.cameraStart')}
        </Button>
      ) : null}
    </Stack>
  );
}
