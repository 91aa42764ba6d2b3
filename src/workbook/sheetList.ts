// Which sheets a user can pick, the same for both adapters.
import { STORE_SHEET } from './storeCodec';

/**
 * Names of the visible and hidden sheets, in the order given. Very hidden sheets are left out (a
 * user cannot see them in Excel), and so is the store sheet whatever its visibility: it is an
 * implementation detail, never an input.
 */
export function userSheetNames(sheets: readonly { name: string; visibility: string }[]): string[] {
  const store = STORE_SHEET.toLowerCase();
  return sheets.filter((s) => s.visibility !== 'VeryHidden' && s.name.toLowerCase() !== store).map((s) => s.name);
}
