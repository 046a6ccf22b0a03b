/**
 * Name parts that are also everyday Swedish words (folded): "sund", "per", "hans", "berg". Written in lower case they
 * are the word, so only a capitalised one is masked; masking the word would also tell the reader whose name it is.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set([
  // Surnames
  'alm', 'as', 'ask', 'asp', 'back', 'berg', 'blom', 'bok', 'borg', 'bro', 'dal', 'ek', 'falk', 'fall', 'fors', 'frisk', 'glad',
  'gran', 'gren', 'hall', 'hamn', 'hassel', 'hed', 'hjort', 'holm', 'kvist', 'lang', 'lax', 'lilja', 'lind', 'ljung',
  'lonn', 'lund', 'malm', 'mark', 'mo', 'modig', 'nord', 'orn', 'ost', 'rask', 'ros', 'sand', 'sjo', 'skog', 'stark',
  'sten', 'strand', 'strid', 'strom', 'sund', 'svan', 'syd', 'tall', 'vall', 'varg', 'vast', 'vide', 'vik',
  // Given names
  'axel', 'bjorn', 'bo', 'dag', 'frank', 'fred', 'hans', 'iris', 'karl', 'klara', 'liv', 'maj', 'mats', 'max', 'per',
  'rosa', 'rut', 'saga', 'sol', 'stig', 'tim', 'tor', 'vilja', 'viola', 'var', 'vinter', 'sommar', 'host',
]);
