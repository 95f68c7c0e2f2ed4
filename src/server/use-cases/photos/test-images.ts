import sharp from "sharp";

/**
 * Generated test images (never photos of people): a landscape JPEG carrying GPS EXIF, XMP and
 * orientation 6 ("rotate 90° clockwise to display"), so a stored copy can be checked for leaks.
 */
export async function jpegWithGps(width = 640, height = 480): Promise<Buffer> {
  const left = await sharp({
    create: { width: Math.round(width / 2), height, channels: 3, background: "#8a6a55" },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: "#d9c3b0" } })
    .composite([{ input: left, left: 0, top: 0 }])
    .withExif({
      IFD0: { Make: "TestCam", Model: "GPS-Leak-Check" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "50/1 54/1 3600/100",
        GPSLongitudeRef: "W",
        GPSLongitude: "1/1 24/1 1800/100",
      },
    })
    .withMetadata({ orientation: 6 })
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>XmpLeakCheck</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
    )
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** Plain PNG of the given size and colour. */
export function plainPng(width: number, height: number, background = "#c8a27a"): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background } })
    .png()
    .toBuffer();
}

/** True when any metadata marker a camera writes is still present in the bytes. */
export function carriesMetadata(file: Buffer): boolean {
  const text = file.toString("latin1");
  return [
    "Exif",
    "GPS",
    "http://ns.adobe.com/xap",
    "adobe:ns:meta",
    "TestCam",
    "XmpLeakCheck",
  ].some((marker) => text.includes(marker));
}

/** True when an EXIF block holds a GPS IFD pointer (tag 0x8825), in either byte order. */
export function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  const littleEndian = exif.includes("II*\0", 0, "latin1");
  return exif.includes(Buffer.from(littleEndian ? [0x25, 0x88] : [0x88, 0x25]));
}
