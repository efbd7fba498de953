import { describe, expect, it } from 'vitest';
import { leadFields, matchExistingCustomKey, suggestColumnMapping } from './column-mapping.ts';

describe('suggestColumnMapping', () => {
  it('a Serbian Latin header with ; names (Ime;Prezime;Telefon;Poštanski broj;Firma;Email)', () => {
    const headers = 'Ime;Prezime;Telefon;Poštanski broj;Firma;Email'.split(';');
    expect(suggestColumnMapping(headers)).toEqual({
      Ime: 'firstName',
      Prezime: 'lastName',
      Telefon: 'phone',
      'Poštanski broj': 'postalCode',
      Firma: 'company',
      Email: 'email',
    });
  });

  it('Serbian Cyrillic headers map like their Latin spelling', () => {
    const headers = ['Име', 'Презиме', 'Телефон', 'Мобилни', 'Поштански број', 'Град', 'Адреса', 'Држава'];
    expect(suggestColumnMapping(headers)).toEqual({
      Име: 'firstName',
      Презиме: 'lastName',
      Телефон: 'phone',
      Мобилни: 'phone2',
      'Поштански број': 'postalCode',
      Град: 'city',
      Адреса: 'address',
      Држава: 'country',
    });
  });

  it('Serbian headers typed without diacritics or in capitals', () => {
    expect(suggestColumnMapping(['POSTANSKI BROJ', 'ime i prezime', 'Broj telefona', 'E-pošta'])).toEqual({
      'POSTANSKI BROJ': 'postalCode',
      'ime i prezime': 'fullName',
      'Broj telefona': 'phone',
      'E-pošta': 'email',
    });
  });

  it('a HubSpot contact export', () => {
    const headers = [
      'Record ID',
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Company Name',
      'Street Address',
      'City',
      'State/Region',
      'Postal Code',
      'Country/Region',
      'Original Source',
    ];
    expect(suggestColumnMapping(headers)).toEqual({
      'Record ID': 'custom:record_id',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'phone2',
      'Company Name': 'company',
      'Street Address': 'address',
      City: 'city',
      'State/Region': 'state',
      'Postal Code': 'postalCode',
      'Country/Region': 'country',
      'Original Source': 'source',
    });
  });

  it('a Salesforce lead export with qualified names (Mailing Street, Zip/Postal Code, Lead Source)', () => {
    const headers = ['Lead Owner', 'Name', 'Company / Account', 'Phone', 'Mobile', 'Fax', 'Email Address'];
    const more = [
      'Mailing Street',
      'Mailing City',
      'Mailing State/Province',
      'Mailing Zip/Postal Code',
      'Lead Source',
    ];
    expect(suggestColumnMapping([...headers, ...more])).toEqual({
      'Lead Owner': 'custom:lead_owner',
      Name: 'fullName',
      'Company / Account': 'company',
      Phone: 'phone',
      Mobile: 'phone2',
      Fax: 'custom:fax',
      'Email Address': 'email',
      'Mailing Street': 'address',
      'Mailing City': 'city',
      'Mailing State/Province': 'state',
      'Mailing Zip/Postal Code': 'postalCode',
      'Lead Source': 'source',
    });
  });

  it('a Close export: lead_name is the company, plural contact_emails / contact_phones', () => {
    expect(
      suggestColumnMapping(['lead_name', 'contact_name', 'contact_emails', 'contact_phones', 'zip']),
    ).toEqual({
      lead_name: 'company',
      contact_name: 'fullName',
      contact_emails: 'email',
      contact_phones: 'phone',
      zip: 'postalCode',
    });
  });

  it.each([
    ['Zip', 'postalCode'],
    ['ZIP Code', 'postalCode'],
    ['zip_code', 'postalCode'],
    ['postalCode', 'postalCode'],
    ['firstName', 'firstName'],
    ['E-mail', 'email'],
    ['EMAIL ADDRESS', 'email'],
    ['Time Zone', 'timeZone'],
    ['Cell', 'phone'],
    ['Phone 1', 'phone'],
    ['Address 1', 'address'],
  ])('"%s" → %s (case, punctuation and spacing ignored)', (header, field) => {
    expect(suggestColumnMapping([header])[header]).toBe(field);
  });

  it('a third and fourth phone column go to phone2 too; columns about phones that hold none stay custom', () => {
    expect(
      suggestColumnMapping(['Work Phone', 'Home Phone', 'Other Phone', 'Phone Type', 'Phone Ext', 'Cell']),
    ).toEqual({
      'Work Phone': 'phone',
      'Home Phone': 'phone2',
      'Other Phone': 'phone2',
      'Phone Type': 'custom:phone_type',
      'Phone Ext': 'custom:phone_ext',
      Cell: 'phone2',
    });
  });

  it('a full Serbian Latin export separated by ;', () => {
    const headers = 'Ime;Prezime;Telefon;Mobilni;Email;Firma;Adresa;Grad;Poštanski broj;Država'.split(';');
    expect(Object.values(suggestColumnMapping(headers))).toEqual([
      'firstName',
      'lastName',
      'phone',
      'phone2',
      'email',
      'company',
      'address',
      'city',
      'postalCode',
      'country',
    ]);
  });

  it('a Serbian Cyrillic export with Е-пошта and Фирма', () => {
    const headers = 'Име;Презиме;Телефон;Мобилни;Е-пошта;Фирма'.split(';');
    expect(Object.values(suggestColumnMapping(headers))).toEqual([
      'firstName',
      'lastName',
      'phone',
      'phone2',
      'email',
      'company',
    ]);
  });

  it('a HubSpot export: Lead Status is kept as the custom field lead_status, not the lead status', () => {
    const headers = [
      'First Name',
      'Last Name',
      'Email',
      'Phone Number',
      'Mobile Phone Number',
      'Company Name',
    ];
    const more = ['Street Address', 'City', 'State/Region', 'Postal Code', 'Country/Region', 'Lead Status'];
    expect(
      Object.values(suggestColumnMapping([...headers, ...more, 'Original Source', 'Record ID'])),
    ).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'phone2',
      'company',
      'address',
      'city',
      'state',
      'postalCode',
      'country',
      'custom:lead_status',
      'source',
      'custom:record_id',
    ]);
  });

  it('a Salesforce export with Title, Mailing Country and Lead Status', () => {
    const headers = ['First Name', 'Last Name', 'Title', 'Company / Account', 'Phone', 'Mobile', 'Email'];
    const more = ['Mailing Street', 'Mailing City', 'Mailing State/Province', 'Mailing Zip/Postal Code'];
    expect(
      Object.values(
        suggestColumnMapping([...headers, ...more, 'Mailing Country', 'Lead Source', 'Lead Status']),
      ),
    ).toEqual([
      'firstName',
      'lastName',
      'custom:title',
      'company',
      'phone',
      'phone2',
      'email',
      'address',
      'city',
      'state',
      'postalCode',
      'country',
      'source',
      'custom:lead_status',
    ]);
  });

  it('a Close lead export: stacked qualifiers (primary_contact_primary_email), Status, addresses', () => {
    const headers = ['Lead Name', 'Contact Name', 'primary_contact_name', 'primary_contact_primary_phone'];
    const more = ['primary_contact_primary_email', 'Status', 'addresses'];
    expect(suggestColumnMapping([...headers, ...more])).toEqual({
      'Lead Name': 'company',
      'Contact Name': 'fullName',
      // The full name is taken by Contact Name: the second column naming it stays custom.
      primary_contact_name: 'custom:primary_contact_name',
      primary_contact_primary_phone: 'phone',
      primary_contact_primary_email: 'email',
      Status: 'custom:lead_status',
      addresses: 'address',
    });
    expect(suggestColumnMapping(['primary_contact_name'])).toEqual({ primary_contact_name: 'fullName' });
  });

  it('Lead Status and Status in one file keep distinct custom keys', () => {
    expect(suggestColumnMapping(['Lead Status', 'Status'])).toEqual({
      'Lead Status': 'custom:lead_status',
      Status: 'custom:lead_status_2',
    });
  });

  it('a field named twice keeps the first column; the second becomes custom', () => {
    expect(suggestColumnMapping(['Email', 'E-mail'])).toEqual({ Email: 'email', 'E-mail': 'custom:e_mail' });
  });

  it('custom slugs stay unique when two headers slugify alike', () => {
    expect(suggestColumnMapping(['Remarks', 'remarks!', 'Napomena (Šef)'])).toEqual({
      Remarks: 'custom:remarks',
      'remarks!': 'custom:remarks_2',
      'Napomena (Šef)': 'custom:napomena_sef',
    });
  });

  it('the first notes column becomes the lead’s note; a second one stays a custom field', () => {
    expect(suggestColumnMapping(['Phone', 'Notes', 'Napomena', 'Beleške'])).toEqual({
      Phone: 'phone',
      Notes: 'note',
      Napomena: 'custom:napomena',
      Beleške: 'custom:beleske',
    });
  });

  it('a header named __proto__ is an ordinary key', () => {
    const mapping = suggestColumnMapping(['__proto__', 'Phone']);
    expect(Object.entries(mapping)).toEqual([
      ['__proto__', 'custom:proto'],
      ['Phone', 'phone'],
    ]);
  });

  it('every suggested field is a known lead field', () => {
    const targets = Object.values(suggestColumnMapping(['Ime', 'Phone', 'Zip', 'X']));
    for (const target of targets) {
      expect(target.startsWith('custom:') || (leadFields as readonly string[]).includes(target)).toBe(true);
    }
  });
});

