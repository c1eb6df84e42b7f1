/**
 * Whether a timezone's people live south of the equator, where seasons are the other way
 * round. IANA names say it for most regions; the rest are listed.
 */
export function isSouthern(timezone: string | undefined): boolean {
  if (!timezone) return false;
  return /^(?:Australia|Antarctica|America\/Argentina)\//.test(timezone) || SOUTHERN_ZONES.has(timezone);
}

const SOUTHERN_ZONES = new Set(
  `Pacific/Auckland Pacific/Chatham Pacific/Fiji Pacific/Tongatapu Pacific/Noumea Pacific/Apia Pacific/Efate
America/Santiago America/Sao_Paulo America/Montevideo America/Asuncion America/Lima America/La_Paz
America/Punta_Arenas Atlantic/Stanley Africa/Johannesburg Africa/Maputo Africa/Windhoek Africa/Harare
Africa/Lusaka Africa/Gaborone Africa/Maseru Africa/Mbabane Africa/Lubumbashi Indian/Mauritius Indian/Reunion
Indian/Antananarivo`.split(/\s+/),
);
