import { useEffect, useId, useState } from 'react';
import type { ProcessDefinition } from '../../engine/index';
import { useServices } from '../../kit/services';
import type { EditCommand } from '../commands/EditCommand';

/**
 * The introduction of the process's public web form, in the förvaltning's own words (e.g. how soon it answers). Shown only
 * for a process that has a public form; emptied, the product's own text comes back.
 */
export function PublicIntroSection({
  definition,
  dispatch,
}: {
  definition: ProcessDefinition;
  dispatch(cmds: readonly EditCommand[]): string | undefined;
}) {
  const uid = useId();
  const { backend } = useServices();
  const own = backend.registry.catalog.packs.packOf(definition.processType)?.publicIntake?.intro;
  const current = definition.publicIntro ?? own ?? '';
  const [text, setText] = useState(current);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  useEffect(() => setText(current), [current]);
  if (own === undefined) return null;

  const save = () => {
    const next = text.trim() === own ? undefined : text;
    const refused = dispatch([{ type: 'setPublicIntro', text: next }]);
    setMessage(refused ? { ok: false, text: refused } : { ok: true, text: 'Texten på webbformuläret är ändrad i utkastet.' });
  };
  return (
    <section aria-labelledby={`${uid}-h`} className="public-intro">
      <h2 id={`${uid}-h`}>Texten på det allmänna webbformuläret</h2>
      <p className="hint">Visas överst på formuläret som alla kan fylla i utan konto. Töm rutan för att få tillbaka produktens text.</p>
      <p>
        <label htmlFor={`${uid}-text`}>Inledande text</label>
        <textarea id={`${uid}-text`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
      </p>
      <button type="button" onClick={save}>
        Spara texten
      </button>
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'success' : 'rejection'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
