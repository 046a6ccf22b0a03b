import { arendeNumber } from '../../kit/labels';
import { href } from '../../kit/router';

/** What was saved; `linked`: the ärende the step opened in the same commit (lex Sarah, an egenkontroll's next occasion). */
export interface Notice {
  text: string;
  linked?: { id: string; title: string };
}

/** The polite announcement of a save, with a link on to the ärende it opened. */
export function CaseNotice({ notice }: { notice: Notice | undefined }) {
  return (
    <div aria-live="polite" className="notice-area">
      {notice && (
        <p className="success">
          {notice.text}
          {notice.linked && (
            <>
              {' '}
              Ett nytt ärende öppnades:{' '}
              <a href={href({ page: 'arende', id: notice.linked.id })}>
                {notice.linked.title} (ärende {arendeNumber(notice.linked.id)})
              </a>
              .
            </>
          )}
        </p>
      )}
    </div>
  );
}
