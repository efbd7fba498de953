import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  /** File name under web/dist/assets. */
  name: string;
  bytes: number;
  gzipBytes: number;
}

export interface AssetTotals {
  count: number;
  bytes: number;
  gzipBytes: number;
}

/**
 * Every file of the built web app's assets, largest first, with its gzip size (level 9: what a
 * compressing proxy in front of the app sends; the app itself serves them as they are).
 */
export async function readAssets(webDist: string): Promise<Asset[]> {
  const directory = join(webDist, 'assets');
  const names = await readdir(directory);
  const assets = await Promise.all(
    names.map(async (name) => {
      const content = await readFile(join(directory, name));
      return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    }),
  );
  return assets.sort((a, b) => b.bytes - a.bytes);
}

export function totals(assets: readonly Asset[]): AssetTotals {
  return {
    count: assets.length,
    bytes: assets.reduce((sum, asset) => sum + asset.bytes, 0),
    gzipBytes: assets.reduce((sum, asset) => sum + asset.gzipBytes, 0),
  };
}

export const isScript = (asset: Asset): boolean => asset.name.endsWith('.js');

export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;

/** The bundle report: totals, the call screen's initial share, then each chunk. */
export function bundleReport(assets: readonly Asset[], initialNames: readonly string[]): string[] {
  const all = totals(assets);
  const scripts = totals(assets.filter(isScript));
  const initial = assets.filter((asset) => initialNames.includes(asset.name));
  const initialScripts = totals(initial.filter(isScript));
  const initialStyles = totals(initial.filter((asset) => asset.name.endsWith('.css')));
  const width = Math.max(...assets.map((asset) => asset.name.length), 10);
  return [
    `  all assets: ${all.count} files, ${kb(all.bytes)} raw, ${kb(all.gzipBytes)} gzip; ` +
      `JavaScript ${scripts.count} chunks, ${kb(scripts.bytes)} raw, ${kb(scripts.gzipBytes)} gzip`,
    `  the call screen's initial load (fetched before its first lead card): JavaScript ${initialScripts.count} chunks, ` +
      `${kb(initialScripts.bytes)} raw, ${kb(initialScripts.gzipBytes)} gzip; CSS ${kb(initialStyles.bytes)} raw, ${kb(initialStyles.gzipBytes)} gzip`,
    `  per file (* = in the call screen's initial load):`,
    ...assets.map(
      (asset) =>
        `    ${initialNames.includes(asset.name) ? '*' : ' '} ${asset.name.padEnd(width)} ${kb(asset.bytes).padStart(10)} ${kb(asset.gzipBytes).padStart(10)} gzip`,
    ),
  ];
}
