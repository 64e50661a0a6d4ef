// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a feed that arrives gzip- or zip-compressed, so merchants may send either, and passes
 * plain files through. Every parser reads through it.
 *
 * <p>Unpacking is where a small upload becomes a huge one (a "zip bomb" of a few kilobytes can unpack
 * to terabytes), so the unpacked size has a hard limit and, once more than {@value #RATIO_CHECK_AFTER}
 * bytes came out, the unpacked-to-packed ratio too: real feeds compress about 5 to 20 times, bombs a
 * thousand times. A zip must hold exactly one file, as a merchant sends one feed at a time.
 */
public final class FeedContent {

    /** One gibibyte: several million feed lines, far more than a city-centre shop sends. */
    public static final long DEFAULT_MAX_UNPACKED_BYTES = 1L << 30;

    public static final int DEFAULT_MAX_RATIO = 100;

    static final long RATIO_CHECK_AFTER = 10L * 1024 * 1024;

    private static final int BUFFER = 64 * 1024;

    private final long maxUnpackedBytes;

    private final int maxRatio;

    public FeedContent() {
        this(DEFAULT_MAX_UNPACKED_BYTES, DEFAULT_MAX_RATIO);
    }

    public FeedContent(long maxUnpackedBytes, int maxRatio) {
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxRatio = maxRatio;
    }

    /** The feed's own bytes: unpacked when the content is gzip or zip, otherwise as given. */
    public InputStream open(InputStream raw) throws FeedFormatException {
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        byte[] magic = new byte[4];
        int length;
        try {
            in.mark(magic.length);
            length = in.readNBytes(magic, 0, magic.length);
            in.reset();
        } catch (IOException e) {
            throw FeedReadFailure.unreadable(e);
        }
        if (length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
            return gunzip(in);
        }
        if (length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return unzip(in);
        }
        return in;
    }

    private InputStream gunzip(InputStream in) throws FeedFormatException {
        CountingInputStream packed = new CountingInputStream(in);
        try {
            return new BufferedInputStream(new LimitedInputStream(new GZIPInputStream(packed, BUFFER), packed), BUFFER);
        } catch (IOException e) {
            throw new FeedFormatException(FeedText.of(Code.GZIP_DAMAGED, e.getMessage()), e);
        }
    }

    private InputStream unzip(InputStream in) throws FeedFormatException {
        CountingInputStream packed = new CountingInputStream(in);
        ZipInputStream zip = new ZipInputStream(packed);
        try {
            ZipEntry entry = nextFile(zip);
            if (entry == null) {
                throw new FeedFormatException(FeedText.of(Code.ZIP_EMPTY));
            }
            String name = entry.getName();
            if (name.equals("[Content_Types].xml") || name.startsWith("xl/") || name.startsWith("docProps/")) {
                throw new FeedFormatException(FeedText.of(Code.ZIP_EXCEL));
            }
            return new BufferedInputStream(new LimitedInputStream(new SingleEntryStream(zip, name), packed), BUFFER);
        } catch (IOException e) {
            throw new FeedFormatException(FeedText.of(Code.ZIP_DAMAGED, e.getMessage()), e);
        }
    }

    /** The next entry that is a file, skipping folders and the metadata macOS adds to archives. */
    private static ZipEntry nextFile(ZipInputStream zip) throws IOException {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (!entry.isDirectory() && !name.startsWith("__MACOSX/") && !name.substring(name.lastIndexOf('/') + 1).startsWith(".")) {
                return entry;
            }
        }
        return null;
    }

    /** Ends with the archive's first file and refuses an archive holding a second one. */
    private static final class SingleEntryStream extends FilterInputStream {

        private final String firstName;

        private boolean ended;

        SingleEntryStream(ZipInputStream zip, String firstName) {
            super(zip);
            this.firstName = firstName;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (ended) {
                return -1;
            }
            int n = in.read(buffer, offset, length);
            if (n < 0) {
                ended = true;
                ZipEntry second = nextFile((ZipInputStream) in);
                if (second != null) {
                    throw new FeedReadFailure(FeedText.of(Code.ZIP_SEVERAL_FILES, firstName, second.getName()));
                }
            }
            return n;
        }
    }

    private static final class CountingInputStream extends FilterInputStream {

        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    /** Counts what unpacking produced and stops at the size and ratio limits. */
    private final class LimitedInputStream extends FilterInputStream {

        private final CountingInputStream packed;

        private long unpacked;

        LimitedInputStream(InputStream unpacking, CountingInputStream packed) {
            super(unpacking);
            this.packed = packed;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                unpacked += n;
                if (unpacked > maxUnpackedBytes) {
                    throw new FeedReadFailure(FeedText.of(Code.ARCHIVE_TOO_LARGE, megabytes(maxUnpackedBytes)));
                }
                if (unpacked > RATIO_CHECK_AFTER && unpacked / Math.max(1, packed.count) > maxRatio) {
                    throw new FeedReadFailure(FeedText.of(Code.ARCHIVE_RATIO, maxRatio));
                }
            }
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }
}
