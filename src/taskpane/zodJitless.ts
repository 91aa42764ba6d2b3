// zod compiles validators with `new Function` unless told not to, and probes for it while the
// engine's schemas are being built; the page's CSP forbids eval. Imported first by index.ts so
// this runs before any schema module does.
import { config } from 'zod';

config({ jitless: true });
