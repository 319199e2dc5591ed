// A small fixed KB for recognizer tests, so they do not move when data/kb grows.
import { KbIndex } from '../../../src/core/kb/kb-index';
import type { KbEntity } from '../../../src/core/kb/types';
import type { ActorType } from '../../../src/core/recognize/types';

function e(id: string, canonical: string, type: ActorType, aliases: string[]): KbEntity {
  return { id, canonical, type, aliases, description: { en: '', id: '' } };
}

export const TEST_ENTITIES: KbEntity[] = [
  e('russia', 'Russia', 'GPE', ['Rusia', 'Russia']),
  e('ukraine', 'Ukraine', 'GPE', ['Ukraina']),
  e('france', 'France', 'GPE', ['Prancis']),
  e('moscow', 'Moscow', 'GPE', ['Moskow']),
  e('washington-d-c', 'Washington, D.C.', 'GPE', ['Washington']),
  e('united-states', 'United States', 'GPE', ['Amerika Serikat', 'AS']),
  e('kyiv', 'Kyiv', 'GPE', ['Kyiv', 'Kiev']),
  e('indonesia', 'Indonesia', 'GPE', ['Indonesia', 'Republik Indonesia']),
  e('jakarta', 'Jakarta', 'GPE', ['Jakarta']),
  e('europe', 'Europe', 'GPE', ['Eropa']),
  e('nato', 'NATO', 'ORG', ['NATO', 'Pakta Pertahanan Atlantik Utara']),
  e('kremlin', 'Kremlin', 'ORG', ['Kremlin']),
  e('united-nations', 'United Nations', 'ORG', ['PBB', 'Perserikatan Bangsa-Bangsa']),
  e('brics', 'BRICS', 'ORG', ['BRICS']),
  e('antara', 'Lembaga Kantor Berita Nasional Antara', 'ORG', ['ANTARA', 'Antara']),
  e('white-house', 'White House', 'ORG', ['Gedung Putih']),
  e('dmitry-peskov', 'Dmitry Peskov', 'PER', ['Dmitry Peskov', 'Peskov']),
  e('vladimir-putin', 'Vladimir Putin', 'PER', ['Vladimir Putin', 'Putin']),
  e('emmanuel-macron', 'Emmanuel Macron', 'PER', ['Emmanuel Macron', 'Macron']),
  e('sergey-lavrov', 'Sergey Lavrov', 'PER', ['Sergey Lavrov', 'Lavrov']),
];

export const testKb = new KbIndex({ entities: TEST_ENTITIES, suppress: [] });
