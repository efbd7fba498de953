/**
 * Sample places for generated demo leads: a city, its state, a ZIP code prefix and a local area
 * code, so that a demo lead's postal code and phone agree as real ones mostly do. This is demo
 * data only: time zones are always resolved from the data packages, never from this list.
 */
export interface DemoPlace {
  city: string;
  state: string;
  zipPrefix: string;
  areaCode: string;
}

export const demoPlaces: DemoPlace[] = [
  { city: 'New York', state: 'NY', zipPrefix: '100', areaCode: '212' },
  { city: 'Brooklyn', state: 'NY', zipPrefix: '112', areaCode: '718' },
  { city: 'Boston', state: 'MA', zipPrefix: '021', areaCode: '617' },
  { city: 'Philadelphia', state: 'PA', zipPrefix: '191', areaCode: '215' },
  { city: 'Pittsburgh', state: 'PA', zipPrefix: '152', areaCode: '412' },
  { city: 'Atlanta', state: 'GA', zipPrefix: '303', areaCode: '404' },
  { city: 'Miami', state: 'FL', zipPrefix: '331', areaCode: '305' },
  { city: 'Tampa', state: 'FL', zipPrefix: '336', areaCode: '813' },
  { city: 'Charlotte', state: 'NC', zipPrefix: '282', areaCode: '704' },
  { city: 'Columbus', state: 'OH', zipPrefix: '432', areaCode: '614' },
  { city: 'Detroit', state: 'MI', zipPrefix: '482', areaCode: '313' },
  { city: 'Chicago', state: 'IL', zipPrefix: '606', areaCode: '312' },
  { city: 'Minneapolis', state: 'MN', zipPrefix: '554', areaCode: '612' },
  { city: 'Dallas', state: 'TX', zipPrefix: '752', areaCode: '214' },
  { city: 'Houston', state: 'TX', zipPrefix: '770', areaCode: '713' },
  { city: 'Austin', state: 'TX', zipPrefix: '787', areaCode: '512' },
  { city: 'Nashville', state: 'TN', zipPrefix: '372', areaCode: '615' },
  { city: 'Kansas City', state: 'MO', zipPrefix: '641', areaCode: '816' },
  { city: 'New Orleans', state: 'LA', zipPrefix: '701', areaCode: '504' },
  { city: 'Denver', state: 'CO', zipPrefix: '802', areaCode: '303' },
  { city: 'Salt Lake City', state: 'UT', zipPrefix: '841', areaCode: '801' },
  { city: 'Albuquerque', state: 'NM', zipPrefix: '871', areaCode: '505' },
  { city: 'Phoenix', state: 'AZ', zipPrefix: '850', areaCode: '602' },
  { city: 'Tucson', state: 'AZ', zipPrefix: '857', areaCode: '520' },
  { city: 'Las Vegas', state: 'NV', zipPrefix: '891', areaCode: '702' },
  { city: 'Los Angeles', state: 'CA', zipPrefix: '900', areaCode: '213' },
  { city: 'San Diego', state: 'CA', zipPrefix: '921', areaCode: '619' },
  { city: 'San Francisco', state: 'CA', zipPrefix: '941', areaCode: '415' },
  { city: 'Sacramento', state: 'CA', zipPrefix: '958', areaCode: '916' },
  { city: 'Portland', state: 'OR', zipPrefix: '972', areaCode: '503' },
  { city: 'Seattle', state: 'WA', zipPrefix: '981', areaCode: '206' },
  { city: 'Boise', state: 'ID', zipPrefix: '837', areaCode: '208' },
  { city: 'Anchorage', state: 'AK', zipPrefix: '995', areaCode: '907' },
  { city: 'Honolulu', state: 'HI', zipPrefix: '968', areaCode: '808' },
];
