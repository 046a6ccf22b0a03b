/** Why the kommun's identity provider sign-in was refused, as the server's callback names it in `?inloggning=`. */
const TEXTS: Record<string, string> = {
  okand:
    'Kommunens identitetstjänst kände igen dig, men det finns ingen användare i Kvalitetsflöde med ditt inloggnings-id. ' +
    'Kontakta administratören, som kan lägga upp dig och ge dig rätt roll.',
  ingen_roll: 'Du finns i Kvalitetsflöde men har ingen roll här just nu. Kontakta administratören om du behöver en.',
  avbruten: 'Inloggningen avbröts hos identitetstjänsten. Du kan försöka igen.',
  utgangen: 'Inloggningen tog för lång tid eller påbörjades i en annan flik eller webbläsare. Börja om.',
  ogiltig:
    'Svaret från identitetstjänsten kunde inte godtas (till exempel fel utfärdare, fel mottagare eller en för gammal ' +
    'inloggning). Försök igen, och kontakta administratören om det upprepas.',
  otillganglig: 'Kommunens identitetstjänst svarar inte just nu. Försök igen om en stund.',
};

export function oidcRefusalText(code: string): string {
  return TEXTS[code] ?? 'Inloggningen misslyckades. Försök igen.';
}

/** Reads the refusal from the address and removes it, so a reload or a shared link does not repeat it. */
export function takeOidcRefusal(): string | undefined {
  const params = new URLSearchParams(window.location.search);
  const code = params.get('inloggning');
  if (!code) return undefined;
  params.delete('inloggning');
  const search = params.toString();
  window.history.replaceState(null, '', `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`);
  return code in TEXTS ? code : 'annat';
}
