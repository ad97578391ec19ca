import { describe, expect, it } from 'vitest';
import { linkTarget } from './link-target';

describe('where a link code is sent', () => {
  it.each([
    [
      'whatsapp',
      { whatsappNumber: '628117000123', telegramBot: null },
      { url: 'https://wa.me/628117000123?text=LNT-123456', to: '+628117000123' },
    ],
    ['whatsapp', { whatsappNumber: null, telegramBot: null }, { url: null, to: null }],
    [
      'telegram',
      { whatsappNumber: null, telegramBot: '@LenteraDumaiBot' },
      { url: 'https://t.me/LenteraDumaiBot?start=LNT-123456', to: 'LenteraDumaiBot' },
    ],
    ['telegram', { whatsappNumber: null, telegramBot: null }, { url: null, to: null }],
    ['telegram', { whatsappNumber: null, telegramBot: 'bad bot"><script>' }, { url: null, to: null }],
    ['messenger', { whatsappNumber: '628117000123', telegramBot: 'x_bot' }, { url: null, to: null }],
    ['instagram', { whatsappNumber: null, telegramBot: null }, { url: null, to: null }],
  ] as const)('%s with %o', (channel, prefs, expected) => {
    expect(linkTarget(channel, 'LNT-123456', prefs)).toEqual({ channel, ...expected });
  });
});
