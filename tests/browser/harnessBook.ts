// What the browser test hands the harness page: the cells of each sheet and which are hidden.
export type Sheets = Record<string, (string | number | boolean | null)[][]>;

export interface HarnessBook {
  sheets: Sheets;
  /** Sheets to hide, by name (the store sheet is very hidden in a real workbook). */
  hidden: Record<string, 'Hidden' | 'VeryHidden'>;
  displayLanguage: string;
}
