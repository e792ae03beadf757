import type { CmsWidget, CmsWidgetParam } from 'decap-cms-core';
import type { Map as ImmutableMap } from 'immutable';
import { Component, type ChangeEvent, type ComponentClass } from 'react';
import { entryProblems, type EntryProblem } from './validate';
import { prune } from './yaml-edit';

/**
 * Form widgets whose `isValid` runs the build's own schema check on the entry
 * and shows, under the field, the build's sentence for that field. Decap calls
 * `isValid` on every field when the volunteer saves; a field with a message
 * stops the save, so no file is written. Our own text, link and date inputs
 * are written here; Decap's other widgets (menus, numbers, relations, images,
 * lists, blocks) get the same check added to theirs (`checkedBuiltIns`).
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
  onValidateObject?: (id: string, errors: unknown[]) => void;
  forList?: boolean;
}

/** The last check, reused by every field of the same save. */
let cache: { data: unknown; problems: EntryProblem[] } | undefined;

function problemsOf(entry: ImmutableMap<string, unknown>): EntryProblem[] {
  const data = entry.get('data') as ImmutableMap<string, unknown> | undefined;
  if (cache && cache.data === data) return cache.problems;
  const problems = entryProblems(String(entry.get('collection')), data?.toJS() ?? {});
  cache = { data, problems };
  return problems;
}

/** The value at a path of the entry's data (a Zod issue path). */
function valueAt(entry: ImmutableMap<string, unknown>, path: readonly (string | number)[]): unknown {
  return entry.getIn(['data', ...path]) ?? undefined;
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
  return (
    problemsOf(entry)
      .filter((p) => p.check === check && (!p.path.some((key) => typeof key === 'number') || valueAt(entry, p.path) === props.value))
      .map((p) => p.message)
      // Decap's own pattern check already shows this sentence.
      .filter((message) => message !== patternMessage)
  );
}

/** The build's messages for a field as one Decap validation error, or undefined. */
function buildError(props: ControlProps): { type: string; parentIds: string[]; message: string } | undefined {
  const messages = messagesFor(props);
  return messages.length ? { type: 'CUSTOM', parentIds: props.parentIds ?? [], message: [...new Set(messages)].join(' ') } : undefined;
}

/** Base class: one input, checked by the build's schema. */
abstract class CheckedControl extends Component<ControlProps> {
  isValid = () => {
    const error = buildError(this.props);
    return error ? { error } : true;
  };

  handleChange = (event: ChangeEvent<HTMLInputElement>) => this.props.onChange(event.target.value);
}

