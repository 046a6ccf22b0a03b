import { ROLE_TITLES, ROLES } from '../../engine/index';

const TEMPLATE = '/mallar/organisation-import.csv';

const COLUMNS: readonly [string, string, string][] = [
  ['typ', 'alla', 'enhet eller person. Utan kolumnen läses varje rad som en person.'],
  [
    'verksamhet',
    'enhet, person',
    'Verksamhetens namn. För en enhet skapas verksamheten om den inte finns; för en person anger den var rollen gäller.',
  ],
  ['enhet', 'enhet, person', 'Enhetens namn inom verksamheten. För en person anger den var rollen gäller.'],
  ['adress, postort', 'enhet', 'Besöksadress och postort.'],
  ['verksamhetsform', 'enhet', 'SoL eller LSS.'],
  [
    'startdatum',
    'enhet',
    'Den första dagen verksamheten bedrevs vid enheten (ÅÅÅÅ-MM-DD). Händelser före den kan inte rapporteras där. Tom: oförändrat.',
  ],
  ['namn (eller förnamn och efternamn)', 'person', 'Obligatoriskt.'],
  ['befattning, telefon', 'person', 'Befattning och telefon i tjänsten.'],
  ['e-post', 'person', 'Känner igen personen vid nästa import när inloggnings-id saknas.'],
  [
    'inloggnings-id',
    'person',
    'Värdet som identifierar personen hos kommunens identitetsleverantör (HSA-id, Entra objekt-id eller e-post). Känner igen personen.',
  ],
  ['roll', 'person', `${ROLES.map((r) => ROLE_TITLES[r]).join(', ')}. Stora eller små bokstäver går bra. En rad per roll.`],
  ['nivå', 'person', 'enhet, verksamhet eller förvaltning. Tom: enheten om den är ifylld, annars verksamheten.'],
];

/** What the import does and reads: the rules, a template file, and every column the file may have. */
export function CsvImportHelp() {
  return (
    <>
      <p>
        Lägg till eller uppdatera enheter och personer med roller från en CSV-fil, till exempel en export från HR-systemet. Första raden är
        rubriker; varje rad därefter är en enhet eller en person med en roll. Servern kontrollerar först hela filen och visar vad som skulle
        hända. Inget sparas förrän du väljer Genomför importen, och då sparas allt eller ingenting.
      </p>
      <p>
        En tom cell ändrar ingenting. Importen tar aldrig bort en enhet, en person eller en roll; roller avslutas under Personer och roller.
        Samma fil kan importeras igen utan att något ändras. Högst 1 MB och 5 000 rader per fil.
      </p>
      <p>
        <a href={TEMPLATE} download="organisation-mall.csv">
          Ladda ned en mall (CSV med semikolon, öppnas i Excel)
        </a>
      </p>
      <details>
        <summary>Kolumnerna i filen</summary>
        <table>
          <caption>Kolumner som importen läser (övriga hoppas över)</caption>
          <thead>
            <tr>
              <th scope="col">Kolumn</th>
              <th scope="col">Rad av typen</th>
              <th scope="col">Innehåll</th>
            </tr>
          </thead>
          <tbody>
            {COLUMNS.map(([name, typ, text]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{typ}</td>
                <td>{text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}
