// A researcher's own folder of news articles with no Sorot settings and no Sorot data:
// what the newcomer suites (newcomer/, newcomer-declined/, newcomer-file-only/) open. Written by the tests (the
// suites' workspace is an empty folder), in sentences of our own about fictional events.
import * as vscode from 'vscode';
import type { SorotApi } from '../../src/extension/api';
import { workspaceRoot } from './workbench';

export const ARTICLE_TEXT = [
  'Pemkot Malang perluas jalur sepeda ke pinggiran kota',
  '',
  'MALANG - Wali Kota Malang Hendra Wicaksono meresmikan jalur sepeda baru sepanjang delapan kilometer pada Selasa pagi.',
  '',
  '"Kami ingin warga bisa berangkat kerja tanpa terjebak macet," kata Hendra Wicaksono di Balai Kota.',
  '',
].join('\n');

/** berita/2024/jalur-sepeda.txt and berita/pasar-malam.txt: the offer names "berita". */
export async function writeNewsFolder(): Promise<{ article: vscode.Uri; second: vscode.Uri }> {
  const article = vscode.Uri.joinPath(workspaceRoot(), 'berita', '2024', 'jalur-sepeda.txt');
  const second = vscode.Uri.joinPath(workspaceRoot(), 'berita', 'pasar-malam.txt');
  await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(ARTICLE_TEXT));
  await vscode.workspace.fs.writeFile(second, new TextEncoder().encode('Pasar malam dibuka lagi\n\nSURABAYA - Pasar malam di tepi sungai dibuka kembali pada Jumat.\n'));
  return { article, second };
}

/** Sorot asleep, as it must be in this workspace: only the offer, no corpus, index or views. */
export function assertAsleep(api: SorotApi): void {
  const awake = Object.keys(api).filter((k) => k !== 'offer' && k !== 'asleep');
  if (!api.offer || !api.asleep || awake.length) throw new Error(`Sorot should be asleep (offer only), its API has: ${Object.keys(api).join(', ')}`);
}
