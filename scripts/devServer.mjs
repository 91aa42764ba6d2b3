// `npm run dev-server`: builds the task pane in development mode, rebuilds on every change, and
// serves it at https://localhost:3000 with office-addin-dev-certs' trusted localhost certificate
// (installed on first use), which is what `npm start` sideloads. A small server of our own
// instead of webpack-dev-server, which validates its options with a second ajv major that this
// install does not resolve. Reload the pane (right-click ▸ Reload) after a rebuild.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:https';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import webpack from 'webpack';
import config from '../webpack.config.js';

const PORT = Number(process.env.PORT ?? 3000);
const OUT = join(tmpdir(), 'standings-dev');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
};

/** DEV_CERT and DEV_KEY (PEM files) override the office-addin-dev-certs certificate. */
async function certificate() {
  if (process.env.DEV_CERT && process.env.DEV_KEY) return { cert: readFileSync(process.env.DEV_CERT), key: readFileSync(process.env.DEV_KEY) };
  const { getHttpsServerOptions } = await import('office-addin-dev-certs');
  return getHttpsServerOptions();
}

const tls = await certificate();

const compiler = webpack(await config({ outDir: OUT }, { mode: 'development' }));
compiler.watch({ aggregateTimeout: 300 }, (error, stats) => {
  if (error) console.error(error);
  else console.log(stats.toString({ preset: 'errors-warnings', colors: true }) || `built ${new Date().toLocaleTimeString()}`);
});

const server = createServer(tls, (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)).replace(/^[/\\]+/, '');
  const file = join(OUT, path === '' ? 'taskpane.html' : path);
  if (!file.startsWith(OUT) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  createReadStream(file).pipe(res);
});
server.listen(PORT, 'localhost', () => console.log(`Standings task pane: https://localhost:${PORT}/taskpane.html`));

const stop = () => {
  server.close();
  compiler.close(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
