import { useCallback } from 'react';
import type { FocusEvent } from 'react';
import type { WidgetProps } from '@rjsf/utils';
import {
  ariaDescribedByIds,
  enumOptionsIsSelected,
  enumOptionValueDecoder,
  enumOptionValueEncoder,
  getOptionValueFormat,
  optionId,
} from '@rjsf/utils';

/**
 * RJSF's radio group with a name: its field label is a `<label for>` pointing at a `div`, which names nothing, so a
 * screen reader heard "Ja, Nej" without the question (issue 27). The group carries the question as its name.
 */
export function RadioWidget(props: WidgetProps) {
  const { options, value, required, disabled, readonly, autofocus = false, onBlur, onFocus, onChange, id, htmlName, label } = props;
  const { enumOptions, enumDisabled, emptyValue } = options;
  const format = getOptionValueFormat(options);
  const decode = useCallback(
    (e: FocusEvent<HTMLInputElement>) => enumOptionValueDecoder(e.target.value, enumOptions, format, emptyValue),
    [enumOptions, format, emptyValue],
  );
  return (
    <div className="field-radio-group" id={id} role="radiogroup" aria-label={label || props.schema.title || undefined}>
      {(enumOptions ?? []).map((option, i) => {
        const itemDisabled = Array.isArray(enumDisabled) && enumDisabled.includes(option.value);
        return (
          <div key={String(option.value)} className={`radio ${disabled || itemDisabled || readonly ? 'disabled' : ''}`}>
            <label>
              <span>
                <input
                  type="radio"
                  id={optionId(id, i)}
                  checked={enumOptionsIsSelected(option.value, value)}
                  name={htmlName || id}
                  required={required}
                  value={enumOptionValueEncoder(option.value, i, format)}
                  disabled={disabled || itemDisabled || readonly}
                  autoFocus={autofocus && i === 0}
                  onChange={() => onChange(option.value)}
                  onBlur={(e) => onBlur(id, decode(e))}
                  onFocus={(e) => onFocus(id, decode(e))}
                  aria-describedby={ariaDescribedByIds(id)}
                />
                <span>{option.label}</span>
              </span>
            </label>
          </div>
        );
      })}
    </div>
  );
}
