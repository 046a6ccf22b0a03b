import { stockholmDate } from '../../engine/index';

/** What an e-mail may say about one notification: the step's title and its deadline, nothing of the case. */
export interface MailItem {
  stepTitle: string;
  dueAt: string | null;
}

export interface MailText {
  subject: string;
  text: string;
}

const line = (item: MailItem) => {
  const date = item.dueAt ? stockholmDate(item.dueAt) : undefined;
  return date ? `${item.stepTitle}, senast ${date}` : item.stepTitle;
};

/**
 * The e-mail for one notification or a day's summary. Social-services content never goes by
 * e-mail (domain.md §7.10): no names, no event text, no category, no ärende number, only a link.
 */
export function mailText(items: readonly MailItem[], publicUrl: string): MailText {
  const link = `${publicUrl.replace(/\/$/, '')}/#/aviseringar`;
  if (items.length === 1)
    return { subject: 'Uppgift i Kvalitetsflöde', text: `Du har en uppgift i Kvalitetsflöde: ${line(items[0]!)}.\n\n${link}\n` };
  return {
    subject: 'Dina uppgifter i Kvalitetsflöde',
    text: `Du har ${items.length} uppgifter i Kvalitetsflöde:\n${items.map((i) => `- ${line(i)}`).join('\n')}\n\n${link}\n`,
  };
}
