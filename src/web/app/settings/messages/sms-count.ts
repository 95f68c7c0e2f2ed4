/** The GSM 03.38 basic set: texts using only these go as GSM-7 (160 characters a message). */
const GSM_BASIC =
  "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
/** The extension table: each of these takes two of the 160. */
const GSM_EXTENDED = "^{}\\[~]|€\f";

export interface SmsCount {
  encoding: "GSM-7" | "UCS-2";
  /** Units used: GSM-7 septets, or UCS-2 code units. */
  units: number;
  segments: number;
  /** Units per message at this length (160/153 or 70/67). */
  perSegment: number;
  /** Units left before another message is needed. */
  remaining: number;
}

/**
 * How many text messages `text` takes: GSM-7 fits 160 in one message or 153 each when split;
 * a single character outside it (an emoji, curly quotes) switches the whole text to UCS-2,
 * 70 in one or 67 each.
 */
export function countSms(text: string): SmsCount {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (GSM_BASIC.includes(ch)) septets += 1;
    else if (GSM_EXTENDED.includes(ch)) septets += 2;
    else {
      gsm = false;
      break;
    }
  }
  const units = gsm ? septets : text.length;
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  const segments = units === 0 ? 0 : units <= single ? 1 : Math.ceil(units / multi);
  const perSegment = segments > 1 ? multi : single;
  const capacity = segments <= 1 ? single : segments * multi;
  return {
    encoding: gsm ? "GSM-7" : "UCS-2",
    units,
    segments,
    perSegment,
    remaining: capacity - units,
  };
}
