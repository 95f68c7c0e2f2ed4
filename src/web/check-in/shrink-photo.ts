/** Phone photos are several megabytes; the server takes up to about 2 MB. */
const MAX_EDGE = 2000;
const TARGET_BYTES = 1_900_000;

/**
 * A phone photo made small enough to send: upright, at most 2000 px on its long edge, as JPEG.
 * A photo the browser cannot decode (some HEIC files) is sent as it is if it is small enough.
 */
export async function shrinkPhoto(file: File): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    if (file.size <= TARGET_BYTES) return file;
    throw new Error("This photo could not be read. Try taking it again, or choose another.");
  }
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  const context = canvas.getContext("2d");
  if (!context) return file;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const quality of [0.85, 0.7, 0.55]) {
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, "image/jpeg", quality),
    );
    if (blob && blob.size <= TARGET_BYTES) return blob;
  }
  throw new Error("This photo is too large to send. Choose a smaller one.");
}
