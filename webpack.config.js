// Builds the task pane: `npm run build` (production, dist/); scripts/devServer.mjs uses it in
// development mode for `npm run dev-server` (HTTPS on :3000).
// The add-in's public address is fixed at build time: ADDIN_BASE_URL=https://host/path/ npm run build
// rewrites every URL of manifest.xml into dist/manifest.xml.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync, readdirSync } from 'node:fs';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import webpack from 'webpack';

const root = path.dirname(fileURLToPath(import.meta.url));
export const DEV_BASE_URL = 'https://localhost:3000/';

/** The base URL with exactly one trailing slash; Office only loads add-ins over HTTPS. */
export function normaliseBaseUrl(raw) {
  const url = new URL(raw);
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must use https: (got ${raw})`);
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** manifest.xml with its dev-server URLs moved to `base` (and the app domain to its origin). */
export function rewriteManifest(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .split(DEV_BASE_URL).join(base)
    .split('<AppDomain>https://localhost:3000</AppDomain>').join(`<AppDomain>${origin}</AppDomain>`);
}

export default function config(env = {}, argv = {}) {
  const production = (argv.mode ?? 'production') === 'production';
  const base = normaliseBaseUrl(env.baseUrl ?? process.env.ADDIN_BASE_URL ?? DEV_BASE_URL);
  // A test build puts the browser harness (fake Excel) ahead of the pane; never shipped.
  const harness = Boolean(env.harness);
  const outDir = env.outDir ? path.resolve(env.outDir) : path.join(root, 'dist');

  return {
    mode: production ? 'production' : 'development',
    context: root,
    entry: {
      ...(harness ? { harness: './tests/browser/harness.ts' } : {}),
      taskpane: './src/taskpane/index.ts',
    },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      // The engine chunk (src/taskpane/loadEngine.ts), loaded after the first render by a
      // <script src> of this site: no eval, no inline script, as the page's CSP wants.
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      // Relative URLs, so dist/ works under any base path.
      publicPath: '',
      clean: true,
    },
    // No eval-based devtool: the page's CSP forbids eval, in development too.
    devtool: production ? false : 'source-map',
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          // The engine's modules only define things (style rule 1), so a module whose exports the
          // pane does not use is left out: the first chunk takes the templates, ranges and periods
          // from the engine's front door without its schemas, which go to the engine chunk.
          test: /[\\/]src[\\/]engine[\\/]/,
          sideEffects: false,
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; the bundle only needs the JavaScript.
            options: {
              configFile: path.join(root, 'src/taskpane/tsconfig.json'),
              onlyCompileBundledFiles: true,
              transpileOnly: true,
              compilerOptions: { noEmit: false, sourceMap: !production },
            },
          },
        },
      ],
    },
    // One chunk after the first render, zod in it, rather than a vendor chunk beside it: one request.
    optimization: { splitChunks: false },
    performance: { hints: production ? 'warning' : false, maxAssetSize: 600_000, maxEntrypointSize: 600_000 },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: harness ? ['harness', 'taskpane'] : ['taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
        inject: 'head',
        minify: false,
      }),
      new EmitStaticFiles([
        ...readdirSync(path.join(root, 'assets'))
          .filter((f) => f.endsWith('.png'))
          .map((f) => ({ from: `assets/${f}`, to: `assets/${f}` })),
        { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
        { from: 'manifest.xml', to: 'manifest.xml', transform: (buf) => rewriteManifest(buf.toString('utf8'), base) },
      ]),
    ],
  };
}

/**
 * Copies static files into the output (icons, style sheet, manifest), rewriting where asked.
 * A few lines instead of copy-webpack-plugin, whose schema validation pulls in a second ajv.
 */
class EmitStaticFiles {
  constructor(files) {
    this.files = files;
  }

  apply(compiler) {
    const { RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap('EmitStaticFiles', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitStaticFiles', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const file of this.files) {
          const source = path.join(root, file.from);
          const content = readFileSync(source);
          compilation.fileDependencies.add(source);
          compilation.emitAsset(file.to, new RawSource(file.transform ? file.transform(content) : content));
        }
      });
    });
  }
}
