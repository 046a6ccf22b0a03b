/**
 * Whether a change the live stream tells of needs the ärende read again. A seq the view already holds (the echo of
 * its own save) does not; one heard while a save is on its way waits for the answer, which may hold it too.
 */
export function echoGate(shownLength: () => number, reload: () => void) {
  let heardDuringSave: number | undefined;
  // No seq (an import, lost contact): it cannot be told, so it is new.
  const isNew = (seq: number | undefined) => seq === undefined || seq >= shownLength();
  return {
    heard(seq: number | undefined): void {
      if (heardDuringSave !== undefined) heardDuringSave = Math.max(heardDuringSave, seq ?? Infinity);
      else if (isNew(seq)) reload();
    },
    saveStarted(): void {
      heardDuringSave = -1;
    },
    /** After the save's answer is shown: what was heard meanwhile and is still new reads the ärende again. */
    saveEnded(): void {
      const heard = heardDuringSave ?? -1;
      heardDuringSave = undefined;
      if (heard >= 0 && isNew(heard)) reload();
    },
  };
}
