/** Derives Firefox's manifest from the Chrome one (background scripts, gecko settings). */
export type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  content_scripts?: { matches: string[]; js?: string[]; css?: string[]; run_at?: string }[];
};

export const GECKO_ID = 'gloss@gloss.invalid';

export function firefoxManifest(m: Manifest): Manifest {
  const { background, ...rest } = m;
  const out: Manifest = {
    ...rest,
    background: { scripts: [background!.service_worker!], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '142.0',
        data_collection_permissions: { required: ['none'] },
      },
    },
  };
  return out;
}
