// Regions of the Registry are ISO 3166-2:KG codes (KG-GB Bishkek, KG-O Osh region, …), the keys of
// seeds/taxonomies/regions.yaml.
export const REGION_CODE = /^KG-[A-Z]{1,2}$/;
export const REGION_CODE_MESSAGE = 'must be an ISO 3166-2:KG code such as KG-GB';
