#!/usr/bin/env node
// Brings up what `npm test` needs on a fresh Debian machine, saying in Swedish what it does: Chromium for the browser
// tests, and a PostgreSQL server on 127.0.0.1:5432 that trusts the user postgres (or KF_TEST_DATABASE_URL, untouched).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const say = (text) => console.log(`[förberedelse] ${text}`);
const run = (cmd) => execSync(cmd, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
const ok = (cmd) => {
  try {
    execSync(cmd, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const isRoot = process.getuid?.() === 0;
let aptUpdated = false;

function aptInstall(pkg, why) {
  if (!isRoot || !ok('command -v apt-get')) {
    console.error(
      `[förberedelse] ${why} saknas och kan inte installeras här (kräver root och apt-get). Installera med: apt-get install -y ${pkg}`,
    );
    process.exit(1);
  }
  say(`Installerar ${pkg} (Debian-paketet) för ${why}…`);
  if (!aptUpdated) run('apt-get update -qq');
  aptUpdated = true;
  run(`apt-get install -y -qq ${pkg}`);
}

function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return;
  aptInstall('chromium', 'webbläsartesterna');
}

const pgAnswers = () => ok('pg_isready -q -h 127.0.0.1 -p 5432');
const pgTrusts = () => ok("PGCONNECT_TIMEOUT=5 psql -h 127.0.0.1 -p 5432 -U postgres -d postgres -w -Atqc 'select 1'");

function ensurePostgres() {
  if (process.env.KF_TEST_DATABASE_URL) return say('Testerna använder PostgreSQL på KF_TEST_DATABASE_URL.');
  if (!ok('command -v pg_ctlcluster')) aptInstall('postgresql', 'databastesterna');
  if (!pgAnswers()) {
    const version = readdirSync('/etc/postgresql').sort()[0];
    say(`Startar PostgreSQL ${version} på 127.0.0.1:5432…`);
    ok(`pg_ctlcluster --skip-systemctl-redirect ${version} main start`);
    for (let i = 0; i < 60 && !pgAnswers(); i++) execFileSync('sleep', ['0.5']);
    if (!pgAnswers()) {
      console.error('[förberedelse] PostgreSQL svarar inte på 127.0.0.1:5432.');
      process.exit(1);
    }
  }
  if (!pgTrusts()) {
    const hba = join('/etc/postgresql', readdirSync('/etc/postgresql').sort()[0], 'main', 'pg_hba.conf');
    if (!isRoot) {
      console.error(
        `[förberedelse] PostgreSQL släpper inte in användaren postgres från 127.0.0.1 utan lösenord. Lägg till "host all all ` +
          `127.0.0.1/32 trust" först i ${hba}.`,
      );
      process.exit(1);
    }
    say(`Låter testerna ansluta som postgres från 127.0.0.1 (trust i ${hba})…`);
    writeFileSync(hba, `host all all 127.0.0.1/32 trust\n${readFileSync(hba, 'utf8')}`);
    ok(`pg_ctlcluster --skip-systemctl-redirect ${hba.split('/')[3]} main reload`);
    if (!pgTrusts()) {
      console.error('[förberedelse] Det gick inte att ansluta till PostgreSQL som postgres.');
      process.exit(1);
    }
  }
}

ensureChromium();
ensurePostgres();
say('Chromium och PostgreSQL finns; testerna kan köra.');
