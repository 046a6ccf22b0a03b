import type { FormSpec, RoleId } from '../../engine/index';

/** One edit of a draft definition, as data: applied by `applyEdit`, undone by the history. */
export type EditCommand =
  | { type: 'setTitle'; path: string; title: string }
  | { type: 'setRole'; path: string; role: RoleId }
  | { type: 'setHelp'; path: string; help: string }
  | { type: 'setSla'; path: string; days: number | undefined; workingDays?: boolean; title?: string }
  | { type: 'setForm'; path: string; form: string }
  /** Stores a (new or edited) form in the draft; with `path`, that step uses it from now on. */
  | { type: 'putForm'; form: FormSpec; path?: string }
  | {
      type: 'addStep';
      after: string;
      key: string;
      title: string;
      role: RoleId;
      form: string;
      newForm?: FormSpec;
      help?: string;
      /** Of several ways on from `after`, the one (a sibling step's key) the new step goes on; the others stay. */
      onPathTo?: string;
    }
  | { type: 'removeStep'; path: string }
  | { type: 'moveStep'; path: string; delta: -1 | 1 }
  | { type: 'addTransition'; source: string; target: string }
  | { type: 'removeTransition'; source: string; event: string; index: number }
  /** The public form's introduction; undefined gives back the pack's own. */
  | { type: 'setPublicIntro'; text: string | undefined };

/** Short Swedish label of an edit, for "Ångra …" and "Gör om …". */
export function describeEdit(cmd: EditCommand, titleOf: (path: string) => string): string {
  switch (cmd.type) {
    case 'setTitle':
      return `byt namn på "${titleOf(cmd.path)}"`;
    case 'setRole':
      return `ändra ansvarig roll för "${titleOf(cmd.path)}"`;
    case 'setHelp':
      return `ändra hjälptext för "${titleOf(cmd.path)}"`;
    case 'setSla':
      return `ändra tidskrav för "${titleOf(cmd.path)}"`;
    case 'setForm':
      return `byt formulär för "${titleOf(cmd.path)}"`;
    case 'putForm':
      return `ändra fälten i formuläret "${String(cmd.form.schema.title ?? cmd.form.id)}"`;
    case 'addStep':
      return `lägg till steget "${cmd.title}"`;
    case 'removeStep':
      return `ta bort steget "${titleOf(cmd.path)}"`;
    case 'moveStep':
      return `flytta "${titleOf(cmd.path)}" ${cmd.delta < 0 ? 'uppåt' : 'nedåt'}`;
    case 'addTransition':
      return `lägg till väg från "${titleOf(cmd.source)}" till "${titleOf(cmd.target)}"`;
    case 'removeTransition':
      return `ta bort väg från "${titleOf(cmd.source)}"`;
    case 'setPublicIntro':
      return 'ändra texten på det allmänna webbformuläret';
  }
}
