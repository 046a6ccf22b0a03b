import type { LegalSkeleton } from './LegalSkeleton';
import type { ArendeContext, LinkRel } from './ArendeContext';
import type { RoleId } from './Role';
import type { GuardImpl } from './GuardImpl';
import type { PackFactInput, PackReportList, PackReportTable, PackTrendColumn } from './PackHooks';
import type { FormDefaults, NewItemDefaults } from './StepDefaultRule';

/** An outgoing link whose step opens an ärende of another process (the escalation to lex Sarah, the handover to the MAS). */
export interface LinkOpening {
  /** To lex Sarah, to the MAS, to the egenkontroll that watches a risk, to a check's next occasion or to next year's register. */
  rel: 'eskalerad_till' | 'overlamnad_till' | 'bevakas_av' | 'nasta_tillfalle' | 'nasta_register';
  back: LinkRel;
  /** The process the link opens. */
  processType: string;
  /** Swedish, e.g. "ett lex Sarah-ärende" (in refusals and guard descriptions). */
  noun: string;
  /** The role the new ärende is opened in, on behalf of its receiver. */
  asRole: RoleId;
  /** How the link reads in the case header and history, from this side and from the other. */
  title: string;
  backTitle: string;
}

/** An opening as its pack declares it: with the facts the opening process's data gives the new ärende's first step. */
export type PackOpening = LinkOpening & { prefill(context: ArendeContext, data: unknown): Record<string, unknown> };

/** A printable document of a process (print CSS, then the browser's "Spara som PDF"). */
export interface PrintDocument {
  id: string;
  /** What the access log calls it. */
  title: string;
  /** The link text on the case page. */
  linkText: string;
  /** The document exists once this event is in the log (always when absent). */
  after?: string;
}

/** Where a date (`YYYY-MM-DD`) is recorded; `updatedBy` records a newer one at the same path (a re-planning). */
export interface RecordedDate {
  event: string;
  path: string;
  updatedBy?: string;
}

/** A plan's occasions per kategori: planned by a date, performed on a date, with or without findings (deviations). */
export interface PlannedVsPerformed {
  title: string;
  /** The heading of the group column, e.g. "Kontroll". */
  groupTitle: string;
  planned: RecordedDate;
  performed: { event: string; path: string };
  /** A boolean answer saying something was found (e.g. `avvikelserHittades`). */
  findings?: { event: string; path: string };
}

/** The signed-in person, for prefilling a first form. */
export interface Reporter {
  userId: string;
  namn: string;
  titel?: string;
}

/**
 * What is specific to one process beside its machine and forms: its legal skeleton, its report facts,
 * what its steps open elsewhere, its Ny rapport text and its print documents. Pure data and pure functions.
 */
export interface ProcessPack {
  type: string;
  /** The plural in reports and statistics, e.g. "Lex Sarah-rapporter". */
  reportLabel: string;
  /** Counted per process in the kvalitetsberättelse's trend (in the list's order). */
  counted: boolean;
  skeleton: LegalSkeleton;
  /** The rapport field that records when the händelse happened; else the rapport's own date stands in. */
  handelseField?: string;
  /** Links this process's steps open, and the facts its data gives the new ärende's first step. */
  opens?: readonly PackOpening[];
  /** Offered on Ny rapport to whoever holds `role` somewhere; absent for processes only opened by a link. */
  nyRapport?: { title: string; when: string; role: 'medarbetare' | 'enhetschef'; initial?(reporter: Reporter): Record<string, unknown> };
  /**
   * Where the ärende's short label (rubrik in lists) is written; by default the rapport's `handelse`. `text` words it
   * from the whole step (e.g. a year and a name); when it gives nothing, the field at `path` stands.
   */
  rubrik?: { event: string; path: string; text?(data: Record<string, unknown>): string | undefined };
  /** Where the ärende's kategori (a list filter and report group) is recorded; by default the rapport's `kategori`. */
  kategori?: { event: string; path: string };
  /** Count tables of its own in the kvalitetsberättelse (beside the trend every counted process gets). */
  reportSections?: {
    /**
     * Per kategori (labelled by the form's choice titles), with share in percent; `ovrigt` lists, under its title, what
     * was written when the kategori was "Övrigt" (`ArendeFacts.kategoriBeskrivning`), masked like every ärende text.
     */
    perKategori?: { title: string; ovrigt?: { title: string } };
    /** Per verksamhet of the ärende's enhet. */
    perVerksamhet?: { title: string };
    /** Per enhet, every enhet in scope also with zero, each with its verksamhet. */
    perEnhet?: { title: string };
    /** Planned against performed per kategori (egenkontroller): the dates steps record, and whether something was found. */
    plannedVsPerformed?: PlannedVsPerformed;
  };
  /**
   * A public form without an account (the förvaltning's web site): what comes in waits, unsigned, until someone
   * registers it; registering opens the ärende with the first step prefilled, done by the one who registers.
   */
  publicIntake?: {
    /** The page's heading and what it says before the form. */
    title: string;
    intro: string;
    /** The form the public fills in (fields of the first step); its data prefills that step. */
    form: string;
    /** Who sees and registers what comes in, each for the enheter her role covers (e.g. the enhet's chef, the SAS centrally). */
    registeredBy: readonly RoleId[];
    /** The first step's starting data from what came in (e.g. the channel and the day it came); by default the data as is. */
    firstStep?(data: Record<string, unknown>, receivedDate: string): Record<string, unknown>;
  };
  /** What its forms are offered from earlier steps, the organisation, the person and today (per form id without version). */
  stepDefaults?: FormDefaults;
  /** Starting data for an item the person adds to a list of its forms (per form id, then list field). */
  newItemDefaults?: NewItemDefaults;
  /** Rendered by its React part, `<type>/ui.tsx` (found by its place; loaded in the browser when needed). */
  documents?: readonly PrintDocument[];
  /** Named guards its machines may use beside the engine's generic ones; a name may be used by one pack only. */
  guards?: Readonly<Record<string, GuardImpl>>;
  /** Its own report facts, folded from the ärende's events (kept on ArendeFacts.pack, plain JSON). */
  facts?(input: PackFactInput): unknown;
  /** Its own tables in the kvalitetsberättelse, from the facts of its ärenden in period and scope. */
  reportTables?: readonly PackReportTable[];
  /** Its own per-ärende lists in the kvalitetsberättelse (lex Sarah's rapporter), rows only for ärenden the reader may read. */
  reportLists?: readonly PackReportList[];
  /** "Varav" columns of the trend for its ärenden (lex Sarah's anmälda till IVO), each period as its count. */
  trendColumns?: readonly PackTrendColumn[];
  /** The closing summary of an ärende (lex Sarah's beslut/IVO lines), shown at avslut. */
  caseSummary?(context: ArendeContext): string | undefined;
  /**
   * Who reads this process's ärenden beyond the reading roles (READING_ROLES), each in the enheter her role covers:
   * the MAS her lex Maria-bedömningar, the skyddsombud the riskanalyser, every medarbetare her enhet's information.
   */
  grants?: readonly PackGrant[];
}

/** A reading grant a pack gives: `linkRel` when only ärenden with that link; `rapportor` when she may know who reported. */
export interface PackGrant {
  role: RoleId;
  linkRel?: string;
  rapportor?: true;
}