/** A one-line text (names, sentences, identifiers, e-mails, web addresses). */
class StringControl extends CheckedControl {
  override render() {
    const { forID, value, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    return (
      <input
        type="text"
        id={forID}
        className={classNameWrapper}
        value={typeof value === 'string' ? value : ''}
        onChange={this.handleChange}
        onFocus={setActiveStyle}
        onBlur={setInactiveStyle}
      />
    );
  }
}

/** What each platform's invite links look like, behind a disclosure: a long list would bury the form on a phone. */
function InviteFormats({ formats }: { formats: readonly { platform: string; shape: string }[] }) {
  return (
    <details className="babillard-formats">
      <summary>Voir les formats de lien acceptés</summary>
      <ul>
        {formats.map(({ platform, shape }) => (
          <li key={platform}>
            <strong>{platform}</strong> : <code>{shape}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}

/** An invite link: a URL keyboard on phones, no spell-checking or autocorrection, the accepted shapes one tap away. */
class InviteUrlControl extends CheckedControl {
  override render() {
    const { forID, value, field, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
    const formats = (field.get('formats') as { toJS?: () => unknown } | undefined)?.toJS?.() as { platform: string; shape: string }[] | undefined;
    return (
      <>
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
        {formats?.length ? <InviteFormats formats={formats} /> : null}
      </>
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

// Decap's controls are classes whose checks are instance properties: subclasses keep theirs and add ours.
type Control = Component<ControlProps> & Record<string, unknown>;
type ControlClass = new (props: ControlProps) => Control;
type Validity = boolean | { error: unknown } | Promise<unknown>;

/** A Decap control whose `isValid` also shows the build's sentence for its field. */
function withBuildCheck(Base: ControlClass): ControlClass {
  return class extends Base {
    readonly ownIsValid = this['isValid'] as (() => Validity) | undefined;
    isValid = (): Validity => {
      const own = this.ownIsValid?.call(this) ?? true;
      if (own instanceof Promise || own === false || (typeof own === 'object' && own.error)) return own;
      const error = buildError(this.props);
      return error ? { error } : own;
    };
  };
}

/**
 * Decap's list, with the build's sentence about the list itself (« Au moins
 * un lien est attendu ») next to its own count check.
 */
function checkedList(Base: ControlClass): ControlClass {
  return class extends Base {
    // Decap's own count check, kept: it answers a list of errors.
    readonly ownSize: () => unknown[] = this['validateSize'];
    validateSize = (): unknown[] => {
      const error = buildError(this.props);
      return error ? [...this.ownSize(), error] : this.ownSize();
    };
  };
}

const isEmpty = (value: unknown) => prune((value as { toJS?: () => unknown } | undefined)?.toJS?.() ?? value) === undefined;

/**
 * Decap's block of fields (a place, a recurrence). Decap checks the required
 * fields inside a block even when an optional block is left empty
 * (decaporg/decap-cms#2103), so a one-off event could not be saved for want of
 * a frequency. Here an optional block left empty is not checked at all (the
 * file will not have it), and one in use is checked field by field as usual.
 * A block in use opens, so its fields and their messages show.
 */
function checkedObject(Base: ControlClass): ControlClass {
  return class extends Base {
    constructor(props: ControlProps) {
      super(props);
      const collapsed = props.field.get('collapsed', false) === true;
      this['state'] = { ...(this['state'] as object), collapsed: collapsed && isEmpty(props.value) };
    }

    readonly validateFields = this['validate'];
    validate = () => {
      const skip = this.props.field.get('required') === false && isEmpty(this.props.value);
      if (skip) this.clearErrors();
      else {
        if ((this['state'] as { collapsed?: boolean }).collapsed) this.setState({ collapsed: false });
        this.validateFields();
      }
      const error = buildError(this.props);
      this.props.onValidateObject?.(this.props.forID, error ? [error] : []);
    };

    /** Forgets the messages of the fields inside, from a check made while the block was filled in. */
    clearErrors = () => {
      for (const child of Object.values((this['childRefs'] ?? {}) as Record<string, Control | undefined>)) {
        const inner = child?.['innerWrappedControl'] as { clearErrors?: () => void } | undefined;
        inner?.clearErrors?.();
        (child?.props as { onValidate?: (errors: unknown[]) => void } | undefined)?.onValidate?.([]);
      }
    };
  };
}

/**
 * Decap's own widgets, checked like ours, to register over the originals.
 * @example checkedBuiltIns(CMS.getWidget) → [{ name: 'select', controlComponent: …, … }, …]
 */
export function checkedBuiltIns(getWidget: (name: string) => CmsWidget | undefined): CmsWidgetParam[] {
  const wrap: Record<string, (base: ControlClass) => ControlClass> = {
    select: withBuildCheck,
    number: withBuildCheck,
    relation: withBuildCheck,
    image: withBuildCheck,
    color: withBuildCheck,
    list: checkedList,
    object: checkedObject,
  };
  return Object.entries(wrap).flatMap(([name, checked]) => {
    const widget = getWidget(name) as (CmsWidget & { schema?: unknown; allowMapValue?: boolean }) | undefined;
    if (!widget) return [];
    const { control, preview, ...rest } = widget;
    return [
      {
        ...rest,
        name,
        controlComponent: checked(control as unknown as ControlClass) as unknown as ComponentClass,
        previewComponent: preview,
      } as unknown as CmsWidgetParam,
    ];
  });
}

/** The widgets to register with `CMS.registerWidget`. */
export const widgets: CmsWidgetParam[] = [
  // Replaces Decap's own one-line text widget, so every text field of the form gets the build's check.
  { name: 'string', controlComponent: StringControl, previewComponent: TextPreview },
  { name: 'invite-url', controlComponent: InviteUrlControl, previewComponent: TextPreview },
  { name: 'when', controlComponent: WhenControl, previewComponent: TextPreview },
] as unknown as CmsWidgetParam[];
