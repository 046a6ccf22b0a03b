import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { deferredValidator } from './adapters/ajv/deferredValidator';
import { bundledCatalog } from './adapters/catalog/bundledCatalog';
import { dexieDrafts } from './adapters/dexie/DexieDrafts';
import type { KvalitetsDb } from './adapters/dexie/KvalitetsDb';
import { createHttpBackend } from './adapters/http/HttpBackend';
import { systemClock } from './adapters/system/systemClock';
import { App } from './shell/App';
import { BaseServicesContext } from './kit/services';
import type { BaseServices } from './kit/services';
import './shell/styles.css';
import { REGISTRY } from './processes/packs';
import { packUiLoaders } from './kit/usePackUi';
import type { PackUi } from './kit/PackUi';

// Each pack's React part sits beside it as <type>/ui.tsx: found by its place, so no second list names them,
// and loaded only when an ärende of that process needs it.
const PACK_UI = packUiLoaders(import.meta.glob<{ ui: PackUi }>('./processes/*/ui.tsx'));

/** The browser's database (tests give each run its own with `?db=`). */
const dbName = () => new URLSearchParams(location.search).get('db') ?? 'kvalitetsflode';

/** A notice that replaces the app, built without inline handlers (the CSP allows no inline script). */
function notice(root: HTMLElement, title: string, text: string, reload: boolean): void {
  const main = document.createElement('main');
  main.className = 'reload-notice';
  const h1 = document.createElement('h1');
  h1.textContent = title;
  const p = document.createElement('p');
  p.textContent = text;
  main.append(h1, p);
  if (reload) {
    const button = document.createElement('button');
    button.textContent = 'Ladda om';
    button.addEventListener('click', () => location.reload());
    main.append(button);
  }
  root.replaceChildren(main);
}

/** Half-typed input is written before the database closes for another tab's upgrade; a blocked upgrade is explained. */
function watchUpgrades(db: KvalitetsDb, root: HTMLElement, flushAll: () => Promise<void>): KvalitetsDb {
  db.on('versionchange', () => {
    void flushAll().finally(() => {
      db.close();
      notice(
        root,
        'Kvalitetsflöde har uppdaterats',
        'En annan flik har uppdaterat webbläsarens databas. Ladda om sidan för att fortsätta. Inget av det du sparat har gått förlorat.',
        true,
      );
    });
    return false;
  });
  db.on('blocked', () =>
    notice(
      root,
      'Stäng andra flikar med Kvalitetsflöde',
      'Webbläsarens databas behöver uppdateras, men en annan flik använder den äldre versionen. Stäng den andra fliken så ' +
        'fortsätter uppdateringen här.',
      false,
    ),
  );
  return db;
}

// Composition root: the only place that wires real adapters to the UI. The server is the record;
// IndexedDB keeps drafts, the outbox and cached first pages.
function start(root: HTMLElement) {
  // What the first rows do not need (Ajv, Dexie, the forms, the verifier) loads after them: when a page asks for it,
  // or once the first screen is up.
  let begin!: () => void;
  const begun = new Promise<void>((resolve) => (begin = resolve));
  const validator = deferredValidator(async () => {
    await begun;
    return (await import('./adapters/ajv/createAjvValidator')).createAjvValidator();
  });
  let opened: Promise<KvalitetsDb> | undefined;
  const db = () =>
    (opened ??= begun
      .then(() => import('./adapters/dexie/KvalitetsDb'))
      .then((m) => watchUpgrades(new m.KvalitetsDb(dbName()), root, () => drafts.flushAll())));
  const backend = createHttpBackend(bundledCatalog(REGISTRY), validator, db, systemClock.now);
  const formsLoaded = begun.then(() => import('./adapters/catalog/bundledForms')).then((m) => backend.registry.addForms(m.bundledForms()));
  let readied: Promise<void> | undefined;
  const ready = () => (readied ??= (begin(), Promise.all([validator.load(), formsLoaded, backend.loadVerifier()]).then(() => undefined)));
  const drafts = dexieDrafts(db, systemClock.now, () => backend.signedInUserId);
  const services: BaseServices = {
    packs: REGISTRY,
    packUi: PACK_UI,
    backend,
    now: () => systemClock.now(),
    ready,
    formsLoaded,
    drafts,
  };
  createRoot(root).render(
    <StrictMode>
      <BaseServicesContext.Provider value={services}>
        <App />
      </BaseServicesContext.Provider>
    </StrictMode>,
  );
  // The first screen has had its moment: the rest loads while the person reads it.
  setTimeout(() => void ready(), 1500);
}

// The entry is an async script: it may run before the parser has reached the root element.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => start(document.getElementById('root')!));
else start(document.getElementById('root')!);
