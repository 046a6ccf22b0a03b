import { href } from '../../kit/router';
import { useServices } from '../../kit/services';
import { useLoad } from '../../kit/useLoad';
import { usePackUi } from '../../kit/usePackUi';
import { NotReadable } from './NotReadable';

/** Printable documents (print CSS, then the browser's "Spara som PDF"): the shell; each process's pack renders its own. */
export function PrintView({ id, dokument }: { id: string; dokument: string }) {
  const { backend } = useServices();
  const { data, error, reload } = useLoad(() => {
    // The server logs a print only by a document's title; an unknown document is an opening (the page says it is unknown).
    const title = backend.registry.catalog.packs.printDocuments.get(dokument)?.title;
    return backend.arende(id, title ? { utskrift: title } : {});
  }, [backend, id, dokument]);
  const packUi = usePackUi(data?.state.open.processType);
  if (error) return <p role="alert">Dokumentet kunde inte skapas: {error.message}</p>;
  if (data === undefined) return <p aria-live="polite">Läser in …</p>;
  if (data === null) return <NotReadable id={id} onGranted={reload} />;
  const { state } = data;
  const back = (
    <p className="no-print">
      <a href={href({ page: 'arende', id })}>Tillbaka till ärendet</a> ·{' '}
      <button type="button" onClick={() => window.print()}>
        Skriv ut eller spara som PDF
      </button>
    </p>
  );

  const Document = packUi?.documents?.[dokument];
  if (packUi === undefined) return <p aria-live="polite">Läser in …</p>;
  if (!Document) return <p role="alert">Okänt dokument.</p>;
  return <Document id={id} state={state} summary={data.summary} back={back} />;
}
