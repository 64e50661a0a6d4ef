// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first look at a feed's bytes: is there anything, is it text at all, which encoding. Garbage is
 * refused here, before a parser spends time on it: an empty upload, an image or a spreadsheet sent
 * by mistake, random bytes.
 */
final class FeedBytes {

    /** How much is looked at to recognise binary data and to tell UTF-8 from Windows-1252. */
    static final int SAMPLE_BYTES = 64 * 1024;

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final BufferedInputStream in;

    private final byte[] sample;

    private final int sampleLength;

    private final Charset bomCharset;

    private final int bomLength;

    private FeedBytes(BufferedInputStream in, byte[] sample, int sampleLength) {
        this.in = in;
        this.sample = sample;
        this.sampleLength = sampleLength;
        if (startsWith(0xef, 0xbb, 0xbf)) {
            bomCharset = StandardCharsets.UTF_8;
            bomLength = 3;
        } else if (startsWith(0xff, 0xfe)) {
            bomCharset = StandardCharsets.UTF_16LE;
            bomLength = 2;
        } else if (startsWith(0xfe, 0xff)) {
            bomCharset = StandardCharsets.UTF_16BE;
            bomLength = 2;
        } else {
            bomCharset = null;
            bomLength = 0;
        }
    }

    /** Reads the sample and refuses empty and binary content. */
    static FeedBytes inspect(InputStream content) throws FeedFormatException {
        BufferedInputStream in = new BufferedInputStream(content, SAMPLE_BYTES + 1024);
        byte[] sample = new byte[SAMPLE_BYTES];
        int length;
        try {
            in.mark(SAMPLE_BYTES + 1);
            length = in.readNBytes(sample, 0, SAMPLE_BYTES);
            in.reset();
        } catch (IOException e) {
            throw FeedReadFailure.unreadable(e);
        }
        FeedBytes bytes = new FeedBytes(in, sample, length);
        bytes.refuseEmpty();
        bytes.refuseBinary();
        return bytes;
    }

    private void refuseEmpty() throws FeedFormatException {
        for (int i = bomLength; i < sampleLength; i++) {
            if (!Character.isWhitespace(sample[i]) && sample[i] != 0) {
                return;
            }
        }
        throw new FeedFormatException(FeedText.of(Code.FILE_EMPTY));
    }

    private void refuseBinary() throws FeedFormatException {
        Optional<FeedText> kind = findBinaryKind();
        if (kind.isPresent()) {
            throw new FeedFormatException(kind.get());
        }
        if (bomCharset == StandardCharsets.UTF_16LE || bomCharset == StandardCharsets.UTF_16BE) {
            return;
        }
        int controls = 0;
        for (int i = 0; i < sampleLength; i++) {
            int b = sample[i] & 0xff;
            if (b == 0) {
                throw binary();
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1a) {
                controls++;
            }
        }
        if (controls > sampleLength / 100) {
            throw binary();
        }
    }

    private static FeedFormatException binary() {
        return new FeedFormatException(FeedText.of(Code.FILE_BINARY));
    }

    private Optional<FeedText> findBinaryKind() {
        if (startsWith(0x89, 'P', 'N', 'G')) {
            return Optional.of(FeedText.of(Code.FILE_IMAGE, "PNG"));
        }
        if (startsWith(0xff, 0xd8, 0xff)) {
            return Optional.of(FeedText.of(Code.FILE_IMAGE, "JPEG"));
        }
        if (startsWith('G', 'I', 'F', '8')) {
            return Optional.of(FeedText.of(Code.FILE_IMAGE, "GIF"));
        }
        if (startsWith('%', 'P', 'D', 'F')) {
            return Optional.of(FeedText.of(Code.FILE_PDF));
        }
        if (startsWith(0xd0, 0xcf, 0x11, 0xe0)) {
            return Optional.of(FeedText.of(Code.FILE_EXCEL_XLS));
        }
        return Optional.empty();
    }

    private boolean startsWith(int... prefix) {
        if (sampleLength < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether the first character after a byte-order mark and white space is {@code <}. */
    boolean startsLikeXml() {
        for (int i = bomLength; i < sampleLength; i++) {
            if (!Character.isWhitespace(sample[i]) && sample[i] != 0) {
                return sample[i] == '<';
            }
        }
        return false;
    }

    /** The content after the byte-order mark, if any. */
    InputStream withoutBom() throws FeedFormatException {
        try {
            in.skipNBytes(bomLength);
        } catch (IOException e) {
            throw FeedReadFailure.unreadable(e);
        }
        return in;
    }

    /** All of the content, byte-order mark included (XML parsers read it themselves). */
    InputStream all() {
        return in;
    }

    /**
     * The encoding to read the text with: a byte-order mark decides; otherwise the merchant's setting;
     * otherwise UTF-8 when the sample is valid UTF-8, else Windows-1252, which also reads ISO-8859-1
     * correctly (it only adds printable characters where ISO-8859-1 has control codes).
     */
    Charset charset(Charset configured) {
        if (bomCharset != null) {
            return bomCharset;
        }
        if (configured != null) {
            return configured;
        }
        return sampleIsUtf8() ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    boolean charsetDetected(Charset configured) {
        return bomCharset == null && configured == null;
    }

    private boolean sampleIsUtf8() {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(sample, 0, sampleLength);
        CharBuffer chars = CharBuffer.allocate(4096);
        boolean wholeFile = sampleLength < SAMPLE_BYTES;
        while (true) {
            CoderResult result = decoder.decode(bytes, chars, wholeFile);
            if (result.isError()) {
                return false;
            }
            if (result.isOverflow()) {
                chars.clear();
                continue;
            }
            return !wholeFile || !bytes.hasRemaining();
        }
    }
}
