/** The browser's sound for the board and the phone page: a chime (Web Audio), speech, vibration. */

type AudioContextClass = typeof AudioContext;

let context: AudioContext | null = null;

function audioContext(): AudioContext | null {
  if (context) return context;
  const Ctor: AudioContextClass | undefined =
    typeof window === 'undefined'
      ? undefined
      : (window.AudioContext ?? (window as unknown as { webkitAudioContext?: AudioContextClass }).webkitAudioContext);
  if (!Ctor) return null;
  context = new Ctor();
  return context;
}

/**
 * Called from a tap: browsers let a page make sound only after one. Resumes the audio and wakes speech (an empty
 * sentence), so that later calls are heard.
 */
export function unlockSound(): void {
  void audioContext()
    ?.resume()
    .catch(() => undefined);
  if (typeof window !== 'undefined' && 'speechSynthesis' in window) {
    const wake = new SpeechSynthesisUtterance('');
    wake.volume = 0;
    window.speechSynthesis.speak(wake);
  }
}

/** Two soft tones, "ding-dong"; `done` when they are over (at once when the browser has no audio). */
export function playChime(done: () => void = () => undefined): void {
  const ctx = audioContext();
  if (ctx?.state !== 'running') {
    done();
    return;
  }
  const running = ctx as AudioContext;
  const tone = (frequency: number, start: number, length: number) => {
    const oscillator = running.createOscillator();
    const gain = running.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, running.currentTime + start);
    gain.gain.exponentialRampToValueAtTime(0.35, running.currentTime + start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, running.currentTime + start + length);
    oscillator.connect(gain).connect(running.destination);
    oscillator.start(running.currentTime + start);
    oscillator.stop(running.currentTime + start + length + 0.05);
  };
  tone(880, 0, 0.45);
  tone(660, 0.4, 0.6);
  setTimeout(done, 1100);
}

function indonesianVoice(): SpeechSynthesisVoice | undefined {
  const voices = window.speechSynthesis.getVoices();
  return voices.find((v) => v.lang === 'id-ID') ?? voices.find((v) => v.lang.toLowerCase().startsWith('id'));
}

/** Says `text` in Bahasa Indonesia (an id-ID voice where the device has one); `done` when it is said or failed. */
export function speakIndonesian(text: string, done: () => void = () => undefined): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) {
    done();
    return;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = 'id-ID';
  const voice = indonesianVoice();
  if (voice) utterance.voice = voice;
  utterance.rate = 0.9;
  utterance.onend = () => done();
  utterance.onerror = () => done();
  window.speechSynthesis.speak(utterance);
}

/** A chime and, on phones that allow it, a vibration: the visitor's turn. */
export function alertTurn(): void {
  playChime();
  try {
    navigator.vibrate?.([300, 150, 300, 150, 300]);
  } catch {
    // Some browsers refuse vibration without a recent tap; the chime and the alert on screen remain.
  }
}
