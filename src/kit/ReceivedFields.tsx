import { Fragment } from 'react';
import type { FormSpec, Organisation, ReceivedRecord } from '../engine/index';
import { formatDateTime } from './format';
import { enhetName } from './labels';
import { Field } from './printParts';

type Property = { title?: string; oneOf?: { const?: unknown; title?: string }[] };

/** A field's answer as the form words it (the choice's title), else the value itself. */
function answer(property: Property | undefined, value: unknown): unknown {
  return property?.oneOf?.find((c) => c.const === value)?.title ?? value;
}

/** The form's questions in its own order, then anything else that was sent. */
function keysOf(form: FormSpec | undefined, data: Record<string, unknown>): string[] {
  const order = ((form?.ui as { 'ui:order'?: unknown } | undefined)?.['ui:order'] as string[] | undefined) ?? [];
  return [...order.filter((k) => k in data), ...Object.keys(data).filter((k) => !order.includes(k))];
}

/**
 * What came in through a public form exactly as it was sent, asked as the public form asked it (`form`: that form):
 * the sender's own answers, never the registration made from them.
 */
export function ReceivedFields({ received, form, org }: { received: ReceivedRecord; form: FormSpec | undefined; org: Organisation }) {
  const properties = ((form?.schema as { properties?: Record<string, Property> } | undefined)?.properties ?? {}) as Record<
    string,
    Property
  >;
  return (
    <dl className="doc-fields">
      <Field label="Kom in" value={formatDateTime(received.receivedAt)} />
      <Field label="Vald verksamhet" value={enhetName(org, received.enhetId)} />
      {keysOf(form, received.data).map((key) => (
        <Fragment key={key}>
          <Field label={properties[key]?.title ?? key} value={answer(properties[key], received.data[key])} />
        </Fragment>
      ))}
    </dl>
  );
}
