import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAjvValidator } from './adapters/ajv/createAjvValidator';
import { bundledCatalog, shippedDefinitions } from './adapters/catalog/bundledCatalog';
import { dexieDrafts } from './adapters/dexie/DexieDrafts';
import { DexieEventStore } from './adapters/dexie/DexieEventStore';
import { dexieVerifiedCache } from './adapters/dexie/dexieVerifiedCache';
import { announcingStore } from './adapters/system/announcingStore';
import { createChangeChannel } from './adapters/system/changeChannel';
import { randomIds } from './adapters/system/ids';
import { nobleHasher } from './adapters/system/nobleHasher';
import { systemClock } from './adapters/system/systemClock';
import { DEMO_ORG, DEMO_USERS } from './demo/demoOrganisation';
import { createEngine } from './engine/index';
import { App } from './ui/app/App';
import { FirstStart } from './ui/app/FirstStart';
import { ServicesContext } from './ui/app/services';
import type { Services } from './ui/app/services';
import './ui/styles.css';

// Composition root: the only place that wires real adapters to the engine.
async function start(root: HTMLElement) {
  const catalog = bundledCatalog();
  const validator = createAjvValidator();
  const store = new DexieEventStore(new URLSearchParams(location.search).get('db') ?? 'kvalitetsflode');
  const changes = createChangeChannel();
  const drafts = dexieDrafts(store.db, systemClock.now);
  store.onVersionChange(async () => {
    await drafts.flushAll(); // half-typed input is written before the database closes for the upgrade
    root.innerHTML =
      '<main class="reload-notice"><h1>Kvalitetsflöde har uppdaterats</h1><p>En annan flik har uppdaterat databasen. Ladda om sidan för att fortsätta. Inget av det du sparat har gått förlorat.</p><button onclick="location.reload()">Ladda om</button></main>';
  });
  store.onBlocked(() => {
    root.innerHTML =
      '<main class="reload-notice"><h1>Stäng andra flikar med Kvalitetsflöde</h1><p>Databasen behöver uppdateras, men en annan flik använder den äldre versionen. Stäng den andra fliken så fortsätter uppdateringen här.</p></main>';
  });

  const verifiedCache = await dexieVerifiedCache(store.db);
  const engineDeps = { store: announcingStore(store, changes.announce), clock: systemClock, ids: randomIds, hasher: nobleHasher, validator, catalog, org: DEMO_ORG, verifiedCache };
  const engine = createEngine(engineDeps);
  const results = await engine.loadDefinitions(shippedDefinitions());
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`Processdefinitioner godtogs inte: ${JSON.stringify(failed)}`);

  const services: Services = {
    engine,
    org: DEMO_ORG,
    users: DEMO_USERS,
    // The registry's catalogue grows as versions with their own forms are published.
    catalog: engine.registry.catalog,
    now: () => systemClock.now(),
    subscribe: (cb) => changes.subscribe(cb),
    drafts,
    storage: {
      persisted: async () => (await navigator.storage?.persisted?.()) ?? false,
      requestPersistence: async () => (await navigator.storage?.persist?.()) ?? false,
      exportBackup: () => engine.exportBackup(),
      importBackup: (file, onProgress) =>
        engine.importBackup(file, async (done, total) => {
          onProgress?.(done, total);
          await new Promise((r) => setTimeout(r, 0));
        }),
    },
  };
  // Ask once for persistent storage: case records must not be evicted (losing them is itself a lex Sarah matter).
  void services.storage.requestPersistence();

  const reactRoot = createRoot(root);
  const showApp = () =>
    reactRoot.render(
      <StrictMode>
        <ServicesContext.Provider value={services}>
          <App />
        </ServicesContext.Provider>
      </StrictMode>,
    );
  // Only definitions, no ärenden yet: offer demo data or a restore, never both mixed.
  if ((await store.summaries({ limit: 1 })).length > 0) return showApp();
  reactRoot.render(
    <StrictMode>
      <FirstStart
        onDemo={async () => {
          const [{ seedDemo }, { withExamples }] = await Promise.all([import('./demo/seedDemo'), import('./adapters/catalog/withExamples')]);
          await seedDemo({ ...engineDeps, catalog: withExamples(catalog), now: systemClock.now() }, shippedDefinitions());
          engine.invalidate();
          showApp();
        }}
        onRestore={async (file) => {
          const r = await services.storage.importBackup(file);
          if (!r.ok) return r;
          showApp();
          return { ok: true };
        }}
      />
    </StrictMode>,
  );
}

const root = document.getElementById('root')!;
start(root).catch((e: Error) => {
  root.innerHTML = `<main><h1>Kvalitetsflöde kunde inte starta</h1><p role="alert"></p></main>`;
  root.querySelector('p')!.textContent = e.message;
});
