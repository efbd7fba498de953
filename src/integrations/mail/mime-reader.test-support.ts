/**
 * A small MIME reader for the raw messages an SMTP test server receives: enough of RFC 2045/2046
 * (headers, multipart nesting, base64 and quoted-printable) to check what clients will see.
 */
export interface MimePart {
  headers: Map<string, string>;
  /** Lower-case media type without parameters, e.g. `text/calendar`. */
  type: string;
  /** Lower-case parameter names, e.g. `method`, `charset`, `boundary`. */
  params: Map<string, string>;
  /** The decoded body, for leaf parts. */
  body: string;
  parts: MimePart[];
}

export function readMime(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const rest = split < 0 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const [typeText = 'text/plain', ...paramTexts] = (headers.get('content-type') ?? 'text/plain').split(';');
  const params = new Map(
    paramTexts.map((param) => {
      const [name = '', ...value] = param.split('=');
      return [
        name.trim().toLowerCase(),
        value
          .join('=')
          .trim()
          .replace(/^"(.*)"$/, '$1'),
      ] as const;
    }),
  );
  const type = typeText.trim().toLowerCase();
  const boundary = params.get('boundary');
  if (type.startsWith('multipart/') && boundary) {
    const sections = rest.split(`--${boundary}`).slice(1, -1);
    return { headers, type, params, body: '', parts: sections.map((s) => readMime(s.replace(/^\r\n/, ''))) };
  }
  return {
    headers,
    type,
    params,
    body: decodeBody(rest, headers.get('content-transfer-encoding')),
    parts: [],
  };
}

/** Every part of the tree, depth first. */
export function allParts(part: MimePart): MimePart[] {
  return [part, ...part.parts.flatMap(allParts)];
}

function decodeBody(body: string, encoding = '7bit'): string {
  const text = body.replace(/\r\n$/, '');
  switch (encoding.toLowerCase()) {
    case 'base64':
      return Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8');
    case 'quoted-printable': {
      // Literal '%' first, so that only the =XX escapes become percent-escapes.
      const escaped = text
        .replace(/%/g, '%25')
        .replace(/=\r\n/g, '')
        .replace(/=([0-9A-F]{2})/gi, '%$1');
      return decodeURIComponent(escaped);
    }
    default:
      return text;
  }
}
