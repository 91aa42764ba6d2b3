// The pane reaches Excel only through an injected `Excel.run`, so tests can hand in a fake.
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
