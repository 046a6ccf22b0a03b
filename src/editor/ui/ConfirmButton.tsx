import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The button's text, e.g. "Ta bort steget". */
  label: string;
  /** What is about to happen, asked before it does: "Ta bort steget "Bedömning" ur utkastet?". */
  question: string;
  /** The confirming button's text, e.g. "Ja, ta bort". */
  confirm: string;
  className?: string;
  onConfirm(): void;
}

/** A destructive action asked once more in the page itself (focus moves to the answer), never at the first click. */
export function ConfirmButton({ label, question, confirm, className, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking)
    return (
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span className="confirm" role="group" aria-label={question}>
      <span>{question}</span>{' '}
      <button
        ref={yes}
        type="button"
        className={className}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Avbryt
      </button>
    </span>
  );
}
