# Sourced: puts Node 22 and pnpm (installed from npm into ~/.cache/node22) first on PATH.
NODE22_PREFIX="${NODE22_PREFIX:-$HOME/.cache/node22}"
PNPM_VERSION="$(node -p "require('./package.json').packageManager.split('@')[1]")"
if ! "$NODE22_PREFIX/node_modules/.bin/node" --version 2>/dev/null | grep -q '^v22\.' \
  || ! "$NODE22_PREFIX/node_modules/.bin/pnpm" --version 2>/dev/null | grep -qx "$PNPM_VERSION"; then
  npm install --no-save --no-audit --no-fund --prefix "$NODE22_PREFIX" "node@22" "pnpm@$PNPM_VERSION"
fi
export PATH="$NODE22_PREFIX/node_modules/.bin:$PATH"
echo "node $(node --version), pnpm $(pnpm --version)"