describe('matchExistingCustomKey and suggestions onto existing keys', () => {
  it.each([
    ['Roof Type', ['roofType', 'homeowner'], 'roofType'],
    ['roof_type', ['roofType'], 'roofType'],
    ['ROOF-TYPE', ['roof_type'], 'roof_type'],
    ['Tip krova', ['tip_krova'], 'tip_krova'],
    ['Тип крова', ['tipKrova'], 'tipKrova'],
    ['Roof Age', ['roofType'], undefined],
    ['Roof', ['roofType'], undefined],
    ['!!!', ['roofType'], undefined],
  ])('%s against %j → %s', (header, keys, expected) => {
    expect(matchExistingCustomKey(header, keys)).toBe(expected);
  });

  it('the first of several equal keys wins (most used first)', () => {
    expect(matchExistingCustomKey('Roof Type', ['roof_type', 'roofType'])).toBe('roof_type');
  });

  it('a column joins the client’s existing key instead of making a second one', () => {
    expect(suggestColumnMapping(['Phone', 'Roof Type', 'Notes'], ['roofType'])).toEqual({
      Phone: 'phone',
      'Roof Type': 'custom:roofType',
      Notes: 'note',
    });
  });

  it('two columns naming one key: the first joins it, the second gets its own slug', () => {
    expect(suggestColumnMapping(['Roof Type', 'roof_type'], ['roofType'])).toEqual({
      'Roof Type': 'custom:roofType',
      roof_type: 'custom:roof_type',
    });
  });

  it('a lead field is never taken by an existing custom key', () => {
    expect(suggestColumnMapping(['Email'], ['email'])).toEqual({ Email: 'email' });
  });
});
