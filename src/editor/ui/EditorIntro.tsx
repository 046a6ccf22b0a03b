import type { ProcessDefinition } from '../../engine/index';
import { href } from '../../kit/router';
import { ConfirmButton } from './ConfirmButton';

/** The editor's heading: which version the draft leads to, and a restored draft with the way back to the published one. */
export function EditorIntro({
  id,
  latest,
  restored,
  onRestart,
}: {
  id: string;
  latest: ProcessDefinition;
  restored: boolean;
  onRestart(): void;
}) {
  return (
    <>
      <h1>Redigera {latest.title}</h1>
      <p className="hint">
        Utkast till version {latest.version + 1}, utgår från version {latest.version}.{' '}
        <a href={href({ page: 'processer', id, vy: 'versioner' })}>Versioner och flytt av ärenden</a>
      </p>
      {restored && (
        <p className="notice">
          Ett sparat utkast öppnades.{' '}
          <ConfirmButton
            className="link-button"
            label={`Börja om från version ${latest.version}`}
            question={`Kasta utkastet och börja om från version ${latest.version}? Ändringarna i utkastet går inte att få tillbaka.`}
            confirm="Ja, kasta utkastet"
            onConfirm={onRestart}
          />
        </p>
      )}
    </>
  );
}
