import { isValidBsn, isValidIban, isValidRijksregisternummer } from '../../dialogs/privacy/checksums';
import { redactPersonalData } from '../../dialogs/privacy/redactPersonalData';

describe('checksums', () => {
  it('accepts BSNs that pass the elfproef and rejects the rest', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('checks Belgian rijksregisternummers, also for people born from 2000', () => {
    expect(isValidRijksregisternummer('85073003328')).toBe(true);
    expect(isValidRijksregisternummer('85073003329')).toBe(false);
    expect(isValidRijksregisternummer('01010112345'.slice(0, 9) + String(97 - (Number('2010101123') % 97)).padStart(2, '0'))).toBe(true);
  });

  it('checks IBANs with mod 97', () => {
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 01')).toBe(false);
  });
});

/** Planted values that must never survive redaction. */
const TRUE_POSITIVES: [string, string, string][] = [
  ['bsn', 'mijn bsn is 111222333', '111222333'],
  ['bsn', 'BSN: 1234.56.782', '1234.56.782'],
  ['bsn', 'burgerservicenummer 123 456 782 graag wijzigen', '123 456 782'],
  ['rijksregisternummer', 'mijn rijksregisternummer is 85.07.30-033.28', '85.07.30-033.28'],
  ['rijksregisternummer', 'rrn 85073003328', '85073003328'],
  ['iban', 'storten op NL91 ABNA 0417 1643 00 graag', 'NL91 ABNA 0417 1643 00'],
  ['iban', 'rekening BE68539007547034', 'BE68539007547034'],
  ['phone', 'bel me op 06-12345678', '06-12345678'],
  ['phone', 'mijn nummer is +31 6 1234 5678', '+31 6 1234 5678'],
  ['phone', 'tel 010-1234567 overdag', '010-1234567'],
  ['phone', 'gsm 0470 12 34 56', '0470 12 34 56'],
  ['email', 'mail naar jan.jansen@example.nl', 'jan.jansen@example.nl'],
  ['email', 'mijn mail: j.de.vries+gemeente@voorbeeld-mail.com', 'j.de.vries+gemeente@voorbeeld-mail.com'],
  ['address', 'ik woon op 4321 AB 12', '4321 AB 12'],
  ['address', 'postcode 1234ab huisnummer 5', '1234ab'],
  ['address', 'Kerkstraat 12a is mijn adres', 'Kerkstraat 12a'],
  ['licence-plate', 'kenteken AB-123-C staat fout geparkeerd', 'AB-123-C'],
  ['licence-plate', 'auto met kenteken 12-ABC-3', '12-ABC-3'],
  ['licence-plate', 'mijn auto XX123Y is weggesleept', 'XX123Y'],
  ['licence-plate', 'kenteken 1-KBB-23 staat op de stoep', '1-KBB-23'],
  ['phone', 'bel me terug op +32 470 12 34 56', '+32 470 12 34 56'],
  ['phone', 'mijn vaste nummer is 0201234567', '0201234567'],
  ['email', 'stuur het naar INFO@Voorbeeld.BE aub', 'INFO@Voorbeeld.BE'],
  ['address', 'Lange Nieuwstraat 5 bis bovenwoning', 'Lange Nieuwstraat 5'],
  ['address', 'mijn adres is Dorpsweg 1, 4321 AB Lindewijk', '4321 AB'],
  ['iban', 'iban nl91abna0417164300', 'nl91abna0417164300'],
];

const FALSE_POSITIVES = [
  'ordernummer 123456789',
  'het kost € 84,45',
  'ik ben 65 jaar',
  'bel 14 0456 voor een afspraak',
  'afspraak op 01-01-2026 om 10:30',
  'paspoort aanvragen',
  'ik heb 3 kinderen van 4, 7 en 12',
  'de milieustraat is open tot 16:00',
  'artikel 7:2 van de wet',
  'nummer 112 bellen',
  'klantnummer 123456789 klopt niet',
  'mijn kvk-nummer is 12345678',
  'zaaknummer Z-2026-00123',
  'versie 2.3.1 van de app',
  'open van 9.00 tot 17.00 uur',
  'de A2 is dicht bij knooppunt Deil',
  'btw is 21% op 1.250 euro',
  'artikel 1.4a van de verordening',
  // A word ending like a street ("-ring", "-baan") before an amount or a duration.
  'mantelzorgwaardering 150 euro aanvragen',
  'de loopbaan 12 jaar lang',
];

describe('redacting personal data', () => {
  it.each(TRUE_POSITIVES)('removes a %s from "%s"', (kind, text, value) => {
    const result = redactPersonalData(text);
    expect(result.text).not.toContain(value);
    expect(result.found).toContain(kind);
  });

  it.each(FALSE_POSITIVES)('leaves "%s" alone', (text) => {
    expect(redactPersonalData(text)).toEqual({ text, found: [] });
  });

  it('redacts several kinds in one message and keeps the rest readable', () => {
    const result = redactPersonalData('Mijn BSN is 111222333 en mijn mail is piet@example.nl, bel 0612345678.');
    expect(result.text).toBe('Mijn BSN is [BSN] en mijn mail is [E-MAIL], bel [TELEFOONNUMMER].');
  });
});
