import { describe, expect, it } from 'vitest';
import { demoExposureProblem, isLoopback, readConfig } from './config';

/** Demo mode lets anyone who reaches the server pick the demo administratör: on its own only on loopback (issue 22). */
describe('demo mode and the address the server listens on', () => {
  it('starts as today on this machine: the default host, localhost and other loopback addresses', () => {
    expect(readConfig({}).demo).toBe(true);
    for (const host of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.0.0.2', '::ffff:127.0.0.1'])
      expect([host, isLoopback(host), readConfig({ HOST: host }).demo]).toEqual([host, true, true]);
  });

  it('refuses to start on a non-loopback address unless KF_DEMO=1 is set, saying why and how in Swedish', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'kvalitet.kommun.se', '10.127.0.1']) {
      expect(isLoopback(host)).toBe(false);
      expect(() => readConfig({ HOST: host })).toThrow(/^Demoläget startar inte på adressen/);
      expect(() => readConfig({ HOST: host, KF_DEMO: 'ja' })).toThrow(/KF_DEMO=1/);
      expect(readConfig({ HOST: host, KF_DEMO: '1' }).demo).toBe(true);
      expect(readConfig({ HOST: host, KF_DEMO: '0' }).demo).toBe(false);
    }
    expect(demoExposureProblem({}, '0.0.0.0', true)).toBe(
      'Demoläget startar inte på adressen 0.0.0.0: där kan vem som helst som når servern logga in som vilken demoperson som ' +
        'helst, också administratören. Lyssna på 127.0.0.1 (HOST=127.0.0.1), sätt KF_DEMO=0 för en riktig installation, eller ' +
        'KF_DEMO=1 om demon verkligen ska nås från andra datorer.',
    );
  });

  it('leaves a real installation alone: with a database URL the demo is off unless asked for', () => {
    expect(readConfig({ HOST: '0.0.0.0', DATABASE_URL: 'postgres://db/kf' }).demo).toBe(false);
  });
});
