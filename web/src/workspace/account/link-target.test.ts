import { describe, expect, it } from 'vitest';
import { linkTarget, usableChannel } from './link-target';

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

describe('the channel saved with the switch', () => {
  const contact = (optedOut: boolean) => ({ channel: 'telegram' as const, address: '…4821', linkedAt: '', optedOut });
  it.each([
    ['email', [], 'email'],
    ['telegram', [contact(false)], 'telegram'],
    ['telegram', [contact(true)], 'email'],
    ['whatsapp', [contact(false)], 'email'],
  ] as const)('%s with %o is %s', (channel, contacts, expected) => {
    expect(usableChannel({ channel, contacts: [...contacts] })).toBe(expected);
  });
});
