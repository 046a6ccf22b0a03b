/** One answer for a wrong name, a wrong password and a locked account; the lock's end is the administratör's to tell. */
export const SIGN_IN_REFUSED =
  'Fel användarnamn eller lösenord. Efter flera misslyckade försök i rad spärras kontot en stund; vänta en stund och försök ' +
  'igen, eller be administratören om ett nytt lösenord.';
