// Fails a production build when any emitted text file still names a local address as a URL
// (dev-server, hot-reload or placeholder leftovers). The bare word "localhost" is allowed: the
// Public Suffix List library ships it as a special-use domain name in its data, which is not a URL.
const PLUGIN = "NoLocalUrlsPlugin";
const LOCAL_URL = /(?:https?|wss?):\/\/(?:localhost|127\.0\.0\.1|\[::1\])|\blocalhost:\d/i;

export class NoLocalUrlsPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(js|html|xml|json|txt|css)$/.test(name)) continue;
            const text = compilation.getAsset(name)?.source.source().toString() ?? "";
            const match = LOCAL_URL.exec(text);
            if (match) {
              const at = match.index;
              compilation.errors.push(
                new WebpackError(
                  `${PLUGIN}: ${name} contains a local address "${text.slice(Math.max(0, at - 40), at + 40)}"; a production build must only name the public address.`,
                ),
              );
            }
          }
        },
      );
    });
  }
}
