import type { CmsWidgetParam } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import { Component, type ChangeEvent } from 'react';
import { entryProblems, type EntryProblem } from './validate';

/**
 * Form widgets whose `isValid` runs the build's own schema check on the entry
 * and shows, under the field, the build's sentence for that field. Decap calls
 * `isValid` on every field when the volunteer saves; a field with a message
 * stops the save, so no file is written.
 */

interface ControlProps {
  forID: string;
  value: unknown;
  field: ImmutableMap<string, unknown>;
  onChange: (value: string) => void;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  getEntry: () => ImmutableMap<string, unknown>;
  parentIds?: string[];
}

/** The last check, reused by every field of the same save. */
let cache: { data: unknown; problems: EntryProblem[] } | undefined;

function problemsOf(entry: ImmutableMap<string, unknown>): EntryProblem[] {
  const data = entry.get('data') as ImmutableMap<string, unknown> | undefined;
  if (cache && cache.data === data) return cache.problems;
  const problems = entryProblems(String(entry.get('collection')), (data?.toJS() ?? {}) as Record<string, unknown>);
  cache = { data, problems };
  return problems;
}

/** The value at a path of the entry's data (a Zod issue path). */
function valueAt(entry: ImmutableMap<string, unknown>, path: readonly (string | number)[]): unknown {
  return (entry.getIn(['data', ...path]) as unknown) ?? undefined;
}

/**
 * The build's messages for this field. A field inside a list (`links.*.url`)
 * claims the problems of the items whose value is its own.
 */
export function messagesFor(props: Pick<ControlProps, 'field' | 'getEntry' | 'value'>): string[] {
  const check = props.field.get('check');
  if (typeof check !== 'string') return [];
  const entry = props.getEntry();
  const patternMessage = (props.field.get('pattern') as { last?: () => unknown } | undefined)?.last?.();
  return problemsOf(entry)
    .filter((p) => p.check === check && (!p.path.some((key) => typeof key === 'number') || valueAt(entry, p.path) === props.value))
    .map((p) => p.message)
    // Decap's own pattern check already shows this sentence.
    .filter((message) => message !== patternMessage);
}

/** Base class: one input, checked by the build's schema. */
abstract class CheckedControl extends Component<ControlProps> {
  isValid = () => {
    const messages = messagesFor(this.props);
    if (messages.length === 0) return true;
    return { error: { type: 'CUSTOM', parentIds: this.props.parentIds ?? [], message: [...new Set(messages)].join(' ') } };
  };

  handleChange = (event: ChangeEvent<HTMLInputElement>) => this.props.onChange(event.target.value);
}

/** A one-line text (names, sentences, identifiers, e-mails, web addresses). */
class StringControl extends CheckedControl {
  override render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return <input type="text" id={forID} className={classNameWrapper} value={typeof value === 'string' ? value : ''} onChange={this.handleChange} onFocus={setActiveStyle} onBlur={setInactiveStyle} />;
  }
}

/** An invite link: a URL keyboard on phones, no spell-checking or autocorrection. */
class InviteUrlControl extends CheckedControl {
  override render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return (
      <input
        type="text"
        inputMode="url"
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        id={forID}
        className={classNameWrapper}
        value={typeof value === 'string' ? value : ''}
        placeholder="https://…"
        onChange={this.handleChange}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
      />
    );
  }
}

/**
 * A day (`YYYY-MM-DD`) or a local date and time (`YYYY-MM-DDTHH:MM`), in the
 * co-op's time zone: the browser's own pickers, which never convert zones.
 * Fields marked `day_only` always take a day; the others follow the event's
 * « Toute la journée » box.
 */
class WhenControl extends CheckedControl {
  /** Re-render when the all-day box changes, not only when this value does. */
  override shouldComponentUpdate() {
    return true;
  }

  override render() {
    const { forID, value, field, classNameWrapper, setActiveStyle, setInactiveStyle, getEntry } = this.props;
    const dayOnly = field.get('day_only') === true || getEntry().getIn(['data', 'allDay']) === true;
    const text = typeof value === 'string' ? value : '';
    // The picker cannot show a value of the other kind; the check explains what to fix.
    const shown = dayOnly ? text.slice(0, 10) : text.length === 10 ? `${text}T00:00` : text.slice(0, 16);
    return (
      <input
        type={dayOnly ? 'date' : 'datetime-local'}
        id={forID}
        className={classNameWrapper}
        value={shown}
        onChange={this.handleChange}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
      />
    );
  }
}

/** Shows a field's value in the default preview pane (our templates render their own). */
function TextPreview({ value }: { value?: unknown }) {
  return <p>{typeof value === 'string' ? value : ''}</p>;
}

/** The widgets to register with `CMS.registerWidget`. */
export const widgets: CmsWidgetParam[] = [
  // Replaces Decap's own one-line text widget, so every text field of the form gets the build's check.
  { name: 'string', controlComponent: StringControl, previewComponent: TextPreview },
  { name: 'invite-url', controlComponent: InviteUrlControl, previewComponent: TextPreview },
  { name: 'when', controlComponent: WhenControl, previewComponent: TextPreview },
] as unknown as CmsWidgetParam[];
