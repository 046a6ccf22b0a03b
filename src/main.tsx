import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createAjvValidator } from './adapters/ajv/createAjvValidator';
import { bundledCatalog, shippedDefinitions } from './adapters/catalog/bundledCatalog';
import { buildStateGraph, verifyDefinition } from './engine/index';
import { ProcessOverview } from './ui/app/ProcessOverview';

// Composition root: the only place that wires real adapters to the engine.
const catalog = bundledCatalog();
const validator = createAjvValidator();
const processes = shippedDefinitions().map((definition) => {
  const graph = buildStateGraph(definition.machine);
  const steps = graph.order
    .map((p) => graph.nodes.get(p)!)
    .filter((n) => n.meta?.form)
    .map((n) => ({ title: n.meta!.title, role: n.meta!.role, mandated: n.meta!.mandatedStep === true }));
  return { definition, verdict: verifyDefinition(definition, { catalog, validator }), steps };
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ProcessOverview processes={processes} />
  </StrictMode>,
);
