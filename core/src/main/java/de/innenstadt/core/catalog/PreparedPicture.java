// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import de.innenstadt.core.catalog.PictureSizes.Thumbnail;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A picture that passed every check, with its smaller copies, ready to be stored. Decoding it here,
 * before anything is stored, is what refuses a damaged file or a decompression bomb that only claims
 * to be a picture by its first bytes.
 */
public record PreparedPicture(ProductPhoto original, List<Thumbnail> thumbnails) {

    public PreparedPicture {
        thumbnails = List.copyOf(thumbnails);
    }

    /**
     * A photo uploaded by a merchant, who can choose a smaller file.
     *
     * @throws InvalidImageException when it is empty, larger than {@code maxKilobytes}, not a JPEG, PNG or
     *         WebP, damaged or of too many pixels
     */
    static PreparedPicture ofUpload(byte[] bytes, int maxKilobytes) {
        ProductPhoto photo = ProductPhoto.check(bytes, maxKilobytes);
        return new PreparedPicture(photo, PictureSizes.thumbnails(PictureSizes.decode(photo.bytes(), photo.format())));
    }

    /**
     * A picture fetched from a feed's address: nobody is there to choose a smaller file, so one larger
     * than {@code maxKilobytes} (the fetcher's own limit is higher) is kept as a JPEG of at most
     * {@link PictureSizes#ORIGINAL_MAX_WIDTH} pixels instead of being refused.
     *
     * @throws InvalidImageException when it is empty, not a JPEG, PNG or WebP, damaged or of too many pixels
     */
    static PreparedPicture ofFetched(byte[] bytes, int maxKilobytes) {
        if (bytes == null || bytes.length <= maxKilobytes * 1024L) {
            return ofUpload(bytes, maxKilobytes);
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow(() -> new InvalidImageException(
                InvalidImageException.Problem.UNSUPPORTED_TYPE, maxKilobytes, "The file is not a JPEG, PNG or WebP image"));
        BufferedImage picture = PictureSizes.decode(bytes, format);
        byte[] jpeg = PictureSizes.jpeg(picture, PictureSizes.ORIGINAL_MAX_WIDTH);
        return new PreparedPicture(new ProductPhoto(ImageFormat.JPEG, jpeg, ProductPhoto.sha256(jpeg)),
                PictureSizes.thumbnails(picture));
    }
}
